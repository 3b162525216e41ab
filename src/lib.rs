//! tenderfit's browser widget: a Yew app over `tenderfit-core`. The UI converts and shows; all
//! judgement lives in the core.

pub mod app;
pub mod browser;
pub mod components;
pub mod facts;
pub mod i18n;
pub mod ids;
pub mod judge_client;
pub mod judging;
pub mod state;
pub mod text_area;

pub use app::{App, AppProps};

use std::sync::atomic::{AtomicUsize, Ordering};

use serde::Deserialize;
use tenderfit_core::{Date, Lang};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// How many widgets this page has mounted (ids and saved state are per widget).
static MOUNTED: AtomicUsize = AtomicUsize::new(0);

/// Options for `tenderfit.mount(element, {tenders, lang, today})`.
#[derive(Debug, Default, Deserialize)]
pub struct MountOptions {
    /// URL of a tender feed (JSON).
    pub tenders: Option<String>,
    /// "nl" or "en".
    pub lang: Option<String>,
    /// Reference date, "YYYY-MM-DD".
    pub today: Option<String>,
    /// Mounted on the app's own page (`#tenderfit`), not embedded in a host's.
    #[serde(skip)]
    pub own_page: bool,
}

/// Mounts a widget on `element`; the JS API of the embed script.
#[wasm_bindgen]
pub fn mount(element: web_sys::Element, options: JsValue) -> Result<(), JsValue> {
    let options: MountOptions = if options.is_undefined() || options.is_null() {
        MountOptions::default()
    } else {
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| JsValue::from_str(&format!("tenderfit.mount: {e}")))?
    };
    mount_with(element, options);
    Ok(())
}

fn mount_with(element: web_sys::Element, options: MountOptions) {
    let instance = MOUNTED.fetch_add(1, Ordering::SeqCst) + 1;
    let _ = element.class_list().add_1("tf-host");
    let today = options
        .today
        .as_deref()
        .and_then(Date::parse_iso)
        .or_else(today_from_url)
        .unwrap_or_else(browser_today);
    let props = AppProps {
        today,
        instance,
        lang: options.lang.as_deref().map(Lang::from_code),
        host: Some(element.clone()),
        tenders_url: options.tenders,
        own_page: options.own_page,
    };
    yew::Renderer::<App>::with_root_and_props(element, props).render();
}

/// Mounts a widget on every `[data-tenderfit]` element (options from its data attributes),
/// else on `#tenderfit`. A page with neither uses `tenderfit.mount` itself.
pub fn mount_default() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let mut mounted = false;
    if let Ok(list) = document.query_selector_all("[data-tenderfit]") {
        for i in 0..list.length() {
            let Some(el) = list
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            let data = |name: &str| el.get_attribute(name).filter(|v| !v.trim().is_empty());
            let options = MountOptions {
                tenders: data("data-tenders"),
                lang: data("data-lang"),
                today: data("data-today"),
                own_page: false,
            };
            mount_with(el.clone(), options);
            mounted = true;
        }
    }
    if mounted {
        return;
    }
    if let Some(root) = document.get_element_by_id("tenderfit") {
        mount_with(
            root,
            MountOptions {
                own_page: true,
                ..MountOptions::default()
            },
        );
        register_service_worker();
    }
}

/// On the app's own page served over http(s), keep the app shell for offline use. Not on
/// host pages (their origin is theirs) and not from file:// (no service workers there).
fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let protocol = window.location().protocol().unwrap_or_default();
    if protocol != "https:" && protocol != "http:" {
        return;
    }
    let container = window.navigator().service_worker();
    // A failed registration only means no offline copy: the page works as it is.
    let _ = container.register("sw.js");
}

/// `?today=YYYY-MM-DD` sets the reference date (tests, reproducing a report).
pub fn today_from_url() -> Option<Date> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    Date::parse_iso(&params.get("today")?)
}

/// Today's date from the browser clock (the core never reads a clock).
pub fn browser_today() -> Date {
    let d = js_sys::Date::new_0();
    Date::new(d.get_full_year() as i32, d.get_month() + 1, d.get_date()).unwrap_or(Date {
        year: 2026,
        month: 1,
        day: 1,
    })
}
