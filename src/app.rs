use std::rc::Rc;

use tenderfit_core::judge::Status;
use tenderfit_core::{judge, read_cv, read_tender, Date, Lang};
use yew::prelude::*;

use crate::browser;
use crate::components::cv_input::CvInput;
use crate::components::cv_view::CvView;
use crate::components::lang_toggle::LangToggle;
use crate::components::result_panel::ResultPanel;
use crate::components::tender_picker::TenderPicker;
use crate::components::tender_summary::TenderSummary;
use crate::components::terms_form::TermsForm;
use crate::i18n::{t, Text};
use crate::state::{Action, Notice, TenderChoice, TermField};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Reference date for deadlines and "heden".
    pub today: Date,
}

/// The widget: tender and CV in, the core's verdicts out. Holds no judgement of its own.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_reducer(|| {
        let (mut s, notice) = browser::load();
        s.notice = notice;
        s
    });
    let lang = state.lang;
    let today = props.today;

    // Derived, memoised: each is recomputed only when its inputs change.
    let tender_read = use_memo(state.tender_text().to_string(), |text| {
        let (tender, warnings) = read_tender(text);
        (Rc::new(tender), Rc::new(warnings))
    });
    let cv_read = use_memo(state.cv_text.clone(), |text| {
        let (cv, warnings) = read_cv(text);
        (Rc::new(cv), Rc::new(warnings))
    });
    let declarations = state.terms.declarations(state.current_overrides());
    let assessment = {
        let tender = tender_read.0.clone();
        let cv = cv_read.0.clone();
        use_memo(
            (tender, cv, declarations, today),
            |(tender, cv, d, today)| Rc::new(judge(tender, cv, d, *today)),
        )
    };

    // Save what the user typed; a failure is reported and the text stays on the page.
    {
        let state = state.clone();
        use_effect_with(state.persisted(), move |p| match browser::save(p) {
            Ok(()) if state.notice == Some(Notice::StorageUnavailable) => {
                state.dispatch(Action::Notice(None))
            }
            Ok(()) => {}
            Err(n) if state.notice != Some(n) => state.dispatch(Action::Notice(Some(n))),
            Err(_) => {}
        });
    }
    // Bring a chosen evidence line into view.
    use_effect_with(state.highlighted_line, |line| {
        if let Some(n) = line {
            browser::scroll_to(&format!("tf-cv-line-{n}"));
        }
    });

    let dispatch = |f: fn(String) -> Action| {
        let state = state.clone();
        Callback::from(move |s: String| state.dispatch(f(s)))
    };
    let on_lang = {
        let state = state.clone();
        Callback::from(move |l: Lang| state.dispatch(Action::SetLang(l)))
    };
    let on_choose = {
        let state = state.clone();
        Callback::from(move |c: TenderChoice| state.dispatch(Action::ChooseTender(c)))
    };
    let on_term = {
        let state = state.clone();
        Callback::from(move |(f, v): (TermField, String)| state.dispatch(Action::SetTerm(f, v)))
    };
    let on_all_in = {
        let state = state.clone();
        Callback::from(move |b: bool| state.dispatch(Action::SetRateAllIn(b)))
    };
    let on_override = {
        let state = state.clone();
        Callback::from(move |(id, s): (String, Option<Status>)| {
            state.dispatch(Action::Override(id, s))
        })
    };
    let on_evidence = {
        let state = state.clone();
        Callback::from(move |line: usize| state.dispatch(Action::Highlight(Some(line))))
    };
    let on_copy = Callback::from(|text: String| {
        wasm_bindgen_futures::spawn_local(async move {
            browser::copy_text(text).await;
        })
    });
    let on_copy_markdown = {
        let (tender, assessment) = (tender_read.0.clone(), assessment.clone());
        let on_copy = on_copy.clone();
        Callback::from(move |_| {
            on_copy.emit(tenderfit_core::report::markdown(&tender, &assessment, lang))
        })
    };
    let on_download_json = {
        let (tender, assessment) = (tender_read.0.clone(), assessment.clone());
        Callback::from(move |_| {
            if let Ok(json) = serde_json::to_string_pretty(&assessment.view(lang)) {
                let name = format!(
                    "tenderfit-{}.json",
                    tender
                        .reference
                        .clone()
                        .unwrap_or_else(|| "assessment".into())
                );
                browser::download(&name, "application/json", &json);
            }
        })
    };
    let on_print = Callback::from(|_| browser::print());
    let on_file = {
        let state = state.clone();
        Callback::from(move |file: web_sys::File| {
            let state = state.clone();
            state.dispatch(Action::ImportStarted(file.name()));
            wasm_bindgen_futures::spawn_local(async move {
                let reply = browser::import_file(file).await;
                let result = if reply.ok {
                    Ok(reply.text)
                } else {
                    Err((reply.message_nl, reply.message_en))
                };
                state.dispatch(Action::ImportFinished(result));
            });
        })
    };
    let import_error = state.import_error.as_ref().map(|(nl, en)| {
        AttrValue::from(if lang == Lang::Nl {
            nl.clone()
        } else {
            en.clone()
        })
    });
    let on_forget = {
        let state = state.clone();
        Callback::from(move |_| {
            browser::forget();
            state.dispatch(Action::Forget);
        })
    };
    let on_dismiss = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Notice(None)))
    };
    let notice = state.notice.map(|n| match n {
        Notice::StorageUnavailable => t(lang, Text::StorageUnavailable),
        Notice::SavedStateUnreadable => t(lang, Text::SavedStateUnreadable),
        Notice::Forgotten => t(lang, Text::Forgotten),
    });

    html! {
        <div class="tf-app" lang={lang.code()}>
            <header class="tf-header">
                <div>
                    <h1 class="tf-title">{ t(lang, Text::AppTitle) }</h1>
                    <p class="tf-tagline">{ t(lang, Text::Tagline) }</p>
                </div>
                <LangToggle {lang} on_change={on_lang} />
                <div class="tf-privacy" data-testid="privacy-note">
                    <span>{ t(lang, Text::Privacy) }</span>
                    <button type="button" class="tf-btn tf-btn-small tf-btn-quiet" data-testid="forget" onclick={on_forget}>{ t(lang, Text::Forget) }</button>
                </div>
                if let Some(message) = notice {
                    <div class="tf-notice" role="status" data-testid="notice">
                        <span>{ message }</span>
                        <button type="button" class="tf-btn tf-btn-small" onclick={on_dismiss}>{ t(lang, Text::Dismiss) }</button>
                    </div>
                }
            </header>
            <main class="tf-grid">
                <div class="tf-inputs">
                    <TenderPicker {lang} choice={state.tender.clone()} pasted={AttrValue::from(state.pasted_tender.clone())} {on_choose} on_paste={dispatch(Action::SetPastedTender)} />
                    <CvInput {lang} value={AttrValue::from(state.cv_text.clone())} warnings={cv_read.1.clone()} on_input={dispatch(Action::SetCv)}
                        {on_file} importing={state.importing.clone().map(AttrValue::from)} {import_error} />
                    <TermsForm {lang} entered={state.terms.clone()} from_cv={cv_read.0.terms.clone()} on_change={on_term} {on_all_in}
                        on_weekday={dispatch(Action::ToggleWeekday)} />
                </div>
                <div class="tf-outputs">
                    <ResultPanel {lang} assessment={(*assessment).clone()} cv_empty={state.cv_text.trim().is_empty()}
                        {on_override} {on_evidence} {on_copy} {on_copy_markdown} {on_download_json} {on_print} />
                    <TenderSummary {lang} {today} tender={tender_read.0.clone()} warnings={tender_read.1.clone()} />
                    <CvView {lang} text={AttrValue::from(state.cv_text.clone())} highlighted={state.highlighted_line} />
                </div>
            </main>
        </div>
    }
}
