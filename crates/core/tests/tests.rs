//! Integration tests of tenderfit-core: fixtures in `tests/fixtures`, snapshots in
//! `tests/snapshots` (review a changed snapshot by eye before accepting it).

mod cv_reader;
mod judgement;
mod never_panics;
mod tender_reader;
