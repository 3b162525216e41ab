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
    /// The user's verdict for this criterion (`None` = back to the computed one).
    pub on_override: Callback<(String, Option<Status>)>,
    /// An evidence line was chosen: highlight it in the CV view.
    pub on_evidence: Callback<usize>,
    pub on_copy: Callback<String>,
}

fn status_text(lang: Lang, s: Status) -> &'static str {
    match s {
        Status::Met => t(lang, Text::Met),
        Status::NotMet => t(lang, Text::NotMet),
        Status::Unknown => t(lang, Text::Unknown),
    }
}

/// One criterion: verdict, points, the CV lines that prove it, what is missing, a suggestion
/// to copy, and the user's own judgement.
#[function_component(CriterionCard)]
pub fn criterion_card(props: &CriterionCardProps) -> Html {
    let ids = use_context::<crate::ids::Ids>().unwrap_or_default();
    let lang = props.lang;
    let c = &props.criterion;
    let id = c.id.clone();
    let heading_id = ids.of(&format!("crit-{}", c.id));
    let points = match (c.earned, c.points) {
        (Some(e), Some(p)) => {
            html! { <span class="tf-card-points" data-testid="criterion-points">{ format!("{} / {} {}", num(e), num(p), t(lang, Text::Points)) }</span> }
        }
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
    html! {
        <li class={classes!("tf-criterion", format!("tf-status-{}", c.status.code()))} data-testid="criterion" data-id={c.id.clone()} data-status={c.status.code()} aria-labelledby={heading_id.clone()}>
            <div class="tf-criterion-head">
                <span class="tf-id">{ &c.id }</span>
                <h4 id={heading_id} class="tf-criterion-text">{ &c.text }</h4>
                <span class={classes!("tf-badge", format!("tf-badge-{}", c.status.code()))}>
                    { status_text(lang, c.status) }
                    if c.overridden { <span class="tf-badge-note">{ format!(" · {}", t(lang, Text::Overridden)) }</span> }
                </span>
                { points }
            </div>
            if !c.evidence.is_empty() {
                <div class="tf-evidence">
                    <p class="tf-label">{ t(lang, Text::Evidence) }</p>
                    <ul>
                        { for c.evidence.iter().map(|e| {
                            let cb = props.on_evidence.clone();
                            let line = e.line;
                            html! {
                                <li>
                                    <button type="button" class="tf-evidence-line" data-testid="evidence" data-line={line.to_string()}
                                        onclick={Callback::from(move |_| cb.emit(line))}>
                                        <span class="tf-line-no">{ format!("{} {}", t(lang, Text::Line), e.line) }</span>
                                        <span class="tf-line-text">{ &e.text }</span>
                                    </button>
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
        </li>
    }
}
