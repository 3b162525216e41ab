use std::rc::Rc;

use tenderfit_core::{Date, Lang, Tender};
use yew::prelude::*;

use crate::i18n::{long_date, t, Text};
use crate::state::EnteredTerms;

#[derive(Properties, PartialEq)]
pub struct PrintHeadProps {
    pub lang: Lang,
    pub today: Date,
    pub tender: Rc<Tender>,
    pub terms: EnteredTerms,
}

/// The printed report's head: the posting, its reference, the date and the user's terms
/// (hidden on screen, where the inputs show them).
#[function_component(PrintHead)]
pub fn print_head(props: &PrintHeadProps) -> Html {
    let lang = props.lang;
    let tender = &props.tender;
    let terms = &props.terms;
    let mut entered: Vec<String> = Vec::new();
    if let Some(r) = terms.rate_value().filter(|_| !terms.rate_invalid()) {
        let all_in = if terms.rate_all_in {
            format!(" ({})", t(lang, Text::RateAllIn))
        } else {
            String::new()
        };
        entered.push(format!(
            "{}: € {}{all_in}",
            t(lang, Text::RateLabel),
            tenderfit_core::warning::num(r)
        ));
    }
    if let Some(h) = terms.hours_value() {
        entered.push(format!("{}: {h}", t(lang, Text::HoursLabel)));
    }
    if let Some(d) = Date::parse_iso(&terms.available_from) {
        entered.push(format!(
            "{}: {}",
            t(lang, Text::FromLabel),
            long_date(lang, d)
        ));
    }
    if !terms.weekdays.is_empty() {
        entered.push(format!(
            "{}: {}",
            t(lang, Text::WeekdaysLabel),
            terms.weekdays.join(", ")
        ));
    }
    html! {
        <div class="tf-print-head" data-testid="print-head">
            <p class="tf-print-title">{ format!("{} tenderfit", t(lang, Text::ReportOf)) }</p>
            if let Some(title) = &tender.title {
                <h2 lang="nl">{ title }</h2>
            }
            <p>
                { tender.reference.as_ref().map(|r| format!("{}: {r} · ", t(lang, Text::Reference))).unwrap_or_default() }
                { tender.buyer.as_ref().map(|b| format!("{}: {b} · ", t(lang, Text::Buyer))).unwrap_or_default() }
                { format!("{}: {}", t(lang, Text::ReportDate), long_date(lang, props.today)) }
            </p>
            if !entered.is_empty() {
                <p data-testid="print-terms">{ format!("{}: {}", t(lang, Text::YourTerms), entered.join(" · ")) }</p>
            }
        </div>
    }
}
