//! Reads the tender model (the JSON of `tenderfit tender --json`) as feeds may carry it.
//! Written out rather than derived: serde's derived Deserialize for these types cost the
//! widget about 18 KB gzip. Missing fields and nulls take their empty value; unknown fields
//! are ignored; a field of the wrong type is an error naming it.

use serde_json::{Map, Value};

use super::{
    AssessmentProcedure, CvRequirements, Extension, Hours, Knockout, KnockoutKind, QuestionAnswer,
    RateBand, Start, Tender, Tier, WeightedCriterion,
};
use crate::date::Date;

/// Reads a tender model; the error names the first field that is not of its type.
pub fn tender_from_json(value: &Value) -> Result<Tender, String> {
    let o = Obj::new(value, "tender")?;
    Ok(Tender {
        title: o.opt_string("title")?,
        reference: o.opt_string("reference")?,
        buyer: o.opt_string("buyer")?,
        region: o.opt_string("region")?,
        start: o.opt_obj("start", |s| {
            Ok(Start {
                date: s.date("date")?,
                asap: s.bool("asap")?,
                text: s.string("text")?,
            })
        })?,
        duration_months: o.u32("duration_months")?,
        duration_text: o.opt_string("duration_text")?,
        extension: o.opt_obj("extension", |e| {
            Ok(Extension {
                count: e.u32("count")?,
                months: e.u32("months")?,
                text: e.string("text")?,
            })
        })?,
        hours_per_week: o.opt_obj("hours_per_week", |h| {
            Ok(Hours {
                min: h.required(h.u32("min")?, "min")?,
                max: h.required(h.u32("max")?, "max")?,
            })
        })?,
        education_level: o.opt_string("education_level")?,
        deadline: o.date("deadline")?,
        deadline_time: o.opt_string("deadline_time")?,
        max_rate: o.f64("max_rate")?,
        rate_band: o.opt_obj("rate_band", |r| {
            Ok(RateBand {
                min: r.required(r.f64("min")?, "min")?,
                max: r.required(r.f64("max")?, "max")?,
            })
        })?,
        rate_includes_travel: o.bool("rate_includes_travel")?,
        workdays: o.strings("workdays")?,
        hybrid: o.opt_bool("hybrid")?,
        documents: o.strings("documents")?,
        knockouts: o.objs("knockouts", |k| {
            Ok(Knockout {
                id: k.string("id")?,
                number: k.u32("number")?,
                text: k.string("text")?,
                line: k.usize("line")?,
                note: k.opt_string("note")?,
                kind: match k.opt_string("kind")?.as_deref() {
                    Some("bidder") => KnockoutKind::Bidder,
                    _ => KnockoutKind::Candidate,
                },
            })
        })?,
        criteria: o.objs("criteria", |w| {
            Ok(WeightedCriterion {
                id: w.string("id")?,
                number: w.u32("number")?,
                text: w.string("text")?,
                points: w.f64("points")?,
                percent: w.bool("percent")?,
                tiers: w.objs("tiers", |t| {
                    Ok(Tier {
                        label: t.string("label")?,
                        points: t.f64("points")?.unwrap_or_default(),
                    })
                })?,
                line: w.usize("line")?,
                note: w.opt_string("note")?,
            })
        })?,
        price_weight: o.f64("price_weight")?,
        interview_weight: o.f64("interview_weight")?,
        points_total: o.f64("points_total")?,
        stated_total: o.f64("stated_total")?,
        excludes_self_employed: o.bool("excludes_self_employed")?,
        excludes_payroll: o.bool("excludes_payroll")?,
        competencies: o.strings("competencies")?,
        cv_requirements: o
            .opt_obj("cv_requirements", |c| {
                Ok(CvRequirements {
                    max_pages: c.u32("max_pages")?,
                    language: c.opt_string("language")?,
                    min_references: c.u32("min_references")?,
                    motivation_requested: c.bool("motivation_requested")?,
                    text: c.opt_string("text")?,
                })
            })?
            .unwrap_or_default(),
        assessment: o
            .opt_obj("assessment", |a| {
                Ok(AssessmentProcedure {
                    cvs_to_client: a.u32("cvs_to_client")?,
                    tie_break_on_rate: a.bool("tie_break_on_rate")?,
                })
            })?
            .unwrap_or_default(),
        questions: o.objs("questions", |q| {
            Ok(QuestionAnswer {
                question: q.string("question")?,
                answer: q.string("answer")?,
                criterion: q.opt_string("criterion")?,
            })
        })?,
    })
}

