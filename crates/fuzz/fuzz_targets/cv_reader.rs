//! Any text read as a CV, then judged against a bundled posting: neither may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tenderfit_core::{judge, read_cv, Date, Declarations, BUNDLED_TENDERS};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (cv, _) = read_cv(&text);
    // The first byte picks the posting, so every bundled posting gets exercised.
    let pick = data.first().copied().unwrap_or(0) as usize % BUNDLED_TENDERS.len();
    let (tender, _) = tenderfit_core::read_tender(BUNDLED_TENDERS[pick].text);
    let today = Date::new(2026, 11, 23).expect("a real date");
    let _ = judge(&tender, &cv, &Declarations::default(), today);
});
