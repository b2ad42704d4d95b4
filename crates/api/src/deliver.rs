//! Lead delivery in the browser: the engine's [`delivery`](itcq_msp::delivery) rules
//! over `fetch` and `localStorage`.
//!
//! The outbox lives under `itcq:v1:outbox`. Where storage is off or full it is kept in
//! memory for the visit. A flush sends what is due, retries within the visit while the
//! next attempt is at most [`WAIT_IN_VISIT_MS`] away, and leaves the rest for the next
//! visit (the widget flushes whenever it mounts).

use crate::{configured, read_for, to_js};
use itcq_msp::delivery::{Context, OUTBOX_KEY as KEY, Outbox, Outcome, deliveries};
use itcq_web::warn;
use serde::Serialize;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{JsFuture, future_to_promise};

/// Longest wait for a retry within one visit.
pub const WAIT_IN_VISIT_MS: f64 = 120_000.0;

/// A request with no answer after this long counts as failed (and is retried).
const TIMEOUT_MS: u32 = 15_000;

thread_local! {
    /// The outbox when storage is unavailable.
    static MEMORY: RefCell<Outbox> = RefCell::new(Outbox::default());
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn load() -> Outbox {
    let stored = storage().and_then(|s| s.get_item(KEY).ok().flatten());
    match stored {
        Some(text) => {
            let (outbox, problem) = Outbox::parse(&text);
            if let Some(p) = problem {
                warn(&format!("discarded the stored lead outbox: {p}"));
                if let Some(s) = storage() {
                    let _ = s.remove_item(KEY);
                }
            }
            // Deliveries kept in memory after a failed save are not lost on reload of
            // the outbox.
            MEMORY.with(|m| {
                let mut merged = outbox;
                for d in m.borrow().pending.iter() {
                    if !merged.pending.iter().any(|x| x.id == d.id) {
                        merged.pending.push(d.clone());
                    }
                }
                merged
            })
        }
        None => MEMORY.with(|m| m.borrow().clone()),
    }
}

fn save(outbox: &Outbox) {
    let stored = storage().is_some_and(|s| {
        if outbox.pending.is_empty() {
            s.remove_item(KEY).is_ok()
        } else {
            s.set_item(KEY, &outbox.to_text()).is_ok()
        }
    });
    MEMORY.with(|m| {
        *m.borrow_mut() = if stored {
            Outbox::default()
        } else {
            outbox.clone()
        }
    });
}

fn now() -> f64 {
    js_sys::Date::now()
}

async fn sleep(ms: f64) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
                &resolve,
                ms.clamp(0.0, WAIT_IN_VISIT_MS) as i32,
            );
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// POSTs one body as JSON; the HTTP status, or 0 when there was no answer.
async fn post(url: &str, body: &str) -> u16 {
    let Some(window) = web_sys::window() else {
        return 0;
    };
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_mode(web_sys::RequestMode::Cors);
    init.set_body(&JsValue::from_str(body));
    init.set_signal(Some(&web_sys::AbortSignal::timeout_with_u32(TIMEOUT_MS)));
    let headers = web_sys::Headers::new().ok();
    if let Some(h) = &headers {
        let _ = h.set("Content-Type", "application/json");
        init.set_headers(h);
    }
    let Ok(request) = web_sys::Request::new_with_str_and_init(url, &init) else {
        return 0;
    };
    match JsFuture::from(window.fetch_with_request(&request)).await {
        Ok(resp) => resp
            .dyn_into::<web_sys::Response>()
            .map_or(0, |r| r.status()),
        Err(_) => 0,
    }
}

/// What a flush did.
#[derive(Serialize, Default)]
struct Tally {
    delivered: u32,
    refused: u32,
    pending: u32,
}

async fn flush() -> Tally {
    let mut tally = Tally::default();
    loop {
        let t = now();
        let mut outbox = load();
        let expired = outbox.expire(t);
        if expired > 0 {
            warn(&format!(
                "{expired} lead deliveries older than 30 days were dropped"
            ));
        }
        let due = outbox.take_due(t);
        save(&outbox);
        if due.is_empty() {
            match outbox.next_due() {
                Some(at) if at - t <= WAIT_IN_VISIT_MS => {
                    sleep(at - t + 50.0).await;
                    continue;
                }
                _ => {
                    tally.pending = outbox.pending.len() as u32;
                    return tally;
                }
            }
        }
        for d in due {
            let status = post(&d.url, &d.body).await;
            let outcome = Outcome::of_status(status);
            match outcome {
                Outcome::Delivered => tally.delivered += 1,
                Outcome::Refused => {
                    tally.refused += 1;
                    web_sys::console::error_1(
                        &format!(
                            "[ITCq] the lead endpoint {} refused a lead with HTTP {status}; check data-webhook / data-hubspot-* (the lead is also in the itcq:lead-submitted event)",
                            d.url
                        )
                        .into(),
                    );
                }
                Outcome::Retry => warn(&format!(
                    "the lead could not be delivered to {} yet ({}); it will be retried",
                    d.url,
                    if status == 0 {
                        "no answer".to_string()
                    } else {
                        format!("HTTP {status}")
                    }
                )),
            }
            let mut outbox = load();
            outbox.settle(&d.id, outcome, now());
            save(&outbox);
        }
    }
}

/// Queues a lead for every endpoint the options configure (`webhook`, `hubspotPortal` +
/// `hubspotForm`) and starts delivering. `code` must carry the contact details. Resolves
/// to `{delivered, refused, pending}`. `lead_id` (a string, or `undefined`) is the
/// journey's lead ID when the widget may have sent a partial lead: the webhook's lead then
/// names that partial in `supersedes`.
#[wasm_bindgen(js_name = deliverLead)]
pub fn deliver_lead(
    code: &str,
    options: JsValue,
    page_url: &str,
    page_title: &str,
    lead_id: JsValue,
    lang: JsValue,
) -> Result<js_sys::Promise, JsError> {
    let lead_id = lead_id
        .as_string()
        .filter(|id| (1..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric()));
    let (config, texts) = configured(&options, &lang);
    let scored = read_for(code, &config)?;
    let Some(lead) = scored.decoded.lead.clone() else {
        return Err(JsError::new(
            "code: holds no contact details; a lead needs the code made after the lead form",
        ));
    };
    let nonce = format!(
        "{:x}{:08x}",
        now() as u64,
        (js_sys::Math::random() * f64::from(u32::MAX)) as u32
    );
    let ctx = Context {
        page_url: page_url.split('#').next().unwrap_or(page_url),
        page_title,
        now: now(),
        nonce: &nonce,
        texts: &texts,
        lead_id: lead_id.as_deref(),
    };
    let items = deliveries(&scored, &lead, &config, &ctx);
    if !items.is_empty() {
        let mut outbox = load();
        outbox.push(items);
        save(&outbox);
    }
    Ok(flush_outbox())
}

/// Sends whatever is waiting in the outbox. Resolves to `{delivered, refused, pending}`.
#[wasm_bindgen(js_name = flushOutbox)]
pub fn flush_outbox() -> js_sys::Promise {
    future_to_promise(async {
        let tally = flush().await;
        to_js(&tally).map_err(JsValue::from)
    })
}
