//! The native benchmarks (crates/core/benches) as wasm exports, so `scripts/bench` can time the
//! core in headless Chromium, built with the widget's release profile and `wasm-opt -Oz`.
//! Timing happens in JavaScript; each export does one unit of work and returns a checksum so
//! nothing is optimised away.

use std::cell::RefCell;

use tenderfit_core::feed::{interpret_feed, rank, rank_interpreted, FeedTender};
use tenderfit_core::{
    bundled_tender, interpret_tender, judge, judge_interpreted, read_cv, read_tender, Cv, Date,
    Declarations, Interpreted, Tender, BUNDLED_TENDERS,
};
use wasm_bindgen::prelude::*;

/// Postings in the ranking benchmark, as in the native one.
const FEED_SIZE: usize = 1_000;

struct Fixture {
    cv_text: String,
    /// About five pages, for reading.
    long_cv_text: String,
    /// Never judged itself: its clones start without remembered terms, like a fresh CV.
    cv: Cv,
    tender: Tender,
    interpreted: Interpreted,
    feed: Vec<FeedTender>,
    feed_interpreted: Vec<Interpreted>,
    today: Date,
}

thread_local! {
    static FIXTURE: RefCell<Option<Fixture>> = const { RefCell::new(None) };
}

fn today() -> Date {
    Date {
        year: 2026,
        month: 11,
        day: 1,
    }
}

/// Reads the CV and the postings once; returns false when the bundled posting is missing.
#[wasm_bindgen]
pub fn prepare(cv_text: &str, long_cv_text: &str) -> bool {
    let Some(posting) = bundled_tender("30828") else {
        return false;
    };
    let today = today();
    let tender = read_tender(posting.text).0;
    let feed: Vec<FeedTender> = (0..FEED_SIZE)
        .map(|i| FeedTender {
            id: i.to_string(),
            url: None,
            tender: read_tender(BUNDLED_TENDERS[i % BUNDLED_TENDERS.len()].text).0,
        })
        .collect();
    let fixture = Fixture {
        cv_text: cv_text.to_string(),
        long_cv_text: long_cv_text.to_string(),
        cv: read_cv(cv_text).0,
        interpreted: interpret_tender(&tender, today),
        feed_interpreted: interpret_feed(&feed, today),
        tender,
        feed,
        today,
    };
    FIXTURE.with(|f| *f.borrow_mut() = Some(fixture));
    true
}

fn with<R: Default>(run: impl FnOnce(&Fixture) -> R) -> R {
    FIXTURE.with(|f| f.borrow().as_ref().map(run).unwrap_or_default())
}

/// Reads the 16 KB posting.
#[wasm_bindgen]
pub fn read_posting() -> usize {
    bundled_tender("30828").map_or(0, |b| read_tender(b.text).0.criteria.len())
}

/// Reads the five-page CV given to `prepare`.
#[wasm_bindgen]
pub fn read_long_cv() -> usize {
    with(|f| read_cv(&f.long_cv_text).0.experience.len())
}

/// Judges one pair from scratch: the posting's requirements and the CV's terms are read anew.
#[wasm_bindgen]
pub fn judge_pair() -> usize {
    with(|f| {
        let cv = f.cv.clone();
        judge(&f.tender, &cv, &Declarations::default(), f.today)
            .criteria
            .len()
    })
}

/// Judges one pair as the widget does on a keystroke: the posting's requirements already read.
#[wasm_bindgen]
pub fn judge_pair_interpreted() -> usize {
    with(|f| {
        let cv = f.cv.clone();
        judge_interpreted(&f.tender, &f.interpreted, &cv, &Declarations::default())
            .criteria
            .len()
    })
}

/// Ranks 1,000 postings for the CV from scratch (every posting's requirements read).
#[wasm_bindgen]
pub fn rank_feed() -> usize {
    with(|f| {
        let cv = f.cv.clone();
        rank(&cv, &f.feed, &Declarations::default(), f.today).len()
    })
}

/// Re-ranks the 1,000 postings after a CV edit: reads the CV, matches it against the
/// requirements read when the feed loaded.
#[wasm_bindgen]
pub fn rerank_feed() -> usize {
    with(|f| {
        let cv = read_cv(&f.cv_text).0;
        rank_interpreted(
            &cv,
            &f.feed,
            &f.feed_interpreted,
            &Declarations::default(),
            f.today,
        )
        .len()
    })
}
