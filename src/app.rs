use std::rc::Rc;

use tenderfit_core::judge::Status;
use tenderfit_core::{Date, Lang};
use yew::prelude::*;

use crate::browser;
use crate::components::cv_input::CvInput;
use crate::components::cv_view::CvView;
use crate::components::feed_ranking::FeedRanking;
use crate::components::lang_toggle::LangToggle;
use crate::components::print_head::PrintHead;
use crate::components::result_panel::ResultPanel;
use crate::components::tender_picker::TenderPicker;
use crate::components::tender_summary::TenderSummary;
use crate::components::terms_form::TermsForm;
use crate::facts;
use crate::i18n::{t, Text};
use crate::judge_client::JudgeClient;
use crate::judging::{Answer, FromWorker, Posting, Request, ToWorker};
use crate::state::{Action, LoadFailure, Notice, TenderChoice, TermField};

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
    /// The widget is the page itself (not embedded): it sets `<html lang>`.
    #[prop_or_default]
    pub own_page: bool,
}

/// How long typing must pause before what was typed is saved, in milliseconds.
const SAVE_AFTER_MS: u32 = 200;

/// The widget: tender and CV in, the judge worker's verdicts out. Holds no judgement of its own.
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
    // The judge worker: made with the widget, started after the first paint, kept.
    let judge = {
        let d = state.dispatcher();
        let d2 = state.dispatcher();
        let root_id = ids.of("app");
        use_memo((), move |_| {
            JudgeClient::new(
                move |reply| match reply {
                    FromWorker::Judged(_, answer) => {
                        d.dispatch(Action::Answered(Rc::new(Answer::from(*answer))))
                    }
                    FromWorker::Reference(true) => d.dispatch(Action::ReferenceReady),
                    FromWorker::Reference(false) => d.dispatch(Action::LoadFailed(
                        "reference-data.txt".into(),
                        LoadFailure::Unreadable,
                    )),
                    FromWorker::Feed { postings, problems } => {
                        d.dispatch(Action::FeedLoaded(postings, problems))
                    }
                    FromWorker::Ready | FromWorker::Unreadable(_) => {}
                },
                move || d2.dispatch(Action::JudgeUnavailable),
                // Set on the element, not in the state: a keystroke renders once, not twice.
                move |pending| {
                    let root = web_sys::window()
                        .and_then(|w| w.document())
                        .and_then(|d| d.get_element_by_id(&root_id));
                    if let Some(root) = root {
                        let _ = root.set_attribute("data-pending", &pending.to_string());
                    }
                },
            )
        })
    };
    {
        let judge = judge.clone();
        use_effect_with((), move |_| judge.start());
    }
    // A feed that gave postings replaces the bundled ones (an unusable feed falls back).
    let has_feed = state.feed.as_ref().is_some_and(|f| !f.is_empty());
    // The reference tables and a bundled posting's text come after the first paint (the core
    // is built `lazy-data`); until both are here nothing is judged and the panels say so.
    let ready = state.ready();
    // Fetched all at once after the first paint (the chosen posting first), so choosing
    // another bundled posting later makes no request. A file that does not arrive is a message
    // with a retry ("retry" fetches again what is still missing); nothing typed is touched.
    {
        let state = state.clone();
        let first = state.tender.clone();
        let judge = judge.clone();
        use_effect_with(state.load_attempt, move |_| {
            // "Retry" after the judge could not start tries to start it again.
            judge.retry();
            let mut wanted: Vec<Option<&'static tenderfit_core::BundledTender>> = Vec::new();
            if !state.reference_ready {
                wanted.push(None);
            }
            let mut postings: Vec<_> = tenderfit_core::BUNDLED_TENDERS.iter().collect();
            postings.sort_by_key(|b| first != TenderChoice::Bundled(b.reference.to_string()));
            wanted.extend(
                postings
                    .into_iter()
                    .filter(|b| b.text().is_none())
                    .map(Some),
            );
            for want in wanted {
                let state = state.clone();
                let judge = judge.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let name = want.map_or("reference-data.txt".to_string(), |b| {
                        format!("tenders/{}", b.file_name)
                    });
                    let failure = match (browser::fetch_asset(&name).await, want) {
                        // The judge worker installs the tables and says whether it could.
                        (Ok(text), None) => {
                            judge.send(&ToWorker::Reference(text));
                            return;
                        }
                        // A page in the text's place (a host that answers every path with
                        // its index.html) is not the posting.
                        (Ok(text), Some(_))
                            if text.trim_start().starts_with('<') || text.trim().is_empty() =>
                        {
                            Some(LoadFailure::Unreadable)
                        }
                        (Ok(text), Some(b)) => {
                            tenderfit_core::bundled::install_text(b.reference, text);
                            None
                        }
                        (Err(why), _) => Some(LoadFailure::from_fetch_error(&why)),
                    };
                    match failure {
                        None => state.dispatch(Action::Loaded),
                        Some(f) => {
                            browser::console_warn(&format!("tenderfit: {name} did not load"));
                            state.dispatch(Action::LoadFailed(name, f));
                        }
                    }
                });
            }
        });
    }
    // A data file that did not arrive: what failed, what still works, and a retry.
    let load_problem = load_problem(&state, lang).map(Rc::new);
    // The retry button goes when pressed: keyboard focus moves to the result's heading, where
    // "loading" and then the verdict or the message again appear.
    let on_retry = {
        let d = state.dispatcher();
        let heading = ids.of("result-heading");
        Callback::from(move |_: ()| {
            browser::focus_id(&heading);
            d.dispatch(Action::RetryLoad)
        })
    };
    // Everything is here: the reference tables and every bundled posting (tests wait for it).
    let all_loaded = state.reference_ready
        && tenderfit_core::BUNDLED_TENDERS
            .iter()
            .all(|b| b.text().is_some());

    // Everything judged comes from the judge worker: ask it whenever an input changes, and
    // show its latest answer (the text areas show what is typed at once).
    let request = Request {
        posting: match &state.tender {
            TenderChoice::Feed(id) => Posting::Feed(id.clone()),
            _ => Posting::Text(state.tender_text().to_string()),
        },
        posting_ready: state.posting_ready(),
        cv_text: state.cv_text.clone(),
        terms: state.terms.clone(),
        overrides: state.current_overrides(),
        lang: lang.code().into(),
        today,
        loaded: state.loaded,
    };
    {
        let judge = judge.clone();
        use_effect_with(request, move |r| judge.judge(r.clone()));
    }
    let answer = state.answer.clone().unwrap_or_default();
    // The verdict is the judge's once it answered with the data there.
    let ready = ready && answer.ready;
    let assessment = answer.assessment.clone();
    let cv_read = (answer.cv.clone(), answer.cv_warnings.clone());
    let tender_read = (answer.tender.clone(), answer.tender_warnings.clone());

    // The page's tender feed, loaded once; a failure is a message and the widget works on.
    {
        let state = state.clone();
        let judge = judge.clone();
        use_effect_with(props.tenders_url.clone(), move |url| {
            if let Some(url) = url.clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    match browser::fetch_text(&url).await {
                        // The judge worker reads it and answers with its postings.
                        Ok(json) => judge.send(&ToWorker::Feed(json)),
                        Err(why) => state.dispatch(Action::FeedLoaded(
                            Vec::new(),
                            vec![(
                                format!("{} ({why}).", t(Lang::Nl, Text::FeedUnreachable)),
                                format!("{} ({why}).", t(Lang::En, Text::FeedUnreachable)),
                            )],
                        )),
                    }
                });
            }
        });
    }
    // Messages about the feed are for the site's operator: to the console, not the visitor.
    use_effect_with(state.feed_problems.clone(), |problems| {
        for (_, en) in problems {
            browser::console_warn(&format!("tenderfit feed: {en}"));
        }
    });
    // The feed ranked for this CV, by the judge worker.
    let ranked = answer.ranked.clone();
    // With a feed, open on its top-ranked open posting unless one of it (or a pasted one) is
    // chosen already.
    {
        let state = state.clone();
        use_effect_with((has_feed, ranked.clone()), move |(has_feed, ranked)| {
            let chosen = match &state.tender {
                TenderChoice::Feed(id) => ranked.iter().any(|r| &r.id == id),
                TenderChoice::Pasted => true,
                TenderChoice::Bundled(_) => false,
            };
            if *has_feed && !chosen {
                if let Some(top) = ranked.iter().find(|r| !r.closed).or(ranked.first()) {
                    state.dispatch(Action::ChooseTender(TenderChoice::Feed(top.id.clone())));
                }
            }
        });
    }
    let on_open_feed = {
        let state = state.clone();
        Callback::from(move |id: String| {
            state.dispatch(Action::ChooseTender(TenderChoice::Feed(id)))
        })
    };
    let feed_options: Vec<(String, String)> =
        state.feed.as_ref().map(|f| f.to_vec()).unwrap_or_default();
    let current_feed = match &state.tender {
        TenderChoice::Feed(id) => Some(id.clone()),
        _ => None,
    };

    // Save what the user typed; a failure is reported and the text stays on the page.
    // Saving is not seen, so it waits until typing pauses: the keystroke paints first.
    {
        let state = state.clone();
        let key = storage_key.clone();
        let pending = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
        use_effect_with(state.persisted(), move |p| {
            let p = p.clone();
            let save = move || match browser::save(&key, &p) {
                Ok(()) if state.notice == Some(Notice::StorageUnavailable) => {
                    state.dispatch(Action::Notice(None))
                }
                Ok(()) => {}
                Err(n) if state.notice != Some(n) => state.dispatch(Action::Notice(Some(n))),
                Err(_) => {}
            };
            // A new change replaces (cancels) the save still waiting.
            *pending.borrow_mut() = Some(gloo::timers::callback::Timeout::new(SAVE_AFTER_MS, save));
        });
    }
    // Show a chosen evidence line: beside the results on a wide screen, in place on a narrow
    // one; focus follows it.
    {
        let ids = ids.clone();
        use_effect_with(state.evidence.clone(), move |ev| {
            if let Some((id, line)) = ev {
                browser::show_evidence(&ids, id, *line);
            }
        });
    }
    // On the app's own page the document's language follows the widget's.
    use_effect_with((lang, props.own_page), |(lang, own)| {
        if *own {
            browser::set_document_lang(lang.code());
        }
    });

    let cv_empty = state.cv_text.trim().is_empty();
    let pasted_empty =
        state.tender == TenderChoice::Pasted && state.pasted_tender.trim().is_empty();
    let no_criteria = assessment.criteria.is_empty();
    // A verdict only when there is one: a CV, and criteria to judge it by.
    let judged = !cv_empty && !no_criteria && !pasted_empty;
    let tender = tender_read.0.clone();

    // Tell the host page the outcome (never the CV): reference, deadline, knock-out state,
    // points; no verdict before there is one.
    {
        let knockout_ids = |s: Status| -> Vec<String> {
            assessment
                .criteria
                .iter()
                .filter(|c| {
                    c.kind == tenderfit_core::judge::CriterionKind::Knockout && c.status == s
                })
                .map(|c| c.id.clone())
                .collect()
        };
        let event = browser::ResultEvent {
            reference: tender.reference.clone(),
            title: tender.title.clone(),
            deadline: tender.deadline.map(|d| d.to_string()),
            open: !tender.deadline_passed(today),
            knockout_pass: if judged {
                assessment.knockout_pass
            } else {
                None
            },
            judged,
            knockouts_failed: if judged {
                knockout_ids(Status::NotMet)
            } else {
                Vec::new()
            },
            knockouts_to_confirm: if judged {
                knockout_ids(Status::Unknown)
            } else {
                Vec::new()
            },
            points: judged.then_some(assessment.points),
            points_possible: assessment.points_possible,
            cv_provided: !cv_empty,
        };
        let host = props.host.clone();
        use_effect_with(event, move |e| {
            if let Some(host) = &host {
                browser::dispatch_result(host, e);
            }
        });
    }

    // Beside the banner: the posting's deadline and the terms that do not hold.
    let conditions = {
        let mut list = Vec::new();
        if let Some(d) = tender.deadline {
            let closed = tender.deadline_passed(today);
            list.push(facts::Condition {
                code: if closed { "closed" } else { "open" }.into(),
                text: format!(
                    "{} {}.",
                    t(
                        lang,
                        if closed {
                            Text::PostingClosedOn
                        } else {
                            Text::PostingOpenUntil
                        }
                    ),
                    crate::i18n::long_date_time(lang, d, tender.deadline_time.as_deref())
                ),
                holds: Some(!closed),
            });
        }
        if !no_criteria && !pasted_empty {
            // The posting's terms and its rate/availability criteria that fail, each once,
            // saying whose statement counted (the user's entry beats the CV).
            list.extend(
                answer
                    .term_problems
                    .iter()
                    .map(|(code, text)| facts::Condition {
                        code: code.clone(),
                        text: text.get(lang).to_string(),
                        holds: Some(false),
                    }),
            );
        }
        list
    };
    // "Jouw opgave telt: …" on the cards whose rule uses what the user entered.
    let sources: Vec<(String, String)> = ["rate", "availability"]
        .into_iter()
        .filter_map(|rule| {
            facts::entered_source(rule, &state.terms, &cv_read.0, lang).map(|s| (rule.into(), s))
        })
        .collect();
    // The chosen evidence line with its neighbours, for the narrow screen's in-place view.
    let context: Vec<(usize, String)> = state
        .evidence
        .as_ref()
        .map(|(_, line)| {
            let lines = &cv_read.0.lines;
            let from = line.saturating_sub(2).max(1);
            (from..=(line + 2).min(lines.len()))
                .map(|n| (n, lines[n - 1].clone()))
                .collect()
        })
        .unwrap_or_default();
    let marked: Vec<usize> = state
        .evidence
        .as_ref()
        .and_then(|(id, _)| assessment.criteria.iter().find(|c| &c.id == id))
        .map(|c| c.evidence.iter().map(|e| e.line).collect())
        .unwrap_or_default();
    // A two-column CV is read in its reading order; its evidence lines number that order.
    let cv_shown = if cv_read.1.contains(&tenderfit_core::Warning::TwoColumns) {
        AttrValue::from(cv_read.0.lines.join("\n"))
    } else {
        AttrValue::from(state.cv_text.clone())
    };
    // The tiers' points per weighted criterion, for the ticks on the points bars.
    let tiers = use_memo(tender_read.0.clone(), |tender| {
        Rc::new(
            tender
                .criteria
                .iter()
                .filter(|w| !w.tiers.is_empty())
                .map(|w| {
                    let mut points: Vec<f64> = w.tiers.iter().map(|t| t.points).collect();
                    points.sort_by(f64::total_cmp);
                    points.dedup();
                    (w.id.clone(), Rc::new(points))
                })
                .collect::<Vec<_>>(),
        )
    });
    let cv_lang = AttrValue::from(cv_read.0.language.clone().unwrap_or_else(|| "nl".into()));

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
    // The cards' callbacks stay the same Callback from one render to the next, so a keystroke
    // re-renders only the cards whose verdict changed (a new Callback makes every card's props
    // differ). They dispatch through the reducer's dispatcher, which never goes stale.
    let dispatcher = state.dispatcher();
    let on_override = {
        let d = dispatcher.clone();
        use_callback((), move |(id, s): (String, Option<Status>), _| {
            d.dispatch(Action::Override(id, s))
        })
    };
    let on_evidence = {
        let d = dispatcher.clone();
        use_callback((), move |ev: (String, usize), _| {
            d.dispatch(Action::Highlight(Some(ev)))
        })
    };
    // Back from the evidence: focus returns to the line that was clicked.
    let on_back = {
        let d = dispatcher.clone();
        let ids = ids.clone();
        use_callback(state.evidence.clone(), move |_: (), evidence| {
            if let Some((id, line)) = evidence {
                browser::focus_id(&ids.of(&format!("ev-{id}-{line}")));
            }
            d.dispatch(Action::Highlight(None));
        })
    };
    let on_copy = {
        let d = dispatcher.clone();
        use_callback((), move |text: String, _| {
            let d = d.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if browser::copy_text(text).await {
                    d.dispatch(Action::Copied(true));
                    // The feedback stays long enough to be read, then goes.
                    gloo::timers::callback::Timeout::new(2_500, move || {
                        d.dispatch(Action::Copied(false))
                    })
                    .forget();
                }
            })
        })
    };
    // The reports come written with the answer, in the language asked for.
    let on_copy_markdown = {
        let markdown = answer.markdown.clone();
        let on_copy = on_copy.clone();
        Callback::from(move |_| on_copy.emit(markdown.to_string()))
    };
    let on_download_json = {
        let (tender, json) = (tender_read.0.clone(), answer.json.clone());
        Callback::from(move |_| {
            if !json.is_empty() {
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
    let on_undo = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Undo))
    };
    let on_dismiss = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Notice(None)))
    };
    let notice = state.notice.map(|n| match n {
        Notice::StorageUnavailable => t(lang, Text::StorageUnavailable),
        Notice::SavedStateUnreadable => t(lang, Text::SavedStateUnreadable),
        Notice::Forgotten => t(lang, Text::Forgotten),
        Notice::Restored => t(lang, Text::Restored),
    });
    let can_undo = state.notice == Some(Notice::Forgotten) && state.forgotten.is_some();
    // For visitors, one friendly line about the feed; the details went to the console.
    let feed_message = match (&state.feed, state.feed_problems.len()) {
        (_, 0) => None,
        (Some(f), n) if !f.is_empty() => Some(format!("{n} {}", t(lang, Text::FeedSkipped))),
        _ => Some(t(lang, Text::FeedUnreachableVisitor).to_string()),
    };
    let cv_view_back = state
        .evidence
        .as_ref()
        .map(|(id, _)| AttrValue::from(format!("{} {id}", t(lang, Text::BackTo))));

    let app_id = ids.of("app");
    html! {
        <ContextProvider<crate::ids::Ids> context={ids}>
        <div class="tf-app" id={app_id} lang={lang.code()} data-loaded={all_loaded.to_string()} data-answers={state.answers.to_string()}>
            <PrintHead {lang} {today} tender={tender.clone()} terms={state.terms.clone()} />
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
                        if can_undo {
                            <button type="button" class="tf-btn tf-btn-small" data-testid="undo" onclick={on_undo}>{ t(lang, Text::Undo) }</button>
                        }
                        <button type="button" class="tf-btn tf-btn-small" onclick={on_dismiss}>{ t(lang, Text::Dismiss) }</button>
                    </div>
                }
            </header>
            <main class="tf-grid">
                <div class="tf-inputs">
                    <TenderPicker {lang} choice={state.tender.clone()} feed={feed_options} {has_feed} pasted={AttrValue::from(state.pasted_tender.clone())} {on_choose} on_paste={dispatch(Action::SetPastedTender)} />
                    <CvInput {lang} value={AttrValue::from(state.cv_text.clone())} warnings={cv_read.1.clone()} on_input={dispatch(Action::SetCv)}
                        {on_file} importing={state.importing.clone().map(AttrValue::from)} {import_error} text_lang={cv_lang.clone()} />
                    <TermsForm {lang} entered={state.terms.clone()} from_cv={cv_read.0.terms.clone()} on_change={on_term} {on_all_in}
                        on_weekday={dispatch(Action::ToggleWeekday)} tender_max_rate={tender.max_rate} tender_all_in={tender.rate_includes_travel} />
                    <CvView {lang} text={cv_shown} highlighted={state.evidence.as_ref().map(|e| e.1)}
                        marked={Rc::new(marked)} back={cv_view_back} on_back={on_back.clone()} text_lang={cv_lang.clone()}
                        cv={cv_read.0.clone()} {today} />
                </div>
                <div class="tf-outputs">
                    if state.feed.is_some() || !state.feed_problems.is_empty() {
                        <FeedRanking {lang} ranked={ranked.clone()} message={feed_message} judged={!cv_empty} current={current_feed} on_open={on_open_feed} />
                    }
                    <ResultPanel {lang} assessment={assessment.clone()} {cv_empty} {pasted_empty} {judged}
                        tender_warnings={tender_read.1.clone()} conditions={Rc::new(conditions)} sources={Rc::new(sources)}
                        evidence={state.evidence.clone()} context={Rc::new(context)} copied={state.copied} text_lang={cv_lang} tiers={(*tiers).clone()}
                        loading={!ready} load_problem={load_problem.clone()} {on_retry} {on_override} {on_evidence} {on_back} {on_copy} {on_copy_markdown} {on_download_json} {on_print} />
                    <TenderSummary {lang} {today} loading={!state.posting_ready() || state.answer.is_none()} failed={load_problem.is_some() && !state.posting_ready()} tender={tender_read.0.clone()} warnings={tender_read.1.clone()} />
                </div>
            </main>
        </div>
        </ContextProvider<crate::ids::Ids>>
    }
}

