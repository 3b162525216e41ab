//! One component and its `Props` per file.

pub mod criterion_card;
pub mod cv_input;
pub mod cv_reading;
pub mod cv_view;
pub mod feed_ranking;
pub mod lang_toggle;
pub mod print_head;
pub mod result_panel;
pub mod tender_picker;
pub mod tender_summary;
pub mod terms_form;
