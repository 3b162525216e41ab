//! The app's one state and its reducer. Everything derived (the read tender and CV, the
//! assessment) is computed from this state by the core, never stored.

use std::collections::BTreeMap;
use std::rc::Rc;

use serde::{Deserialize, Serialize};
use tenderfit_core::judge::Status;
use tenderfit_core::{Lang, BUNDLED_TENDERS};
use yew::Reducible;

pub use crate::judging::EnteredTerms;

/// Where the tender being assessed comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum TenderChoice {
    /// A bundled posting, by reference number.
    Bundled(String),
    /// The text the user pasted.
    Pasted,
    /// A posting of the page's feed, by its id.
    Feed(String),
}

/// Why one of the widget's data files (reference tables, a bundled posting) did not arrive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadFailure {
    /// No answer: offline, or the request was refused.
    Unreachable,
    /// The server answered with this HTTP status (404: the file is not on the server).
    Http(u16),
    /// An answer that is not the file (an HTML page in its place, a broken table).
    Unreadable,
}

impl LoadFailure {
    /// From `browser::fetch_text`'s error ("HTTP 404", "unreachable", …).
    pub fn from_fetch_error(why: &str) -> Self {
        match why
            .strip_prefix("HTTP ")
            .and_then(|c| c.trim().parse().ok())
        {
            Some(code) => LoadFailure::Http(code),
            None if why == "unreachable" => LoadFailure::Unreachable,
            None => LoadFailure::Unreadable,
        }
    }
}

/// A message about the page itself (storage), shown until dismissed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    StorageUnavailable,
    SavedStateUnreadable,
    Forgotten,
    Restored,
}

/// What is kept in localStorage: everything the user typed, nothing derived.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Persisted {
    pub lang: String,
    pub cv_text: String,
    pub tender: TenderChoice,
    pub pasted_tender: String,
    pub terms: EnteredTerms,
    /// "tender key:criterion id" → status code.
    pub overrides: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    pub cv_text: String,
    pub tender: TenderChoice,
    pub pasted_tender: String,
    pub terms: EnteredTerms,
    /// Keyed by tender key and criterion id, so one posting's overrides never touch another's.
    pub overrides: BTreeMap<String, Status>,
    /// The evidence line chosen: the criterion's id and the CV line.
    pub evidence: Option<(String, usize)>,
    /// A copy to the clipboard just succeeded (shown for a moment).
    pub copied: bool,
    /// What "forget" erased, until the user undoes it or leaves.
    pub forgotten: Option<Rc<Persisted>>,
    pub notice: Option<Notice>,
    /// The file being imported, while the worker reads it.
    pub importing: Option<String>,
    /// Why the last file could not be read (Dutch, English).
    pub import_error: Option<(String, String)>,
    /// Bumped each time reference data or a bundled posting's text arrives (lazy-data).
    pub loaded: u32,
    /// The judge worker installed the reference tables.
    pub reference_ready: bool,
    /// The judge worker's answer to the latest request (`None` until its first).
    pub answer: Option<Rc<crate::judging::Answer>>,
    /// How many answers arrived (the page shows it as `data-answers`, for tests and the bench).
    pub answers: u32,
    /// Nothing can judge on this page (no worker, and no judge of the page's own).
    pub judge_unavailable: bool,
    /// The data files that could not be loaded (`reference-data.txt`, `tenders/…`) and why;
    /// cleared when the user retries.
    pub load_failed: Vec<(String, LoadFailure)>,
    /// Bumped by "retry": the data files still missing are fetched again.
    pub load_attempt: u32,
    /// The page's tender feed as the judge worker read it, (id, title) per posting.
    pub feed: Option<Rc<Vec<(String, String)>>>,
    /// Problems with the feed (Dutch, English): unreachable, invalid, skipped entries.
    pub feed_problems: Vec<(String, String)>,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            lang: Lang::Nl,
            cv_text: String::new(),
            tender: TenderChoice::Bundled(BUNDLED_TENDERS[0].reference.to_string()),
            pasted_tender: String::new(),
            terms: EnteredTerms::default(),
            overrides: BTreeMap::new(),
            evidence: None,
            copied: false,
            forgotten: None,
            notice: None,
            importing: None,
            import_error: None,
            loaded: 0,
            // Compiled in unless `lazy-data`: then the worker says when it installed them.
            reference_ready: tenderfit_core::reference::installed(),
            answer: None,
            answers: 0,
            judge_unavailable: false,
            load_failed: Vec::new(),
            load_attempt: 0,
            feed: None,
            feed_problems: Vec::new(),
        }
    }
}