/// A JSON object and where it sits ("tender.criteria[2]"), for error messages.
struct Obj<'a> {
    map: &'a Map<String, Value>,
    path: String,
}

impl<'a> Obj<'a> {
    fn new(value: &'a Value, path: &str) -> Result<Obj<'a>, String> {
        match value {
            Value::Object(map) => Ok(Obj {
                map,
                path: path.to_string(),
            }),
            _ => Err(format!("{path}: expected an object")),
        }
    }

    /// The field, or `None` when missing or null.
    fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    fn wrong(&self, key: &str, what: &str) -> String {
        format!("{}.{key}: expected {what}", self.path)
    }

    fn required<T>(&self, value: Option<T>, key: &str) -> Result<T, String> {
        value.ok_or_else(|| self.wrong(key, "a number"))
    }

    fn opt_string(&self, key: &str) -> Result<Option<String>, String> {
        self.get(key)
            .map(|v| {
                v.as_str()
                    .map(str::to_string)
                    .ok_or_else(|| self.wrong(key, "a string"))
            })
            .transpose()
    }

    fn string(&self, key: &str) -> Result<String, String> {
        Ok(self.opt_string(key)?.unwrap_or_default())
    }

    fn opt_bool(&self, key: &str) -> Result<Option<bool>, String> {
        self.get(key)
            .map(|v| v.as_bool().ok_or_else(|| self.wrong(key, "true or false")))
            .transpose()
    }

    fn bool(&self, key: &str) -> Result<bool, String> {
        Ok(self.opt_bool(key)?.unwrap_or_default())
    }

    fn u32(&self, key: &str) -> Result<Option<u32>, String> {
        self.get(key)
            .map(|v| {
                v.as_u64()
                    .and_then(|n| u32::try_from(n).ok())
                    .ok_or_else(|| self.wrong(key, "a whole number"))
            })
            .transpose()
    }

    fn usize(&self, key: &str) -> Result<usize, String> {
        Ok(self.u32(key)?.unwrap_or_default() as usize)
    }

    fn f64(&self, key: &str) -> Result<Option<f64>, String> {
        self.get(key)
            .map(|v| v.as_f64().ok_or_else(|| self.wrong(key, "a number")))
            .transpose()
    }

    fn date(&self, key: &str) -> Result<Option<Date>, String> {
        self.get(key)
            .map(|v| {
                v.as_str()
                    .and_then(Date::parse_iso)
                    .ok_or_else(|| self.wrong(key, "a date (YYYY-MM-DD)"))
            })
            .transpose()
    }

    fn list(&self, key: &str) -> Result<&'a [Value], String> {
        match self.get(key) {
            None => Ok(&[]),
            Some(Value::Array(a)) => Ok(a),
            Some(_) => Err(self.wrong(key, "a list")),
        }
    }

    fn strings(&self, key: &str) -> Result<Vec<String>, String> {
        self.list(key)?
            .iter()
            .enumerate()
            .map(|(i, v)| {
                v.as_str()
                    .map(str::to_string)
                    .ok_or_else(|| format!("{}.{key}[{i}]: expected a string", self.path))
            })
            .collect()
    }

