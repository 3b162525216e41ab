use std::rc::Rc;

use tenderfit_core::judge::{Assessment, CriterionKind, CriterionResult, Status};
use tenderfit_core::warning::num;
use tenderfit_core::{Lang, Warning};
use yew::prelude::*;

use crate::components::criterion_card::CriterionCard;
use crate::facts::Condition;
use crate::i18n::{t, Text};

/// A data file the judgement needs did not arrive: each failure in a sentence with its
/// reason, and what still works without it.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadProblem {
    pub failed: Vec<String>,
    pub still: String,
}

#[derive(Properties, PartialEq)]
pub struct ResultPanelProps {
    pub lang: Lang,
    pub assessment: Rc<Assessment>,
    pub cv_empty: bool,
    /// "Own posting (pasted)" is chosen and nothing is pasted.
    pub pasted_empty: bool,
    /// There is a verdict: a CV, and criteria to judge it by.
    pub judged: bool,
    /// The posting's text or the reference data is still loading: nothing is judged yet.
    #[prop_or_default]
    pub loading: bool,
    /// What did not load, shown in place of "loading", with a retry.
    #[prop_or_default]
    pub load_problem: Option<Rc<LoadProblem>>,
    pub on_retry: Callback<()>,
    /// The posting reader's warnings (why no criteria were found).
    pub tender_warnings: Rc<Vec<Warning>>,
    /// The deadline and the posting's terms that do not hold, shown beside the banner.
    pub conditions: Rc<Vec<Condition>>,
    /// Rule → "your entry counts: …", for the cards judged on entered terms.
    pub sources: Rc<Vec<(String, String)>>,
    /// The evidence line shown: criterion id and CV line.
    pub evidence: Option<(String, usize)>,
    /// That line with its neighbours (number, text), for the in-place view.
    pub context: Rc<Vec<(usize, String)>>,
    /// A copy just succeeded.
    pub copied: bool,
    /// Per weighted criterion id, its tiers' points (lowest first), for the bars' ticks.
    #[prop_or_default]
    pub tiers: Rc<Vec<(String, Rc<Vec<f64>>)>>,
    /// The CV's language, for its quoted lines.
    pub text_lang: AttrValue,
    pub on_override: Callback<(String, Option<Status>)>,
    pub on_evidence: Callback<(String, usize)>,
    pub on_back: Callback<()>,
    pub on_copy: Callback<String>,
    pub on_copy_markdown: Callback<()>,
    pub on_download_json: Callback<()>,
    pub on_print: Callback<()>,
}

