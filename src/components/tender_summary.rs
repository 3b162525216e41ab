use std::rc::Rc;

use tenderfit_core::warning::num;
use tenderfit_core::{Date, Lang, Tender, Warning};
use yew::prelude::*;

use crate::i18n::{long_date, long_date_time, t, Text};

#[derive(Properties, PartialEq)]
pub struct TenderSummaryProps {
    pub lang: Lang,
    pub today: Date,
    pub tender: Rc<Tender>,
    pub warnings: Rc<Vec<Warning>>,
    /// The posting's text is still loading: nothing of it is shown yet.
    #[prop_or_default]
    pub loading: bool,
    /// The posting's text did not load (the result panel says why and offers a retry).
    #[prop_or_default]
    pub failed: bool,
}

/// The posting at a glance: its terms, how many criteria were read, CV requirements and the
/// reader's warnings, so the user can see whether it was read right.
#[function_component(TenderSummary)]
pub fn tender_summary(props: &TenderSummaryProps) -> Html {
    let ids = use_context::<crate::ids::Ids>().unwrap_or_default();
    let lang = props.lang;
    if props.loading {
        return html! {
            <section class="tf-card tf-read" aria-labelledby={ids.of("read-heading")} data-testid="tender-summary" aria-busy={(!props.failed).to_string()}>
                <h2 id={ids.of("read-heading")}>{ t(lang, Text::ReadHeading) }</h2>
                if props.failed {
                    <p class="tf-hint" data-testid="tender-load-failed">{ t(lang, Text::LoadFailedShort) }</p>
                } else {
                    <p class="tf-hint" data-testid="tender-loading">{ t(lang, Text::Loading) }</p>
                }
            </section>
        };
    }
    let tender = &props.tender;
    let term = |label: Text, value: Option<String>| match value {
        Some(v) => html! { <><dt>{ t(lang, label) }</dt><dd>{ v }</dd></> },
        None => html! {},
    };
    let closed = tender.deadline_passed(props.today);
    let deadline = tender
        .deadline
        .map(|d| long_date_time(lang, d, tender.deadline_time.as_deref()));
    let hours = tender.hours_per_week.map(|h| {
        if h.min == h.max {
            h.max.to_string()
        } else {
            format!("{}–{}", h.min, h.max)
        }
    });
    let start = tender.start.as_ref().map(|s| match (s.date, s.asap) {
        (Some(d), _) => long_date(lang, d),
        (None, true) => t(lang, Text::Asap).to_string(),
        (None, false) => s.text.clone(),
    });
    let mut warnings: Vec<Warning> = props.warnings.as_ref().clone();
    // The core words the passed deadline as ISO; people read it written out.
    warnings.extend(tender.dated_warnings(props.today).into_iter().map(|w| {
        match (w, tender.deadline) {
            (Warning::DeadlinePassed { .. }, Some(d)) => Warning::DeadlinePassed {
                deadline: crate::i18n::long_date_time(lang, d, tender.deadline_time.as_deref()),
            },
            (w, _) => w,
        }
    }));
    let cvr = &tender.cv_requirements;
    let cv_req = [
        cvr.max_pages
            .map(|p| format!("max. {p} {}", t(lang, Text::Pages))),
        cvr.language.clone(),
        cvr.min_references
            .map(|r| format!("min. {r} {}", t(lang, Text::ReferencesWord))),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    let counts = format!(
        "{}: {} · {}: {} · {}: {}",
        t(lang, Text::Knockouts),
        tender.knockouts.len(),
        t(lang, Text::Weighted),
        tender.criteria.len(),
        t(lang, Text::PointsTotal),
        tender.points_total.map_or("–".to_string(), num)
    );
    html! {
        <section class="tf-card tf-read" aria-labelledby={ids.of("read-heading")} data-testid="tender-summary">
            <h2 id={ids.of("read-heading")}>{ t(lang, Text::ReadHeading) }</h2>
            if let Some(title) = &tender.title {
                <p class="tf-tender-title" data-testid="tender-title" lang="nl">{ title }</p>
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
                if !cv_req.is_empty() {
                    <dt>{ t(lang, Text::CvRequirements) }</dt><dd>{ cv_req }</dd>
                }
            </dl>
            <p class="tf-muted" data-testid="criteria-counts">{ counts }</p>
            if !warnings.is_empty() {
                <div class="tf-warnings" role="note" data-testid="tender-warnings">
                    <h3>{ t(lang, Text::Warnings) }</h3>
                    <ul>{ for warnings.iter().map(|w| html! { <li data-code={w.code()}>{ w.message(lang) }</li> }) }</ul>
                </div>
            }
        </section>
    }
}
