//! The lines beside the verdict: the posting's terms and whose statement of the user's terms
//! counted. Which facts the core sees is decided in the judge worker (`crate::judging`); here
//! its answer is only shown.

use tenderfit_core::warning::num;
use tenderfit_core::{Cv, Lang};

use crate::i18n::{t, Text};
use crate::state::EnteredTerms;

/// One line beside the banner: a term of the posting, and whether it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    /// `closed`, `open`, or the term's id (`T-rate`, …).
    pub code: String,
    pub text: String,
    /// `Some(false)` when it does not hold, `None` when it is only information.
    pub holds: Option<bool>,
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
