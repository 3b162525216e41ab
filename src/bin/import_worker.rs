//! The CV importer as a web worker: receives a file's bytes, answers with its text or a
//! message. A separate wasm module, so the widget's first load does not carry the PDF and
//! DOCX readers, and a damaged file can never freeze or crash the page. It does not link
//! the widget's library: only the importer is in it.

#[cfg(target_arch = "wasm32")]
fn main() {
    use tenderfit_import::ImportReply;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let bytes = js_sys::Uint8Array::new(&event.data()).to_vec();
            let reply = ImportReply::from_result(tenderfit_import::import(&bytes));
            if let Ok(value) = serde_wasm_bindgen::to_value(&reply) {
                let _ = reply_to.post_message(&value);
            }
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    // A module worker finishes loading after the page may already have posted: say when
    // we listen, and the page sends the file then.
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("import-worker runs in a browser; the CLI reads files with `tenderfit cv`.");
}
