use std::rc::Rc;

use tenderfit_core::judge::Status;
use tenderfit_core::{interpret_tender, judge_interpreted, read_cv, read_tender, Date, Lang};
use yew::prelude::*;

use crate::browser;
use crate::components::cv_input::CvInput;
use crate::components::cv_view::CvView;
use crate::components::feed_ranking::FeedRanking;
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
    /// Which widget on the page this is (1-based): ids and saved state are its own.
    #[prop_or(1)]
    pub instance: usize,
    /// The language to start in, when the page sets it (`data-lang`).
    #[prop_or_default]
    pub lang: Option<Lang>,
    /// The element the widget is mounted on: result events are dispatched there.
    #[prop_or_default]
    pub host: Option<web_sys::Element>,
    /// A tender feed to load and rank (`data-tenders`).
    #[prop_or_default]
    pub tenders_url: Option<String>,
}

/// The widget: tender and CV in, the core's verdicts out. Holds no judgement of its own.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let storage_key = browser::storage_key(props.instance);
    let ids = crate::ids::Ids::new(props.instance);
    let state = {
        let (key, lang) = (storage_key.clone(), props.lang);
        use_reducer(move || {
            let (mut s, notice) = browser::load(&key);
            s.notice = notice;
            if let (Some(l), None) = (lang, notice) {
                // The page's language wins over a saved one only on a first visit.
                if s.cv_text.is_empty() {
                    s.lang = l;
                }
            }
            s
        })
    };
    let lang = state.lang;
    let today = props.today;

    // Derived, memoised: each is recomputed only when its inputs change.
    // A feed posting may come as a model; everything else is read from text.
    let feed_tender = match (&state.tender, &state.feed) {
        (TenderChoice::Feed(id), Some(feed)) => {
            feed.iter().find(|t| &t.id == id).map(|t| t.tender.clone())
        }
        _ => None,
    };
    let tender_read = use_memo(
        (state.tender_text().to_string(), feed_tender),
        |(text, from_feed)| match from_feed {
            Some(t) => (Rc::new(t.clone()), Rc::new(Vec::new())),
            None => {
                let (tender, warnings) = read_tender(text);
                (Rc::new(tender), Rc::new(warnings))
            }
        },
    );
    let cv_read = use_memo(state.cv_text.clone(), |text| {
        let (cv, warnings) = read_cv(text);
        (Rc::new(cv), Rc::new(warnings))
    });
    let declarations = state.terms.declarations(state.current_overrides());
    // The posting's requirements are read once per posting, not on every keystroke in the CV.
    let interpreted = use_memo((tender_read.0.clone(), today), |(tender, today)| {
        interpret_tender(tender, *today)
    });
    let assessment = {
        let tender = tender_read.0.clone();
        let cv = cv_read.0.clone();
        use_memo(
            (tender, interpreted.clone(), cv, declarations),
            |(tender, interpreted, cv, d)| Rc::new(judge_interpreted(tender, interpreted, cv, d)),
        )
    };

    // The page's tender feed, loaded once; a failure is a message and the widget works on.
    {
        let state = state.clone();
        use_effect_with(props.tenders_url.clone(), move |url| {
            if let Some(url) = url.clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = match browser::fetch_text(&url).await {
                        Ok(json) => {
                            let (tenders, problems) = tenderfit_core::feed::read_feed(&json);
                            (
                                tenders,
                                problems.into_iter().map(|p| (p.nl, p.en)).collect(),
                            )
                        }
                        Err(why) => (
                            Vec::new(),
                            vec![(
                                format!("{} ({why}).", t(Lang::Nl, Text::FeedUnreachable)),
                                format!("{} ({why}).", t(Lang::En, Text::FeedUnreachable)),
                            )],
                        ),
                    };
                    state.dispatch(Action::FeedLoaded(loaded.0, loaded.1));
                });
            }
        });
    }
    // Likewise every feed posting's requirements: re-ranking as the CV changes only matches it.
    let feed_interpreted = use_memo((state.feed.clone(), today), |(feed, today)| {
        feed.as_ref()
            .map(|f| tenderfit_core::feed::interpret_feed(f, *today))
            .unwrap_or_default()
    });
    let ranked = {
        let d = state.terms.declarations(Default::default());
        use_memo(
            (
                state.feed.clone(),
                feed_interpreted.clone(),
                cv_read.0.clone(),
                d,
                today,
            ),
            |(feed, interpreted, cv, d, today)| {
                Rc::new(
                    feed.as_ref()
                        .map(|f| {
                            tenderfit_core::feed::rank_interpreted(cv, f, interpreted, d, *today)
                        })
                        .unwrap_or_default(),
                )
            },
        )
    };
    let on_open_feed = {
        let state = state.clone();
        Callback::from(move |id: String| {
            state.dispatch(Action::ChooseTender(TenderChoice::Feed(id)))
        })
    };
    let feed_options: Vec<(String, String)> = state
        .feed
        .as_ref()
        .map(|f| {
            f.iter()
                .map(|t| {
                    (
                        t.id.clone(),
                        t.tender.title.clone().unwrap_or_else(|| t.id.clone()),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let current_feed = match &state.tender {
        TenderChoice::Feed(id) => Some(id.clone()),
        _ => None,
    };

    // Save what the user typed; a failure is reported and the text stays on the page.
    {
        let state = state.clone();
        let key = storage_key.clone();
        use_effect_with(state.persisted(), move |p| match browser::save(&key, p) {
            Ok(()) if state.notice == Some(Notice::StorageUnavailable) => {
                state.dispatch(Action::Notice(None))
            }
            Ok(()) => {}
            Err(n) if state.notice != Some(n) => state.dispatch(Action::Notice(Some(n))),
            Err(_) => {}
        });
    }
    // Bring a chosen evidence line into view.
    {
        let ids = ids.clone();
        use_effect_with(state.highlighted_line, move |line| {
            if let Some(n) = line {
                browser::scroll_to(&ids.of(&format!("cv-line-{n}")));
            }
        });
    }
    // Tell the host page the outcome (never the CV): reference, knock-out verdict, points.
    {
        let summary = (
            tender_read.0.reference.clone(),
            tender_read.0.title.clone(),
            assessment.knockout_pass,
            assessment.points,
            assessment.points_possible,
            state.cv_text.trim().is_empty(),
        );
        let host = props.host.clone();
        use_effect_with(summary, move |s| {
            if let Some(host) = &host {
                browser::dispatch_result(host, s.0.as_deref(), s.1.as_deref(), s.2, s.3, s.4, s.5);
            }
        });
    }

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
        let key = storage_key.clone();
        Callback::from(move |_| {
            browser::forget(&key);
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
        <ContextProvider<crate::ids::Ids> context={ids}>
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
                    <TenderPicker {lang} choice={state.tender.clone()} feed={feed_options} pasted={AttrValue::from(state.pasted_tender.clone())} {on_choose} on_paste={dispatch(Action::SetPastedTender)} />
                    <CvInput {lang} value={AttrValue::from(state.cv_text.clone())} warnings={cv_read.1.clone()} on_input={dispatch(Action::SetCv)}
                        {on_file} importing={state.importing.clone().map(AttrValue::from)} {import_error} />
                    <TermsForm {lang} entered={state.terms.clone()} from_cv={cv_read.0.terms.clone()} on_change={on_term} {on_all_in}
                        on_weekday={dispatch(Action::ToggleWeekday)} />
                </div>
                <div class="tf-outputs">
                    if state.feed.is_some() || !state.feed_problems.is_empty() {
                        <FeedRanking {lang} ranked={(*ranked).clone()} problems={state.feed_problems.clone()} current={current_feed} on_open={on_open_feed} />
                    }
                    <ResultPanel {lang} assessment={(*assessment).clone()} cv_empty={state.cv_text.trim().is_empty()}
                        {on_override} {on_evidence} {on_copy} {on_copy_markdown} {on_download_json} {on_print} />
                    <TenderSummary {lang} {today} tender={tender_read.0.clone()} warnings={tender_read.1.clone()} />
                    <CvView {lang} text={AttrValue::from(state.cv_text.clone())} highlighted={state.highlighted_line} />
                </div>
            </main>
        </div>
        </ContextProvider<crate::ids::Ids>>
    }
}
