use std::rc::Rc;

use tenderfit_core::{Lang, Warning};
use yew::prelude::*;

use wasm_bindgen::JsCast;

use crate::i18n::{t, Text};
use crate::text_area::use_text_area;

#[derive(Properties, PartialEq)]
pub struct CvInputProps {
    pub lang: Lang,
    pub value: AttrValue,
    pub warnings: Rc<Vec<Warning>>,
    pub on_input: Callback<String>,
    pub on_file: Callback<web_sys::File>,
    /// The name of the file being read, while it is read.
    pub importing: Option<AttrValue>,
    pub import_error: Option<AttrValue>,
    /// The CV's language (its text is not the interface's).
    pub text_lang: AttrValue,
}

/// The CV text area, with what the reader could not find. A file dropped anywhere on the
/// card is imported (the browser would otherwise open it).
#[function_component(CvInput)]
pub fn cv_input(props: &CvInputProps) -> Html {
    let ids = use_context::<crate::ids::Ids>().unwrap_or_default();
    let (area, oninput) = use_text_area(props.value.clone(), props.on_input.clone());
    let lines = props.value.lines().filter(|l| !l.trim().is_empty()).count();
    let lang = props.lang;
    let dragging = use_state(|| false);
    let first_file = |files: Option<web_sys::FileList>| files.and_then(|f| f.get(0));
    let on_pick = {
        let cb = props.on_file.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(f) = first_file(input.files()) {
                cb.emit(f);
            }
            // Picking the same file again must fire again.
            input.set_value("");
        })
    };
    let on_drop = {
        let cb = props.on_file.clone();
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(f) = first_file(e.data_transfer().and_then(|d| d.files())) {
                cb.emit(f);
            }
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            // Moving onto a child (the text area) also fires dragleave on the card.
            let inside = e
                .related_target()
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
                .zip(
                    e.current_target()
                        .and_then(|t| t.dyn_into::<web_sys::Node>().ok()),
                )
                .is_some_and(|(to, card)| card.contains(Some(&to)));
            if !inside {
                dragging.set(false);
            }
        })
    };
    html! {
        <section class={classes!("tf-card", "tf-cv", (*dragging).then_some("tf-cv-dragging"), (lines > 0).then_some("tf-cv-given"))} aria-labelledby={ids.of("cv-heading")} data-testid="cv-card"
            ondrop={on_drop} ondragover={on_drag_over} ondragleave={on_drag_leave}>
            <h2 id={ids.of("cv-heading")}>{ t(lang, Text::CvHeading) }</h2>
            <div class={classes!("tf-drop", (*dragging).then_some("tf-drop-active"))} data-testid="cv-drop">
                <span>{ t(lang, Text::DropHint) }</span>
                <label class="tf-btn tf-btn-small tf-file-label" for={ids.of("cv-file")}>{ t(lang, Text::ChooseFile) }</label>
                <input id={ids.of("cv-file")} class="tf-visually-hidden" type="file" data-testid="cv-file" accept=".pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain" onchange={on_pick} />
            </div>
            if let Some(name) = &props.importing {
                <p class="tf-progress" role="status" data-testid="import-progress"><span class="tf-spinner" aria-hidden="true"></span>{ format!("{} {name}…", t(lang, Text::Importing)) }</p>
            }
            if let Some(err) = &props.import_error {
                <p class="tf-error" role="alert" data-testid="import-error">{ err.clone() }</p>
            }
            <label for={ids.of("cv-input")}>{ t(lang, Text::CvInputLabel) }</label>
            <textarea id={ids.of("cv-input")} data-testid="cv-input" rows="14" spellcheck="false" lang={props.text_lang.clone()}
                placeholder={t(lang, Text::CvInputPlaceholder)}
                ref={area} {oninput} />
            <p class="tf-muted" data-testid="cv-lines">{ format!("{lines} {}", t(lang, Text::CvStats)) }</p>
            if lines > 0 && !props.warnings.is_empty() {
                <ul class="tf-warnings tf-cv-warnings" data-testid="cv-warnings">
                    { for props.warnings.iter().map(|w| html! { <li data-code={w.code()}>{ w.message(lang) }</li> }) }
                </ul>
            }
        </section>
    }
}
