//! The judgement: each criterion of a posting against a CV, the way a strict assessor scores it
//! (the conventions are in tests/fixtures/eval/ASSESSOR.md). Deterministic; `today` is a parameter.

mod duration;
mod frames;
pub mod government;
mod interpret;
pub mod matching;
mod rules;
pub mod thesaurus;
mod tiers;

pub use interpret::{interpret, Part, Requirement};

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::cv::{ContractForm, Cv};
use crate::date::Date;
use crate::tender::Tender;
use crate::warning::{Lang, Warning};

/// A verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Met,
    NotMet,
    Unknown,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::NotMet => "not_met",
            Status::Unknown => "unknown",
        }
    }
    pub fn from_code(s: &str) -> Option<Status> {
        match s {
            "met" => Some(Status::Met),
            "not_met" => Some(Status::NotMet),
            "unknown" => Some(Status::Unknown),
            _ => None,
        }
    }
}

/// What the user knows better than the CV: verdict overrides and the terms they enter.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Declarations {
    /// Criterion id → the user's verdict.
    pub overrides: BTreeMap<String, Status>,
    pub rate: Option<f64>,
    /// The entered rate includes travel and parking costs.
    pub rate_all_in: bool,
    pub hours_per_week: Option<u32>,
    pub available_from: Option<Date>,
    pub weekdays: Option<Vec<String>>,
    pub contract: Option<ContractForm>,
}

/// A text in both languages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bilingual {
    pub nl: String,
    pub en: String,
}

impl Bilingual {
    pub fn new(nl: impl Into<String>, en: impl Into<String>) -> Bilingual {
        Bilingual {
            nl: nl.into(),
            en: en.into(),
        }
    }
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }
}

/// A CV line that proves (part of) a verdict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, PartialOrd, Ord)]
pub struct Evidence {
    /// 1-based line in the CV.
    pub line: usize,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CriterionKind {
    Knockout,
    Weighted,
}

/// The verdict on one criterion.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CriterionResult {
    pub id: String,
    pub kind: CriterionKind,
    pub text: String,
    pub status: Status,
    /// The verdict before a user override.
    pub computed_status: Status,
    pub overridden: bool,
    /// The most the criterion can earn (weighted criteria).
    pub points: Option<f64>,
    pub earned: Option<f64>,
    pub evidence: Vec<Evidence>,
    pub missing: Option<Bilingual>,
    pub suggestion: Option<Bilingual>,
    /// A rule that decided the verdict, said so ("year-only period read narrowly").
    pub note: Option<Bilingual>,
    /// Which rule judged it ("education", "experience", "rate", …).
    /// Not sent between the widget's two wasm modules (a `&'static str`): sent apart.
    #[serde(skip_deserializing)]
    pub rule: &'static str,
}

/// The whole assessment of a CV against a posting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    /// false when a knock-out is not met, null when none fails but one is unknown, else true.
    pub knockout_pass: Option<bool>,
    pub points: f64,
    pub points_possible: Option<f64>,
    pub price_weight: Option<f64>,
    pub interview_weight: Option<f64>,
    pub deadline: Option<Date>,
    pub deadline_passed: bool,
    pub tie_break_on_rate: bool,
    pub criteria: Vec<CriterionResult>,
    /// Not sent between the widget's two wasm modules: its warnings travel apart.
    #[serde(skip_deserializing)]
    pub warnings: Vec<Warning>,
}

/// What a rule concludes before ids, points and overrides are applied.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub status: Status,
    pub evidence: Vec<Evidence>,
    pub missing: Option<Bilingual>,
    pub suggestion: Option<Bilingual>,
    pub note: Option<Bilingual>,
    pub rule: &'static str,
    /// Months counted, for criteria that pay per tier.
    pub tier_months: Option<i32>,
    /// Points of the highest tier reached, for tiers that name certificates, not years.
    pub tier_points: Option<f64>,
}

impl Verdict {
    pub fn new(status: Status, rule: &'static str) -> Verdict {
        Verdict {
            status,
            evidence: Vec::new(),
            missing: None,
            suggestion: None,
            note: None,
            rule,
            tier_months: None,
            tier_points: None,
        }
    }
}

/// A posting's criteria read into requirements, once: judging one CV as it is typed, or
/// many postings for one CV, then only matches the CV.
#[derive(Debug, Clone, PartialEq)]
pub struct Interpreted {
    today: Date,
    knockouts: Vec<Requirement>,
    criteria: Vec<Requirement>,
}

/// Reads what each criterion of `tender` requires (`today` resolves "per juli" without a
/// deadline).
pub fn interpret_tender(tender: &Tender, today: Date) -> Interpreted {
    Interpreted {
        today,
        knockouts: tender
            .knockouts
            .iter()
            .map(|k| interpret(&k.text, &k.id, tender, today))
            .collect(),
        criteria: tender
            .criteria
            .iter()
            .map(|w| interpret(&w.text, &w.id, tender, today))
            .collect(),
    }
}

