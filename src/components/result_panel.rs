use std::rc::Rc;

use tenderfit_core::judge::{Assessment, CriterionKind, CriterionResult, Status};
use tenderfit_core::warning::num;
use tenderfit_core::Lang;
use yew::prelude::*;

use crate::components::criterion_card::CriterionCard;
use crate::i18n::{t, Text};

#[derive(Properties, PartialEq)]
pub struct ResultPanelProps {
    pub lang: Lang,
    pub assessment: Rc<Assessment>,
    pub cv_empty: bool,
    pub on_override: Callback<(String, Option<Status>)>,
    pub on_evidence: Callback<usize>,
    pub on_copy: Callback<String>,
    pub on_copy_markdown: Callback<()>,
    pub on_download_json: Callback<()>,
    pub on_print: Callback<()>,
}

/// The answer: knock-out banner, score, and one card per criterion, knock-outs first.
#[function_component(ResultPanel)]
pub fn result_panel(props: &ResultPanelProps) -> Html {
    let ids = use_context::<crate::ids::Ids>().unwrap_or_default();
    let lang = props.lang;
    let a = &props.assessment;
    // "Out on K3" / "to confirm K2, K3": the knock-outs with that status, by id.
    let knockouts_with = |status: Status, label: Text| {
        let ids: Vec<&str> = a
            .criteria
            .iter()
            .filter(|c| c.kind == CriterionKind::Knockout && c.status == status)
            .map(|c| c.id.as_str())
            .collect();
        format!("{} {}.", t(lang, label), id_list(&ids, lang))
    };
    let (verdict, banner_class, banner_text) = match a.knockout_pass {
        Some(true) => (
            "pass",
            "tf-banner-pass",
            t(lang, Text::KnockoutPass).to_string(),
        ),
        Some(false) => (
            "fail",
            "tf-banner-fail",
            knockouts_with(Status::NotMet, Text::KnockoutFail),
        ),
        None => (
            "unknown",
            "tf-banner-unknown",
            knockouts_with(Status::Unknown, Text::KnockoutUnknown),
        ),
    };
    let possible = a.points_possible.map_or("–".to_string(), num);
    let section = |kind: CriterionKind, heading: Text| {
        let items: Vec<Rc<CriterionResult>> = a
            .criteria
            .iter()
            .filter(|c| c.kind == kind)
            .cloned()
            .map(Rc::new)
            .collect();
        if items.is_empty() {
            return html! {};
        }
        html! {
            <>
                <h3>{ t(lang, heading) }</h3>
                <ol class="tf-criteria-list">
                    { for items.into_iter().map(|c| html! {
                        <CriterionCard key={c.id.clone()} {lang} criterion={c.clone()} on_override={props.on_override.clone()}
                            on_evidence={props.on_evidence.clone()} on_copy={props.on_copy.clone()} />
                    }) }
                </ol>
            </>
        }
    };
    let action = |cb: &Callback<()>, label: Text, testid: &'static str| {
        let cb = cb.clone();
        html! { <button type="button" class="tf-btn" data-testid={testid} onclick={Callback::from(move |_| cb.emit(()))}>{ t(lang, label) }</button> }
    };
    html! {
        <section class="tf-card tf-result" aria-labelledby={ids.of("result-heading")}>
            <h2 id={ids.of("result-heading")}>{ t(lang, Text::ResultHeading) }</h2>
            if props.cv_empty {
                <p class="tf-hint" data-testid="empty-cv-hint">{ t(lang, Text::EmptyCvHint) }</p>
            }
            <div class="tf-summary" aria-live="polite">
                <p class={classes!("tf-banner", banner_class)} data-testid="knockout-verdict" data-verdict={verdict}>{ banner_text }</p>
                <p class="tf-score" data-testid="score-total">
                    <span class="tf-score-label">{ t(lang, Text::ScoreLabel) }</span>
                    <span class="tf-score-value">{ num(a.points) }</span>
                    <span class="tf-score-of">{ format!(" {} {possible}", t(lang, Text::Possible)) }</span>
                </p>
                if a.price_weight.is_some() || a.interview_weight.is_some() {
                    <p class="tf-muted" data-testid="shares">
                        { a.price_weight.map(|p| format!("{}: {} % · ", t(lang, Text::PriceShare), num(p))).unwrap_or_default() }
                        { a.interview_weight.map(|p| format!("{}: {} % · ", t(lang, Text::InterviewShare), num(p))).unwrap_or_default() }
                        { t(lang, Text::SeparateShares) }
                    </p>
                }
            </div>
            <div class="tf-actions">
                { action(&props.on_copy_markdown, Text::CopyMarkdown, "copy-markdown") }
                { action(&props.on_download_json, Text::DownloadJson, "download-json") }
                { action(&props.on_print, Text::Print, "print") }
            </div>
            if a.criteria.is_empty() {
                <p class="tf-muted">{ t(lang, Text::NoCriteriaHint) }</p>
            }
            { section(CriterionKind::Knockout, Text::Knockouts) }
            { section(CriterionKind::Weighted, Text::Weighted) }
        </section>
    }
}

/// "K1, K2, K3" — or, for a posting with very many knock-outs, the first ten and a count.
fn id_list(ids: &[&str], lang: Lang) -> String {
    const SHOWN: usize = 10;
    if ids.len() <= SHOWN + 2 {
        return ids.join(", ");
    }
    let more = t(lang, Text::AndMore).replace("{n}", &(ids.len() - SHOWN).to_string());
    format!("{} {more}", ids[..SHOWN].join(", "))
}
