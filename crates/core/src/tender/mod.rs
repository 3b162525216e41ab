//! The posting ("inhuuropdracht") as a typed model, and the reader that builds it from text.

mod answer_options;
mod blocks;
mod cards;
mod check_boxes;
mod clauses;
mod columns;
mod fixed_width;
mod inline_lists;
mod kind_tags;
mod lead_labels;
mod model;
mod points;
mod prose;
mod ranges;
mod read;
mod sections;
mod summary;
pub(crate) mod terms;
mod vocab;

pub use model::tender_from_json;
pub use points::{extract_points, PointsExpr};
pub use read::{read_tender, MAX_CRITERIA, MAX_TENDER_BYTES};

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::warning::Warning;

/// Everything read from one posting. Field names are the public JSON contract of
/// `tenderfit tender --json` (see README).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Tender {
    pub title: Option<String>,
    /// Aanvraagnummer / referentienummer.
    pub reference: Option<String>,
    /// The hiring organisation when stated ("Opdrachtgever") or clearly named in the text.
    pub buyer: Option<String>,
    pub region: Option<String>,
    pub start: Option<Start>,
    pub duration_months: Option<u32>,
    pub duration_text: Option<String>,
    pub extension: Option<Extension>,
    pub hours_per_week: Option<Hours>,
    pub education_level: Option<String>,
    pub deadline: Option<Date>,
    /// "HH:MM" when the posting gives the closing time.
    pub deadline_time: Option<String>,
    /// Maximum hourly rate in euro, from the terms, a rate band or a criterion.
    pub max_rate: Option<f64>,
    pub rate_band: Option<RateBand>,
    /// The maximum rate must include travel costs (woon-werk, werk-werk).
    pub rate_includes_travel: bool,
    /// Workdays as Dutch two-letter codes in week order: "ma", "di", "wo", "do", "vr", "za", "zo".
    pub workdays: Vec<String>,
    pub hybrid: Option<bool>,
    /// Documents the client will ask for: "VOG", "geheimhoudingsverklaring", "UEA".
    pub documents: Vec<String>,
    pub knockouts: Vec<Knockout>,
    pub criteria: Vec<WeightedCriterion>,
    /// Share of the price in the award, in percent, kept apart from the CV-judged criteria.
    pub price_weight: Option<f64>,
    /// Share of the interview round in the award, in percent.
    pub interview_weight: Option<f64>,
    /// Sum of the CV-judged criteria's maximum points; null when none carries points.
    pub points_total: Option<f64>,
    /// The total the posting states ("totaal 100 punten").
    pub stated_total: Option<f64>,
    /// The posting's conditions exclude self-employed bidders ("niet voldaan als de inschrijver
    /// een ZZP-er is").
    pub excludes_self_employed: bool,
    /// Payroll constructions are excluded.
    pub excludes_payroll: bool,
    pub competencies: Vec<String>,
    pub cv_requirements: CvRequirements,
    pub assessment: AssessmentProcedure,
    pub questions: Vec<QuestionAnswer>,
}

/// A knock-out criterion: fail it and the bid is out.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Knockout {
    /// "K1", "K2", … in the posting's order.
    pub id: String,
    /// The number printed before it, if any.
    pub number: Option<u32>,
    /// The criterion's own words, without number or bullet.
    pub text: String,
    /// 1-based line in the posting where it starts.
    pub line: usize,
    /// The explanation printed under it ("Toelichting: …", "NB: …"), kept apart from its words
    /// so it is never searched for in the CV. Absent from the JSON when there is none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Whom the requirement is on: the candidate (judged on the CV) or the bidding company
    /// (Waadi, NEN 4400-1, G-rekening, UEA: declared by the bidder). Serialized as
    /// "candidate" / "bidder"; absent in older JSON means "candidate".
    pub kind: KnockoutKind,
}

