//! One component and its `Props` per file.

pub mod cv_input;
pub mod lang_toggle;
pub mod tender_picker;
pub mod tender_summary;
