//! The widget's contacts with the browser: localStorage, clipboard, file download, print,
//! scrolling. Nothing here touches the network.

use gloo::storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;

use crate::state::{AppState, Notice, Persisted};

const STORAGE_KEY: &str = "tenderfit.v1";

/// The saved state, or a notice when it exists but cannot be read.
pub fn load() -> (AppState, Option<Notice>) {
    match LocalStorage::get::<Persisted>(STORAGE_KEY) {
        Ok(p) => (AppState::from_persisted(p), None),
        Err(gloo::storage::errors::StorageError::KeyNotFound(_)) => (AppState::default(), None),
        Err(_) => {
            // Corrupt or from another version: start fresh, and say so.
            LocalStorage::delete(STORAGE_KEY);
            (AppState::default(), Some(Notice::SavedStateUnreadable))
        }
    }
}

/// Saves what the user typed. Errors (quota, storage disabled) are reported, never thrown.
pub fn save(p: &Persisted) -> Result<(), Notice> {
    LocalStorage::set(STORAGE_KEY, p).map_err(|_| Notice::StorageUnavailable)
}

pub fn forget() {
    LocalStorage::delete(STORAGE_KEY);
}

/// Copies text to the clipboard; the returned future resolves when done.
pub async fn copy_text(text: String) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Offers `content` as a file download, made in the page (no request).
pub fn download(file_name: &str, mime: &str, content: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = document
        .create_element("a")
        .map(|e| e.unchecked_into::<web_sys::HtmlAnchorElement>())
    {
        a.set_href(&url);
        a.set_download(file_name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Scrolls the element with this id into view.
pub fn scroll_to(id: &str) {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Reads a dropped or picked file in the import worker, started for this file only. The
/// worker (and the PDF/DOCX readers in it) is fetched the first time a file is imported.
pub async fn import_file(file: web_sys::File) -> crate::import_protocol::ImportReply {
    use crate::import_protocol::ImportReply;
    use tenderfit_import::{ImportError, MAX_FILE_BYTES};

    let size = file.size() as usize;
    if size > MAX_FILE_BYTES {
        return ImportReply::error(&ImportError::TooLarge {
            size,
            limit: MAX_FILE_BYTES,
        });
    }
    let corrupt = || ImportReply::error(&ImportError::Corrupt("unreadable".into()));
    let Ok(buffer) = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await else {
        return corrupt();
    };
    let bytes = js_sys::Uint8Array::new(&buffer);
    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    let Ok(worker) = web_sys::Worker::new_with_options("./import-worker_loader.js", &options)
    else {
        return corrupt();
    };
    // The worker speaks twice: "ready" once it listens, then its answer. A crash in it
    // (a file it chokes on) is an error event.
    let next_message = |worker: &web_sys::Worker| {
        js_sys::Promise::new(&mut |resolve, reject| {
            let on_message =
                wasm_bindgen::closure::Closure::once_into_js(move |e: web_sys::MessageEvent| {
                    let _ = resolve.call1(&wasm_bindgen::JsValue::NULL, &e.data());
                });
            let on_error =
                wasm_bindgen::closure::Closure::once_into_js(move |e: web_sys::Event| {
                    let _ = reject.call1(&wasm_bindgen::JsValue::NULL, &e);
                });
            worker.set_onmessage(Some(on_message.unchecked_ref()));
            worker.set_onerror(Some(on_error.unchecked_ref()));
        })
    };
    if wasm_bindgen_futures::JsFuture::from(next_message(&worker))
        .await
        .is_err()
    {
        worker.terminate();
        return corrupt();
    }
    let answer = next_message(&worker);
    if worker.post_message(&bytes).is_err() {
        worker.terminate();
        return corrupt();
    }
    let reply = wasm_bindgen_futures::JsFuture::from(answer).await;
    worker.terminate();
    match reply {
        Ok(value) => serde_wasm_bindgen::from_value(value).unwrap_or_else(|_| corrupt()),
        Err(_) => corrupt(),
    }
}