/// Whom a knock-out is on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KnockoutKind {
    /// A requirement on the offered candidate (education, experience, availability, rate).
    #[default]
    Candidate,
    /// An administrative requirement on the bidder's company ("Eis 1 (inschrijver)", Waadi,
    /// NEN 4400-1/SNA, G-rekening, UEA, uitvoeringsvoorwaarde).
    Bidder,
}

/// A weighted criterion: meeting it earns points.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct WeightedCriterion {
    /// "W1", "W2", … in the posting's order.
    pub id: String,
    pub number: Option<u32>,
    pub text: String,
    /// The most this criterion can earn; percentages count as points. Null when unweighted.
    pub points: Option<f64>,
    /// Whether the posting wrote the weight as a percentage.
    pub percent: bool,
    /// Levels that pay differently ("3 tot 5 jaar: 10 punten; meer dan 5 jaar: 20 punten").
    pub tiers: Vec<Tier>,
    pub line: usize,
    /// The explanation printed under it ("Toelichting: …"), as for a knock-out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Tier {
    pub label: String,
    pub points: f64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Start {
    pub date: Option<Date>,
    /// "Z.s.m." / "as soon as possible".
    pub asap: bool,
    pub text: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Extension {
    pub count: Option<u32>,
    pub months: Option<u32>,
    pub text: String,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Hours {
    pub min: u32,
    pub max: u32,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct RateBand {
    pub min: f64,
    pub max: f64,
}

/// What the posting asks of the CV document itself.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CvRequirements {
    pub max_pages: Option<u32>,
    /// "nl" or "en".
    pub language: Option<String>,
    pub min_references: Option<u32>,
    pub motivation_requested: bool,
    pub text: Option<String>,
}

/// How the broker selects (from the "Beoordeling" prose).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AssessmentProcedure {
    /// How many CVs go to the client after the broker's scoring.
    pub cvs_to_client: Option<u32>,
    /// "Bij een gelijke score is het uurtarief doorslaggevend".
    pub tie_break_on_rate: bool,
}

/// A published question and its answer. Answers are binding and change how criteria are read.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct QuestionAnswer {
    pub question: String,
    pub answer: String,
    /// The criterion the question is about ("K2", "W3"), when it can be told.
    pub criterion: Option<String>,
}

impl Tender {
    /// Knock-outs and weighted criteria in one list of (id, text), knock-outs first.
    pub fn all_criteria(&self) -> impl Iterator<Item = (&str, &str)> {
        self.knockouts
            .iter()
            .map(|k| (k.id.as_str(), k.text.as_str()))
            .chain(
                self.criteria
                    .iter()
                    .map(|w| (w.id.as_str(), w.text.as_str())),
            )
    }

    /// Whether the deadline lies before `today` (false when unknown).
    pub fn deadline_passed(&self, today: Date) -> bool {
        self.deadline.is_some_and(|d| d < today)
    }

    /// Warnings that depend on the reference date.
    pub fn dated_warnings(&self, today: Date) -> Vec<Warning> {
        let mut out = Vec::new();
        if let (true, Some(d)) = (self.deadline_passed(today), self.deadline) {
            out.push(Warning::DeadlinePassed {
                deadline: d.to_string(),
            });
        }
        out
    }
}

/// Views of a read posting for the reader's tests: the criteria as (text, points) and the
/// knock-outs' texts, in order.
#[cfg(test)]
pub(crate) mod test_support {
    use super::Tender;

    /// Each weighted criterion's text and points.
    pub fn weighted(t: &Tender) -> Vec<(&str, Option<f64>)> {
        t.criteria
            .iter()
            .map(|c| (c.text.as_str(), c.points))
            .collect()
    }

    /// Each weighted criterion's text, points and number of tiers.
    pub fn weighted_tiers(t: &Tender) -> Vec<(&str, Option<f64>, usize)> {
        t.criteria
            .iter()
            .map(|c| (c.text.as_str(), c.points, c.tiers.len()))
            .collect()
    }

    /// Each knock-out's text.
    pub fn knockout_texts(t: &Tender) -> Vec<&str> {
        t.knockouts.iter().map(|k| k.text.as_str()).collect()
    }
}
