use tenderfit_core::{Lang, BUNDLED_TENDERS};
use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::i18n::{t, Text};
use crate::state::TenderChoice;

/// The `<option>` value that stands for the pasted posting.
const PASTED: &str = "pasted";

#[derive(Properties, PartialEq)]
pub struct TenderPickerProps {
    pub lang: Lang,
    pub choice: TenderChoice,
    pub pasted: AttrValue,
    pub on_choose: Callback<TenderChoice>,
    pub on_paste: Callback<String>,
}

/// Picks a bundled posting, or takes a pasted one.
#[function_component(TenderPicker)]
pub fn tender_picker(props: &TenderPickerProps) -> Html {
    let on_choose = props.on_choose.clone();
    let onchange = Callback::from(move |e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        let v = select.value();
        on_choose.emit(if v == PASTED {
            TenderChoice::Pasted
        } else {
            TenderChoice::Bundled(v)
        });
    });
    let on_paste = props.on_paste.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        let area: HtmlTextAreaElement = e.target_unchecked_into();
        on_paste.emit(area.value());
    });
    let selected = match &props.choice {
        TenderChoice::Bundled(r) => r.clone(),
        TenderChoice::Pasted => PASTED.to_string(),
    };
    html! {
        <section class="tf-card tf-tender-pick" aria-labelledby="tf-tender-heading">
            <h2 id="tf-tender-heading">{ t(props.lang, Text::TenderHeading) }</h2>
            <label for="tf-tender-select">{ t(props.lang, Text::TenderSelectLabel) }</label>
            <select id="tf-tender-select" data-testid="tender-select" {onchange}>
                { for BUNDLED_TENDERS.iter().map(|b| html! {
                    <option value={b.reference} selected={selected == b.reference}>{ format!("{} · {}", b.reference, b.label) }</option>
                }) }
                <option value={PASTED} selected={selected == PASTED}>{ t(props.lang, Text::PasteOwnTender) }</option>
            </select>
            <label for="tf-tender-input">{ t(props.lang, Text::TenderInputLabel) }</label>
            <textarea id="tf-tender-input" data-testid="tender-input" rows="4" spellcheck="false"
                placeholder={t(props.lang, Text::TenderInputPlaceholder)}
                value={props.pasted.clone()} {oninput} />
        </section>
    }
}
