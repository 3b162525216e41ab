//! The widget's contacts with the browser: localStorage, clipboard, file download, print,
//! scrolling. Nothing here touches the network.

use wasm_bindgen::JsCast;

use tenderfit_core::Lang;

use crate::i18n::{t, Text};
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

/// The outcome a host page is told: never the CV.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultEvent {
    pub reference: Option<String>,
    pub title: Option<String>,
    /// "YYYY-MM-DD".
    pub deadline: Option<String>,
    /// The deadline has not passed (or there is none).
    pub open: bool,
    /// `None` until there is a verdict (a CV and criteria), and when one is to confirm.
    pub knockout_pass: Option<bool>,
    /// There is a verdict: a CV judged against criteria.
    pub judged: bool,
    pub knockouts_failed: Vec<String>,
    pub knockouts_to_confirm: Vec<String>,
    /// `None` until there is a verdict.
    pub points: Option<f64>,
    pub points_possible: Option<f64>,
    pub cv_provided: bool,
}

/// Dispatches `tenderfit:result` on the host element: the outcome only, never the CV.
pub fn dispatch_result(host: &web_sys::Element, e: &ResultEvent) {
    use wasm_bindgen::JsValue;
    let detail = js_sys::Object::new();
    let set = |k: &str, v: JsValue| {
        let _ = js_sys::Reflect::set(&detail, &k.into(), &v);
    };
    let opt_str = |v: &Option<String>| v.as_deref().map_or(JsValue::NULL, Into::into);
    let list = |v: &[String]| -> JsValue {
        v.iter()
            .map(|s| JsValue::from_str(s))
            .collect::<js_sys::Array>()
            .into()
    };
    set("reference", opt_str(&e.reference));
    set("title", opt_str(&e.title));
    set("deadline", opt_str(&e.deadline));
    set("open", e.open.into());
    set(
        "knockoutPass",
        e.knockout_pass.map_or(JsValue::NULL, Into::into),
    );
    let knockout = match (e.judged, e.knockout_pass) {
        (false, _) => JsValue::NULL,
        (true, Some(true)) => "pass".into(),
        (true, Some(false)) => "fail".into(),
        (true, None) => "unknown".into(),
    };
    set("knockout", knockout);
    set("knockoutsFailed", list(&e.knockouts_failed));
    set("knockoutsToConfirm", list(&e.knockouts_to_confirm));
    set("points", e.points.map_or(JsValue::NULL, Into::into));
    set(
        "pointsPossible",
        e.points_possible.map_or(JsValue::NULL, Into::into),
    );
    set("cvProvided", e.cv_provided.into());
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&detail);
    init.set_bubbles(true);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("tenderfit:result", &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// Calls `target.name(arg)` on a browser object the widget has no binding for; a missing
/// method is ignored (an old browser shows less, never breaks).
fn call1(
    target: &wasm_bindgen::JsValue,
    name: &str,
    arg: &wasm_bindgen::JsValue,
) -> Option<wasm_bindgen::JsValue> {
    let f = js_sys::Reflect::get(target, &name.into()).ok()?;
    let f: js_sys::Function = f.dyn_into().ok()?;
    f.call1(target, arg).ok()
}

/// A message for the site's operator (a bad feed entry), in the console, not on the page.
pub fn console_warn(message: &str) {
    if let Ok(console) = js_sys::Reflect::get(&js_sys::global(), &"console".into()) {
        let _ = call1(&console, "warn", &message.into());
    }
}

/// `<html lang>` of the app's own page.
pub fn set_document_lang(code: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", code);
    }
}

fn element(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into()
        .ok()
}

/// Moves keyboard focus to the element with this id.
pub fn focus_id(id: &str) {
    if let Some(el) = element(id) {
        let _ = el.focus();
    }
}

/// Whether the CV view stands beside the results (the wide layout of the stylesheet).
fn wide_layout() -> bool {
    let Some(window) = web_sys::window() else {
        return true;
    };
    call1(&window, "matchMedia", &"(min-width: 761px)".into())
        .and_then(|q| js_sys::Reflect::get(&q, &"matches".into()).ok())
        .and_then(|m| m.as_bool())
        .unwrap_or(true)
}

