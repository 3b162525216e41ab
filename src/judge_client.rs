//! The widget's side of the judge worker (`src/bin/judge_worker.rs`): starts it once, after the
//! first paint, and keeps it; sends requests and hands back only the answer to the latest one.
//! One request is in flight at a time: what the user does meanwhile replaces the one waiting,
//! and the answer to the request in flight is dropped when a newer one waits (it is stale).
//! Where no worker can start (file://, no `Worker`, a policy that refuses it) the page's own
//! copy of the judge module (`__tenderfitJudge`, the offline single file) is called instead;
//! without one, `on_unavailable` says so.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::judging::{FromWorker, Request, ToWorker};

/// Where messages go.
enum Channel {
    /// Not yet started, or starting (messages wait).
    Starting,
    Worker(web_sys::Worker),
    /// The judge module loaded by the page itself: called on the main thread.
    Page(js_sys::Function),
    /// Nothing to judge with.
    Unavailable,
}

struct Inner {
    channel: Channel,
    /// The worker said "ready".
    ready: bool,
    /// Messages (reference data, feed) that wait for the worker.
    waiting: Vec<String>,
    /// The last request number given.
    seq: u32,
    /// The request in flight.
    in_flight: Option<u32>,
    /// The newest request not yet sent.
    next: Option<(u32, String)>,
    /// The newest request sent, and every data message: sent again where the judge moves to
    /// the page after the worker broke.
    last: Option<(u32, String)>,
    data: Vec<String>,
    on_reply: Rc<dyn Fn(FromWorker)>,
    on_unavailable: Rc<dyn Fn()>,
    /// Told `true` when a request is sent, `false` when the answer to the latest is handed back.
    on_pending: Rc<dyn Fn(bool)>,
}

/// A handle on the judge; clones share one worker.
#[derive(Clone)]
pub struct JudgeClient(Rc<RefCell<Inner>>);

impl PartialEq for JudgeClient {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl JudgeClient {
    /// A client that starts nothing until [`JudgeClient::start`]. `on_reply` gets every
    /// answer but stale ones; `on_unavailable` is called once if nothing can judge;
    /// `on_pending` says whether a verdict is awaited (the page shows it as `data-pending`).
    pub fn new(
        on_reply: impl Fn(FromWorker) + 'static,
        on_unavailable: impl Fn() + 'static,
        on_pending: impl Fn(bool) + 'static,
    ) -> Self {
        JudgeClient(Rc::new(RefCell::new(Inner {
            channel: Channel::Starting,
            ready: false,
            waiting: Vec::new(),
            seq: 0,
            in_flight: None,
            next: None,
            last: None,
            data: Vec::new(),
            on_reply: Rc::new(on_reply),
            on_unavailable: Rc::new(on_unavailable),
            on_pending: Rc::new(on_pending),
        })))
    }