impl AppState {
    /// The posting text currently chosen.
    pub fn tender_text(&self) -> &str {
        match &self.tender {
            TenderChoice::Bundled(r) => tenderfit_core::bundled_tender(r)
                .and_then(|t| t.text())
                .unwrap_or(""),
            TenderChoice::Pasted => &self.pasted_tender,
            TenderChoice::Feed(_) => "",
        }
    }

    /// Whether the chosen posting's text is here (a bundled one's is fetched after the first
    /// paint when the core is built lazy-data; a pasted or feed posting's always is).
    pub fn posting_ready(&self) -> bool {
        match &self.tender {
            TenderChoice::Bundled(r) => {
                tenderfit_core::bundled_tender(r).is_none_or(|b| b.text().is_some())
            }
            _ => true,
        }
    }

    /// Whether everything judging needs is here: the reference tables and the chosen bundled
    /// posting's text (both fetched after the first paint when the core is built lazy-data).
    pub fn ready(&self) -> bool {
        self.posting_ready() && self.reference_ready
    }

    /// Identifies the chosen posting for overrides.
    pub fn tender_key(&self) -> String {
        match &self.tender {
            TenderChoice::Bundled(r) => r.clone(),
            TenderChoice::Pasted => "pasted".into(),
            TenderChoice::Feed(id) => format!("feed:{id}"),
        }
    }

    /// The overrides of the chosen posting, by criterion id.
    pub fn current_overrides(&self) -> BTreeMap<String, Status> {
        let prefix = format!("{}:", self.tender_key());
        self.overrides
            .iter()
            .filter_map(|(k, v)| k.strip_prefix(&prefix).map(|id| (id.to_string(), *v)))
            .collect()
    }

    pub fn persisted(&self) -> Persisted {
        Persisted {
            lang: self.lang.code().into(),
            cv_text: self.cv_text.clone(),
            tender: self.tender.clone(),
            pasted_tender: self.pasted_tender.clone(),
            terms: self.terms.clone(),
            overrides: self
                .overrides
                .iter()
                .map(|(k, v)| (k.clone(), v.code().to_string()))
                .collect(),
        }
    }

    pub fn from_persisted(p: Persisted) -> AppState {
        let tender = match &p.tender {
            TenderChoice::Bundled(r) if tenderfit_core::bundled_tender(r).is_none() => {
                AppState::default().tender
            }
            t => t.clone(),
        };
        AppState {
            lang: Lang::from_code(&p.lang),
            cv_text: p.cv_text,
            tender,
            pasted_tender: p.pasted_tender,
            terms: p.terms,
            overrides: p
                .overrides
                .into_iter()
                .filter_map(|(k, v)| Status::from_code(&v).map(|s| (k, s)))
                .collect(),
            ..AppState::default()
        }
    }
}

/// One field of the entered terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermField {
    Rate,
    Hours,
    AvailableFrom,
    Contract,
}

