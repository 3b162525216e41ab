//! The judge as a web worker: reads the posting and the CV, judges, ranks the feed and writes
//! the reports (`tenderfit::judging`, included as a file: this module does not link the
//! widget's library, only the core). A separate wasm module, so the widget's first load does
//! not carry the readers and the judgement, and judging never blocks a keystroke's paint.
//! Where no worker can start (the offline single file), the page loads this module itself
//! and calls `judge_message`.

// The widget's half of the protocol (building requests, reading answers) is unused here.
#[allow(dead_code)]
#[path = "../judging.rs"]
mod judging;

#[cfg(target_arch = "wasm32")]
mod web {
    use std::cell::RefCell;

    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    thread_local! {
        static JUDGE: RefCell<crate::judging::Judge> = RefCell::default();
    }

    /// Answers one message (JSON `ToWorker`) with one (JSON `FromWorker`): the worker's
    /// handler, and the page's own way in where no worker starts.
    #[wasm_bindgen]
    pub fn judge_message(message: &str) -> String {
        JUDGE.with(|j| j.borrow_mut().handle(message))
    }

    pub fn start() {
        let global = js_sys::global();
        // Loaded by a page (the offline file) there is no worker scope: the page calls
        // `judge_message` itself.
        let in_worker = js_sys::Reflect::get(&global, &"WorkerGlobalScope".into())
            .is_ok_and(|v| !v.is_undefined());
        if !in_worker {
            return;
        }
        let scope: web_sys::DedicatedWorkerGlobalScope = global.unchecked_into();
        let reply_to = scope.clone();
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
            move |event: web_sys::MessageEvent| {
                let message = event.data().as_string().unwrap_or_default();
                let _ = reply_to.post_message(&JsValue::from_str(&judge_message(&message)));
            },
        );
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The handler lives as long as the worker.
        on_message.forget();
        // A module worker finishes loading after the page may already have posted: say when
        // we listen, and the page sends what it holds then.
        let ready = serde_json::to_string(&crate::judging::FromWorker::Ready).unwrap_or_default();
        let _ = scope.post_message(&JsValue::from_str(&ready));
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    web::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("judge-worker runs in a browser; the CLI judges natively (`tenderfit --help`).");
}