    fn opt_obj<T>(
        &self,
        key: &str,
        read: impl Fn(&Obj<'a>) -> Result<T, String>,
    ) -> Result<Option<T>, String> {
        self.get(key)
            .map(|v| read(&Obj::new(v, &format!("{}.{key}", self.path))?))
            .transpose()
    }

    fn objs<T>(
        &self,
        key: &str,
        read: impl Fn(&Obj<'a>) -> Result<T, String>,
    ) -> Result<Vec<T>, String> {
        self.list(key)?
            .iter()
            .enumerate()
            .map(|(i, v)| read(&Obj::new(v, &format!("{}.{key}[{i}]", self.path))?))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundled::BUNDLED_TENDERS;
    use crate::tender::read_tender;

    /// Every field set, so a field the reader forgets fails the round trip. (No `..`: a new
    /// field in the model does not compile here until it is added.)
    fn full() -> Tender {
        Tender {
            title: Some("Secretaris".into()),
            reference: Some("30534".into()),
            buyer: Some("Gemeente Zoetermeer".into()),
            region: Some("Zuid-Holland".into()),
            start: Some(Start {
                date: Date::new(2026, 8, 1),
                asap: true,
                text: "1 augustus 2026".into(),
            }),
            duration_months: Some(6),
            duration_text: Some("6 maanden".into()),
            extension: Some(Extension {
                count: Some(2),
                months: Some(3),
                text: "2 x 3 maanden".into(),
            }),
            hours_per_week: Some(Hours { min: 20, max: 28 }),
            education_level: Some("HBO".into()),
            deadline: Date::new(2026, 7, 6),
            deadline_time: Some("12:00".into()),
            max_rate: Some(110.5),
            rate_band: Some(RateBand {
                min: 90.0,
                max: 110.5,
            }),
            rate_includes_travel: true,
            workdays: vec!["ma".into(), "di".into()],
            hybrid: Some(false),
            documents: vec!["VOG".into()],
            knockouts: vec![Knockout {
                id: "K1".into(),
                number: Some(1),
                text: "HBO".into(),
                line: 12,
                note: Some("Een diploma moet op het cv staan.".into()),
                kind: KnockoutKind::Bidder,
            }],
            criteria: vec![WeightedCriterion {
                id: "W1".into(),
                number: Some(3),
                text: "Ervaring".into(),
                points: Some(30.0),
                percent: true,
                tiers: vec![Tier {
                    label: "2 jaar".into(),
                    points: 15.0,
                }],
                line: 20,
                note: None,
            }],
            price_weight: Some(20.0),
            interview_weight: Some(10.0),
            points_total: Some(30.0),
            stated_total: Some(100.0),
            excludes_self_employed: true,
            excludes_payroll: true,
            competencies: vec!["Samenwerken".into()],
            cv_requirements: CvRequirements {
                max_pages: Some(5),
                language: Some("nl".into()),
                min_references: Some(2),
                motivation_requested: true,
                text: Some("max 5 pagina's".into()),
            },
            assessment: AssessmentProcedure {
                cvs_to_client: Some(3),
                tie_break_on_rate: true,
            },
            questions: vec![QuestionAnswer {
                question: "Telt OM?".into(),
                answer: "Nee".into(),
                criterion: Some("K1".into()),
            }],
        }
    }

    #[test]
    fn the_printed_model_reads_back_as_it_was() {
        let mut tenders = vec![full(), Tender::default()];
        tenders.extend(BUNDLED_TENDERS.iter().map(|b| read_tender(b.text).0));
        for t in tenders {
            let json = serde_json::to_value(&t).unwrap();
            assert_eq!(tender_from_json(&json).unwrap(), t);
        }
    }

    #[test]
    fn missing_and_null_fields_are_empty_and_unknown_ones_ignored() {
        let json = serde_json::json!({
            "title": null,
            "knockouts": [{ "id": "K1", "text": "HBO" }],
            "something_new": [1, 2],
        });
        let t = tender_from_json(&json).unwrap();
        assert_eq!(t.title, None);
        assert_eq!(t.knockouts[0].text, "HBO");
        assert_eq!(t.knockouts[0].number, None);
        assert!(t.criteria.is_empty());
    }

    #[test]
    fn a_field_of_the_wrong_type_is_named() {
        let bad = |json: Value| tender_from_json(&json).unwrap_err();
        assert_eq!(bad(serde_json::json!([])), "tender: expected an object");
        assert_eq!(
            bad(serde_json::json!({ "criteria": [{ "id": "W1" }, { "points": "veel" }] })),
            "tender.criteria[1].points: expected a number"
        );
        assert_eq!(
            bad(serde_json::json!({ "deadline": "morgen" })),
            "tender.deadline: expected a date (YYYY-MM-DD)"
        );
        assert_eq!(
            bad(serde_json::json!({ "hours_per_week": { "min": 20 } })),
            "tender.hours_per_week.max: expected a number"
        );
        assert_eq!(
            bad(serde_json::json!({ "workdays": ["ma", 2] })),
            "tender.workdays[1]: expected a string"
        );
        assert_eq!(
            bad(serde_json::json!({ "knockouts": [{ "number": -1 }] })),
            "tender.knockouts[0].number: expected a whole number"
        );
    }
}
