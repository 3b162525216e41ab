//! Tender feeds: many postings for one CV, ranked. The format (JSON, schema in
//! `schema/tender-feed.schema.json`):
//!
//! ```json
//! {"tenders": [
//!   {"id": "31002", "text": "…the posting as text…", "url": "https://…", "deadline": "2026-01-16"},
//!   {"id": "x", "tender": { …the model of `tenderfit tender --json`… }, "url": "https://…"}
//! ]}
//! ```
//!
//! A bare array of such entries is read too. Reading never fails: bad entries are skipped
//! with a warning, and the rest is ranked.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::cv::Cv;
use crate::date::Date;
use crate::judge::{interpret_tender, judge_interpreted, Declarations, Interpreted};
use crate::tender::{read_tender, Tender};

/// One posting of a feed, read.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedTender {
    pub id: String,
    pub url: Option<String>,
    pub tender: Tender,
}

/// What went wrong with a feed or an entry, in both languages.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FeedProblem {
    pub nl: String,
    pub en: String,
}

fn problem(nl: String, en: String) -> FeedProblem {
    FeedProblem { nl, en }
}

/// The largest feed read (a few thousand postings).
pub const MAX_FEED_TENDERS: usize = 5_000;

/// Reads a feed's JSON.
pub fn read_feed(json: &str) -> (Vec<FeedTender>, Vec<FeedProblem>) {
    let mut problems = Vec::new();
    let value: Value = match serde_json::from_str(json) {
        Ok(v) => v,
        Err(e) => {
            return (
                Vec::new(),
                vec![problem(
                    format!("De feed is geen geldige JSON ({e})."),
                    format!("The feed is not valid JSON ({e})."),
                )],
            )
        }
    };
    let entries = match &value {
        Value::Array(a) => a.as_slice(),
        Value::Object(o) => match o.get("tenders") {
            Some(Value::Array(a)) => a.as_slice(),
            _ => {
                return (
                    Vec::new(),
                    vec![problem(
                        "De feed heeft geen lijst \"tenders\".".into(),
                        "The feed has no \"tenders\" list.".into(),
                    )],
                )
            }
        },
        _ => {
            return (
                Vec::new(),
                vec![problem(
                    "De feed is geen lijst van opdrachten.".into(),
                    "The feed is not a list of postings.".into(),
                )],
            )
        }
    };
    let mut out = Vec::new();
    for (i, entry) in entries.iter().take(MAX_FEED_TENDERS).enumerate() {
        let n = i + 1;
        let Value::Object(o) = entry else {
            problems.push(problem(
                format!("Opdracht {n} in de feed is geen object; overgeslagen."),
                format!("Posting {n} in the feed is not an object; skipped."),
            ));
            continue;
        };
        let text = o.get("text").and_then(Value::as_str);
        let model = o.get("tender").map(crate::tender::tender_from_json);
        let mut tender = match (text, model) {
            (Some(t), _) if !t.trim().is_empty() => read_tender(t).0,
            (_, Some(Ok(t))) => t,
            (_, Some(Err(e))) => {
                problems.push(problem(
                    format!("Opdracht {n}: het model klopt niet ({e}); overgeslagen."),
                    format!("Posting {n}: the model is invalid ({e}); skipped."),
                ));
                continue;
            }
            _ => {
                problems.push(problem(
                    format!("Opdracht {n} heeft geen \"text\" of \"tender\"; overgeslagen."),
                    format!("Posting {n} has no \"text\" or \"tender\"; skipped."),
                ));
                continue;
            }
        };
        if let Some(d) = o.get("deadline").and_then(Value::as_str) {
            match Date::parse_iso(d) {
                Some(d) => tender.deadline = Some(d),
                None => problems.push(problem(
                    format!("Opdracht {n}: deadline \"{d}\" is geen datum (JJJJ-MM-DD)."),
                    format!("Posting {n}: deadline \"{d}\" is not a date (YYYY-MM-DD)."),
                )),
            }
        }
        if let Some(t) = o.get("title").and_then(Value::as_str) {
            tender.title = Some(t.to_string());
        }
        let id = o
            .get("id")
            .and_then(|v| {
                v.as_str()
                    .map(str::to_string)
                    .or_else(|| v.as_i64().map(|x| x.to_string()))
            })
            .or_else(|| tender.reference.clone())
            .unwrap_or_else(|| n.to_string());
        let url = o.get("url").and_then(Value::as_str).map(str::to_string);
        out.push(FeedTender { id, url, tender });
    }
    if entries.len() > MAX_FEED_TENDERS {
        problems.push(problem(
            format!(
                "De feed heeft meer dan {MAX_FEED_TENDERS} opdrachten; de rest is niet gelezen."
            ),
            format!("The feed has more than {MAX_FEED_TENDERS} postings; the rest was not read."),
        ));
    }
    (out, problems)
}

/// A posting's standing for this CV.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ranked {
    pub id: String,
    pub reference: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub deadline: Option<Date>,
    pub closed: bool,
    pub knockout_pass: Option<bool>,
    pub points: f64,
    pub points_possible: Option<f64>,
    /// Knock-outs not met, and those to confirm.
    pub knockouts_failed: Vec<String>,
    pub knockouts_unknown: Vec<String>,
}

/// How a CV stands against every posting: knock-out passers first (then those to confirm,
/// then those that fail), then by points, then by the nearest deadline. Closed postings are
/// ranked too and marked; callers hide them by default.
pub fn rank(
    cv: &Cv,
    tenders: &[FeedTender],
    declarations: &Declarations,
    today: Date,
) -> Vec<Ranked> {
    rank_interpreted(
        cv,
        tenders,
        &interpret_feed(tenders, today),
        declarations,
        today,
    )
}

