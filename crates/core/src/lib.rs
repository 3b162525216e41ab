//! tenderfit-core: reads Dutch public-sector postings and CVs, and scores a CV the way a strict
//! broker's assessor does.
//!
//! Pure by design: no IO, no clock (the reference date `today` is always a parameter), no
//! browser APIs. Readers never fail: they return what they could read plus warnings.

pub mod bundled;
pub mod cv;
pub mod date;
pub mod eval;
pub mod feed;
pub mod judge;
pub mod reference;
pub mod report;
pub mod tender;
pub mod terms_check;
pub mod text;
pub mod warning;

pub use bundled::{bundled_tender, BundledTender, BUNDLED_TENDERS};
pub use cv::{read_cv, Cv, EducationLevel, Experience};
pub use date::Date;
pub use judge::{
    interpret_tender, judge, judge_interpreted, Assessment, Declarations, Interpreted, Status,
};
pub use tender::{read_tender, Knockout, KnockoutKind, Tender, Tier, WeightedCriterion};
pub use warning::{Lang, Warning};
