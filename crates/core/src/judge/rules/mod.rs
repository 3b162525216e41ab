//! The rules of judgement, one module per kind of requirement. Each takes the interpreted
//! requirement and the CV and returns a verdict with its evidence.

mod admin;
pub(super) mod certificate;
mod education;
mod experience;
mod language;
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
        Requirement::Certificate(c) => certificate::judge(c, cv, today),
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
            place,
        } => terms::availability(
            *hours,
            *from,
            weekdays,
            (*until, *whole_term),
            place.as_deref(),
            cv,
            declarations,
        ),
        Requirement::Language(l) => language::judge(*l, cv),
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

/// How a part is found in a CV: from the CV's index of terms, or line by line.
pub(crate) enum PartMatch<'a> {
    /// The segments (see [`crate::cv::Mentions`]) that show the part, in order.
    Segments(Vec<u32>),
    /// Excluded phrases are removed from each line before matching, and "about 50" needs the
    /// numbers on the line: neither is in the index, so [`part_on_line`] decides.
    Lines(&'a Part),
}

impl PartMatch<'_> {
    /// Whether segment `segment`, whose folded text is `text`, shows the part.
    pub(crate) fn on(
        &self,
        segment: u32,
        text: &str,
        excluded: &[String],
        included: &[String],
    ) -> bool {
        match self {
            PartMatch::Segments(s) => s.binary_search(&segment).is_ok(),
            PartMatch::Lines(p) => part_on_line(p, text, excluded, included),
        }
    }

    pub(crate) fn nowhere(&self) -> bool {
        matches!(self, PartMatch::Segments(s) if s.is_empty())
    }
}

/// Finds `part` in the CV's index: the same answers [`part_on_line`] gives on each segment.
pub(crate) fn part_match<'a>(
    part: &'a Part,
    cv: &Cv,
    excluded: &[String],
    included: &[String],
) -> PartMatch<'a> {
    if !excluded.is_empty() || part.around.is_some() || !cv.mentions.is_indexed() {
        return PartMatch::Lines(part);
    }
    if part.evidence.is_empty() && part.all.is_empty() {
        return PartMatch::Segments(Vec::new());
    }
    let union = |terms: &mut dyn Iterator<Item = &String>| -> Vec<u32> {
        let mut out: Vec<u32> = Vec::new();
        for t in terms {
            out.extend_from_slice(&cv.mentions.segments(t));
        }
        out.sort_unstable();
        out.dedup();
        out
    };
    let intersect = |a: Option<Vec<u32>>, b: &[u32]| -> Vec<u32> {
        match a {
            None => b.to_vec(),
            Some(a) => a
                .into_iter()
                .filter(|x| b.binary_search(x).is_ok())
                .collect(),
        }
    };
    let mut found: Option<Vec<u32>> = None;
    if !part.examples.is_empty() {
        // The part itself or any example: the union of what each finds.
        let mut own = part.clone();
        own.examples.clear();
        let mut out = match part_match(&own, cv, excluded, included) {
            PartMatch::Segments(s) => s,
            PartMatch::Lines(_) => return PartMatch::Lines(part),
        };
        for e in &part.examples {
            match part_match(e, cv, excluded, included) {
                PartMatch::Segments(s) => out.extend(s),
                PartMatch::Lines(_) => return PartMatch::Lines(part),
            }
        }
        out.sort_unstable();
        out.dedup();
        return PartMatch::Segments(out);
    }
    if !part.evidence.is_empty() {
        found = Some(union(&mut part.evidence.iter()));
    }
    if !part.with.is_empty() {
        found = Some(intersect(
            found,
            &union(&mut part.with.iter().chain(included)),
        ));
    }
    for t in &part.all {
        found = Some(intersect(found, &cv.mentions.segments(t)));
    }
    PartMatch::Segments(found.unwrap_or_default())
}

