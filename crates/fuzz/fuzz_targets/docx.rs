//! Any bytes offered as a DOCX (a zip of XML): an error or text, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = tenderfit_import::import(data);
});
