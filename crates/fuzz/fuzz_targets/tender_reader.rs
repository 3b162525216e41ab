//! Any text read as a posting, then judged against a real CV: neither may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tenderfit_core::{judge, read_cv, read_tender, Cv, Date, Declarations};

const CV: &str = include_str!("../../core/tests/fixtures/eval/dev/cvs/cv-04.txt");

thread_local! {
    // Read once; each run judges a fresh clone, so remembered terms do not pile up.
    static READ_CV: Cv = read_cv(CV).0;
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (tender, _) = read_tender(&text);
    let cv = READ_CV.with(Cv::clone);
    let today = Date::new(2026, 11, 23).expect("a real date");
    let _ = judge(&tender, &cv, &Declarations::default(), today);
});
