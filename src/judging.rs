//! The judging the widget asks of its judge worker, and the messages between the widget's two
//! wasm modules. The worker (`src/bin/judge_worker.rs`) includes this file and runs
//! [`Judge::handle`]; the widget only builds requests and reads answers, so the posting and CV
//! readers, the judgement, the feed reader and the reports are not in the first load. It uses
//! nothing of the widget (only the core and serde), so the worker does not link Yew.
//!
//! Messages are JSON strings (one string per `postMessage`; `serde_json` is in both modules
//! already). Invariants: the worker is the only place the core reads or judges in the browser;
//! every request carries a sequence number and the widget drops answers to older ones.

use std::collections::BTreeMap;
use std::rc::Rc;

use serde::{Deserialize, Serialize};
use tenderfit_core::cv::{ContractForm, CostTerm};
use tenderfit_core::feed::{FeedTender, Ranked};
use tenderfit_core::judge::{Assessment, Bilingual, Declarations, Interpreted, Status};
use tenderfit_core::terms_check::{TermSource, TermSources};
use tenderfit_core::text::parse_number;
use tenderfit_core::warning::num;
use tenderfit_core::{Cv, Date, Knockout, Lang, Tender, Warning};

/// Terms as the user types them; they override what the CV states.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EnteredTerms {
    pub rate: String,
    pub rate_all_in: bool,
    pub hours: String,
    /// "YYYY-MM-DD" from a date input.
    pub available_from: String,
    pub weekdays: Vec<String>,
    /// "", "zzp", "seconded", "payroll".
    pub contract: String,
}

impl EnteredTerms {
    /// The entered rate, when it is a positive amount.
    pub fn rate_value(&self) -> Option<f64> {
        parse_number(self.rate.trim().trim_start_matches('€').trim()).filter(|r| *r > 0.0)
    }

    /// Something was typed as the rate that is not an amount ("abc", "-5"): it does not
    /// count, and the form says so.
    pub fn rate_invalid(&self) -> bool {
        !self.rate.trim().is_empty()
            && (self.rate_value().is_none() || self.rate.trim().starts_with('-'))
    }

    /// The entered hours per week, 1 to 80.
    pub fn hours_value(&self) -> Option<u32> {
        self.hours
            .trim()
            .parse()
            .ok()
            .filter(|h| (1..=80).contains(h))
    }

    /// Something was typed as hours that is not 1 to 80.
    pub fn hours_invalid(&self) -> bool {
        !self.hours.trim().is_empty() && self.hours_value().is_none()
    }

    /// What the user declares, for the core: entered terms beat the CV's.
    pub fn declarations(&self, overrides: BTreeMap<String, Status>) -> Declarations {
        Declarations {
            overrides,
            rate: if self.rate_invalid() {
                None
            } else {
                self.rate_value()
            },
            rate_all_in: self.rate_all_in,
            hours_per_week: self.hours_value(),
            available_from: Date::parse_iso(&self.available_from),
            weekdays: (!self.weekdays.is_empty()).then(|| self.weekdays.clone()),
            contract: match self.contract.as_str() {
                "zzp" => Some(ContractForm::Zzp),
                "seconded" => Some(ContractForm::Seconded),
                "payroll" => Some(ContractForm::Payroll),
                _ => None,
            },
        }
    }
}

/// The CV the core judges: the CV as read, except that an entered rate keeps what the CV
/// says about travel and parking costs unless the user answered that ("€ 98, reiskosten
/// apart" stays apart when only the amount is typed). The core's declarations cannot say
/// "charged separately", so the amount is put on the CV's own rate statement instead.
pub fn effective_cv(cv: &Rc<Cv>, entered: &EnteredTerms) -> (Rc<Cv>, bool) {
    let stated = cv.terms.rate.as_ref();
    let keeps_costs = stated.is_some_and(|s| {
        s.value.travel == Some(CostTerm::ChargedSeparately)
            || s.value.parking == Some(CostTerm::ChargedSeparately)
    });
    match entered.rate_value() {
        Some(amount) if !entered.rate_all_in && !entered.rate_invalid() && keeps_costs => {
            let mut cv = (**cv).clone();
            if let Some(r) = cv.terms.rate.as_mut() {
                r.value.amount = Some(amount);
            }
            (Rc::new(cv), true)
        }
        _ => (cv.clone(), false),
    }
}

