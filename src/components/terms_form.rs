use tenderfit_core::cv::{ContractForm, CostTerm, CvTerms};
use tenderfit_core::warning::num;
use tenderfit_core::Lang;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::i18n::{t, Text};
use crate::state::{EnteredTerms, TermField};

#[derive(Properties, PartialEq)]
pub struct TermsFormProps {
    pub lang: Lang,
    pub entered: EnteredTerms,
    /// What the CV states, shown as placeholders.
    pub from_cv: CvTerms,
    pub on_change: Callback<(TermField, String)>,
    pub on_all_in: Callback<bool>,
    pub on_weekday: Callback<String>,
    /// The posting's maximum rate, if it states one.
    #[prop_or_default]
    pub tender_max_rate: Option<f64>,
    /// That maximum includes travel costs.
    #[prop_or_default]
    pub tender_all_in: bool,
}

const DAYS: [(&str, &str, &str); 5] = [
    ("ma", "ma", "Mon"),
    ("di", "di", "Tue"),
    ("wo", "wo", "Wed"),
    ("do", "do", "Thu"),
    ("vr", "vr", "Fri"),
];

/// The terms read from the CV, as fields the user can correct; entries beat the CV.
#[function_component(TermsForm)]
pub fn terms_form(props: &TermsFormProps) -> Html {
    let ids = use_context::<crate::ids::Ids>().unwrap_or_default();
    let lang = props.lang;
    let cv = &props.from_cv;
    let input = |field: TermField| {
        let cb = props.on_change.clone();
        Callback::from(move |e: InputEvent| {
            let el: HtmlInputElement = e.target_unchecked_into();
            cb.emit((field, el.value()));
        })
    };
    let from_cv = |v: Option<String>| {
        v.map(|v| format!("{}: {v}", t(lang, Text::FromCv)))
            .unwrap_or_default()
    };
    let rate_cv = cv
        .rate
        .as_ref()
        .and_then(|r| r.value.amount)
        .map(|a| format!("€ {}", num(a)));
    let hours_cv = cv.hours_per_week.as_ref().map(|h| {
        if h.value.min == h.value.max {
            h.value.max.to_string()
        } else {
            format!("{}–{}", h.value.min, h.value.max)
        }
    });
    let from_date_cv = cv.available_from.as_ref().map(|s| {
        s.value.map_or("per direct".to_string(), |d| {
            crate::i18n::long_date(lang, d)
        })
    });
    // What the CV says about travel costs stays unless the user says otherwise: ask.
    let cv_costs = cv.rate.as_ref().filter(|r| {
        r.value.travel == Some(CostTerm::ChargedSeparately)
            || r.value.parking == Some(CostTerm::ChargedSeparately)
    });
    let travel_question = match (props.entered.rate_value(), cv_costs) {
        (Some(r), Some(stated)) if !props.entered.rate_all_in => Some(format!(
            "{}: “{}”. {}",
            t(lang, Text::TravelQuestion).replace("{n}", &num(r)),
            stated.text.trim(),
            t(lang, Text::TravelKept)
        )),
        _ => None,
    };
    let rate_error = props.entered.rate_invalid();
    let hours_error = props.entered.hours_invalid();
    let contract_cv = cv.contract.as_ref().map(|c| match c.value {
        ContractForm::Zzp => t(lang, Text::ContractZzp),
        ContractForm::Seconded => t(lang, Text::ContractSeconded),
        ContractForm::Payroll => t(lang, Text::ContractPayroll),
        ContractForm::ViaBureau => "bureau",
    });
    let on_contract = {
        let cb = props.on_change.clone();
        Callback::from(move |e: Event| {
            let el: HtmlSelectElement = e.target_unchecked_into();
            cb.emit((TermField::Contract, el.value()));
        })
    };
    let on_all_in = {
        let cb = props.on_all_in.clone();
        Callback::from(move |e: Event| {
            let el: HtmlInputElement = e.target_unchecked_into();
            cb.emit(el.checked());
        })
    };
    let cv_days = cv.weekdays.as_ref().map(|w| w.value.join(", "));
    html! {
        <section class="tf-card tf-terms-form" aria-labelledby={ids.of("terms-heading")}>
            <h2 id={ids.of("terms-heading")}>{ t(lang, Text::TermsHeading) }</h2>
            <p class="tf-muted">{ t(lang, Text::TermsHint) }</p>
            <div class="tf-fields">
                <div class="tf-field">
                    <label for={ids.of("rate")}>{ t(lang, Text::RateLabel) }</label>
                    <input id={ids.of("rate")} data-testid="term-rate" inputmode="decimal" value={props.entered.rate.clone()} placeholder={from_cv(rate_cv)} oninput={input(TermField::Rate)}
                        aria-invalid={rate_error.then_some("true")} aria-describedby={rate_error.then(|| ids.of("rate-error"))} />
                    if rate_error {
                        <p class="tf-error" id={ids.of("rate-error")} data-testid="rate-error">{ t(lang, Text::RateInvalid) }</p>
                    }
                    <label class="tf-check"><input type="checkbox" data-testid="term-rate-all-in" checked={props.entered.rate_all_in} onchange={on_all_in} />{ t(lang, Text::RateAllIn) }</label>
                    if let Some(q) = travel_question {
                        <p class="tf-question" data-testid="travel-question">{ q }</p>
                    }
                    if let Some(max) = props.tender_max_rate {
                        <p class="tf-muted">{ format!("{}: € {}{}", t(lang, Text::MaxRate), num(max), if props.tender_all_in { format!(", {}", t(lang, Text::RateAllIn)) } else { String::new() }) }</p>
                    }
                </div>
                <div class="tf-field">
                    <label for={ids.of("hours")}>{ t(lang, Text::HoursLabel) }</label>
                    <input id={ids.of("hours")} data-testid="term-hours" inputmode="numeric" value={props.entered.hours.clone()} placeholder={from_cv(hours_cv)} oninput={input(TermField::Hours)}
                        aria-invalid={hours_error.then_some("true")} aria-describedby={hours_error.then(|| ids.of("hours-error"))} />
                    if hours_error {
                        <p class="tf-error" id={ids.of("hours-error")} data-testid="hours-error">{ t(lang, Text::HoursInvalid) }</p>
                    }
                </div>
                <div class="tf-field">
                    <label for={ids.of("from")}>{ t(lang, Text::FromLabel) }</label>
                    <input id={ids.of("from")} type="date" data-testid="term-from" value={props.entered.available_from.clone()} oninput={input(TermField::AvailableFrom)} />
                    if let Some(d) = from_date_cv { <span class="tf-muted">{ from_cv(Some(d)) }</span> }
                </div>
                <div class="tf-field">
                    <label for={ids.of("contract")}>{ t(lang, Text::ContractLabel) }</label>
                    <select id={ids.of("contract")} data-testid="term-contract" onchange={on_contract}>
                        { for [("", Text::ContractUnset), ("zzp", Text::ContractZzp), ("seconded", Text::ContractSeconded), ("payroll", Text::ContractPayroll)].into_iter().map(|(v, label)| html! {
                            <option value={v} selected={props.entered.contract == v}>{ t(lang, label) }</option>
                        }) }
                    </select>
                    if let Some(c) = contract_cv { <span class="tf-muted">{ from_cv(Some(c.to_string())) }</span> }
                </div>
            </div>
            <fieldset class="tf-days">
                <legend>{ t(lang, Text::WeekdaysLabel) }</legend>
                { for DAYS.iter().map(|(code, nl, en)| {
                    let cb = props.on_weekday.clone();
                    let code_s = code.to_string();
                    let id = ids.of(&format!("day-{code}"));
                    html! {
                        <label class="tf-check" for={id.clone()}>
                            <input type="checkbox" id={id} data-testid={format!("term-day-{code}")} checked={props.entered.weekdays.iter().any(|d| d == code)}
                                onchange={Callback::from(move |_| cb.emit(code_s.clone()))} />
                            { if lang == Lang::Nl { *nl } else { *en } }
                        </label>
                    }
                }) }
                if let Some(d) = cv_days { <span class="tf-muted">{ from_cv(Some(d)) }</span> }
            </fieldset>
        </section>
    }
}
