use tenderfit_core::Lang;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::i18n::{t, Text};

#[derive(Properties, PartialEq)]
pub struct CvInputProps {
    pub lang: Lang,
    pub value: AttrValue,
    pub on_input: Callback<String>,
}

/// The CV text area.
#[function_component(CvInput)]
pub fn cv_input(props: &CvInputProps) -> Html {
    let on_input = props.on_input.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        let area: HtmlTextAreaElement = e.target_unchecked_into();
        on_input.emit(area.value());
    });
    let lines = props.value.lines().filter(|l| !l.trim().is_empty()).count();
    html! {
        <section class="tf-card tf-cv" aria-labelledby="tf-cv-heading">
            <h2 id="tf-cv-heading">{ t(props.lang, Text::CvHeading) }</h2>
            <label for="tf-cv-input">{ t(props.lang, Text::CvInputLabel) }</label>
            <textarea id="tf-cv-input" data-testid="cv-input" rows="16" spellcheck="false"
                placeholder={t(props.lang, Text::CvInputPlaceholder)}
                value={props.value.clone()} {oninput} />
            <p class="tf-muted" data-testid="cv-lines">{ format!("{lines} {}", t(props.lang, Text::CvStats)) }</p>
        </section>
    }
}