/// Which of the user's terms are stated, by the user or the CV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Known {
    pub rate: bool,
    pub hours: bool,
    pub start: bool,
    pub days: bool,
}

/// Which terms the user entered or the CV states.
pub fn known(cv: &Cv, entered: &EnteredTerms) -> Known {
    let terms = &cv.terms;
    Known {
        rate: entered.rate_value().is_some()
            || terms
                .rate
                .as_ref()
                .is_some_and(|r| r.value.amount.is_some()),
        hours: entered.hours_value().is_some() || terms.hours_per_week.is_some(),
        start: !entered.available_from.is_empty() || terms.available_from.is_some(),
        days: !entered.weekdays.is_empty() || terms.weekdays.is_some(),
    }
}

/// The posting's own terms as knock-out criteria for the core (ids `T-rate`, `T-hours`,
/// `T-start`, `T-days`), so a rate above the maximum or too few hours shows even when no
/// criterion names them. A term is put only when the user or the CV states its side of it:
/// an unstated rate is the user's to confirm, not a failure.
pub fn terms_tender(tender: &Tender, known: Known) -> Tender {
    let mut knockouts = Vec::new();
    let mut put = |id: &str, text: String| {
        knockouts.push(Knockout {
            id: id.to_string(),
            number: None,
            text,
            line: 0,
            note: None,
            kind: Default::default(),
        })
    };
    if let (Some(max), true) = (tender.max_rate, known.rate) {
        let costs = if tender.rate_includes_travel {
            " inclusief reiskosten"
        } else {
            ""
        };
        put("T-rate", format!("Maximum uurtarief € {}{costs}", num(max)));
    }
    if let (Some(h), true) = (tender.hours_per_week, known.hours) {
        put(
            "T-hours",
            format!("Beschikbaar voor {}-{} uur per week", h.min, h.max),
        );
    }
    if let (Some(start), true) = (tender.start.as_ref().and_then(|s| s.date), known.start) {
        put(
            "T-start",
            format!("Beschikbaar per {}", start.long(Lang::Nl)),
        );
    }
    // Five or more days are the days work may be done, not fixed days asked for.
    if !tender.workdays.is_empty() && tender.workdays.len() < 5 && known.days {
        put(
            "T-days",
            format!("Beschikbaar op {}", tender.workdays.join(", ")),
        );
    }
    Tender {
        knockouts,
        criteria: Vec::new(),
        questions: Vec::new(),
        ..tender.clone()
    }
}

/// Where each of the user's terms was stated: an entry beats the CV (whose line is given).
pub fn term_sources(cv: &Cv, entered: &EnteredTerms) -> TermSources {
    let terms = &cv.terms;
    let from_cv = |line: Option<usize>| line.map(|line| TermSource::Cv { line });
    let entered_start = tenderfit_core::Date::parse_iso(&entered.available_from);
    TermSources {
        rate: if entered.rate_value().is_some() && !entered.rate_invalid() {
            Some(TermSource::Entered)
        } else {
            from_cv(
                terms
                    .rate
                    .as_ref()
                    .filter(|r| r.value.amount.is_some())
                    .map(|r| r.line),
            )
        },
        hours: if entered.hours_value().is_some() {
            Some(TermSource::Entered)
        } else {
            from_cv(terms.hours_per_week.as_ref().map(|h| h.line))
        },
        start: if entered_start.is_some() {
            Some(TermSource::Entered)
        } else {
            from_cv(terms.available_from.as_ref().map(|s| s.line))
        },
        days: if !entered.weekdays.is_empty() {
            Some(TermSource::Entered)
        } else {
            from_cv(terms.weekdays.as_ref().map(|d| d.line))
        },
        start_value: match entered_start {
            Some(d) => Some(Some(d)),
            None => terms.available_from.as_ref().map(|s| s.value),
        },
    }
}

