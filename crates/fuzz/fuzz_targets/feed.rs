//! Any text read as a tender feed, then ranked for a real CV: neither may panic.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use tenderfit_core::feed::{rank, read_feed};
use tenderfit_core::Declarations;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (tenders, _) = read_feed(&text);
    let _ = rank(
        &common::fresh_cv(),
        &tenders,
        &Declarations::default(),
        common::today(),
    );
});
