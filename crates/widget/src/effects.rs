//! Side effects: local storage, events to the host page, focus, brand colors, console.
//!
//! Storage may be disabled, full or hold anything: every failure is logged and the
//! assessment goes on.

use itcq_core::bank::BankRef;
use itcq_core::report::Report;
use itcq_journey::{Event, Snapshot, State};
use itcq_msp::config::WidgetConfig;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use yew::NodeRef;

pub use itcq_web::warn;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn key(storage_key: &str) -> String {
    format!("itcq:v1:{storage_key}")
}

/// Loads a saved assessment: the snapshot to offer, or a notice when one had to be
/// discarded.
pub fn load(storage_key: &str, bank: &BankRef) -> (Option<Snapshot>, Option<&'static str>) {
    let Some(store) = storage() else {
        return (None, None);
    };
    let text = match store.get_item(&key(storage_key)) {
        Ok(Some(text)) => text,
        _ => return (None, None),
    };
    match Snapshot::decode(&text, now(), bank) {
        Ok(s) => (Some(s), None),
        Err(e) => {
            warn(&format!("discarded the saved assessment: {}", e.0));
            let _ = store.remove_item(&key(storage_key));
            (None, Some("notice.restore_failed"))
        }
    }
}

/// Whether leads from an earlier visit wait in the outbox (kept by the engine bundle).
pub fn outbox_waiting() -> bool {
    storage().is_some_and(|s| matches!(s.get_item(itcq_msp::delivery::OUTBOX_KEY), Ok(Some(_))))
}

/// Milliseconds since 1970, from the browser's clock.
fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// Saves the assessment, stamped with the time; whether it was kept. A failure (storage
/// off or full) is not fatal; the first one on the page is logged.
pub fn save(storage_key: &str, snapshot: &Snapshot) -> bool {
    let mut snapshot = snapshot.clone();
    snapshot.saved_at = now();
    let saved = storage().is_some_and(|store| {
        store
            .set_item(&key(storage_key), &snapshot.encode())
            .is_ok()
    });
    if !saved && !SAVE_FAILED.replace(true) {
        warn(
            "could not save the answers on this device (storage full or blocked); the assessment goes on, but a reload will start over",
        );
    }
    saved
}

thread_local! {
    /// Whether a failed save was already reported: once per page, not once per answer.
    static SAVE_FAILED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// A plain object for an event's `detail` (built directly: serde here would add several
/// KB to the widget for four small objects).
fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in fields {
        let _ = js_sys::Reflect::set(&o, &(*k).into(), v);
    }
    o.into()
}

/// Sends an event to the host page as a DOM `CustomEvent` (bubbles, composed).
pub fn send(host: &web_sys::HtmlElement, event: Event, state: &State, report: Option<&Report>) {
    let score = |x: Option<f64>| x.map_or(JsValue::NULL, JsValue::from);
    let (name, detail) = match event {
        Event::Started => ("itcq:started", object(&[])),
        Event::BlockCompleted(b) => (
            "itcq:block-completed",
            object(&[
                ("block", b.as_str().into()),
                ("index", (b.index() as u32).into()),
            ]),
        ),
        Event::Completed => {
            let Some(r) = report else { return };
            let blocks: js_sys::Array = r
                .blocks
                .iter()
                .map(|b| {
                    object(&[
                        ("id", b.id.as_str().into()),
                        ("score", score(b.score)),
                        ("target", b.target.into()),
                    ])
                })
                .collect();
            (
                "itcq:completed",
                object(&[
                    ("itcq", r.itcq.into()),
                    ("band", r.band.as_str().into()),
                    ("blocks", blocks.into()),
                ]),
            )
        }
        Event::LeadSubmitted => (
            "itcq:lead-submitted",
            object(&[
                ("name", state.lead.name.as_str().into()),
                ("email", state.lead.email.as_str().into()),
                ("company", state.lead.company.as_str().into()),
                ("phone", state.lead.phone.as_str().into()),
            ]),
        ),
    };
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(ev) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&ev);
    }
}

/// Moves focus to the first element matching one of the selectors (in order of
/// preference), e.g. the step's heading so keyboard and screen-reader users start there.
pub fn focus_first(root: &NodeRef, selectors: &[&str]) {
    let Some(el) = root.cast::<web_sys::Element>() else {
        return;
    };
    for selector in selectors {
        if let Ok(Some(target)) = el.query_selector(selector)
            && let Ok(target) = target.dyn_into::<web_sys::HtmlElement>()
        {
            let _ = target.focus();
            return;
        }
    }
}

/// Sets the brand colors as CSS custom properties on the widget's root element (through
/// the CSSOM, which a strict `style-src` policy allows).
pub fn apply_brand(root: &NodeRef, config: &WidgetConfig) {
    let Some(el) = root.cast::<web_sys::HtmlElement>() else {
        return;
    };
    let style = el.style();
    let c = config.brand_color;
    let _ = style.set_property("--itcq-brand", &c.to_string());
    let _ = style.set_property("--itcq-on-brand", &c.text_on().to_string());
    let _ = style.set_property("--itcq-brand-ink", &c.readable_on_white().to_string());
}

/// Marks the moment the widget's first step is on screen and interactive
/// (`performance.mark("itcq:ready")`), for the page's own performance tooling and the
/// benchmark (`make bench-web`).
pub fn mark_ready() {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark("itcq:ready");
    }
}
