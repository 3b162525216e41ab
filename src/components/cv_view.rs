use std::rc::Rc;

use tenderfit_core::cv::MAX_CV_BYTES;
use tenderfit_core::text::truncate_at_char;
use tenderfit_core::Lang;
use yew::prelude::*;

use crate::i18n::{t, Text};

#[derive(Properties, PartialEq)]
pub struct CvViewProps {
    pub lang: Lang,
    pub text: AttrValue,
    /// The evidence line chosen.
    pub highlighted: Option<usize>,
    /// Every evidence line of the chosen criterion.
    #[prop_or_default]
    pub marked: Rc<Vec<usize>>,
    /// "Back to W2", while evidence is shown.
    #[prop_or_default]
    pub back: Option<AttrValue>,
    pub on_back: Callback<()>,
    /// The CV's language.
    pub text_lang: AttrValue,
}

/// The CV with line numbers, so evidence can be pointed at: on a wide screen it stands
/// beside the results (sticky), with the chosen criterion's lines marked and a way back.
#[function_component(CvView)]
pub fn cv_view(props: &CvViewProps) -> Html {
    let ids = use_context::<crate::ids::Ids>().unwrap_or_default();
    if props.text.trim().is_empty() {
        return html! {};
    }
    // Only what the reader reads is shown, and very long lines are cut: laying out megabytes
    // of text would freeze the page (the warning says the rest was not read).
    let shown = truncate_at_char(&props.text, MAX_CV_BYTES);
    let total = shown.lines().count();
    let on_back = props.on_back.clone();
    html! {
        <section class="tf-card tf-cv-view" aria-labelledby={ids.of("cv-view-heading")}>
            <div class="tf-cv-view-head">
                <h2 id={ids.of("cv-view-heading")}>{ t(props.lang, Text::CvViewHeading) }</h2>
                if let Some(label) = &props.back {
                    <button type="button" class="tf-btn tf-btn-small" data-testid="cv-view-back"
                        onclick={Callback::from(move |_| on_back.emit(()))}>{ label.clone() }</button>
                }
            </div>
            <ol class="tf-cv-lines" id={ids.of("cv-view-list")} data-testid="cv-view" tabindex="0" aria-labelledby={ids.of("cv-view-heading")} lang={props.text_lang.clone()}>
                { for shown.lines().take(MAX_LINES_SHOWN).enumerate().map(|(i, line)| {
                    let n = i + 1;
                    let on = props.highlighted == Some(n);
                    let marked = props.marked.contains(&n);
                    html! {
                        <li id={ids.of(&format!("cv-line-{n}"))} class={classes!("tf-cv-line", on.then_some("tf-highlight"), marked.then_some("tf-marked"))}
                            data-line={n.to_string()} aria-current={on.then_some("true")} tabindex={on.then_some("-1")}>
                            <span class="tf-line-no" aria-hidden="true">{ n }</span>
                            <span class="tf-line-text">{ shown_line(line) }</span>
                        </li>
                    }
                }) }
            </ol>
            if total > MAX_LINES_SHOWN {
                <p class="tf-muted" data-testid="cv-view-more">{ format!("{} {}", total - MAX_LINES_SHOWN, t(props.lang, Text::MoreLinesNotShown)) }</p>
            }
        </section>
    }
}

/// Lines shown at most: a CV has a few hundred; thousands of list items take the browser
/// long to lay out.
const MAX_LINES_SHOWN: usize = 1_500;

/// Longest line shown whole; evidence lines are far shorter.
const MAX_LINE_SHOWN: usize = 2_000;

fn shown_line(line: &str) -> String {
    if line.is_empty() {
        "\u{a0}".to_string()
    } else if line.len() > MAX_LINE_SHOWN {
        format!("{}…", truncate_at_char(line, MAX_LINE_SHOWN))
    } else {
        line.to_string()
    }
}
