//! Any text read as a posting, then judged against a real CV: neither may panic.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use tenderfit_core::{judge, read_tender, Declarations};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (tender, _) = read_tender(&text);
    let _ = judge(
        &tender,
        &common::fresh_cv(),
        &Declarations::default(),
        common::today(),
    );
});
