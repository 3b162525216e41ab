//! The user's terms as facts with their source, and the posting's own terms (rate, hours,
//! start, days) put to the core as criteria. The widget judges nothing itself: it only
//! decides which facts the core sees, and the core's verdicts and messages are shown.

use std::rc::Rc;

use tenderfit_core::cv::CostTerm;
use tenderfit_core::terms_check::{TermSource, TermSources};
use tenderfit_core::warning::num;
use tenderfit_core::{Cv, Knockout, Lang, Tender};

use crate::i18n::{t, Text};
use crate::state::EnteredTerms;

/// The CV the core judges: the CV as read, except that an entered rate keeps what the CV
/// says about travel and parking costs unless the user answered that ("€ 98, reiskosten
/// apart" stays apart when only the amount is typed). The core's declarations cannot say
/// "charged separately", so the amount is put on the CV's own rate statement instead.
pub fn effective_cv(cv: &Rc<Cv>, entered: &EnteredTerms) -> (Rc<Cv>, bool) {
    let stated = cv.terms.rate.as_ref();
    let keeps_costs = stated.is_some_and(|s| {
        s.value.travel == Some(CostTerm::ChargedSeparately)
            || s.value.parking == Some(CostTerm::ChargedSeparately)
    });
    match entered.rate_value() {
        Some(amount) if !entered.rate_all_in && !entered.rate_invalid() && keeps_costs => {
            let mut cv = (**cv).clone();
            if let Some(r) = cv.terms.rate.as_mut() {
                r.value.amount = Some(amount);
            }
            (Rc::new(cv), true)
        }
        _ => (cv.clone(), false),
    }
}

/// Which of the user's terms are stated, by the user or the CV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Known {
    pub rate: bool,
    pub hours: bool,
    pub start: bool,
    pub days: bool,
}

/// Which terms the user entered or the CV states.
pub fn known(cv: &Cv, entered: &EnteredTerms) -> Known {
    let terms = &cv.terms;
    Known {
        rate: entered.rate_value().is_some()
            || terms
                .rate
                .as_ref()
                .is_some_and(|r| r.value.amount.is_some()),
        hours: entered.hours_value().is_some() || terms.hours_per_week.is_some(),
        start: !entered.available_from.is_empty() || terms.available_from.is_some(),
        days: !entered.weekdays.is_empty() || terms.weekdays.is_some(),
    }
}

/// The posting's own terms as knock-out criteria for the core (ids `T-rate`, `T-hours`,
/// `T-start`, `T-days`), so a rate above the maximum or too few hours shows even when no
/// criterion names them. A term is put only when the user or the CV states its side of it:
/// an unstated rate is the user's to confirm, not a failure.
pub fn terms_tender(tender: &Tender, known: Known) -> Tender {
    let mut knockouts = Vec::new();
    let mut put = |id: &str, text: String| {
        knockouts.push(Knockout {
            id: id.to_string(),
            number: None,
            text,
            line: 0,
            note: None,
            kind: Default::default(),
        })
    };
    if let (Some(max), true) = (tender.max_rate, known.rate) {
        let costs = if tender.rate_includes_travel {
            " inclusief reiskosten"
        } else {
            ""
        };
        put("T-rate", format!("Maximum uurtarief € {}{costs}", num(max)));
    }
    if let (Some(h), true) = (tender.hours_per_week, known.hours) {
        put(
            "T-hours",
            format!("Beschikbaar voor {}-{} uur per week", h.min, h.max),
        );
    }
    if let (Some(start), true) = (tender.start.as_ref().and_then(|s| s.date), known.start) {
        put(
            "T-start",
            format!("Beschikbaar per {}", start.long(Lang::Nl)),
        );
    }
    // Five or more days are the days work may be done, not fixed days asked for.
    if !tender.workdays.is_empty() && tender.workdays.len() < 5 && known.days {
        put(
            "T-days",
            format!("Beschikbaar op {}", tender.workdays.join(", ")),
        );
    }
    Tender {
        knockouts,
        criteria: Vec::new(),
        questions: Vec::new(),
        ..tender.clone()
    }
}

/// One line beside the banner: a term of the posting, and whether it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    /// `closed`, `open`, or the term's id (`T-rate`, …).
    pub code: String,
    pub text: String,
    /// `Some(false)` when it does not hold, `None` when it is only information.
    pub holds: Option<bool>,
}