/// Judges every criterion of `tender` against `cv`.
pub fn judge(tender: &Tender, cv: &Cv, declarations: &Declarations, today: Date) -> Assessment {
    judge_interpreted(tender, &interpret_tender(tender, today), cv, declarations)
}

/// [`judge`] with the posting's requirements already read by [`interpret_tender`] (on the
/// same `tender`).
pub fn judge_interpreted(
    tender: &Tender,
    interpreted: &Interpreted,
    cv: &Cv,
    declarations: &Declarations,
) -> Assessment {
    debug_assert_eq!(interpreted.knockouts.len(), tender.knockouts.len());
    debug_assert_eq!(interpreted.criteria.len(), tender.criteria.len());
    let today = interpreted.today;
    let mut criteria = Vec::new();
    for (k, req) in tender.knockouts.iter().zip(&interpreted.knockouts) {
        let mut v = rules::evaluate(req, tender, cv, declarations, today);
        required_count(&mut v, &k.text);
        criteria.push(result(
            &k.id,
            CriterionKind::Knockout,
            &k.text,
            None,
            &[],
            v,
            declarations,
        ));
    }
    for (w, req) in tender.criteria.iter().zip(&interpreted.criteria) {
        let mut v = rules::evaluate(req, tender, cv, declarations, today);
        if matches!(req, Requirement::Certificate(_)) {
            if let Some(tiered) = tiers::certificate_tiers(&w.tiers, cv, today) {
                v = tiered;
            }
        }
        if v.status == Status::Met && v.tier_points.is_none() {
            if let Some(stem) = tiers::counted_noun(&w.tiers) {
                count_tier(&mut v, &w.tiers, &stem);
            } else {
                required_count(&mut v, &w.text);
            }
        }
        criteria.push(result(
            &w.id,
            CriterionKind::Weighted,
            &w.text,
            w.points,
            &w.tiers,
            v,
            declarations,
        ));
    }
    summarise(tender, criteria, today)
}

/// Tiers that count things pay by the distinct things the evidence names; a count below the
/// lowest tier is not met.
fn count_tier(v: &mut Verdict, tiers: &[crate::tender::Tier], stem: &str) {
    let lines: Vec<&str> = v.evidence.iter().map(|e| e.text.as_str()).collect();
    let count = tiers::count_named(stem, &lines);
    v.tier_months = None;
    match tiers::count_earned(tiers, count) {
        Some(p) => v.tier_points = Some(p),
        None => {
            v.status = Status::NotMet;
            v.missing = Some(Bilingual::new(
                format!("Gevonden: {count} keer “{stem}”; dat is minder dan de laagste trede."),
                format!("Found “{stem}” {count} time(s); fewer than the lowest tier."),
            ));
        }
    }
}

/// A count the criterion asks ("minimaal 2 projecten") is met by as many distinct things
/// as the evidence names, counted as count tiers count them.
fn required_count(v: &mut Verdict, criterion: &str) {
    if v.status != Status::Met {
        return;
    }
    let Some((asked, stem)) = tiers::required_count(criterion) else {
        return;
    };
    let lines: Vec<&str> = v.evidence.iter().map(|e| e.text.as_str()).collect();
    let count = tiers::count_named(&stem, &lines);
    if count < asked {
        v.status = Status::NotMet;
        v.missing = Some(Bilingual::new(
            format!("Gevraagd: minimaal {asked} keer “{stem}”; gevonden: {count}."),
            format!("Asked: at least {asked} “{stem}”; found {count}."),
        ));
    }
}

fn result(
    id: &str,
    kind: CriterionKind,
    text: &str,
    points: Option<f64>,
    tiers: &[crate::tender::Tier],
    v: Verdict,
    declarations: &Declarations,
) -> CriterionResult {
    // A tier that pays nothing is not met: the CV does not reach a paying level.
    let mut v = v;
    if kind == CriterionKind::Weighted
        && !tiers.is_empty()
        && v.status == Status::Met
        && tiers::earned(tiers, v.tier_months).is_some_and(|e| e <= 0.0)
    {
        v.status = Status::NotMet;
        let months = v.tier_months.unwrap_or(0);
        v.missing = Some(Bilingual::new(
            format!("Gevonden: {months} maanden; dat niveau levert geen punten op."),
            format!("Found {months} months; that level earns no points."),
        ));
    }
    let computed = v.status;
    let override_status = declarations.overrides.get(id).copied();
    let status = override_status.unwrap_or(computed);
    let earned = match kind {
        CriterionKind::Knockout => None,
        // Points are all or nothing; a tiered criterion pays the highest tier reached.
        CriterionKind::Weighted => points.map(|p| match (status, tiers.is_empty()) {
            (Status::Met, true) => p,
            (Status::Met, false) => v
                .tier_points
                .or_else(|| tiers::earned(tiers, v.tier_months))
                .unwrap_or(p)
                .min(p),
            _ => 0.0,
        }),
    };
    CriterionResult {
        id: id.to_string(),
        kind,
        text: text.to_string(),
        status,
        computed_status: computed,
        overridden: override_status.is_some_and(|o| o != computed),
        points,
        earned,
        evidence: v.evidence,
        missing: if status == Status::Met {
            None
        } else {
            v.missing
        },
        suggestion: if status == Status::Met {
            None
        } else {
            v.suggestion
        },
        note: v.note,
        rule: v.rule,
    }
}

