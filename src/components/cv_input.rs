use std::rc::Rc;

use tenderfit_core::{Lang, Warning};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::i18n::{t, Text};

#[derive(Properties, PartialEq)]
pub struct CvInputProps {
    pub lang: Lang,
    pub value: AttrValue,
    pub warnings: Rc<Vec<Warning>>,
    pub on_input: Callback<String>,
}

/// The CV text area, with what the reader could not find.
#[function_component(CvInput)]
pub fn cv_input(props: &CvInputProps) -> Html {
    let on_input = props.on_input.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        let area: HtmlTextAreaElement = e.target_unchecked_into();
        on_input.emit(area.value());
    });
    let lines = props.value.lines().filter(|l| !l.trim().is_empty()).count();
    let lang = props.lang;
    html! {
        <section class="tf-card tf-cv" aria-labelledby="tf-cv-heading">
            <h2 id="tf-cv-heading">{ t(lang, Text::CvHeading) }</h2>
            <label for="tf-cv-input">{ t(lang, Text::CvInputLabel) }</label>
            <textarea id="tf-cv-input" data-testid="cv-input" rows="14" spellcheck="false"
                placeholder={t(lang, Text::CvInputPlaceholder)}
                value={props.value.clone()} {oninput} />
            <p class="tf-muted" data-testid="cv-lines">{ format!("{lines} {}", t(lang, Text::CvStats)) }</p>
            if lines > 0 && !props.warnings.is_empty() {
                <ul class="tf-warnings tf-cv-warnings" data-testid="cv-warnings">
                    { for props.warnings.iter().map(|w| html! { <li data-code={w.code()}>{ w.message(lang) }</li> }) }
                </ul>
            }
        </section>
    }
}
