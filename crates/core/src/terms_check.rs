//! The posting's terms that the candidate's stated terms break, for beside the verdict.
//!
//! The verdicts are the judge's (`judge::rules::terms`): the posting's own terms (maximum
//! rate, hours, start, weekdays) are put to it as knock-outs with the ids `T-rate`, `T-hours`,
//! `T-start` and `T-days`, and its criteria on rate and availability are judged as usual.
//! This module only chooses which of those failures to show, each once, and says whose
//! statement counted: what the user entered beats the CV, and the line is given for the CV.

use crate::date::Date;
use crate::judge::{Bilingual, CriterionResult, Status};
use crate::tender::Tender;

/// Where a term the verdict used was stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermSource {
    /// Typed by the user in the terms form (beats the CV).
    Entered,
    /// Read from the CV, on this line (1-based).
    Cv { line: usize },
}

/// The sources of the terms a posting can ask for, each when stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TermSources {
    pub rate: Option<TermSource>,
    pub hours: Option<TermSource>,
    pub start: Option<TermSource>,
    pub days: Option<TermSource>,
    /// The stated start: `Some(None)` is "per direct".
    pub start_value: Option<Option<Date>>,
}

/// A term of the posting that does not hold, with why and whose statement counted.
#[derive(Debug, Clone, PartialEq)]
pub struct TermProblem {
    /// The posting term's id (`T-rate`, …) or the criterion's (`K2`).
    pub code: String,
    /// What does not hold, ending with the source ("— jouw opgave", "— je cv, regel 12").
    pub text: Bilingual,
    pub source: Option<TermSource>,
}

/// The rules whose criteria are about the candidate's terms.
const TERM_RULES: [&str; 2] = ["rate", "availability"];

/// Which failures to show beside the verdict: every rate or availability criterion that is
/// not met, then every posting term not met that no such criterion already says (the same
/// rule words the same problem the same way). `own` are the verdicts on the posting's own
/// terms, `criteria` the assessment's.
pub fn term_problems(
    tender: &Tender,
    own: &[CriterionResult],
    criteria: &[CriterionResult],
    sources: &TermSources,
) -> Vec<TermProblem> {
    let mut out: Vec<TermProblem> = Vec::new();
    for c in criteria
        .iter()
        .filter(|c| c.status == Status::NotMet && TERM_RULES.contains(&c.rule))
    {
        let source = if c.rule == "rate" {
            sources.rate
        } else {
            // The entered terms beat the CV: name them when any counted.
            let all = [sources.hours, sources.start, sources.days];
            all.into_iter()
                .flatten()
                .find(|s| *s == TermSource::Entered)
                .or(all.into_iter().flatten().next())
        };
        let what = c
            .missing
            .clone()
            .unwrap_or_else(|| Bilingual::new(c.text.clone(), c.text.clone()));
        out.push(TermProblem {
            code: c.id.clone(),
            text: with_source(&format!("{}: ", c.id), what, source),
            source,
        });
    }
    for c in own.iter().filter(|c| c.status == Status::NotMet) {
        let what = c
            .missing
            .clone()
            .unwrap_or_else(|| Bilingual::new(c.text.clone(), c.text.clone()));
        let said = out.iter().any(|p| {
            let w = what.nl.trim_end().trim_end_matches('.');
            !w.is_empty() && p.text.nl.contains(w)
        });
        if said {
            continue;
        }
        let source = match c.id.as_str() {
            "T-rate" => sources.rate,
            "T-hours" => sources.hours,
            "T-start" => sources.start,
            "T-days" => sources.days,
            _ => None,
        };
        let what = match (c.id.as_str(), tender.start.as_ref().and_then(|s| s.date)) {
            // The judge words dates as ISO; people read them written out.
            ("T-start", Some(need)) => start_words(need, sources.start_value),
            _ => what,
        };
        out.push(TermProblem {
            code: c.id.clone(),
            text: with_source("", what, source),
            source,
        });
    }
    out
}

fn start_words(need: Date, stated: Option<Option<Date>>) -> Bilingual {
    use crate::warning::Lang::{En, Nl};
    match stated.flatten() {
        Some(s) => Bilingual::new(
            format!(
                "Beschikbaar per {}, de opdracht begint {}",
                s.long(Nl),
                need.long(Nl)
            ),
            format!(
                "Available from {}, the assignment starts {}",
                s.long(En),
                need.long(En)
            ),
        ),
        None => Bilingual::new(
            format!("Geen beschikbaarheid per {}", need.long(Nl)),
            format!("Not available from {}", need.long(En)),
        ),
    }
}

