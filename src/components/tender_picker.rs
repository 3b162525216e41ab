use tenderfit_core::{Lang, BUNDLED_TENDERS};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::i18n::{t, Text};
use crate::state::TenderChoice;
use crate::text_area::use_text_area;

/// The `<option>` value that stands for the pasted posting.
const PASTED: &str = "pasted";

#[derive(Properties, PartialEq)]
pub struct TenderPickerProps {
    pub lang: Lang,
    pub choice: TenderChoice,
    pub pasted: AttrValue,
    pub on_choose: Callback<TenderChoice>,
    pub on_paste: Callback<String>,
    /// The page's feed: (id, title).
    #[prop_or_default]
    pub feed: Vec<(String, String)>,
    /// The page's feed gave postings: offer those, not the bundled ones.
    #[prop_or_default]
    pub has_feed: bool,
}

/// Picks a bundled posting, or takes a pasted one.
#[function_component(TenderPicker)]
pub fn tender_picker(props: &TenderPickerProps) -> Html {
    let ids = use_context::<crate::ids::Ids>().unwrap_or_default();
    let on_choose = props.on_choose.clone();
    let onchange = Callback::from(move |e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        let v = select.value();
        on_choose.emit(if v == PASTED {
            TenderChoice::Pasted
        } else if let Some(id) = v.strip_prefix("feed:") {
            TenderChoice::Feed(id.to_string())
        } else {
            TenderChoice::Bundled(v)
        });
    });
    let (area, oninput) = use_text_area(props.pasted.clone(), props.on_paste.clone());
    let selected = match &props.choice {
        TenderChoice::Bundled(r) => r.clone(),
        TenderChoice::Pasted => PASTED.to_string(),
        TenderChoice::Feed(id) => format!("feed:{id}"),
    };
    html! {
        <section class={classes!("tf-card", "tf-tender-pick", (selected == PASTED).then_some("tf-tender-pasted"))} aria-labelledby={ids.of("tender-heading")}>
            <h2 id={ids.of("tender-heading")}>{ t(props.lang, Text::TenderHeading) }</h2>
            <label for={ids.of("tender-select")}>{ t(props.lang, Text::TenderSelectLabel) }</label>
            <select id={ids.of("tender-select")} data-testid="tender-select" {onchange}>
                if !props.has_feed {
                    { for BUNDLED_TENDERS.iter().map(|b| html! {
                        <option value={b.reference} selected={selected == b.reference}>{ format!("{} · {}", b.reference, b.label) }</option>
                    }) }
                }
                if props.has_feed {
                    <optgroup label={t(props.lang, Text::FeedGroup)}>
                        { for props.feed.iter().map(|(id, title)| {
                            let v = format!("feed:{id}");
                            html! { <option value={v.clone()} selected={selected == v}>{ title.clone() }</option> }
                        }) }
                    </optgroup>
                }
                <option value={PASTED} selected={selected == PASTED}>{ t(props.lang, Text::PasteOwnTender) }</option>
            </select>
            <label for={ids.of("tender-input")}>{ t(props.lang, Text::TenderInputLabel) }</label>
            <textarea id={ids.of("tender-input")} data-testid="tender-input" rows="4" spellcheck="false" lang="nl"
                placeholder={t(props.lang, Text::TenderInputPlaceholder)}
                ref={area} {oninput} />
        </section>
    }
}
