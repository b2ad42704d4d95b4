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

/// Counts a failed save as reported: the first module already logged it.
pub fn save_failure_reported() {
    SAVE_FAILED.set(true);
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

/// Dispatches a DOM `CustomEvent` (bubbles, composed) from `target`, and with
/// `data-analytics="datalayer"` pushes it to `window.dataLayer` as
/// `{event: "itcq_<name>", itcq_<field>: …}`. `private` fields (contact details) go to the
/// DOM event only, never to analytics.
fn dispatch(
    target: &web_sys::EventTarget,
    name: &str,
    fields: &[(&str, JsValue)],
    private: &[(&str, JsValue)],
    data_layer: bool,
) {
    let all: Vec<(&str, JsValue)> = fields.iter().chain(private).cloned().collect();
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&object(&all));
    if let Ok(ev) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(&ev);
    }
    if data_layer {
        push_data_layer(name, fields);
    }
}

/// Pushes one funnel event to `window.dataLayer` (created when missing, as Google Tag
/// Manager's snippet does). Only IDs, counts and scores: never a name, email or phone.
fn push_data_layer(name: &str, fields: &[(&str, JsValue)]) {
    let Some(w) = web_sys::window() else { return };
    let key = JsValue::from_str("dataLayer");
    let mut layer = js_sys::Reflect::get(&w, &key).unwrap_or(JsValue::UNDEFINED);
    if layer.is_undefined() || layer.is_null() {
        layer = js_sys::Array::new().into();
        let _ = js_sys::Reflect::set(&w, &key, &layer);
    }
    let event = format!(
        "itcq_{}",
        name.trim_start_matches("itcq:").replace('-', "_")
    );
    let mut entry: Vec<(String, JsValue)> = vec![("event".into(), event.into())];
    entry.extend(fields.iter().map(|(k, v)| (format!("itcq_{k}"), v.clone())));
    let o = js_sys::Object::new();
    for (k, v) in &entry {
        let _ = js_sys::Reflect::set(&o, &k.as_str().into(), v);
    }
    // `dataLayer.push`, whatever replaced the array (GTM wraps it).
    if let Ok(push) = js_sys::Reflect::get(&layer, &"push".into())
        && let Ok(push) = push.dyn_into::<js_sys::Function>()
    {
        let _ = push.call1(&layer, &o);
    }
}

/// Announces something the prospect did from the element they did it on (an event that
/// reaches the host and the page), e.g. `itcq:booking-opened`.
#[cfg(feature = "results")]
pub fn announce(
    target: &web_sys::EventTarget,
    name: &str,
    fields: &[(&str, JsValue)],
    data_layer: bool,
) {
    dispatch(target, name, fields, &[], data_layer);
}

/// `itcq:step-viewed` for every step the prospect sees: the step's name and, on a
/// question, its ID, its number among those asked and how many are asked.
pub fn step_viewed(host: &web_sys::HtmlElement, state: &State) {
    let mut fields: Vec<(&str, JsValue)> = vec![("step", state.step.name().into())];
    if let itcq_journey::Step::Question(i) = state.step {
        let q = &state.answers.bank().questions[i];
        fields.push(("question", q.id.as_str().into()));
        fields.push(("index", (state.asked_number(i) as u32).into()));
        fields.push(("total", (state.asked() as u32).into()));
    }
    let data_layer = state.config.analytics == itcq_msp::config::Analytics::DataLayer;
    dispatch(host, "itcq:step-viewed", &fields, &[], data_layer);
}

/// An event's fields: name and value.
type Fields<'a> = Vec<(&'a str, JsValue)>;

/// Sends an event to the host page as a DOM `CustomEvent` (bubbles, composed).
pub fn send(host: &web_sys::HtmlElement, event: Event, state: &State, report: Option<&Report>) {
    let score = |x: Option<f64>| x.map_or(JsValue::NULL, JsValue::from);
    let data_layer = state.config.analytics == itcq_msp::config::Analytics::DataLayer;
    let (name, fields, private): (&str, Fields, Fields) = match event {
        // For the lead delivery only.
        Event::LeadReady => return,
        Event::Started => ("itcq:started", vec![], vec![]),
        Event::BlockCompleted(b) => (
            "itcq:block-completed",
            vec![
                ("block", b.as_str().into()),
                ("index", (b.index() as u32).into()),
            ],
            vec![],
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
                vec![
                    ("itcq", r.itcq.into()),
                    ("band", r.band.as_str().into()),
                    ("target", r.target_itcq.into()),
                ],
                vec![("blocks", blocks.into())],
            )
        }
        Event::LeadSubmitted => (
            "itcq:lead-submitted",
            vec![],
            vec![
                ("name", state.lead.name.as_str().into()),
                ("email", state.lead.email.as_str().into()),
                ("company", state.lead.company.as_str().into()),
                ("phone", state.lead.phone.as_str().into()),
            ],
        ),
    };
    dispatch(host, name, &fields, &private, data_layer);
}

/// The journey's lead ID: given by a resume link, else kept for this tab's session (so
/// a reload sends the same partial lead again rather than a second one), else new.
pub fn lead_id(storage_key: &str, given: Option<&str>) -> String {
    let key = format!("itcq:v1:lead:{storage_key}");
    let store = web_sys::window().and_then(|w| w.session_storage().ok().flatten());
    let id = given.map(str::to_string).or_else(|| {
        store
            .as_ref()
            .and_then(|s| s.get_item(&key).ok().flatten())
            .filter(|id| {
                (1..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric())
            })
    });
    let id = id.unwrap_or_else(|| {
        format!(
            "{:x}{:08x}",
            now(),
            (js_sys::Math::random() * f64::from(u32::MAX)) as u32
        )
    });
    if let Some(s) = store {
        let _ = s.set_item(&key, &id);
    }
    id
}

/// Sends a partial lead with `sendBeacon` (it survives the page being closed); whether
/// the browser queued it.
pub fn beacon(url: &str, body: &str) -> bool {
    web_sys::window()
        .map(|w| w.navigator())
        .and_then(|n| n.send_beacon_with_opt_str(url, Some(body)).ok())
        .unwrap_or(false)
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

/// Scrolls the widget's top to the top of the screen when a new step would otherwise not
/// be fully in view: the widget's top is above the screen, or the step's way on (its
/// last row of buttons) is below it. A widget already in view stays where it is.
pub fn bring_into_view(root: &NodeRef) {
    let (Some(el), Some(w)) = (root.cast::<web_sys::Element>(), web_sys::window()) else {
        return;
    };
    let height = w
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let top = el.get_bounding_client_rect().top();
    let way_on = el
        .query_selector(".itcq-step > .itcq-nav")
        .ok()
        .flatten()
        .map_or(0.0, |n| n.get_bounding_client_rect().bottom());
    if top < 0.0 || (top > 0.0 && way_on > height) {
        el.scroll_into_view_with_bool(true);
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
