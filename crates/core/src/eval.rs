//! Agreement with labelled cases (the format of tests/fixtures/eval): per criterion, per
//! tender and per rule, with every disagreement listed. Pure: callers read the files.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::judge::{judge, Assessment, Declarations, Status};
use crate::warning::Lang;
use crate::{read_cv, read_tender, Date, Tender};

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
    let (tender, _) = read_tender(tender_text);
    add_case_for(report, case, &tender, cv_text)
}

/// `add_case` for a posting given as a model rather than read from its text (`tenderfit eval
/// --truth-structure` builds it from the truth file), so judgement faults show apart from
/// reading faults.
pub fn add_case_for(
    report: &mut EvalReport,
    case: &LabelledCase,
    tender: &Tender,
    cv_text: &str,
) -> Assessment {
    let today = Date::parse_iso(&case.today).unwrap_or(Date {
        year: 2026,
        month: 11,
        day: 1,
    });
    let (cv, _) = read_cv(cv_text);
    let a = judge(tender, &cv, &Declarations::default(), today);
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

// ---------------------------------------------------------------------------------------------
// The structure of a posting against its truth file (`*.truth.json`, the held-out schema).

/// The expected structure of one posting: the schema of `*.truth.json` (see the dev-2 NOTES,
/// "Schemas"). Texts are verbatim prefixes: the first 60 characters after white space is
/// collapsed, or the whole criterion when it is shorter.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct TenderTruth {
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub reference: Option<String>,
    /// ISO date, `YYYY-MM-DD`.
    #[serde(default)]
    pub deadline: Option<String>,
    #[serde(default)]
    pub hours_per_week: Option<HoursTruth>,
    /// Euro per hour.
    #[serde(default)]
    pub max_rate: Option<f64>,
    #[serde(default)]
    pub knockouts: Vec<String>,
    #[serde(default)]
    pub criteria: Vec<CriterionTruth>,
    /// Percent of the award.
    #[serde(default)]
    pub price_weight: Option<f64>,
    /// Percent of the award.
    #[serde(default)]
    pub interview_weight: Option<f64>,
    #[serde(default)]
    pub points_total: Option<f64>,
}

/// Hours per week, both ends inclusive.
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct HoursTruth {
    pub min: u32,
    pub max: u32,
}

/// One weighted criterion of a truth file; `points` is the highest tier when tiered.
#[derive(Debug, Clone, Deserialize)]
pub struct CriterionTruth {
    pub text: String,
    #[serde(default)]
    pub points: Option<f64>,
    #[serde(default)]
    pub tiers: Vec<TierTruth>,
}

/// A tier: a verbatim fragment of its text and what it pays.
#[derive(Debug, Clone, Deserialize)]
pub struct TierTruth {
    pub text: String,
    pub points: f64,
}

/// One field of one posting: right or not, and both sides when not.
#[derive(Debug, Clone, Serialize)]
pub struct FieldCheck {
    /// "title", "reference", "deadline", "hours_per_week", "max_rate", "knockouts",
    /// "criteria", "points", "tiers", "price_weight", "interview_weight", "points_total".
    pub field: &'static str,
    pub right: bool,
    /// What the truth says and what was read, one line each; empty when right.
    pub expected: String,
    pub got: String,
}

/// The structure check of one posting.
#[derive(Debug, Clone, Serialize)]
pub struct PostingCheck {
    pub name: String,
    /// Knock-outs, criteria, points, tiers, price/interview weights and the terms (reference,
    /// deadline, hours, rate) all right. The title is reported but not part of it.
    pub exact: bool,
    pub fields: Vec<FieldCheck>,
}

/// The structure check of a set of postings.
#[derive(Debug, Clone, Default, Serialize)]
pub struct StructureReport {
    pub postings: Vec<PostingCheck>,
    pub exact: usize,
    pub fields_right: usize,
    pub fields_total: usize,
}

impl StructureReport {
    /// Adds one posting's check and counts it.
    pub fn add(&mut self, check: PostingCheck) {
        self.exact += usize::from(check.exact);
        self.fields_right += check.fields.iter().filter(|f| f.right).count();
        self.fields_total += check.fields.len();
        self.postings.push(check);
    }

    /// "exact: N of M; fields right: X of Y".
    pub fn summary(&self) -> String {
        format!(
            "exact: {} of {}; fields right: {} of {}",
            self.exact,
            self.postings.len(),
            self.fields_right,
            self.fields_total
        )
    }
}

