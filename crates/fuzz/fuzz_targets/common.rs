//! What the targets judge against: a real CV, read once, and a fixed reference date.

use tenderfit_core::{read_cv, Cv, Date};

const CV: &str = include_str!("../../core/tests/fixtures/eval/dev/cvs/cv-04.txt");

thread_local! {
    static READ_CV: Cv = read_cv(CV).0;
}

/// A fresh clone of the read CV, so terms remembered by one run do not pile up.
#[allow(dead_code)] // cv_reader reads its own CV.
pub fn fresh_cv() -> Cv {
    READ_CV.with(Cv::clone)
}

pub fn today() -> Date {
    Date::new(2026, 11, 23).expect("a real date")
}
