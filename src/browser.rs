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