/// Whether a (folded) line shows `part`, with excluded phrases removed first.
pub(crate) fn part_on_line(
    part: &Part,
    line: &str,
    excluded: &[String],
    included: &[String],
) -> bool {
    let mut l = std::borrow::Cow::Borrowed(line);
    for x in excluded {
        if l.contains(x.as_str()) {
            l = std::borrow::Cow::Owned(l.replace(x.as_str(), " "));
        }
    }
    if part
        .examples
        .iter()
        .any(|e| part_on_line(e, &l, excluded, included))
    {
        return true;
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
            if let Ok(x) = line[start..i].parse::<u64>() {
                // The next 40 bytes, cut at a character boundary.
                let after = crate::text::truncate_at_char(&line[i..], 40);
                let (x, n) = (x.saturating_mul(2), u64::from(n));
                if x >= n && x <= n * 3 && people.iter().any(|p| after.contains(p)) {
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
        return quoted(c.triggers.first().copied().unwrap_or(&p.label));
    }
    quoted(&p.label)
}

/// The posting's own words in advice, as a quote: they stay in the posting's language while
/// the sentence around them is in the user's.
pub(crate) fn quoted(s: &str) -> String {
    format!("“{}”", s.trim().trim_end_matches(['.', ',', ';']))
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
            examples: Vec::new(),
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

    /// Found by fuzzing (cv_reader): the 40 bytes after a number ended inside a character;
    /// and a huge number overflowed when doubled.
    #[test]
    fn numbers_near_wide_characters_and_huge_numbers() {
        let mut p = part(&["kleinschalig"], &[]);
        p.around = Some(50);
        // Bytes 6..46 after "ca. 50" end inside the 13th wide character.
        let wide = format!("ca. 50  {}bewoners", "\u{fffd}".repeat(20));
        assert!(!part_on_line(&p, &wide, &[], &[]));
        assert!(part_on_line(&p, "ca. 50 \u{fffd} bewoners", &[], &[]));
        assert!(!part_on_line(&p, "4294967295 bewoners", &[], &[]));
        assert!(!part_on_line(&p, "99999999999999999999 bewoners", &[], &[]));
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

    /// The index must give, on every line and statement, the answer of the line-by-line rule.
    #[test]
    fn the_index_agrees_with_matching_line_by_line() {
        let text = "Werkervaring\n\
            jan 2020 - heden  Secretaris, Gemeente Utrecht\n\
            • Adviseren van de wethouder en de raad over\n\
              wonen en ruimte; agenda's van de raadsvergadering\n\
            • Projectleider BRP-audit (okt 2023 - jul 2024)\n\
            2015 - 2019  Adviseur, Leger des Heils\n\
            - IND-procedures, draad en raadsvoorstel\n\
            Opleiding\n\
            HBO Bestuurskunde, diploma 2014\n";
        let cv = crate::cv::read_cv(text).0;
        assert!(cv.mentions.is_indexed());
        let mut all = part(&[], &[]);
        all.all = vec!["raad".into(), "wonen".into()];
        let parts = [
            part(&["advis"], &["wethouder", "burgemeester"]),
            part(&["ind"], &[]),
            part(&["raad"], &[]),
            part(&["wethouder en de raad over wonen"], &[]),
            part(&["projectleider", "bestuurskunde"], &["audit", "diploma"]),
            part(&["afwezig"], &[]),
            part(&[], &["raad"]),
            all,
        ];
        let included = ["ruimte".to_string()];
        for p in &parts {
            for incl in [&[][..], &included[..]] {
                let m = part_match(p, &cv, &[], incl);
                assert!(matches!(m, PartMatch::Segments(_)));
                for n in 1..=cv.lines.len() {
                    let l = cv.folded_line(n);
                    assert_eq!(
                        m.on((n - 1) as u32, l, &[], incl),
                        part_on_line(p, l, &[], incl),
                        "{:?} on line {n}: {l}",
                        p.evidence
                    );
                }
                for st in cv.experience.iter().flat_map(|e| &e.statements) {
                    assert_eq!(
                        m.on(st.segment, &st.folded, &[], incl),
                        part_on_line(p, &st.folded, &[], incl),
                        "{:?} on statement {}",
                        p.evidence,
                        st.raw
                    );
                }
            }
        }
        // A statement across two lines is its own segment, and found as one.
        let wrapped = part_match(&parts[3], &cv, &[], &[]);
        assert!(cv
            .experience
            .iter()
            .flat_map(|e| &e.statements)
            .any(|st| st.last > st.first && wrapped.on(st.segment, "", &[], &[])));
        // Excluded phrases and "about 50" are left to the line-by-line rule.
        assert!(matches!(
            part_match(&parts[0], &cv, &["wethouder".into()], &[]),
            PartMatch::Lines(_)
        ));
    }
}