/// The core's [`Warning`] as the two modules send it: its own `Serialize` writes only the
/// English message, for reports. The compiler checks this mirror against the core's enum.
#[derive(Serialize, Deserialize)]
#[serde(remote = "Warning")]
enum WarningDef {
    EmptyInput,
    NotText,
    NoKnockoutSection,
    NoWeightedSection,
    NoCriteria,
    PointsTotalMismatch { found: f64, expected: f64 },
    SomeCriteriaWithoutPoints { ids: Vec<String> },
    NoWeights,
    Truncated { after: String },
    NoExperience,
    NoEducation,
    TooLong { limit_kb: usize },
    TooManyCriteria { limit: usize },
    DeadlinePassed { deadline: String },
    TwoColumns,
    CriteriaInAttachment,
    CriteriaFromProse,
    QualitySharesConverted { quality: f64 },
    QualitySharesToPoints { total: f64 },
}

/// One warning on the wire.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WireWarning(#[serde(with = "WarningDef")] pub Warning);

fn wire(warnings: &[Warning]) -> Vec<WireWarning> {
    warnings.iter().cloned().map(WireWarning).collect()
}

fn unwire(warnings: Vec<WireWarning>) -> Vec<Warning> {
    warnings.into_iter().map(|w| w.0).collect()
}

/// The posting to judge against.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Posting {
    /// Its text (a bundled posting's or a pasted one; empty while a bundled one loads).
    Text(String),
    /// A posting of the feed the worker was sent, by its id.
    Feed(String),
}

/// Everything one verdict depends on. The widget sends a new one whenever one of these changes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Request {
    pub posting: Posting,
    /// False while the chosen bundled posting's text is not here: nothing is judged.
    pub posting_ready: bool,
    pub cv_text: String,
    pub terms: EnteredTerms,
    /// The user's verdicts on this posting's criteria, by criterion id.
    pub overrides: BTreeMap<String, Status>,
    /// "nl" or "en": the reports' language.
    pub lang: String,
    pub today: Date,
    /// How many data files the widget has seen arrive: a new file asks for a new verdict.
    pub loaded: u32,
}

/// A message from the widget to the judge worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ToWorker {
    /// The text of `reference-data.txt`, to install in the core (answered with `Reference`).
    Reference(String),
    /// The page's tender feed (JSON), read and kept for ranking (answered with `Feed`).
    Feed(String),
    /// Judge this, request number `seq` (answered with `Judged`).
    Judge(u32, Box<Request>),
}

/// A message from the judge worker to the widget.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum FromWorker {
    /// The worker listens (it loads after the widget may have posted).
    Ready,
    /// Whether the reference tables were installed.
    Reference(bool),
    /// The feed as read: (id, title) of each posting, and problems (Dutch, English).
    Feed {
        postings: Vec<(String, String)>,
        problems: Vec<(String, String)>,
    },
    /// The answer to request `seq`.
    Judged(u32, Box<Judged>),
    /// A message the worker could not read (a bug: both sides are built together).
    Unreadable(String),
}

/// The answer to one request, as sent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Judged {
    pub tender: Tender,
    pub tender_warnings: Vec<WireWarning>,
    /// The CV as read; its lines, warnings and the criteria's rules travel apart.
    pub cv: Cv,
    pub cv_lines: Vec<String>,
    pub cv_warnings: Vec<WireWarning>,
    pub assessment: Assessment,
    pub assessment_warnings: Vec<WireWarning>,
    /// Each criterion's rule, in the assessment's order.
    pub rules: Vec<String>,
    /// The reference tables and the posting were there: the assessment is a verdict.
    pub ready: bool,
    /// The posting's terms that do not hold (`terms_check::term_problems`): code and text.
    pub term_problems: Vec<(String, Bilingual)>,
    /// The feed ranked for this CV (empty without a feed).
    pub ranked: Vec<Ranked>,
    /// The Markdown report and the JSON of the assessment, in the request's language.
    pub markdown: String,
    pub json: String,
}

