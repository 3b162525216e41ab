use std::rc::Rc;

use tenderfit_core::judge::{CriterionResult, Status};
use tenderfit_core::warning::num;
use tenderfit_core::Lang;
use yew::prelude::*;

use crate::i18n::{t, Text};

#[derive(Properties, PartialEq)]
pub struct CriterionCardProps {
    pub lang: Lang,
    pub criterion: Rc<CriterionResult>,
    /// There is a CV to judge: without one the card says what is asked, and no verdict.
    pub judged: bool,
    /// "Your entry counts: …" when the verdict uses terms the user entered.
    #[prop_or_default]
    pub source: Option<AttrValue>,
    /// The evidence line of this card being shown, if any.
    #[prop_or_default]
    pub shown: Option<usize>,
    /// That line with its neighbours (number, text), for the in-place view.
    #[prop_or_default]
    pub context: Rc<Vec<(usize, String)>>,
    /// The points of the criterion's tiers (levels), lowest first; empty without tiers.
    #[prop_or_default]
    pub tiers: Rc<Vec<f64>>,
    /// The CV's language, for its quoted lines.
    pub text_lang: AttrValue,
    /// The user's verdict for this criterion (`None` = back to the computed one).
    pub on_override: Callback<(String, Option<Status>)>,
    /// An evidence line was chosen: show it in the CV.
    pub on_evidence: Callback<(String, usize)>,
    /// Close the in-place view; focus returns to the evidence line.
    pub on_back: Callback<()>,
    pub on_copy: Callback<String>,
}

fn status_text(lang: Lang, s: Status) -> &'static str {
    match s {
        Status::Met => t(lang, Text::Met),
        Status::NotMet => t(lang, Text::NotMet),
        Status::Unknown => t(lang, Text::Unknown),
    }
}

/// The points bar: earned of possible, with a tick at each tier's points so the levels show.
/// SVG attributes, not inline styles (the Content-Security-Policy allows none).
fn bar(earned: f64, possible: f64, tiers: &[f64]) -> Html {
    let pct = |x: f64| {
        if possible > 0.0 {
            (x / possible * 100.0).clamp(0.0, 100.0)
        } else {
            0.0
        }
    };
    let ticks = tiers.iter().copied().filter(|&p| p > 0.0 && p < possible);
    html! {
        <svg class="tf-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"
            data-testid="points-bar" data-value={num(earned)} data-max={num(possible)}>
            <rect class="tf-bar-track" x="0" y="0" width="100" height="10" />
            <rect class="tf-bar-fill" x="0" y="0" width={format!("{:.1}", pct(earned))} height="10" />
            { for ticks.map(|p| {
                let x = format!("{:.1}", pct(p));
                html! { <line class="tf-bar-tick" data-testid="tier-tick" data-points={num(p)} x1={x.clone()} x2={x} y1="0" y2="10" vector-effect="non-scaling-stroke" /> }
            }) }
        </svg>
    }
}

/// "niveaus bij 5, 10, 20 punten": the tiers for screen readers (the ticks are drawn).
fn tier_text(lang: Lang, tiers: &[f64]) -> String {
    let list: Vec<String> = tiers.iter().map(|p| num(*p)).collect();
    format!(
        "; {} {} {}",
        t(lang, Text::PointsAt),
        list.join(", "),
        t(lang, Text::Points)
    )
}

