//! tenderfit's browser widget: a Yew app over `tenderfit-core`. The UI converts and shows; all
//! judgement lives in the core.

pub mod app;
pub mod browser;
pub mod components;
pub mod i18n;
pub mod import_protocol;
pub mod state;

pub use app::{App, AppProps};

use tenderfit_core::Date;
use wasm_bindgen::JsCast;

/// Mounts the app on `#tenderfit`, else on the body, with options from the page URL.
pub fn mount_default() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let props = AppProps {
        today: today_from_url().unwrap_or_else(browser_today),
    };
    match document.get_element_by_id("tenderfit") {
        Some(root) => {
            yew::Renderer::<App>::with_root_and_props(root, props).render();
        }
        None => {
            if let Some(body) = document.body() {
                yew::Renderer::<App>::with_root_and_props(body.unchecked_into(), props).render();
            }
        }
    }
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
