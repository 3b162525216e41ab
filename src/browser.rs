//! The widget's contacts with the browser: localStorage, clipboard, file download, print,
//! scrolling. Nothing here touches the network.

use wasm_bindgen::JsCast;

use crate::state::{AppState, Notice, Persisted};

/// The localStorage key of the `n`-th widget on the page.
pub fn storage_key(instance: usize) -> String {
    if instance <= 1 {
        "tenderfit.v1".into()
    } else {
        format!("tenderfit.v1.{instance}")
    }
}

/// The page's localStorage, or `None` when the browser refuses it (site data blocked, a
/// sandboxed frame): reading `window.localStorage` then throws.
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The saved state, or a notice when it exists but cannot be read, or storage is refused.
pub fn load(key: &str) -> (AppState, Option<Notice>) {
    let Some(storage) = local_storage() else {
        return (AppState::default(), Some(Notice::StorageUnavailable));
    };
    match storage.get_item(key) {
        Ok(None) => (AppState::default(), None),
        Ok(Some(json)) => match serde_json::from_str::<Persisted>(&json) {
            Ok(p) => (AppState::from_persisted(p), None),
            Err(_) => {
                // Corrupt or from another version: start fresh, and say so.
                let _ = storage.remove_item(key);
                (AppState::default(), Some(Notice::SavedStateUnreadable))
            }
        },
        Err(_) => (AppState::default(), Some(Notice::StorageUnavailable)),
    }
}

/// Saves what the user typed. Errors (quota, storage disabled) are reported, never thrown.
pub fn save(key: &str, p: &Persisted) -> Result<(), Notice> {
    let json = serde_json::to_string(p).map_err(|_| Notice::StorageUnavailable)?;
    local_storage()
        .ok_or(Notice::StorageUnavailable)?
        .set_item(key, &json)
        .map_err(|_| Notice::StorageUnavailable)
}

pub fn forget(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

/// Dispatches `tenderfit:result` on the host element: the outcome only, never the CV.
pub fn dispatch_result(
    host: &web_sys::Element,
    reference: Option<&str>,
    title: Option<&str>,
    knockout_pass: Option<bool>,
    points: f64,
    points_possible: Option<f64>,
    cv_empty: bool,
) {
    let detail = js_sys::Object::new();
    let set = |k: &str, v: wasm_bindgen::JsValue| {
        let _ = js_sys::Reflect::set(&detail, &k.into(), &v);
    };
    set(
        "reference",
        reference.map_or(wasm_bindgen::JsValue::NULL, Into::into),
    );
    set(
        "title",
        title.map_or(wasm_bindgen::JsValue::NULL, Into::into),
    );
    set(
        "knockoutPass",
        knockout_pass.map_or(wasm_bindgen::JsValue::NULL, Into::into),
    );
    set("points", points.into());
    set(
        "pointsPossible",
        points_possible.map_or(wasm_bindgen::JsValue::NULL, Into::into),
    );
    set("cvProvided", (!cv_empty).into());
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&detail);
    init.set_bubbles(true);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("tenderfit:result", &init) {
        let _ = host.dispatch_event(&event);
    }
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
pub async fn import_file(file: web_sys::File) -> tenderfit_import::ImportReply {
    use tenderfit_import::ImportReply;
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
    let Ok(worker) = web_sys::Worker::new_with_options(
        &format!("{}import-worker_loader.js", asset_base()),
        &options,
    ) else {
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

/// Fetches a text (the host page's tender feed) from its own URL.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| "unreachable".to_string())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "no response".to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text =
        wasm_bindgen_futures::JsFuture::from(response.text().map_err(|_| "no body".to_string())?)
            .await
            .map_err(|_| "no body".to_string())?;
    text.as_string().ok_or_else(|| "no text".to_string())
}

/// Where the widget's files are: the embed script's folder on a host page, else the page's.
fn asset_base() -> String {
    web_sys::window()
        .and_then(|w| {
            js_sys::Reflect::get(&w, &wasm_bindgen::JsValue::from_str("__tenderfitBase")).ok()
        })
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| "./".into())
}