/// Shows criterion `id`'s evidence line `line`: on a wide screen the CV view beside the
/// results scrolls its own list to the line (the page stays where the user is reading); on
/// a narrow one the in-place view under the card. Focus moves there.
pub fn show_evidence(ids: &crate::ids::Ids, id: &str, line: usize) {
    let no_scroll = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&no_scroll, &"preventScroll".into(), &true.into());
    if wide_layout() {
        let (Some(list), Some(li)) = (
            element(&ids.of("cv-view-list")),
            element(&ids.of(&format!("cv-line-{line}"))),
        ) else {
            return;
        };
        let top = li.offset_top() - (list.client_height() - li.offset_height()) / 2;
        list.set_scroll_top(top.max(0));
        let _ = call1(&li, "focus", &no_scroll);
    } else if let Some(ctx) = element(&ids.of(&format!("ctx-{id}"))) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        ctx.scroll_into_view_with_scroll_into_view_options(&options);
        let _ = call1(&ctx, "focus", &no_scroll);
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
    // A text file needs no importer: read it here (also where workers cannot start, as in
    // the offline single file).
    let raw = bytes.to_vec();
    if raw.is_empty() {
        return ImportReply::error(&ImportError::Empty);
    }
    match tenderfit_import::kind_of(&raw) {
        Ok(tenderfit_import::Kind::Text) => {
            let text = decode_text(&raw);
            if text.trim().is_empty() {
                return ImportReply::error(&ImportError::Empty);
            }
            return ImportReply {
                ok: true,
                text,
                pages: None,
                code: String::new(),
                message_nl: String::new(),
                message_en: String::new(),
            };
        }
        Err(e) => return ImportReply::error(&e),
        Ok(_) => {}
    }
    // PDF and DOCX need the importer; where it cannot start, say what to do instead.
    let no_worker = || ImportReply {
        ok: false,
        text: String::new(),
        pages: None,
        code: "no_worker".into(),
        message_nl: t(Lang::Nl, Text::NoWorker).into(),
        message_en: t(Lang::En, Text::NoWorker).into(),
    };
    if web_sys::window().is_some_and(|w| w.location().protocol().ok().as_deref() == Some("file:")) {
        return no_worker();
    }
    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    let Ok(worker) = web_sys::Worker::new_with_options(
        &format!("{}import-worker_loader.js", asset_base()),
        &options,
    ) else {
        return no_worker();
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
        // It never said "ready": it could not load, the file is not to blame.
        worker.terminate();
        return no_worker();
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

/// A text file's bytes as the importer decodes them (one decoder for both; only this
/// function of the importer is linked into the first load).
fn decode_text(bytes: &[u8]) -> String {
    tenderfit_import::decode_text(bytes)
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

/// One of the widget's own data files (`reference-data.txt`, `tenders/…`): from the offline
/// file's inlined copy (`__tenderfitData`) when there is one, else fetched from beside the widget.
pub async fn fetch_asset(name: &str) -> Result<String, String> {
    let inlined = web_sys::window()
        .and_then(|w| {
            js_sys::Reflect::get(&w, &wasm_bindgen::JsValue::from_str("__tenderfitData")).ok()
        })
        .filter(|d| d.is_object())
        .and_then(|d| js_sys::Reflect::get(&d, &wasm_bindgen::JsValue::from_str(name)).ok())
        .and_then(|v| v.as_string());
    match inlined {
        Some(text) => Ok(text),
        None => fetch_text(&format!("{}{name}", asset_base())).await,
    }
}

/// Where the widget's files are: the embed script's folder on a host page, else the page's.
pub fn asset_base() -> String {
    web_sys::window()
        .and_then(|w| {
            js_sys::Reflect::get(&w, &wasm_bindgen::JsValue::from_str("__tenderfitBase")).ok()
        })
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| "./".into())
}