fn summarise(tender: &Tender, criteria: Vec<CriterionResult>, today: Date) -> Assessment {
    let knockouts: Vec<&CriterionResult> = criteria
        .iter()
        .filter(|c| c.kind == CriterionKind::Knockout)
        .collect();
    let knockout_pass = if knockouts.iter().any(|c| c.status == Status::NotMet) {
        Some(false)
    } else if knockouts.iter().any(|c| c.status == Status::Unknown) {
        None
    } else {
        Some(true)
    };
    let points = criteria.iter().filter_map(|c| c.earned).sum();
    Assessment {
        knockout_pass,
        points,
        points_possible: tender.points_total,
        price_weight: tender.price_weight,
        interview_weight: tender.interview_weight,
        deadline: tender.deadline,
        deadline_passed: tender.deadline_passed(today),
        tie_break_on_rate: tender.assessment.tie_break_on_rate,
        warnings: tender.dated_warnings(today),
        criteria,
    }
}

/// The public JSON of `tenderfit score` (and the widget's "download JSON"), in one language.
#[derive(Debug, Serialize)]
pub struct AssessmentView<'a> {
    pub knockout_pass: Option<bool>,
    pub points: f64,
    pub points_possible: Option<f64>,
    pub price_weight: Option<f64>,
    pub interview_weight: Option<f64>,
    pub deadline: Option<Date>,
    pub deadline_passed: bool,
    pub tie_break_on_rate: bool,
    pub criteria: Vec<CriterionView<'a>>,
    pub warnings: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct CriterionView<'a> {
    pub id: &'a str,
    pub kind: CriterionKind,
    pub text: &'a str,
    pub status: Status,
    pub overridden: bool,
    pub points: Option<f64>,
    pub earned: Option<f64>,
    pub evidence: &'a [Evidence],
    pub missing: Option<&'a str>,
    pub suggestion: Option<&'a str>,
    pub note: Option<&'a str>,
    pub rule: &'static str,
}

impl Assessment {
    pub fn view(&self, lang: Lang) -> AssessmentView<'_> {
        AssessmentView {
            knockout_pass: self.knockout_pass,
            points: self.points,
            points_possible: self.points_possible,
            price_weight: self.price_weight,
            interview_weight: self.interview_weight,
            deadline: self.deadline,
            deadline_passed: self.deadline_passed,
            tie_break_on_rate: self.tie_break_on_rate,
            criteria: self
                .criteria
                .iter()
                .map(|c| CriterionView {
                    id: &c.id,
                    kind: c.kind,
                    text: &c.text,
                    status: c.status,
                    overridden: c.overridden,
                    points: c.points,
                    earned: c.earned,
                    evidence: &c.evidence,
                    missing: c.missing.as_ref().map(|m| m.get(lang)),
                    suggestion: c.suggestion.as_ref().map(|m| m.get(lang)),
                    note: c.note.as_ref().map(|m| m.get(lang)),
                    rule: c.rule,
                })
                .collect(),
            warnings: self.warnings.iter().map(|w| w.message(lang)).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn met(lines: &[&str]) -> Verdict {
        let mut v = Verdict::new(Status::Met, "experience");
        v.evidence = lines
            .iter()
            .enumerate()
            .map(|(i, t)| Evidence {
                line: i + 1,
                text: t.to_string(),
            })
            .collect();
        v
    }

    /// A count the criterion asks is met only by as many distinct things named.
    #[test]
    fn a_count_in_the_criterion_is_counted() {
        let c = "Aantoonbaar minimaal 2 IHP's opgesteld";
        let mut v = met(&["IHP Ede opgesteld (2021)"]);
        required_count(&mut v, c);
        assert_eq!(v.status, Status::NotMet);
        let mut v = met(&["IHP Ede opgesteld", "IHP Wageningen geactualiseerd"]);
        required_count(&mut v, c);
        assert_eq!(v.status, Status::Met);
        let mut v = met(&["Begeleidde twee scrumteams tegelijk"]);
        required_count(&mut v, "Het begeleiden van minimaal twee scrumteams");
        assert_eq!(v.status, Status::Met);
        // Years are no count.
        let mut v = met(&["Adviseur (2020 - heden)"]);
        required_count(&mut v, "Minimaal 3 jaar ervaring als adviseur");
        assert_eq!(v.status, Status::Met);
    }
}