/// An answer as the widget shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub tender: Rc<Tender>,
    pub tender_warnings: Rc<Vec<Warning>>,
    pub cv: Rc<Cv>,
    pub cv_warnings: Rc<Vec<Warning>>,
    pub assessment: Rc<Assessment>,
    pub ready: bool,
    pub term_problems: Rc<Vec<(String, Bilingual)>>,
    pub ranked: Rc<Vec<Ranked>>,
    pub markdown: Rc<str>,
    pub json: Rc<str>,
}

impl Default for Answer {
    /// Before the first answer: nothing read, nothing judged.
    fn default() -> Self {
        Answer {
            tender: Rc::default(),
            tender_warnings: Rc::default(),
            cv: Rc::default(),
            cv_warnings: Rc::default(),
            assessment: Rc::new(pending_assessment()),
            ready: false,
            term_problems: Rc::default(),
            ranked: Rc::default(),
            markdown: Rc::from(""),
            json: Rc::from(""),
        }
    }
}

impl From<Judged> for Answer {
    fn from(j: Judged) -> Answer {
        let Judged {
            tender,
            tender_warnings,
            mut cv,
            cv_lines,
            cv_warnings,
            mut assessment,
            assessment_warnings,
            rules,
            ready,
            term_problems,
            ranked,
            markdown,
            json,
        } = j;
        cv.lines = cv_lines;
        assessment.warnings = unwire(assessment_warnings);
        for (c, rule) in assessment.criteria.iter_mut().zip(rules) {
            c.rule = intern(rule);
        }
        Answer {
            tender: Rc::new(tender),
            tender_warnings: Rc::new(unwire(tender_warnings)),
            cv: Rc::new(cv),
            cv_warnings: Rc::new(unwire(cv_warnings)),
            assessment: Rc::new(assessment),
            ready,
            term_problems: Rc::new(term_problems),
            ranked: Rc::new(ranked),
            markdown: Rc::from(markdown),
            json: Rc::from(json),
        }
    }
}

/// A rule's name as the `&'static str` the core's results hold. The rules are a handful of
/// names, each kept once, so this leaks no more than that.
fn intern(rule: String) -> &'static str {
    thread_local! {
        static RULES: std::cell::RefCell<Vec<&'static str>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    RULES.with(|rules| {
        let mut rules = rules.borrow_mut();
        if let Some(r) = rules.iter().find(|r| **r == rule) {
            return *r;
        }
        let r: &'static str = Box::leak(rule.into_boxed_str());
        rules.push(r);
        r
    })
}

/// The assessment shown while the data judging needs is still loading: no criteria, no verdict.
pub fn pending_assessment() -> Assessment {
    Assessment {
        knockout_pass: None,
        points: 0.0,
        points_possible: None,
        price_weight: None,
        interview_weight: None,
        deadline: None,
        deadline_passed: false,
        tie_break_on_rate: false,
        criteria: Vec::new(),
        warnings: Vec::new(),
    }
}

/// A posting as read once: the posting, its warnings and its requirements.
struct ReadPosting {
    posting: Posting,
    today: Date,
    tender: Tender,
    warnings: Vec<Warning>,
    interpreted: Interpreted,
}

/// The judge worker's state: what it read last (a keystroke in the CV does not read the
/// posting again, nor a change of terms the CV) and the feed.
#[derive(Default)]
pub struct Judge {
    posting: Option<ReadPosting>,
    cv: Option<(String, Rc<Cv>, Vec<Warning>)>,
    feed: Vec<FeedTender>,
    /// The feed's postings' requirements, read once per feed and date.
    feed_interpreted: Option<(Date, Vec<Interpreted>)>,
}