/// One criterion: verdict, points (with a bar), the CV lines that prove it, what is
/// missing, a suggestion to copy, and the user's own judgement.
#[function_component(CriterionCard)]
pub fn criterion_card(props: &CriterionCardProps) -> Html {
    let ids = use_context::<crate::ids::Ids>().unwrap_or_default();
    let lang = props.lang;
    let c = &props.criterion;
    let judged = props.judged;
    let id = c.id.clone();
    let heading_id = ids.of(&format!("crit-{}", c.id));
    let points = match (c.earned, c.points, judged) {
        (Some(e), Some(p), true) => html! {
            <span class="tf-card-points" data-testid="criterion-points">
                { bar(e, p, &props.tiers) }
                { format!("{} / {} {}", num(e), num(p), t(lang, Text::Points)) }
                if !props.tiers.is_empty() {
                    <span class="tf-visually-hidden" data-testid="tier-text">{ tier_text(lang, &props.tiers) }</span>
                }
            </span>
        },
        (_, Some(p), false) => html! {
            <span class="tf-card-points" data-testid="criterion-points">{ format!("{} {} {}", t(lang, Text::Max), num(p), t(lang, Text::Points)) }</span>
        },
        _ => html! {},
    };
    let mark = |status: Option<Status>, label: Text| {
        let cb = props.on_override.clone();
        let id = id.clone();
        let pressed = match status {
            Some(s) => c.overridden && c.status == s,
            None => false,
        };
        html! {
            <button type="button" class="tf-btn tf-btn-small" aria-pressed={pressed.to_string()}
                data-testid={format!("override-{}", status.map_or("reset", |s| s.code()))}
                onclick={Callback::from(move |_| cb.emit((id.clone(), status)))}>{ t(lang, label) }</button>
        }
    };
    let suggestion = c.suggestion.as_ref().map(|s| s.get(lang).to_string());
    let text_lang = props.text_lang.clone();
    let context = |line: usize| {
        let back = props.on_back.clone();
        html! {
            <div class="tf-context" role="group" id={ids.of(&format!("ctx-{}", c.id))} tabindex="-1" data-testid="evidence-context"
                aria-label={format!("{} — {} {line}", t(lang, Text::InYourCv), t(lang, Text::Line))}>
                <ol class="tf-context-lines" lang={text_lang.clone()}>
                    { for props.context.iter().map(|(n, text)| html! {
                        <li class={classes!("tf-context-line", (*n == line).then_some("tf-highlight"))} data-line={n.to_string()}>
                            <span class="tf-line-no" aria-hidden="true">{ n }</span>
                            <span class="tf-line-text">{ if text.is_empty() { "\u{a0}".to_string() } else { text.clone() } }</span>
                        </li>
                    }) }
                </ol>
                <button type="button" class="tf-btn tf-btn-small" data-testid="evidence-back"
                    onclick={Callback::from(move |_| back.emit(()))}>{ format!("{} {}", t(lang, Text::BackTo), c.id) }</button>
            </div>
        }
    };
    html! {
        <li class={classes!("tf-criterion", judged.then(|| format!("tf-status-{}", c.status.code())))} data-testid="criterion" data-id={c.id.clone()}
            data-status={judged.then(|| c.status.code())} aria-labelledby={heading_id.clone()}>
            <div class="tf-criterion-head">
                <span class="tf-id">{ &c.id }</span>
                <h4 id={heading_id} class="tf-criterion-text" lang="nl">{ &c.text }</h4>
                if judged {
                    <span class={classes!("tf-badge", format!("tf-badge-{}", c.status.code()))} data-testid="badge">
                        { status_text(lang, c.status) }
                        if c.overridden { <span class="tf-badge-note">{ format!(" · {}", t(lang, Text::Overridden)) }</span> }
                    </span>
                }
                { points }
            </div>
            if judged {
                if let Some(s) = &props.source {
                    <p class="tf-source" data-testid="entered-source">{ s.clone() }</p>
                }
                if !c.evidence.is_empty() {
                    <div class="tf-evidence">
                        <p class="tf-label">{ t(lang, Text::Evidence) }</p>
                        <ul>
                            { for c.evidence.iter().map(|e| {
                                let cb = props.on_evidence.clone();
                                let line = e.line;
                                let crit = c.id.clone();
                                let open = props.shown == Some(line);
                                html! {
                                    <li>
                                        <button type="button" class="tf-evidence-line" data-testid="evidence" data-line={line.to_string()}
                                            id={ids.of(&format!("ev-{}-{line}", c.id))} aria-expanded={open.to_string()}
                                            onclick={Callback::from(move |_| cb.emit((crit.clone(), line)))}>
                                            <span class="tf-line-no">{ format!("{} {}", t(lang, Text::Line), e.line) }</span>
                                            <span class="tf-line-text" lang={text_lang.clone()}>{ &e.text }</span>
                                        </button>
                                        if open { { context(line) } }
                                    </li>
                                }
                            }) }
                        </ul>
                    </div>
                } else if c.status != Status::Met {
                    <p class="tf-muted">{ t(lang, Text::NoEvidence) }</p>
                }
                if let Some(m) = &c.missing {
                    <p class="tf-missing"><span class="tf-label">{ format!("{}: ", t(lang, Text::Missing)) }</span>{ m.get(lang) }</p>
                }
                if let Some(n) = &c.note {
                    <p class="tf-note"><span class="tf-label">{ format!("{}: ", t(lang, Text::Note)) }</span>{ n.get(lang) }</p>
                }
                if let Some(s) = suggestion {
                    <div class="tf-suggestion">
                        <p><span class="tf-label">{ format!("{}: ", t(lang, Text::Suggestion)) }</span>{ s.clone() }</p>
                        <button type="button" class="tf-btn tf-btn-small" data-testid="copy-suggestion"
                            onclick={{ let cb = props.on_copy.clone(); Callback::from(move |_| cb.emit(s.clone())) }}>{ t(lang, Text::Copy) }</button>
                    </div>
                }
                <div class="tf-override" role="group" aria-label={format!("{} {}", t(lang, Text::YourJudgement), c.id)}>
                    <span class="tf-label">{ t(lang, Text::YourJudgement) }</span>
                    { mark(Some(Status::Met), Text::MarkMet) }
                    { mark(Some(Status::NotMet), Text::MarkNotMet) }
                    if c.overridden { { mark(None, Text::MarkReset) } }
                </div>
            }
        </li>
    }
}
