//! Motivation: met only by a first-person paragraph about why the candidate suits *this*
//! assignment; a third-person profile, or a motivation written for another posting, is not.

use super::super::{Bilingual, Status, Verdict};
use super::{evidence, honest};
use crate::cv::Cv;
use crate::tender::Tender;
use crate::text::fold;

/// Words that name this posting: from its title, buyer and region.
fn posting_words(tender: &Tender) -> Vec<String> {
    let generic = [
        "gemeente",
        "provincie",
        "periodieke",
        "senior",
        "medior",
        "junior",
        "adviseur",
        "interim",
    ];
    let mut words: Vec<String> = [
        tender.title.as_deref(),
        tender.buyer.as_deref(),
        tender.region.as_deref(),
    ]
    .into_iter()
    .flatten()
    .flat_map(|s| {
        fold(s)
            .split(|c: char| !c.is_alphanumeric())
            .map(str::to_string)
            .collect::<Vec<_>>()
    })
    .filter(|w| w.len() >= 5 && !generic.contains(&w.as_str()))
    .collect();
    // "hotspot-monitor" is also written "hotspotmonitor": keep the parts of hyphenated words.
    words.sort();
    words.dedup();
    words
}

pub fn judge(tender: &Tender, cv: &Cv) -> Verdict {
    let mut v = Verdict::new(Status::NotMet, "motivation");
    let suggestion = honest(
        "schrijf een korte motivatie in de ik-vorm over waarom jij past bij deze opdracht en wat haar aantrekkelijk maakt; noem de opdracht bij naam.",
        "write a short first-person motivation on why you suit this assignment and what attracts you to it; name the assignment.",
    );
    let Some(m) = &cv.motivation else {
        v.missing = Some(Bilingual::new(
            "Het cv heeft geen motivatie.",
            "The CV has no motivation.",
        ));
        v.suggestion = Some(suggestion);
        return v;
    };
    v.evidence = (m.first_line..=m.last_line.min(m.first_line + 2))
        .map(|n| evidence(cv, n))
        .filter(|e| !e.text.is_empty())
        .collect();
    if !m.first_person {
        v.missing = Some(Bilingual::new(
            "De motivatie is in de derde persoon geschreven; die moet van de kandidaat zelf zijn.",
            "The motivation is written in the third person; it must be the candidate's own.",
        ));
        v.suggestion = Some(suggestion);
        return v;
    }
    let text = fold(&m.text);
    let words = posting_words(tender);
    if !words.is_empty() && !words.iter().any(|w| text.contains(w.as_str())) {
        v.missing = Some(Bilingual::new(
            "De motivatie lijkt voor een andere opdracht geschreven: ze noemt deze opdracht niet.",
            "The motivation seems written for another assignment: it does not name this one.",
        ));
        v.suggestion = Some(suggestion);
        return v;
    }
    v.status = Status::Met;
    v
}