/// Collapses white space (the truth files' normal form).
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a read criterion text matches a truth prefix: the truth's first 60 characters
/// begin the read text, or, for a shorter (whole) criterion, both are equal up to a final
/// punctuation mark.
pub fn text_matches(read: &str, truth: &str) -> bool {
    let r = collapse(read);
    let t = collapse(truth);
    let end = |s: &str| s.trim_end_matches(['.', ';', ',', ':', ' ']).to_lowercase();
    // A short criterion's 60 characters run into its weight ("… per week. (10 pun"); the
    // reader keeps the weight apart.
    let weight_after = t
        .to_lowercase()
        .strip_prefix(end(&r).as_str())
        .is_some_and(|rest| {
            let rest = rest.trim_start_matches(['.', ';', ',', ' ']);
            rest.starts_with('(')
                || rest.starts_with(|c: char| c.is_ascii_digit())
                || rest.starts_with("weging")
        });
    // A 60-character prefix whose last character was a space, trimmed by the writer: 59
    // characters that begin the read text before a space.
    let trimmed_prefix = t.chars().count() == 59 && r.starts_with(&format!("{t} "));
    // Counted before collapsing: a 60-character prefix may end on a space.
    if trimmed_prefix {
        true
    } else if truth.trim_start().chars().count() >= 60 {
        let prefix: String = t.chars().take(60).collect();
        r.starts_with(prefix.trim_end()) || end(&r).starts_with(&end(&prefix)) || weight_after
    } else {
        end(&r) == end(&t) || weight_after
    }
}

fn same_number(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(x), Some(y)) => (x - y).abs() < 0.01,
        _ => false,
    }
}

fn show_number(n: Option<f64>) -> String {
    n.map_or("null".into(), crate::warning::num)
}

/// Compares a posting's reading with its truth, field by field.
pub fn check_structure(name: &str, tender: &Tender, truth: &TenderTruth) -> PostingCheck {
    let mut fields = Vec::new();
    let mut field = |field: &'static str, right: bool, expected: String, got: String| {
        let (expected, got) = if right {
            (String::new(), String::new())
        } else {
            (expected, got)
        };
        fields.push(FieldCheck {
            field,
            right,
            expected,
            got,
        });
    };
    let title_right = match (&tender.title, &truth.title) {
        (Some(a), Some(b)) => collapse(a).to_lowercase() == collapse(b).to_lowercase(),
        (a, b) => a.is_none() && b.is_none(),
    };
    field(
        "title",
        title_right,
        format!("{:?}", truth.title),
        format!("{:?}", tender.title),
    );
    let reference_right = match (&tender.reference, &truth.reference) {
        (Some(a), Some(b)) => collapse(a) == collapse(b),
        (a, b) => a.is_none() && b.is_none(),
    };
    field(
        "reference",
        reference_right,
        format!("{:?}", truth.reference),
        format!("{:?}", tender.reference),
    );
    let deadline = tender.deadline.map(|d| d.to_string());
    field(
        "deadline",
        deadline.as_deref().map(str::trim) == truth.deadline.as_deref().map(str::trim),
        format!("{:?}", truth.deadline),
        format!("{deadline:?}"),
    );
    let hours = tender.hours_per_week.map(|h| (h.min, h.max));
    let hours_truth = truth.hours_per_week.map(|h| (h.min, h.max));
    field(
        "hours_per_week",
        hours == hours_truth,
        format!("{hours_truth:?}"),
        format!("{hours:?}"),
    );
    field(
        "max_rate",
        same_number(tender.max_rate, truth.max_rate),
        show_number(truth.max_rate),
        show_number(tender.max_rate),
    );

    // Knock-outs: count and texts, in order.
    let ko_right = tender.knockouts.len() == truth.knockouts.len()
        && tender
            .knockouts
            .iter()
            .zip(&truth.knockouts)
            .all(|(k, t)| text_matches(&k.text, t));
    field(
        "knockouts",
        ko_right,
        list_diff(
            truth.knockouts.iter().map(String::as_str),
            tender.knockouts.iter().map(|k| k.text.as_str()),
            true,
        ),
        list_diff(
            truth.knockouts.iter().map(String::as_str),
            tender.knockouts.iter().map(|k| k.text.as_str()),
            false,
        ),
    );
    let criteria_right = tender.criteria.len() == truth.criteria.len()
        && tender
            .criteria
            .iter()
            .zip(&truth.criteria)
            .all(|(c, t)| text_matches(&c.text, &t.text));
    field(
        "criteria",
        criteria_right,
        list_diff(
            truth.criteria.iter().map(|c| c.text.as_str()),
            tender.criteria.iter().map(|c| c.text.as_str()),
            true,
        ),
        list_diff(
            truth.criteria.iter().map(|c| c.text.as_str()),
            tender.criteria.iter().map(|c| c.text.as_str()),
            false,
        ),
    );
    let points_read: Vec<String> = tender
        .criteria
        .iter()
        .map(|c| show_number(c.points))
        .collect();
    let points_truth: Vec<String> = truth
        .criteria
        .iter()
        .map(|c| show_number(c.points))
        .collect();
    field(
        "points",
        points_read == points_truth,
        points_truth.join(", "),
        points_read.join(", "),
    );
    // A level worth 0 points earns what missing the criterion earns: truths list it or not.
    fn tiers<C: IntoIterator<Item = f64>>(ps: impl Iterator<Item = C>) -> String {
        ps.map(|t| {
            t.into_iter()
                .filter(|p| *p > 0.0)
                .map(crate::warning::num)
                .collect::<Vec<String>>()
        })
        .enumerate()
        .filter(|(_, t)| !t.is_empty())
        .map(|(i, t)| format!("W{}: {}", i + 1, t.join("/")))
        .collect::<Vec<_>>()
        .join("; ")
    }
    let tiers_read = tiers(
        tender
            .criteria
            .iter()
            .map(|c| c.tiers.iter().map(|t| t.points)),
    );
    let tiers_truth = tiers(
        truth
            .criteria
            .iter()
            .map(|c| c.tiers.iter().map(|t| t.points)),
    );
    field("tiers", tiers_read == tiers_truth, tiers_truth, tiers_read);
    field(
        "price_weight",
        same_number(tender.price_weight, truth.price_weight),
        show_number(truth.price_weight),
        show_number(tender.price_weight),
    );
    field(
        "interview_weight",
        same_number(tender.interview_weight, truth.interview_weight),
        show_number(truth.interview_weight),
        show_number(tender.interview_weight),
    );
    field(
        "points_total",
        same_number(tender.points_total, truth.points_total),
        show_number(truth.points_total),
        show_number(tender.points_total),
    );
    let exact = fields.iter().all(|f| f.right || f.field == "title");
    PostingCheck {
        name: name.to_string(),
        exact,
        fields,
    }
}