/// Every posting's requirements, read once per feed: re-ranking after the CV changes then
/// only matches the CV.
pub fn interpret_feed(tenders: &[FeedTender], today: Date) -> Vec<Interpreted> {
    tenders
        .iter()
        .map(|f| interpret_tender(&f.tender, today))
        .collect()
}

/// [`rank`] with the requirements from [`interpret_feed`] (on the same `tenders`).
pub fn rank_interpreted(
    cv: &Cv,
    tenders: &[FeedTender],
    interpreted: &[Interpreted],
    declarations: &Declarations,
    today: Date,
) -> Vec<Ranked> {
    let mut out: Vec<Ranked> = tenders
        .iter()
        .zip(interpreted)
        .map(|(f, i)| {
            let a = judge_interpreted(&f.tender, i, cv, declarations);
            let ids = |s: crate::judge::Status| {
                a.criteria
                    .iter()
                    .filter(|c| c.kind == crate::judge::CriterionKind::Knockout && c.status == s)
                    .map(|c| c.id.clone())
                    .collect::<Vec<_>>()
            };
            Ranked {
                id: f.id.clone(),
                reference: f.tender.reference.clone(),
                title: f.tender.title.clone(),
                url: f.url.clone(),
                deadline: f.tender.deadline,
                closed: f.tender.deadline_passed(today),
                knockout_pass: a.knockout_pass,
                points: a.points,
                points_possible: a.points_possible,
                knockouts_failed: ids(crate::judge::Status::NotMet),
                knockouts_unknown: ids(crate::judge::Status::Unknown),
            }
        })
        .collect();
    let class = |k: Option<bool>| match k {
        Some(true) => 0,
        None => 1,
        Some(false) => 2,
    };
    out.sort_by(|a, b| {
        class(a.knockout_pass)
            .cmp(&class(b.knockout_pass))
            .then(b.points.total_cmp(&a.points))
            .then(
                a.deadline
                    .unwrap_or(Date {
                        year: 9999,
                        month: 12,
                        day: 31,
                    })
                    .cmp(&b.deadline.unwrap_or(Date {
                        year: 9999,
                        month: 12,
                        day: 31,
                    })),
            )
            .then(a.id.cmp(&b.id))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{bundled_tender, read_cv};

    fn feed() -> String {
        let entry = |id: &str, r: &str| serde_json::json!({"id": id, "text": bundled_tender(r).unwrap().text, "url": format!("https://example.org/{id}")});
        serde_json::json!({"tenders": [entry("a", "17713"), entry("b", "28671"), entry("c", "30534"), entry("d", "30828")]}).to_string()
    }

    #[test]
    fn reads_text_and_model_entries_and_skips_bad_ones() {
        let model =
            serde_json::to_value(read_tender(bundled_tender("30828").unwrap().text).0).unwrap();
        let json = serde_json::json!([
            {"id": 1, "text": "Eisen\n1. HBO;\nWensen\n2. Ervaring met X (100 punten)"},
            {"id": "m", "tender": model, "deadline": "2027-01-01"},
            {"id": "bad"},
            "nonsense",
            {"id": "d", "text": "x", "deadline": "morgen"},
        ])
        .to_string();
        let (tenders, problems) = read_feed(&json);
        assert_eq!(
            tenders.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(),
            ["1", "m", "d"]
        );
        assert_eq!(tenders[1].tender.criteria.len(), 5);
        assert_eq!(tenders[1].tender.deadline, Date::new(2027, 1, 1));
        assert_eq!(problems.len(), 3, "{problems:?}");
    }

    #[test]
    fn invalid_json_and_wrong_shape_are_messages() {
        assert_eq!(read_feed("{not json").0.len(), 0);
        assert!(read_feed("{not json").1[0]
            .en
            .starts_with("The feed is not valid JSON"));
        assert!(read_feed("{\"items\": []}").1[0].nl.contains("\"tenders\""));
        assert!(read_feed("42").1[0].en.contains("not a list"));
    }

    #[test]
    fn ranking_puts_knockout_passers_first_then_points() {
        let (tenders, problems) = read_feed(&feed());
        assert!(problems.is_empty());
        let cv = read_cv(
            &std::fs::read_to_string(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/fixtures/eval/dev/cvs/cv-04.txt"
            ))
            .unwrap(),
        )
        .0;
        let today = Date::new(2026, 11, 1).unwrap();
        let ranked = rank(&cv, &tenders, &Declarations::default(), today);
        // cv-04 passes 30828 with 100 points; 17713 passes too.
        assert_eq!(ranked[0].id, "d");
        assert_eq!(ranked[0].points, 100.0);
        assert!(ranked.windows(2).all(|w| {
            let c = |k: Option<bool>| match k {
                Some(true) => 0,
                None => 1,
                Some(false) => 2,
            };
            c(w[0].knockout_pass) < c(w[1].knockout_pass)
                || (c(w[0].knockout_pass) == c(w[1].knockout_pass) && w[0].points >= w[1].points)
        }));
        // Every bundled posting has closed by 2026-11-01.
        assert!(ranked.iter().all(|r| r.closed));
        assert!(rank(
            &cv,
            &tenders,
            &Declarations::default(),
            Date::new(2024, 1, 1).unwrap()
        )
        .iter()
        .all(|r| !r.closed));
    }
}