/// What failed to load that matters now (the reference tables, the chosen bundled posting's
/// text), each with its reason in the user's language, and what still works without it.
fn load_problem(
    state: &crate::state::AppState,
    lang: Lang,
) -> Option<crate::components::result_panel::LoadProblem> {
    let reason = |f: LoadFailure| match f {
        LoadFailure::Unreachable => t(lang, Text::LoadUnreachable).to_string(),
        LoadFailure::Http(404) => format!("{}, HTTP 404", t(lang, Text::LoadMissing)),
        LoadFailure::Http(code) => format!("{} {code}", t(lang, Text::LoadHttp)),
        LoadFailure::Unreadable => t(lang, Text::LoadUnreadable).to_string(),
    };
    let failed_as = |name: &str| {
        state
            .load_failed
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, f)| *f)
    };
    if state.judge_unavailable {
        return Some(crate::components::result_panel::LoadProblem {
            failed: vec![format!("{}.", t(lang, Text::JudgeUnavailable))],
            still: t(lang, Text::JudgeUnavailableStill).to_string(),
        });
    }
    let mut failed = Vec::new();
    let reference_missing = !state.reference_ready;
    if let Some(f) = failed_as("reference-data.txt").filter(|_| reference_missing) {
        failed.push(format!(
            "{} ({}).",
            t(lang, Text::LoadFailedReference),
            reason(f)
        ));
    }
    if let TenderChoice::Bundled(r) = &state.tender {
        let posting = tenderfit_core::bundled_tender(r).filter(|b| b.text().is_none());
        if let Some(f) = posting.and_then(|b| failed_as(&format!("tenders/{}", b.file_name))) {
            let what = t(lang, Text::LoadFailedPosting).replace("{ref}", r);
            failed.push(format!("{what} ({}).", reason(f)));
        }
    }
    if failed.is_empty() {
        return None;
    }
    let still = if reference_missing {
        t(lang, Text::LoadStillNoReference).to_string()
    } else {
        t(lang, Text::LoadStillNoPosting).replace("{pasted}", t(lang, Text::PasteOwnTender))
    };
    Some(crate::components::result_panel::LoadProblem { failed, still })
}