/// The answer: a verdict only when there is one (else what to do), the posting's terms
/// beside it, the knock-outs at a glance, and one card per criterion, knock-outs first.
#[function_component(ResultPanel)]
pub fn result_panel(props: &ResultPanelProps) -> Html {
    let ids = use_context::<crate::ids::Ids>().unwrap_or_default();
    let lang = props.lang;
    let a = &props.assessment;
    let judged = props.judged;
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
    let terms_fail = props
        .conditions
        .iter()
        .any(|c| c.holds == Some(false) && c.code != "closed");
    let (verdict, banner_class, banner_text) = match a.knockout_pass {
        Some(true) if terms_fail => (
            "pass",
            "tf-banner-unknown",
            t(lang, Text::KnockoutPassButTerms).to_string(),
        ),
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
    let out = a.knockout_pass == Some(false);
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
                    { for items.into_iter().map(|c| {
                        let source = props.sources.iter().find(|(rule, _)| rule == c.rule).map(|(_, s)| AttrValue::from(s.clone()));
                        let shown = props.evidence.as_ref().filter(|(id, _)| *id == c.id).map(|(_, line)| *line);
                        let context = if shown.is_some() { props.context.clone() } else { Rc::default() };
                        let tiers = props.tiers.iter().find(|(id, _)| *id == c.id).map(|(_, t)| t.clone()).unwrap_or_default();
                        html! {
                            <CriterionCard key={c.id.clone()} {lang} criterion={c.clone()} {judged} {source} {shown} {context} {tiers}
                                text_lang={props.text_lang.clone()} on_override={props.on_override.clone()}
                                on_evidence={props.on_evidence.clone()} on_back={props.on_back.clone()} on_copy={props.on_copy.clone()} />
                        }
                    }) }
                </ol>
            </>
        }
    };
    let action = |cb: &Callback<()>, label: Text, testid: &'static str| {
        let cb = cb.clone();
        html! { <button type="button" class="tf-btn" data-testid={testid} onclick={Callback::from(move |_| cb.emit(()))}>{ t(lang, label) }</button> }
    };
    let conditions = html! {
        if !props.conditions.is_empty() {
            <ul class="tf-conditions" data-testid="conditions" aria-label={t(lang, Text::ConditionsHeading)}>
                { for props.conditions.iter().map(|c| {
                    let state = match c.holds { Some(true) => "ok", Some(false) => "fail", None => "info" };
                    html! {
                        <li class={classes!("tf-condition", format!("tf-condition-{state}"))} data-testid="condition" data-code={c.code.clone()} data-holds={state}>
                            <span class="tf-condition-mark" aria-hidden="true">{ if state == "fail" { "✗" } else { "✓" } }</span>
                            { c.text.clone() }
                        </li>
                    }
                }) }
            </ul>
        }
    };
    // The knock-outs at a glance: people look before they read.
    let checklist = {
        let ko: Vec<&CriterionResult> = a
            .criteria
            .iter()
            .filter(|c| c.kind == CriterionKind::Knockout)
            .collect();
        html! {
            if judged && !ko.is_empty() {
                <ol class="tf-checklist" data-testid="checklist" aria-label={t(lang, Text::KnockoutChecklist)}>
                    { for ko.into_iter().map(|c| {
                        let (mark, label) = match c.status { Status::Met => ("✓", Text::Met), Status::NotMet => ("✗", Text::NotMet), Status::Unknown => ("?", Text::Unknown) };
                        html! {
                            <li class={classes!("tf-check-item", format!("tf-check-{}", c.status.code()))} data-status={c.status.code()}>
                                <a href={format!("#{}", ids.of(&format!("crit-{}", c.id)))} title={c.text.clone()}>
                                    <span aria-hidden="true">{ mark }</span>{ " " }{ &c.id }<span class="tf-visually-hidden">{ format!(": {}", t(lang, label)) }</span>
                                </a>
                            </li>
                        }
                    }) }
                </ol>
            }
        }
    };
    let no_criteria_reasons: Vec<String> = props
        .tender_warnings
        .iter()
        .map(|w| w.message(lang))
        .collect();
    html! {
        <section class="tf-card tf-result" aria-labelledby={ids.of("result-heading")}>
            // Focusable from script only: a retry moves focus here.
            <h2 id={ids.of("result-heading")} tabindex="-1">{ t(lang, Text::ResultHeading) }</h2>
            if let Some(problem) = props.load_problem.as_ref().filter(|_| props.loading) {
                <div class="tf-hint tf-load-error" data-testid="load-error" role="alert">
                    { for problem.failed.iter().map(|f| html! { <p class="tf-label">{ f }</p> }) }
                    <p data-testid="load-still">{ problem.still.clone() }</p>
                    <button type="button" class="tf-btn" data-testid="retry-load" onclick={props.on_retry.reform(|_| ())}>{ t(lang, Text::LoadRetry) }</button>
                </div>
            } else if props.loading {
                <p class="tf-hint" data-testid="loading" role="status">{ t(lang, Text::Loading) }</p>
            } else if props.pasted_empty {
                <p class="tf-hint" data-testid="paste-posting-hint">{ t(lang, Text::PastePostingFirst) }</p>
            } else if a.criteria.is_empty() {
                <div class="tf-hint tf-no-criteria" data-testid="no-criteria" role="status">
                    <p class="tf-label">{ t(lang, Text::NoCriteriaFound) }</p>
                    <p>{ t(lang, Text::NoCriteriaWhy) }</p>
                    if !no_criteria_reasons.is_empty() {
                        <ul>{ for no_criteria_reasons.into_iter().map(|m| html! { <li>{ m }</li> }) }</ul>
                    }
                </div>
                { conditions }
            } else if props.cv_empty {
                <p class="tf-hint" data-testid="empty-cv-hint">{ t(lang, Text::NoCvYet) }</p>
                { conditions }
            } else {
                <div class="tf-summary" aria-live="polite">
                    <div class="tf-verdict">
                        <p class={classes!("tf-banner", banner_class)} data-testid="knockout-verdict" data-verdict={verdict}>{ banner_text }</p>
                        <p class={classes!("tf-score", out.then_some("tf-score-void"))} data-testid="score-total" data-counts={(!out).to_string()}>
                            <span class="tf-score-label">{ t(lang, Text::ScoreLabel) }</span>
                            <span class="tf-score-value">{ num(a.points) }</span>
                            <span class="tf-score-of">{ format!(" {} {possible}", t(lang, Text::Possible)) }</span>
                            // Said in words, not struck through: a struck "0" reads as "θ".
                            if out {
                                <span class="tf-score-void-label" data-testid="score-void-label">{ t(lang, Text::DoesNotCount) }</span>
                                <span class="tf-score-note" data-testid="points-void">{ t(lang, Text::PointsDontCount) }</span>
                            }
                        </p>
                    </div>
                    { conditions }
                </div>
                if a.price_weight.is_some() || a.interview_weight.is_some() {
                    <p class="tf-muted" data-testid="shares">
                        { a.price_weight.map(|p| format!("{}: {} % · ", t(lang, Text::PriceShare), num(p))).unwrap_or_default() }
                        { a.interview_weight.map(|p| format!("{}: {} % · ", t(lang, Text::InterviewShare), num(p))).unwrap_or_default() }
                        { t(lang, Text::SeparateShares) }
                    </p>
                }
                { checklist }
                <div class="tf-actions">
                    { action(&props.on_copy_markdown, Text::CopyMarkdown, "copy-markdown") }
                    { action(&props.on_download_json, Text::DownloadJson, "download-json") }
                    { action(&props.on_print, Text::Print, "print") }
                </div>
            }
            <p class="tf-copied" role="status" data-testid="copied">{ if props.copied { t(lang, Text::Copied) } else { "" } }</p>
            if !props.pasted_empty && !props.loading {
                { section(CriterionKind::Knockout, Text::Knockouts) }
                { section(CriterionKind::Weighted, Text::Weighted) }
            }
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
