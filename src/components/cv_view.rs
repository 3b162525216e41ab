use tenderfit_core::Lang;
use yew::prelude::*;

use crate::i18n::{t, Text};

#[derive(Properties, PartialEq)]
pub struct CvViewProps {
    pub lang: Lang,
    pub text: AttrValue,
    pub highlighted: Option<usize>,
}

/// The CV with line numbers, so evidence can be pointed at; the chosen line is highlighted.
#[function_component(CvView)]
pub fn cv_view(props: &CvViewProps) -> Html {
    let ids = use_context::<crate::ids::Ids>().unwrap_or_default();
    if props.text.trim().is_empty() {
        return html! {};
    }
    html! {
        <section class="tf-card tf-cv-view" aria-labelledby={ids.of("cv-view-heading")}>
            <h2 id={ids.of("cv-view-heading")}>{ t(props.lang, Text::CvViewHeading) }</h2>
            <ol class="tf-cv-lines" data-testid="cv-view" tabindex="0" aria-labelledby={ids.of("cv-view-heading")}>
                { for props.text.lines().enumerate().map(|(i, line)| {
                    let n = i + 1;
                    let on = props.highlighted == Some(n);
                    html! {
                        <li id={ids.of(&format!("cv-line-{n}"))} class={classes!("tf-cv-line", on.then_some("tf-highlight"))}
                            data-line={n.to_string()} aria-current={on.then_some("true")}>
                            <span class="tf-line-no" aria-hidden="true">{ n }</span>
                            <span class="tf-line-text">{ if line.is_empty() { "\u{a0}" } else { line } }</span>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