/// Where each of the user's terms was stated: an entry beats the CV (whose line is given).
pub fn term_sources(cv: &Cv, entered: &EnteredTerms) -> TermSources {
    let terms = &cv.terms;
    let from_cv = |line: Option<usize>| line.map(|line| TermSource::Cv { line });
    let entered_start = tenderfit_core::Date::parse_iso(&entered.available_from);
    TermSources {
        rate: if entered.rate_value().is_some() && !entered.rate_invalid() {
            Some(TermSource::Entered)
        } else {
            from_cv(
                terms
                    .rate
                    .as_ref()
                    .filter(|r| r.value.amount.is_some())
                    .map(|r| r.line),
            )
        },
        hours: if entered.hours_value().is_some() {
            Some(TermSource::Entered)
        } else {
            from_cv(terms.hours_per_week.as_ref().map(|h| h.line))
        },
        start: if entered_start.is_some() {
            Some(TermSource::Entered)
        } else {
            from_cv(terms.available_from.as_ref().map(|s| s.line))
        },
        days: if !entered.weekdays.is_empty() {
            Some(TermSource::Entered)
        } else {
            from_cv(terms.weekdays.as_ref().map(|d| d.line))
        },
        start_value: match entered_start {
            Some(d) => Some(Some(d)),
            None => terms.available_from.as_ref().map(|s| s.value),
        },
    }
}

/// "Jouw opgave telt: € 125 (je cv: € 98)" for the cards whose rule uses entered terms.
pub fn entered_source(rule: &str, entered: &EnteredTerms, cv: &Cv, lang: Lang) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    match rule {
        "rate" => {
            let r = entered.rate_value().filter(|_| !entered.rate_invalid())?;
            let mut s = format!("€ {}", num(r));
            if entered.rate_all_in {
                s.push_str(&format!(" ({})", t(lang, Text::RateAllIn)));
            }
            if let Some(a) = cv.terms.rate.as_ref().and_then(|x| x.value.amount) {
                s.push_str(&format!(" — {}: € {}", t(lang, Text::CvSays), num(a)));
            }
            parts.push(s);
        }
        "availability" => {
            if let Some(h) = entered.hours_value() {
                parts.push(format!("{h} {}", t(lang, Text::HoursAWeek)));
            }
            if !entered.available_from.is_empty() {
                if let Some(d) = tenderfit_core::Date::parse_iso(&entered.available_from) {
                    parts.push(format!(
                        "{} {}",
                        t(lang, Text::FromWord),
                        crate::i18n::long_date(lang, d)
                    ));
                }
            }
            if !entered.weekdays.is_empty() {
                parts.push(entered.weekdays.join(", "));
            }
        }
        _ => {}
    }
    (!parts.is_empty()).then(|| format!("{}: {}", t(lang, Text::EnteredCounts), parts.join("; ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use tenderfit_core::judge::Status;
    use tenderfit_core::{bundled_tender, judge, read_cv, read_tender, Date};

    fn verdicts(reference: &str, cv: &str, entered: &EnteredTerms) -> Vec<(String, Status)> {
        let (tender, _) = read_tender(bundled_tender(reference).and_then(|b| b.text()).unwrap());
        let (cv, _) = read_cv(cv);
        let cv = Rc::new(cv);
        let (cv, on_cv) = effective_cv(&cv, entered);
        let mut d = entered.declarations(Default::default());
        if on_cv {
            d.rate = None;
        }
        let today = Date::parse_iso("2026-11-01").unwrap();
        let t = terms_tender(&tender, known(&cv, entered));
        judge(&t, &cv, &d, today)
            .criteria
            .into_iter()
            .map(|c| (c.id, c.status))
            .collect()
    }

    #[test]
    fn the_postings_own_terms_are_put_to_the_core() {
        // 17713: max € 110, 20–24 hours; no criterion names either.
        let entered = EnteredTerms {
            rate: "125".into(),
            hours: "12".into(),
            ..Default::default()
        };
        let v = verdicts("17713", "Jan Jansen\n", &entered);
        assert_eq!(
            v,
            [
                ("T-rate".to_string(), Status::NotMet),
                ("T-hours".to_string(), Status::NotMet)
            ]
        );
        let ok = EnteredTerms {
            rate: "100".into(),
            hours: "24".into(),
            ..Default::default()
        };
        assert!(verdicts("17713", "Jan Jansen\n", &ok)
            .iter()
            .all(|(_, s)| *s == Status::Met));
        // Nothing stated: nothing to hold against the posting.
        assert!(verdicts("17713", "Jan Jansen\n", &EnteredTerms::default()).is_empty());
    }

    #[test]
    fn an_entered_rate_keeps_the_cvs_travel_costs() {
        // 28671: max € 110 including travel; the CV charges travel separately.
        let cv = "Jan Jansen\nUurtarief: € 98 excl. btw; reiskosten worden apart gedeclareerd\n";
        let entered = EnteredTerms {
            rate: "98".into(),
            ..Default::default()
        };
        assert_eq!(
            verdicts("28671", cv, &entered),
            [("T-rate".to_string(), Status::NotMet)]
        );
        let all_in = EnteredTerms {
            rate_all_in: true,
            ..entered
        };
        assert_eq!(
            verdicts("28671", cv, &all_in),
            [("T-rate".to_string(), Status::Met)]
        );
    }
}