    /// Starts the worker (the widget calls this after its first paint).
    pub fn start(&self) {
        let worker = if page_protocol().as_deref() == Some("file:") {
            None
        } else {
            start_worker(&format!(
                "{}judge-worker_loader.js",
                crate::browser::asset_base()
            ))
        };
        match worker {
            Some(worker) => {
                let me = self.clone();
                let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
                    move |e: web_sys::MessageEvent| {
                        me.received(&e.data().as_string().unwrap_or_default())
                    },
                );
                worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
                on_message.forget();
                let me = self.clone();
                let on_error =
                    Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
                        e.prevent_default();
                        me.failed();
                    });
                worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
                on_error.forget();
                self.0.borrow_mut().channel = Channel::Worker(worker);
            }
            None => self.use_page_judge(),
        }
    }

    /// Starts again when nothing could judge (the user pressed "retry").
    pub fn retry(&self) {
        let unavailable = matches!(self.0.borrow().channel, Channel::Unavailable);
        if unavailable {
            self.start();
        }
    }

    /// The worker could not load, or broke: judge on the page if it carries the judge.
    fn failed(&self) {
        crate::browser::console_warn("tenderfit: the judge worker did not start or stopped");
        if let Channel::Worker(w) = &self.0.borrow().channel {
            w.terminate();
        }
        {
            let mut inner = self.0.borrow_mut();
            inner.ready = false;
            inner.in_flight = None;
            inner.waiting = inner.data.clone();
            if inner.next.is_none() {
                inner.next = inner.last.clone();
            }
        }
        self.use_page_judge();
    }

    fn use_page_judge(&self) {
        let judge = web_sys::window()
            .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("__tenderfitJudge")).ok())
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        match judge {
            Some(f) => {
                self.0.borrow_mut().channel = Channel::Page(f);
                self.received(&serde_json::to_string(&FromWorker::Ready).unwrap_or_default());
            }
            None => {
                let on_unavailable = {
                    let mut inner = self.0.borrow_mut();
                    inner.channel = Channel::Unavailable;
                    inner.on_unavailable.clone()
                };
                on_unavailable();
            }
        }
    }

    /// Sends reference data or a feed (kept until the worker is ready).
    pub fn send(&self, message: &ToWorker) {
        let Ok(text) = serde_json::to_string(message) else {
            return;
        };
        self.0.borrow_mut().data.push(text.clone());
        let ready = self.0.borrow().ready;
        if ready {
            self.post(text);
        } else {
            self.0.borrow_mut().waiting.push(text);
        }
    }

    /// Asks for a verdict; only the answer to the newest request is handed back.
    pub fn judge(&self, request: Request) {
        let (seq, send_now, on_pending) = {
            let mut inner = self.0.borrow_mut();
            inner.seq += 1;
            let send_now = inner.ready && inner.in_flight.is_none();
            (inner.seq, send_now, inner.on_pending.clone())
        };
        on_pending(true);
        let Ok(text) = serde_json::to_string(&ToWorker::Judge(seq, Box::new(request))) else {
            return;
        };
        if send_now {
            let mut inner = self.0.borrow_mut();
            inner.in_flight = Some(seq);
            inner.last = Some((seq, text.clone()));
            drop(inner);
            self.post(text);
        } else {
            self.0.borrow_mut().next = Some((seq, text));
        }
    }

    fn post(&self, text: String) {
        let inner = self.0.borrow();
        match &inner.channel {
            Channel::Worker(w) => {
                if w.post_message(&JsValue::from_str(&text)).is_err() {
                    drop(inner);
                    self.failed();
                }
            }
            Channel::Page(f) => {
                // Answered after this turn, as a worker's answer would be: the caller's
                // render finishes first.
                let f = f.clone();
                drop(inner);
                let me = self.clone();
                gloo::timers::callback::Timeout::new(0, move || {
                    let answer = f.call1(&JsValue::NULL, &JsValue::from_str(&text));
                    match answer.ok().and_then(|a| a.as_string()) {
                        Some(a) => me.received(&a),
                        None => {
                            me.0.borrow_mut().channel = Channel::Unavailable;
                            let on_unavailable = me.0.borrow().on_unavailable.clone();
                            on_unavailable();
                        }
                    }
                })
                .forget();
            }
            Channel::Starting | Channel::Unavailable => {}
        }
    }

    fn received(&self, text: &str) {
        let Ok(reply) = serde_json::from_str::<FromWorker>(text) else {
            crate::browser::console_warn("tenderfit: an answer of the judge worker was unreadable");
            return;
        };
        match reply {
            FromWorker::Ready => {
                let waiting = {
                    let mut inner = self.0.borrow_mut();
                    inner.ready = true;
                    std::mem::take(&mut inner.waiting)
                };
                for text in waiting {
                    self.post(text);
                }
                self.send_next();
            }
            FromWorker::Judged(seq, answer) => {
                let (stale, on_reply, on_pending) = {
                    let mut inner = self.0.borrow_mut();
                    inner.in_flight = None;
                    let stale = inner.next.is_some() || seq != inner.seq;
                    (stale, inner.on_reply.clone(), inner.on_pending.clone())
                };
                self.send_next();
                if !stale {
                    on_reply(FromWorker::Judged(seq, answer));
                    on_pending(false);
                }
            }
            FromWorker::Unreadable(why) => {
                crate::browser::console_warn(&format!("tenderfit judge: {why}"));
                self.0.borrow_mut().in_flight = None;
                self.send_next();
            }
            other => {
                let on_reply = self.0.borrow().on_reply.clone();
                on_reply(other);
            }
        }
    }

    /// Sends the request that waits, if the worker is free.
    fn send_next(&self) {
        let next = {
            let mut inner = self.0.borrow_mut();
            if !inner.ready || inner.in_flight.is_some() {
                return;
            }
            let next = inner.next.take();
            inner.in_flight = next.as_ref().map(|(seq, _)| *seq);
            if next.is_some() {
                inner.last = next.clone();
            }
            next
        };
        if let Some((_, text)) = next {
            self.post(text);
        }
    }
}

fn page_protocol() -> Option<String> {
    web_sys::window()?.location().protocol().ok()
}

/// A module worker from `url`, or `None` where the browser refuses (no `Worker`, a policy).
/// A worker's script must be of the page's origin: embedded from another origin, the worker
/// is a one-line module of the page's own (a blob) that imports the loader, which the
/// widget's origin serves with CORS as it serves the embed script.
fn start_worker(url: &str) -> Option<web_sys::Worker> {
    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    if let Ok(worker) = web_sys::Worker::new_with_options(url, &options) {
        return Some(worker);
    }
    let absolute = web_sys::Url::new_with_base(url, &web_sys::window()?.location().href().ok()?)
        .ok()?
        .href();
    let source = js_sys::Array::of1(&JsValue::from_str(&format!("import {absolute:?};")));
    let kind = web_sys::BlobPropertyBag::new();
    kind.set_type("text/javascript");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&source, &kind).ok()?;
    let blob_url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    web_sys::Worker::new_with_options(&blob_url, &options).ok()
}