/// `what` with whose statement counted after it, as one sentence: "… — jouw opgave.".
fn with_source(prefix: &str, what: Bilingual, source: Option<TermSource>) -> Bilingual {
    let (nl, en) = match source {
        Some(TermSource::Entered) => (" — jouw opgave".to_string(), " — your entry".to_string()),
        Some(TermSource::Cv { line }) => (
            format!(" — je cv, regel {line}"),
            format!(" — your CV, line {line}"),
        ),
        None => (String::new(), String::new()),
    };
    if source.is_none() {
        return Bilingual::new(
            format!("{prefix}{}", what.nl),
            format!("{prefix}{}", what.en),
        );
    }
    let bare = |s: &str| s.trim_end().trim_end_matches('.').to_string();
    Bilingual::new(
        format!("{prefix}{}{nl}.", bare(&what.nl)),
        format!("{prefix}{}{en}.", bare(&what.en)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::judge::{judge, Declarations};
    use crate::tender::Knockout;
    use crate::{read_cv, read_tender};

    fn today() -> Date {
        Date::new(2026, 1, 5).unwrap()
    }

    /// A posting's own terms as the widget puts them to the judge.
    fn own_terms(tender: &Tender, texts: &[(&str, &str)]) -> Tender {
        Tender {
            knockouts: texts
                .iter()
                .map(|(id, text)| Knockout {
                    id: id.to_string(),
                    number: None,
                    text: text.to_string(),
                    line: 0,
                    note: None,
                    kind: Default::default(),
                })
                .collect(),
            criteria: Vec::new(),
            questions: Vec::new(),
            ..tender.clone()
        }
    }

    const POSTING: &str = "Adviseur sociaal domein\n\nStartdatum: 1 maart 2026\nUren per week: 24\n\
        Maximum uurtarief: € 100\n\nKnock-outcriteria\nK1 Beschikbaar voor minimaal 24 uur per week\n\
        K2 Minimaal 3 jaar ervaring als adviseur sociaal domein\n";

    #[test]
    fn a_failing_term_says_whose_statement_counted() {
        let tender = read_tender(POSTING).0;
        let cv = read_cv("Jan Jansen\nBeschikbaar: 16 uur per week\nUurtarief: € 125\n").0;
        let own = own_terms(
            &tender,
            &[
                ("T-rate", "Maximum uurtarief € 100"),
                ("T-hours", "Beschikbaar voor 24-24 uur per week"),
            ],
        );
        let d = Declarations::default();
        let own = judge(&own, &cv, &d, today()).criteria;
        let all = judge(&tender, &cv, &d, today()).criteria;
        let sources = TermSources {
            rate: Some(TermSource::Cv { line: 3 }),
            hours: Some(TermSource::Cv { line: 2 }),
            ..Default::default()
        };
        let p = term_problems(&tender, &own, &all, &sources);
        let codes: Vec<&str> = p.iter().map(|p| p.code.as_str()).collect();
        // K1 says the hours; the posting's hours are not said twice. The rate is the posting's.
        assert_eq!(codes, ["K1", "T-rate"], "{p:#?}");
        assert!(p[0].text.nl.starts_with("K1: ") && p[0].text.nl.ends_with("je cv, regel 2."));
        assert!(
            p[1].text.en.ends_with("your CV, line 3."),
            "{:?}",
            p[1].text
        );
        // The user's entry beats the CV and is named.
        let entered = TermSources {
            rate: Some(TermSource::Entered),
            ..sources
        };
        let d = Declarations {
            rate: Some(130.0),
            ..Default::default()
        };
        let own = judge(
            &own_terms(&tender, &[("T-rate", "Maximum uurtarief € 100")]),
            &cv,
            &d,
            today(),
        )
        .criteria;
        let p = term_problems(&tender, &own, &[], &entered);
        assert_eq!(p.len(), 1);
        assert!(p[0].text.nl.ends_with("— jouw opgave."), "{:?}", p[0].text);
    }

    #[test]
    fn a_later_start_reads_as_dates_never_iso() {
        let tender = read_tender(POSTING).0;
        let cv = read_cv("Jan Jansen\nBeschikbaar per 1 april 2026\n").0;
        let own = own_terms(&tender, &[("T-start", "Beschikbaar per 01-03-2026")]);
        let own = judge(&own, &cv, &Declarations::default(), today()).criteria;
        assert_eq!(own[0].status, Status::NotMet);
        let sources = TermSources {
            start: Some(TermSource::Cv { line: 2 }),
            start_value: Some(Date::new(2026, 4, 1)),
            ..Default::default()
        };
        let p = term_problems(&tender, &own, &[], &sources);
        assert_eq!(
            p[0].text.nl,
            "Beschikbaar per 1 april 2026, de opdracht begint 1 maart 2026 — je cv, regel 2."
        );
        assert_eq!(
            p[0].text.en,
            "Available from 1 April 2026, the assignment starts 1 March 2026 — your CV, line 2."
        );
    }

    #[test]
    fn terms_that_hold_are_not_listed() {
        let tender = read_tender(POSTING).0;
        let cv = read_cv("Jan Jansen\nBeschikbaar: 24 uur per week\nUurtarief: € 95\n").0;
        let own = own_terms(
            &tender,
            &[
                ("T-rate", "Maximum uurtarief € 100"),
                ("T-hours", "Beschikbaar voor 24-24 uur per week"),
            ],
        );
        let own = judge(&own, &cv, &Declarations::default(), today()).criteria;
        assert!(own.iter().all(|c| c.status == Status::Met), "{own:#?}");
        assert!(term_problems(&tender, &own, &[], &TermSources::default()).is_empty());
    }
}
