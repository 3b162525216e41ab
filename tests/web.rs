//! The app inside headless Chromium (wasm-bindgen-test). Run by `scripts/test` with
//! `cargo test -p tenderfit --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use tenderfit::{App, AppProps};
use tenderfit_core::Date;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlSelectElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app in a fresh element (the runner's page has its own `#output`).
async fn mount() -> Element {
    mount_instance(1).await
}

/// The judge on this page: the test runner serves no judge worker, so the widget falls back
/// to the page's own judge, as in the offline single file (`__tenderfitJudge`).
fn install_page_judge() {
    use std::cell::RefCell;
    use wasm_bindgen::closure::Closure;
    thread_local! {
        static JUDGE: RefCell<tenderfit::judging::Judge> = RefCell::default();
    }
    let window = web_sys::window().unwrap();
    if js_sys::Reflect::has(&window, &"__tenderfitJudge".into()).unwrap_or(false) {
        return;
    }
    let judge = Closure::<dyn Fn(String) -> String>::new(|message: String| {
        JUDGE.with(|j| j.borrow_mut().handle(&message))
    });
    js_sys::Reflect::set(&window, &"__tenderfitJudge".into(), judge.as_ref()).unwrap();
    judge.forget();
}

/// Mounts the `instance`-th widget, whose saved state (its own storage key) starts empty.
/// Tests share one page and may interleave: each removes only its own key.
async fn mount_instance(instance: usize) -> Element {
    install_page_judge();
    let key = if instance <= 1 {
        "tenderfit.v1".to_string()
    } else {
        format!("tenderfit.v1.{instance}")
    };
    let _ = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .remove_item(&key);
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let today = Date::new(2026, 11, 1).unwrap();
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        yew::props!(AppProps { today, instance }),
    )
    .render();
    settle().await;
    root
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

/// Waits (up to five seconds) until `cond` holds: a debug build judges slowly.
async fn until(cond: impl Fn() -> bool) {
    for _ in 0..250 {
        if cond() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(20)).await;
    }
}

fn ids(root: &Element) -> Vec<String> {
    let list = root.query_selector_all("[data-testid=criterion]").unwrap();
    (0..list.length())
        .filter_map(|i| {
            list.item(i)?
                .dyn_into::<Element>()
                .ok()?
                .get_attribute("data-id")
        })
        .collect()
}

fn by_testid<T: JsCast>(root: &Element, id: &str) -> T {
    root.query_selector(&format!("[data-testid={id}]"))
        .unwrap()
        .unwrap()
        .dyn_into::<T>()
        .unwrap()
}

/// Whether an element with `data-testid=id` is on the page yet: answers come from the judge
/// after a render, not in it.
fn has_testid(root: &Element, id: &str) -> bool {
    root.query_selector(&format!("[data-testid={id}]"))
        .ok()
        .flatten()
        .is_some()
}

#[wasm_bindgen_test]
async fn first_bundled_tender_is_read_on_load() {
    let root = mount().await;
    until(|| ids(&root).len() == 6).await;
    assert_eq!(ids(&root), ["K1", "K2", "W1", "W2", "W3", "W4"]);
    let title = by_testid::<Element>(&root, "tender-title")
        .text_content()
        .unwrap();
    assert!(title.starts_with("Secretaris PRT"), "{title}");
}

#[wasm_bindgen_test]
async fn choosing_another_tender_rereads() {
    let root = mount().await;
    let select: HtmlSelectElement = by_testid(&root, "tender-select");
    select.set_value("28671");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    until(|| ids(&root).len() == 9).await;
    assert_eq!(
        ids(&root),
        ["K1", "K2", "K3", "K4", "K5", "W1", "W2", "W3", "W4"]
    );
}

#[wasm_bindgen_test]
async fn typing_in_the_cv_updates_the_page() {
    let root = mount().await;
    let area: HtmlTextAreaElement = by_testid(&root, "cv-input");
    area.set_value("Jan Jansen\n\nWerkervaring\nSecretaris, Gemeente Utrecht, 2019 – heden\n");
    area.dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    until(|| {
        by_testid::<Element>(&root, "cv-lines")
            .text_content()
            .unwrap_or_default()
            .starts_with("3 ")
    })
    .await;
    let lines = by_testid::<Element>(&root, "cv-lines")
        .text_content()
        .unwrap();
    assert!(lines.starts_with("3 "), "{lines}");
}

#[wasm_bindgen_test]
async fn a_pasted_cv_is_judged_and_saved() {
    // Its own widget and storage key, so no other test's widget can overwrite the save.
    let root = mount_instance(9).await;
    let area: HtmlTextAreaElement = by_testid(&root, "cv-input");
    area.set_value("WERKERVARING\nSecretaris\nGemeente Utrecht | 01/2019 – heden\n\nOPLEIDING\n2010 – 2014 HBO Bestuurskunde – diploma behaald\n");
    area.dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    let status = |id: &str| {
        root.query_selector(&format!("[data-testid=criterion][data-id={id}]"))
            .ok()
            .flatten()
            // No card until the posting is judged, no verdict (and no attribute) until the CV is.
            .and_then(|card| card.get_attribute("data-status"))
            .unwrap_or_default()
    };
    until(|| status("K1") == "met").await;
    assert_eq!(status("K1"), "met");
    assert_eq!(status("W2"), "met");
    // The save runs in an effect after rendering.
    let saved = || {
        web_sys::window()
            .unwrap()
            .local_storage()
            .unwrap()
            .unwrap()
            .get_item("tenderfit.v1.9")
            .unwrap()
            .unwrap_or_default()
    };
    until(|| saved().contains("Gemeente Utrecht")).await;
    assert!(saved().contains("Gemeente Utrecht"));
}

#[wasm_bindgen_test]
async fn garbage_pasted_as_a_tender_gives_a_message_not_a_panic() {
    let root = mount().await;
    let area: HtmlTextAreaElement = by_testid(&root, "tender-input");
    area.set_value("\u{0}\u{1}PK\u{3}\u{4} binary");
    area.dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    until(|| ids(&root).is_empty() && has_testid(&root, "tender-warnings")).await;
    assert!(ids(&root).is_empty());
    let warnings = by_testid::<Element>(&root, "tender-warnings")
        .text_content()
        .unwrap();
    assert!(warnings.contains("geen tekst"), "{warnings}");
}