pub enum Action {
    SetLang(Lang),
    SetCv(String),
    ChooseTender(TenderChoice),
    SetPastedTender(String),
    SetTerm(TermField, String),
    SetRateAllIn(bool),
    ToggleWeekday(String),
    /// Criterion id and the user's verdict (`None` returns to the computed one).
    Override(String, Option<Status>),
    /// Show (or stop showing) a criterion's evidence line in the CV.
    Highlight(Option<(String, usize)>),
    /// Clears everything typed and saved (the language stays); undone by `Undo`.
    Forget,
    /// Brings back what `Forget` erased.
    Undo,
    /// A copy to the clipboard succeeded (`true`), or its feedback is over.
    Copied(bool),
    Notice(Option<Notice>),
    ImportStarted(String),
    /// The imported text, or the reason (Dutch, English) it could not be read.
    ImportFinished(Result<String, (String, String)>),
    /// The feed's postings (id, title) and its problems (Dutch, English).
    FeedLoaded(Vec<(String, String)>, Vec<(String, String)>),
    /// Reference data or a bundled posting's text was installed in the core.
    Loaded,
    /// The judge worker installed the reference tables.
    ReferenceReady,
    /// The judge worker's answer to the latest request.
    Answered(Rc<crate::judging::Answer>),
    /// Nothing can judge on this page.
    JudgeUnavailable,
    /// A data file (its name) could not be loaded.
    LoadFailed(String, LoadFailure),
    /// Fetch the data files that failed again.
    RetryLoad,
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::SetLang(l) => s.lang = l,
            Action::SetCv(t) => {
                s.cv_text = t;
                s.evidence = None;
            }
            Action::ChooseTender(c) => {
                s.tender = c;
                s.evidence = None;
            }
            Action::SetPastedTender(t) => {
                s.pasted_tender = t;
                s.tender = TenderChoice::Pasted;
            }
            Action::SetTerm(field, value) => match field {
                TermField::Rate => s.terms.rate = value,
                TermField::Hours => s.terms.hours = value,
                TermField::AvailableFrom => s.terms.available_from = value,
                TermField::Contract => s.terms.contract = value,
            },
            Action::SetRateAllIn(b) => s.terms.rate_all_in = b,
            Action::ToggleWeekday(d) => {
                if let Some(p) = s.terms.weekdays.iter().position(|x| *x == d) {
                    s.terms.weekdays.remove(p);
                } else {
                    s.terms.weekdays.push(d);
                    let order = ["ma", "di", "wo", "do", "vr", "za", "zo"];
                    s.terms
                        .weekdays
                        .sort_by_key(|x| order.iter().position(|o| o == x));
                }
            }
            Action::Override(id, status) => {
                let key = format!("{}:{id}", s.tender_key());
                match status {
                    Some(st) => {
                        s.overrides.insert(key, st);
                    }
                    None => {
                        s.overrides.remove(&key);
                    }
                }
            }
            Action::Highlight(ev) => s.evidence = ev,
            Action::Forget => {
                s = AppState {
                    lang: s.lang,
                    notice: Some(Notice::Forgotten),
                    forgotten: Some(Rc::new(s.persisted())),
                    feed: s.feed.clone(),
                    feed_problems: s.feed_problems.clone(),
                    // What failed to load has still failed: the message stays.
                    load_failed: s.load_failed.clone(),
                    load_attempt: s.load_attempt,
                    loaded: s.loaded,
                    reference_ready: s.reference_ready,
                    answer: s.answer.clone(),
                    answers: s.answers,
                    judge_unavailable: s.judge_unavailable,
                    ..AppState::default()
                };
            }
            Action::Undo => {
                if let Some(p) = s.forgotten.take() {
                    let back = AppState::from_persisted((*p).clone());
                    s = AppState {
                        notice: Some(Notice::Restored),
                        feed: s.feed.clone(),
                        feed_problems: s.feed_problems.clone(),
                        load_failed: s.load_failed.clone(),
                        load_attempt: s.load_attempt,
                        loaded: s.loaded,
                        reference_ready: s.reference_ready,
                        answer: s.answer.clone(),
                        answers: s.answers,
                        judge_unavailable: s.judge_unavailable,
                        ..back
                    };
                }
            }
            Action::Copied(b) => s.copied = b,
            Action::Loaded => s.loaded += 1,
            Action::ReferenceReady => {
                s.reference_ready = true;
                s.loaded += 1;
            }
            Action::Answered(a) => {
                s.answer = Some(a);
                s.answers += 1;
            }
            Action::JudgeUnavailable => s.judge_unavailable = true,
            Action::LoadFailed(name, why) => {
                s.load_failed.retain(|(n, _)| *n != name);
                s.load_failed.push((name, why));
            }
            Action::RetryLoad => {
                s.load_failed.clear();
                s.judge_unavailable = false;
                s.load_attempt += 1;
            }
            Action::Notice(n) => s.notice = n,
            Action::FeedLoaded(tenders, problems) => {
                s.feed = Some(Rc::new(tenders));
                s.feed_problems = problems;
            }
            Action::ImportStarted(name) => {
                s.importing = Some(name);
                s.import_error = None;
            }
            Action::ImportFinished(result) => {
                s.importing = None;
                match result {
                    // The imported text lands in the text area, where the user can edit it.
                    Ok(text) => {
                        s.cv_text = text;
                        s.evidence = None;
                    }
                    Err(message) => s.import_error = Some(message),
                }
            }
        }
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pasting_a_tender_selects_it() {
        let s = Rc::new(AppState::default());
        let s = s.reduce(Action::SetPastedTender("Eisen\n1. HBO".into()));
        assert_eq!(s.tender, TenderChoice::Pasted);
        assert_eq!(s.tender_text(), "Eisen\n1. HBO");
    }

    #[test]
    fn overrides_belong_to_one_tender() {
        let s =
            Rc::new(AppState::default()).reduce(Action::Override("K1".into(), Some(Status::Met)));
        assert_eq!(s.current_overrides().get("K1"), Some(&Status::Met));
        let s = s.reduce(Action::ChooseTender(TenderChoice::Bundled("30534".into())));
        assert!(s.current_overrides().is_empty());
        let s = s
            .reduce(Action::ChooseTender(TenderChoice::Bundled("17713".into())))
            .reduce(Action::Override("K1".into(), None));
        assert!(s.current_overrides().is_empty());
    }

    #[test]
    fn persisted_state_round_trips_and_forget_clears_it() {
        let s = Rc::new(AppState::default())
            .reduce(Action::SetCv("Mijn cv".into()))
            .reduce(Action::SetTerm(TermField::Rate, "€ 95,50".into()))
            .reduce(Action::ToggleWeekday("do".into()))
            .reduce(Action::ToggleWeekday("ma".into()))
            .reduce(Action::SetLang(Lang::En));
        assert_eq!(s.terms.weekdays, ["ma", "do"]);
        let d = s.terms.declarations(BTreeMap::new());
        assert_eq!(d.rate, Some(95.5));
        let back = AppState::from_persisted(s.persisted());
        assert_eq!(back.cv_text, "Mijn cv");
        assert_eq!(back.lang, Lang::En);
        let gone = s.reduce(Action::Forget);
        assert!(gone.cv_text.is_empty() && gone.terms == EnteredTerms::default());
        assert_eq!(gone.lang, Lang::En);
        let back = gone.reduce(Action::Undo);
        assert_eq!(back.cv_text, "Mijn cv");
        assert_eq!(back.terms.weekdays, ["ma", "do"]);
    }

    #[test]
    fn bad_terms_do_not_count() {
        let mut t = EnteredTerms {
            rate: "abc".into(),
            hours: "-5".into(),
            ..Default::default()
        };
        assert!(t.rate_invalid() && t.hours_invalid());
        assert_eq!(t.declarations(BTreeMap::new()).rate, None);
        t.rate = "-5".into();
        assert!(t.rate_invalid());
        assert_eq!(t.declarations(BTreeMap::new()).rate, None);
        t.rate = "€ 95,50".into();
        assert!(!t.rate_invalid());
    }

    #[test]
    fn a_fetch_error_says_what_failed() {
        assert_eq!(
            LoadFailure::from_fetch_error("HTTP 404"),
            LoadFailure::Http(404)
        );
        assert_eq!(
            LoadFailure::from_fetch_error("HTTP 503"),
            LoadFailure::Http(503)
        );
        assert_eq!(
            LoadFailure::from_fetch_error("unreachable"),
            LoadFailure::Unreachable
        );
        assert_eq!(
            LoadFailure::from_fetch_error("no body"),
            LoadFailure::Unreadable
        );
    }

    #[test]
    fn a_failed_load_is_kept_until_retried_and_survives_forget() {
        let s = Rc::new(AppState::default())
            .reduce(Action::SetCv("Mijn cv".into()))
            .reduce(Action::LoadFailed(
                "reference-data.txt".into(),
                LoadFailure::Http(404),
            ))
            .reduce(Action::LoadFailed(
                "reference-data.txt".into(),
                LoadFailure::Unreachable,
            ));
        assert_eq!(
            s.load_failed,
            [("reference-data.txt".to_string(), LoadFailure::Unreachable)]
        );
        let gone = s.clone().reduce(Action::Forget);
        assert_eq!(gone.load_failed, s.load_failed);
        assert_eq!(gone.reduce(Action::Undo).load_failed, s.load_failed);
        let again = s.reduce(Action::RetryLoad);
        assert!(again.load_failed.is_empty());
        assert_eq!(again.load_attempt, 1);
        assert_eq!(again.cv_text, "Mijn cv");
    }
}