impl Judge {
    /// Answers one message (JSON [`ToWorker`]) with one (JSON [`FromWorker`]).
    pub fn handle(&mut self, message: &str) -> String {
        let reply = match serde_json::from_str::<ToWorker>(message) {
            Ok(ToWorker::Reference(text)) => {
                FromWorker::Reference(tenderfit_core::reference::install(text))
            }
            Ok(ToWorker::Feed(json)) => {
                let (tenders, problems) = tenderfit_core::feed::read_feed(&json);
                let postings = tenders
                    .iter()
                    .map(|t| {
                        let title = t.tender.title.clone().unwrap_or_else(|| t.id.clone());
                        (t.id.clone(), title)
                    })
                    .collect();
                self.feed = tenders;
                self.feed_interpreted = None;
                FromWorker::Feed {
                    postings,
                    problems: problems.into_iter().map(|p| (p.nl, p.en)).collect(),
                }
            }
            Ok(ToWorker::Judge(seq, request)) => {
                FromWorker::Judged(seq, Box::new(self.judge(&request)))
            }
            Err(e) => FromWorker::Unreadable(e.to_string()),
        };
        serde_json::to_string(&reply).unwrap_or_default()
    }

    /// Reads what changed and judges: the widget's whole use of the core for one request.
    pub fn judge(&mut self, r: &Request) -> Judged {
        let lang = Lang::from_code(&r.lang);
        let stale = self
            .posting
            .as_ref()
            .is_none_or(|p| p.posting != r.posting || p.today != r.today);
        if stale {
            let from_feed = match &r.posting {
                Posting::Feed(id) => self.feed.iter().find(|t| &t.id == id),
                Posting::Text(_) => None,
            };
            let (tender, warnings) = match (from_feed, &r.posting) {
                (Some(t), _) => (t.tender.clone(), Vec::new()),
                (None, Posting::Text(text)) => tenderfit_core::read_tender(text),
                (None, Posting::Feed(_)) => tenderfit_core::read_tender(""),
            };
            let interpreted = tenderfit_core::interpret_tender(&tender, r.today);
            self.posting = Some(ReadPosting {
                posting: r.posting.clone(),
                today: r.today,
                tender,
                warnings,
                interpreted,
            });
        }
        if self.cv.as_ref().is_none_or(|c| c.0 != r.cv_text) {
            let (cv, warnings) = tenderfit_core::read_cv(&r.cv_text);
            self.cv = Some((r.cv_text.clone(), Rc::new(cv), warnings));
        }
        let (Some(posting), Some((_, cv_read, cv_warnings))) = (&self.posting, &self.cv) else {
            unreachable!("both were just read")
        };
        let tender = &posting.tender;
        let ready = r.posting_ready && tenderfit_core::reference::installed();
        // The user's terms are facts: an entered rate keeps what the CV says about travel costs.
        let (cv, on_cv) = effective_cv(cv_read, &r.terms);
        let mut declarations = r.terms.declarations(r.overrides.clone());
        if on_cv {
            // The entered amount is on the CV's own rate statement (with its cost terms).
            declarations.rate = None;
        }
        let assessment = if ready {
            tenderfit_core::judge_interpreted(tender, &posting.interpreted, &cv, &declarations)
        } else {
            pending_assessment()
        };
        // The posting's own terms (rate, hours, start, days), judged by the core as criteria.
        let terms_verdicts = if ready {
            let t = terms_tender(tender, known(&cv, &r.terms));
            let i = tenderfit_core::interpret_tender(&t, r.today);
            let mut d = declarations.clone();
            d.overrides.clear();
            tenderfit_core::judge_interpreted(&t, &i, &cv, &d).criteria
        } else {
            Vec::new()
        };
        let criteria: &[_] = if r.cv_text.trim().is_empty() {
            &[]
        } else {
            &assessment.criteria
        };
        let term_problems = tenderfit_core::terms_check::term_problems(
            tender,
            &terms_verdicts,
            criteria,
            &term_sources(cv_read, &r.terms),
        )
        .into_iter()
        .map(|p| (p.code, p.text))
        .collect();
        let ranked = if self.feed.is_empty() || !tenderfit_core::reference::installed() {
            Vec::new()
        } else {
            if self
                .feed_interpreted
                .as_ref()
                .is_none_or(|(d, _)| *d != r.today)
            {
                let i = tenderfit_core::feed::interpret_feed(&self.feed, r.today);
                self.feed_interpreted = Some((r.today, i));
            }
            let interpreted = self
                .feed_interpreted
                .as_ref()
                .map(|f| &f.1[..])
                .unwrap_or(&[]);
            let d = r.terms.declarations(BTreeMap::new());
            tenderfit_core::feed::rank_interpreted(cv_read, &self.feed, interpreted, &d, r.today)
        };
        let markdown = tenderfit_core::report::markdown(tender, &assessment, lang);
        let json = serde_json::to_string_pretty(&assessment.view(lang)).unwrap_or_default();
        Judged {
            tender: tender.clone(),
            tender_warnings: wire(&posting.warnings),
            cv: (**cv_read).clone(),
            cv_lines: cv_read.lines.clone(),
            cv_warnings: wire(cv_warnings),
            rules: assessment
                .criteria
                .iter()
                .map(|c| c.rule.to_string())
                .collect(),
            assessment_warnings: wire(&assessment.warnings),
            assessment,
            ready,
            term_problems,
            ranked,
            markdown,
            json,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tenderfit_core::judge::Status;
    use tenderfit_core::{bundled_tender, judge, read_cv, read_tender, Date};

    fn verdicts(reference: &str, cv: &str, entered: &EnteredTerms) -> Vec<(String, Status)> {
        let (tender, _) = read_tender(bundled_tender(reference).and_then(|b| b.text()).unwrap());
        let (cv, _) = read_cv(cv);
        let cv = Rc::new(cv);
        let (cv, on_cv) = effective_cv(&cv, entered);
        let mut d = entered.declarations(Default::default());
        if on_cv {
            d.rate = None;
        }
        let today = Date::parse_iso("2026-11-01").unwrap();
        let t = terms_tender(&tender, known(&cv, entered));
        judge(&t, &cv, &d, today)
            .criteria
            .into_iter()
            .map(|c| (c.id, c.status))
            .collect()
    }

    #[test]
    fn the_postings_own_terms_are_put_to_the_core() {
        // 17713: max € 110, 20–24 hours; no criterion names either.
        let entered = EnteredTerms {
            rate: "125".into(),
            hours: "12".into(),
            ..Default::default()
        };
        let v = verdicts("17713", "Jan Jansen\n", &entered);
        assert_eq!(
            v,
            [
                ("T-rate".to_string(), Status::NotMet),
                ("T-hours".to_string(), Status::NotMet)
            ]
        );
        let ok = EnteredTerms {
            rate: "100".into(),
            hours: "24".into(),
            ..Default::default()
        };
        assert!(verdicts("17713", "Jan Jansen\n", &ok)
            .iter()
            .all(|(_, s)| *s == Status::Met));
        // Nothing stated: nothing to hold against the posting.
        assert!(verdicts("17713", "Jan Jansen\n", &EnteredTerms::default()).is_empty());
    }

    #[test]
    fn an_entered_rate_keeps_the_cvs_travel_costs() {
        // 28671: max € 110 including travel; the CV charges travel separately.
        let cv = "Jan Jansen\nUurtarief: € 98 excl. btw; reiskosten worden apart gedeclareerd\n";
        let entered = EnteredTerms {
            rate: "98".into(),
            ..Default::default()
        };
        assert_eq!(
            verdicts("28671", cv, &entered),
            [("T-rate".to_string(), Status::NotMet)]
        );
        let all_in = EnteredTerms {
            rate_all_in: true,
            ..entered
        };
        assert_eq!(
            verdicts("28671", cv, &all_in),
            [("T-rate".to_string(), Status::Met)]
        );
    }
}
