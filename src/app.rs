use std::rc::Rc;

use tenderfit_core::{read_tender, Date, Lang};
use yew::prelude::*;

use crate::components::cv_input::CvInput;
use crate::components::lang_toggle::LangToggle;
use crate::components::tender_picker::TenderPicker;
use crate::components::tender_summary::TenderSummary;
use crate::i18n::{t, Text};
use crate::state::{Action, AppState, TenderChoice};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Reference date for deadlines and "heden".
    pub today: Date,
}

/// The widget: tender and CV in, what the core reads and judges out.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_reducer(AppState::default);
    let lang = state.lang;

    let tender_text = state.tender_text().to_string();
    let read = use_memo(tender_text, |text| {
        let (tender, warnings) = read_tender(text);
        (Rc::new(tender), Rc::new(warnings))
    });

    let on_lang = {
        let state = state.clone();
        Callback::from(move |l: Lang| state.dispatch(Action::SetLang(l)))
    };
    let on_cv = {
        let state = state.clone();
        Callback::from(move |s: String| state.dispatch(Action::SetCv(s)))
    };
    let on_choose = {
        let state = state.clone();
        Callback::from(move |c: TenderChoice| state.dispatch(Action::ChooseTender(c)))
    };
    let on_paste = {
        let state = state.clone();
        Callback::from(move |s: String| state.dispatch(Action::SetPastedTender(s)))
    };

    html! {
        <div class="tf-app" lang={lang.code()}>
            <header class="tf-header">
                <div>
                    <h1 class="tf-title">{ t(lang, Text::AppTitle) }</h1>
                    <p class="tf-tagline">{ t(lang, Text::Tagline) }</p>
                </div>
                <LangToggle {lang} on_change={on_lang} />
            </header>
            <p class="tf-privacy" data-testid="privacy-note">{ t(lang, Text::Privacy) }</p>
            <main class="tf-grid">
                <div class="tf-inputs">
                    <TenderPicker {lang} choice={state.tender.clone()} pasted={AttrValue::from(state.pasted_tender.clone())} {on_choose} {on_paste} />
                    <CvInput {lang} value={AttrValue::from(state.cv_text.clone())} on_input={on_cv} />
                </div>
                <TenderSummary {lang} today={props.today} tender={read.0.clone()} warnings={read.1.clone()} />
            </main>
        </div>
    }
}
