//! Any bytes offered as a PDF: an error or text, never a panic. The importer sniffs the kind, so PDF seeds reach the PDF reader.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = tenderfit_import::import(data);
});
