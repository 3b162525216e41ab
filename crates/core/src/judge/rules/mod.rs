//! The rules of judgement, one module per kind of requirement. Each takes the interpreted
//! requirement and the CV and returns a verdict with its evidence.

mod admin;
mod education;
mod experience;
mod motivation;
mod terms;

use super::interpret::{Part, Requirement};
use super::matching::{has_any, has_term};
use super::{Bilingual, Declarations, Evidence, Verdict};
use crate::cv::Cv;
use crate::date::Date;
use crate::tender::Tender;

pub fn evaluate(
    req: &Requirement,
    tender: &Tender,
    cv: &Cv,
    declarations: &Declarations,
    today: Date,
) -> Verdict {
    match req {
        Requirement::Education { min, fields } => education::judge(*min, fields, cv),
        Requirement::Experience(e) => experience::judge(e, cv, today),
        Requirement::Knowledge { parts, any } => experience::knowledge(parts, *any, cv),
        Requirement::Certificate { label, spellings } => {
            experience::certificate(label, spellings, cv)
        }
        Requirement::Rate {
            max,
            travel_included,
            parking_included,
        } => terms::rate(*max, *travel_included, *parking_included, cv, declarations),
        Requirement::Availability {
            hours,
            from,
            weekdays,
            until,
            whole_term,
        } => terms::availability(
            *hours,
            *from,
            weekdays,
            *until,
            *whole_term,
            cv,
            declarations,
        ),
        Requirement::Motivation => motivation::judge(tender, cv),
        Requirement::Admin(a) => admin::judge(a, tender, cv, declarations, today),
    }
}

pub(crate) fn evidence(cv: &Cv, n: usize) -> Evidence {
    Evidence {
        line: n,
        text: cv.line(n).trim().to_string(),
    }
}

/// Whether a (folded) line shows `part`, with excluded phrases removed first.
pub(crate) fn part_on_line(
    part: &Part,
    line: &str,
    excluded: &[String],
    included: &[String],
) -> bool {
    let mut l = line.to_string();
    for x in excluded {
        l = l.replace(x.as_str(), " ");
    }
    // "kleinschalig / ca. 50": the word or a number of about that size.
    if let Some(n) = part.around {
        return number_near(&l, n) || has_any(&l, &part.evidence);
    }
    if !part.evidence.is_empty() && !has_any(&l, &part.evidence) {
        return false;
    }
    if !part.with.is_empty() && !has_any(&l, &part.with) && !has_any(&l, included) {
        return false;
    }
    if !part.all.iter().all(|t| has_term(&l, t)) {
        return false;
    }
    !part.evidence.is_empty() || !part.all.is_empty()
}

/// A number between half and one and a half times `n`, followed by people ("50 bewoners").
fn number_near(line: &str, n: u32) -> bool {
    let people = [
        "bewoner",
        "person",
        "vluchteling",
        "ontheemd",
        "plaats",
        "mensen",
        "people",
        "resident",
        "asielzoeker",
    ];
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_digit()) {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            if let Ok(x) = line[start..i].parse::<u32>() {
                let after = &line[i..line.len().min(i + 40)];
                if x * 2 >= n && x * 2 <= n * 3 && people.iter().any(|p| after.contains(p)) {
                    return true;
                }
            }
        }
        i += 1;
    }
    false
}

/// "Only if it is true: …" — suggestions never encourage claims the CV does not support.
pub(crate) fn honest(nl: impl Into<String>, en: impl Into<String>) -> Bilingual {
    Bilingual::new(
        format!("Alleen als het klopt: {}", nl.into()),
        format!("Only if it is true: {}", en.into()),
    )
}

/// A readable name for a part: the concept's first trigger, or the criterion's own words.
pub(crate) fn part_name(p: &Part) -> String {
    if let Some(c) = super::thesaurus::CONCEPTS.iter().find(|c| c.id == p.label) {
        return c
            .triggers
            .first()
            .map_or(p.label.clone(), |t| t.to_string());
    }
    p.label.clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn part(evidence: &[&str], with: &[&str]) -> Part {
        Part {
            label: "x".into(),
            evidence: evidence.iter().map(|s| s.to_string()).collect(),
            with: with.iter().map(|s| s.to_string()).collect(),
            all: vec![],
            around: None,
        }
    }

    #[test]
    fn with_terms_must_share_the_line_and_exclusions_are_removed() {
        let p = part(&["advis"], &["wethouder", "burgemeester"]);
        assert!(part_on_line(
            &p,
            "adviseren van de wethouder wonen",
            &[],
            &[]
        ));
        assert!(!part_on_line(
            &p,
            "adviseren van de officier van justitie",
            &[],
            &[]
        ));
        let q = part(&["advis"], &["justitie"]);
        assert!(!part_on_line(
            &q,
            "adviseren van de officier van justitie",
            &["officier van justitie".into()],
            &[]
        ));
    }

    #[test]
    fn a_number_around_the_asked_size() {
        let mut p = part(&["kleinschalig"], &[]);
        p.around = Some(50);
        assert!(part_on_line(
            &p,
            "vijf locaties van 35 tot 60 personen (gemiddeld ca. 50)",
            &[],
            &[]
        ));
        assert!(part_on_line(&p, "drie kleinschalige locaties", &[], &[]));
        assert!(!part_on_line(
            &p,
            "een locatie met ca. 180 ontheemden",
            &[],
            &[]
        ));
    }
}
