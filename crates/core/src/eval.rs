//! Agreement with labelled cases (the format of tests/fixtures/eval): per criterion, per
//! tender and per rule, with every disagreement listed. Pure: callers read the files.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::judge::{judge, Assessment, Declarations, Status};
use crate::warning::Lang;
use crate::{read_cv, read_tender, Date};

/// One labelled CV × tender pair.
#[derive(Debug, Clone, Deserialize)]
pub struct LabelledCase {
    pub cv: String,
    pub tender: String,
    pub today: String,
    pub criteria: Vec<LabelledCriterion>,
    pub knockout_pass: Option<bool>,
    /// `None` for a posting whose wensen carry no points (unweighted).
    pub points: Option<f64>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct LabelledCriterion {
    pub id: String,
    pub status: String,
    #[serde(default)]
    pub reason: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Disagreement {
    pub cv: String,
    pub tender: String,
    pub id: String,
    pub rule: String,
    pub expected: String,
    pub got: String,
    pub label_reason: String,
    pub our_reason: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Agreement {
    pub agree: usize,
    pub total: usize,
}

impl Agreement {
    fn add(&mut self, ok: bool) {
        self.total += 1;
        self.agree += usize::from(ok);
    }
    pub fn percent(&self) -> f64 {
        if self.total == 0 {
            100.0
        } else {
            100.0 * self.agree as f64 / self.total as f64
        }
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct EvalReport {
    pub cases: usize,
    pub criteria: Agreement,
    pub knockout_pass: Agreement,
    pub points: Agreement,
    pub per_tender: BTreeMap<String, Agreement>,
    pub per_rule: BTreeMap<String, Agreement>,
    pub disagreements: Vec<Disagreement>,
}

/// Judges one case and adds its agreement to `report`.
pub fn add_case(
    report: &mut EvalReport,
    case: &LabelledCase,
    tender_text: &str,
    cv_text: &str,
) -> Assessment {
    let today = Date::parse_iso(&case.today).unwrap_or(Date {
        year: 2026,
        month: 11,
        day: 1,
    });
    let (tender, _) = read_tender(tender_text);
    let (cv, _) = read_cv(cv_text);
    let a = judge(&tender, &cv, &Declarations::default(), today);
    report.cases += 1;
    for label in &case.criteria {
        let got = a.criteria.iter().find(|c| c.id == label.id);
        let expected = Status::from_code(&label.status);
        let ok = got.map(|g| g.status) == expected && expected.is_some();
        let rule = got.map_or("missing", |g| g.rule).to_string();
        report.criteria.add(ok);
        report
            .per_tender
            .entry(case.tender.clone())
            .or_default()
            .add(ok);
        report.per_rule.entry(rule.clone()).or_default().add(ok);
        if !ok {
            report.disagreements.push(Disagreement {
                cv: case.cv.clone(),
                tender: case.tender.clone(),
                id: label.id.clone(),
                rule,
                expected: label.status.clone(),
                got: got.map_or("absent".into(), |g| g.status.code().into()),
                label_reason: label.reason.clone(),
                our_reason: got
                    .and_then(|g| g.missing.as_ref().or(g.note.as_ref()))
                    .map_or(String::new(), |m| m.get(Lang::En).to_string()),
            });
        }
    }
    report
        .knockout_pass
        .add(a.knockout_pass == case.knockout_pass);
    // Unweighted wensen: agreement means we read no points either.
    let points_ok = match case.points {
        Some(p) => (a.points - p).abs() < 0.01,
        None => a.points_possible.is_none_or(|p| p == 0.0),
    };
    report.points.add(points_ok);
    a
}
