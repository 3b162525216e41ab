use std::rc::Rc;

use tenderfit_core::warning::num;
use tenderfit_core::{Date, Lang, Tender, Warning};
use yew::prelude::*;

use crate::i18n::{t, Text};

#[derive(Properties, PartialEq)]
pub struct TenderSummaryProps {
    pub lang: Lang,
    pub today: Date,
    pub tender: Rc<Tender>,
    pub warnings: Rc<Vec<Warning>>,
}

/// What was read from the posting: its terms, the knock-outs and the weighted criteria with
/// their points, and the reader's warnings, so the user can see at a glance if it was read right.
#[function_component(TenderSummary)]
pub fn tender_summary(props: &TenderSummaryProps) -> Html {
    let lang = props.lang;
    let tender = &props.tender;
    let term = |label: Text, value: Option<String>| match value {
        Some(v) => html! { <><dt>{ t(lang, label) }</dt><dd>{ v }</dd></> },
        None => html! {},
    };
    let closed = tender.deadline_passed(props.today);
    let deadline = tender.deadline.map(|d| {
        format!("{d} {}", tender.deadline_time.clone().unwrap_or_default())
            .trim()
            .to_string()
    });
    let hours = tender.hours_per_week.map(|h| {
        if h.min == h.max {
            h.max.to_string()
        } else {
            format!("{}–{}", h.min, h.max)
        }
    });
    let start = tender.start.as_ref().map(|s| match (s.date, s.asap) {
        (Some(d), _) => d.to_string(),
        (None, true) => t(lang, Text::Asap).to_string(),
        (None, false) => s.text.clone(),
    });
    let mut warnings: Vec<Warning> = props.warnings.as_ref().clone();
    warnings.extend(tender.dated_warnings(props.today));
    let points = |p: Option<f64>, percent: bool| match p {
        Some(p) if percent => format!("{} %", num(p)),
        Some(p) => format!("{} {}", num(p), t(lang, Text::Points)),
        None => t(lang, Text::Unweighted).to_string(),
    };
    html! {
        <section class="tf-card tf-read" aria-labelledby="tf-read-heading" data-testid="tender-summary">
            <h2 id="tf-read-heading">{ t(lang, Text::ReadHeading) }</h2>
            if let Some(title) = &tender.title {
                <p class="tf-tender-title" data-testid="tender-title">{ title }</p>
            }
            <dl class="tf-terms">
                { term(Text::Reference, tender.reference.clone()) }
                { term(Text::Buyer, tender.buyer.clone()) }
                { term(Text::Start, start) }
                { term(Text::Duration, tender.duration_text.clone()) }
                { term(Text::Hours, hours) }
                { term(Text::MaxRate, tender.max_rate.map(|r| format!("€ {}", num(r)))) }
                if let Some(d) = deadline {
                    <dt>{ t(lang, Text::Deadline) }</dt>
                    <dd>{ d }{ " " }if closed { <span class="tf-badge tf-badge-closed" data-testid="deadline-closed">{ t(lang, Text::Closed) }</span> }</dd>
                }
            </dl>
            <h3>{ t(lang, Text::Knockouts) }</h3>
            if tender.knockouts.is_empty() {
                <p class="tf-muted">{ t(lang, Text::NoneFound) }</p>
            } else {
                <ol class="tf-criteria">
                    { for tender.knockouts.iter().map(|k| html! {
                        <li data-testid="criterion" data-id={k.id.clone()}>
                            <span class="tf-id">{ &k.id }</span>
                            <span class="tf-text">{ &k.text }</span>
                        </li>
                    }) }
                </ol>
            }
            <h3>{ t(lang, Text::Weighted) }</h3>
            if tender.criteria.is_empty() {
                <p class="tf-muted">{ t(lang, Text::NoneFound) }</p>
            } else {
                <ol class="tf-criteria">
                    { for tender.criteria.iter().map(|w| html! {
                        <li data-testid="criterion" data-id={w.id.clone()}>
                            <span class="tf-id">{ &w.id }</span>
                            <span class="tf-text">{ &w.text }
                                if !w.tiers.is_empty() {
                                    <ul class="tf-tiers">
                                        { for w.tiers.iter().map(|tier| html! { <li>{ format!("{}: {}", tier.label, num(tier.points)) }</li> }) }
                                    </ul>
                                }
                            </span>
                            <span class="tf-points">{ points(w.points, w.percent) }</span>
                        </li>
                    }) }
                </ol>
                <p class="tf-total">
                    { format!("{}: {}", t(lang, Text::PointsTotal), tender.points_total.map_or("–".to_string(), num)) }
                    if let Some(p) = tender.price_weight { { format!(" · {}: {} %", t(lang, Text::PriceShare), num(p)) } }
                    if let Some(p) = tender.interview_weight { { format!(" · {}: {} %", t(lang, Text::InterviewShare), num(p)) } }
                </p>
            }
            if !warnings.is_empty() {
                <div class="tf-warnings" role="note" data-testid="tender-warnings">
                    <h3>{ t(lang, Text::Warnings) }</h3>
                    <ul>{ for warnings.iter().map(|w| html! { <li data-code={w.code()}>{ w.message(lang) }</li> }) }</ul>
                </div>
            }
        </section>
    }
}