/// One side of a list comparison, one item a line, marking items that do not match: the
/// truth side (`expected`) or the read side.
fn list_diff<'a>(
    truth: impl Iterator<Item = &'a str> + Clone,
    read: impl Iterator<Item = &'a str> + Clone,
    expected: bool,
) -> String {
    let t: Vec<&str> = truth.collect();
    let r: Vec<&str> = read.collect();
    let (mine, other) = if expected { (&t, &r) } else { (&r, &t) };
    let mut out = vec![format!("{} items", mine.len())];
    for (i, m) in mine.iter().enumerate() {
        let ok = other.get(i).is_some_and(|o| {
            if expected {
                text_matches(o, m)
            } else {
                text_matches(m, o)
            }
        });
        let short: String = collapse(m).chars().take(70).collect();
        out.push(format!(
            "  {} {}. {short}",
            if ok { " " } else { "✗" },
            i + 1
        ));
    }
    out.join("\n")
}

/// Reads `text` and checks it against the truth JSON; a truth that does not parse is an error
/// (the file's fault, not the posting's).
pub fn check_posting(name: &str, text: &str, truth_json: &str) -> Result<PostingCheck, String> {
    let truth: TenderTruth =
        serde_json::from_str(truth_json).map_err(|e| format!("{name}.truth.json: {e}"))?;
    let (tender, _) = read_tender(text);
    Ok(check_structure(name, &tender, &truth))
}

#[cfg(test)]
mod structure_tests {
    use super::*;

    #[test]
    fn prefixes_match_after_white_space_collapse() {
        let long = "Op CV aantoonbaar een afgeronde opleiding op minimaal hbo-ni";
        assert!(text_matches(
            "Op CV  aantoonbaar een afgeronde\nopleiding op minimaal hbo-niveau in de richting",
            long
        ));
        assert!(!text_matches(
            "Op CV aantoonbaar een afgeronde opleiding",
            long
        ));
        // A short truth is the whole criterion: the read text may drop the final full stop only.
        assert!(text_matches(
            "Certificaat ITIL 4 Foundation of hoger",
            "Certificaat ITIL 4 Foundation of hoger."
        ));
        assert!(!text_matches(
            "Certificaat ITIL 4 Foundation of hoger (10 punten)",
            "Certificaat ITIL 4 Foundation of hoger."
        ));
        // A 60-character prefix that ended on a space, trimmed to 59: still a prefix.
        let trimmed = "Werkervaring met het behandelen van asielaanvragen in zowel";
        assert_eq!(trimmed.chars().count(), 59);
        assert!(text_matches(&format!("{trimmed} en de VA"), trimmed));
        assert!(!text_matches(&format!("{trimmed}x en de VA"), trimmed));
    }

    #[test]
    fn a_posting_read_right_is_exact() {
        let text = "Adviseur Woo\nReferentienummer: 12\n\nEisen\n1. Een hbo-opleiding.\n\nWensen\n2. Ervaring met de Woo (20 punten)\n";
        let truth = r#"{"title":"Adviseur Woo","reference":"12","deadline":null,"hours_per_week":null,
            "max_rate":null,"knockouts":["Een hbo-opleiding."],"criteria":[{"text":"Ervaring met de Woo","points":20}],
            "price_weight":null,"interview_weight":null,"points_total":20}"#;
        let c = check_posting("x", text, truth).unwrap();
        assert!(c.exact, "{c:#?}");
        let mut r = StructureReport::default();
        r.add(c);
        assert_eq!(r.summary(), "exact: 1 of 1; fields right: 12 of 12");
    }
}
