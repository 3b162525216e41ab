//! Any text read as a CV, then judged against a bundled posting: neither may panic.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use tenderfit_core::{
    interpret_tender, judge_interpreted, read_cv, read_tender, Declarations, Interpreted, Tender,
    BUNDLED_TENDERS,
};

thread_local! {
    // The bundled postings and their requirements, read once.
    static POSTINGS: Vec<(Tender, Interpreted)> = BUNDLED_TENDERS
        .iter()
        .map(|b| {
            let tender = read_tender(b.text).0;
            let interpreted = interpret_tender(&tender, common::today());
            (tender, interpreted)
        })
        .collect();
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (cv, _) = read_cv(&text);
    // The first byte picks the posting, so every bundled posting gets exercised.
    let pick = data.first().copied().unwrap_or(0) as usize % BUNDLED_TENDERS.len();
    POSTINGS.with(|p| {
        let (tender, interpreted) = &p[pick];
        let _ = judge_interpreted(tender, interpreted, &cv, &Declarations::default());
    });
});
