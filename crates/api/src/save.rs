//! Saving a result from the widget: the JSON and CSV files and the printable report. The
//! widget calls [`save_export`] through the loader during the prospect's click (it opens
//! the print tab itself, so pop-up blockers allow it) and shows nothing else: this module
//! writes the outcome into the widget's status line.

use crate::{configured, read_for};
use itcq_formats::export;
use js_sys::{Array, Function, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// Offers a text as a file download.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let fail = |_| format!("the browser did not allow saving {name}");
    let parts = Array::of1(&JsValue::from_str(text));
    let props = web_sys::BlobPropertyBag::new();
    props.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &props).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(fail)?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // The download has started from the URL; free it once the click is handled.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
    Ok(())
}

/// A stylesheet constructed in `window`'s own realm (a sheet made by another document
/// cannot be adopted), or `None` where constructable stylesheets are missing.
fn constructed_sheet(window: &web_sys::Window, css: &str) -> Option<JsValue> {
    let ctor = Reflect::get(window, &"CSSStyleSheet".into()).ok()?;
    let sheet = Reflect::construct(ctor.dyn_ref::<Function>()?, &Array::new()).ok()?;
    let replace = Reflect::get(&sheet, &"replaceSync".into()).ok()?;
    replace
        .dyn_ref::<Function>()?
        .call1(&sheet, &css.into())
        .ok()?;
    Some(sheet)
}

/// Builds the printable report in `window` and opens its print dialog; without a window
/// (pop-ups blocked), downloads the report instead. Returns the key of the message for the
/// prospect.
///
/// The report is built node by node ([`crate::markup`]), not written as a string: the tab
/// shares the host page's Content-Security-Policy, which may enforce Trusted Types (no
/// `document.write`) and refuse inline styles (`style-src 'self'`). Its styles are adopted
/// as a constructed stylesheet where the browser can, else put in a `<style>` element:
/// better a policy violation than an unstyled report.
fn print(
    window: Option<web_sys::Window>,
    report: impl Fn(bool) -> String,
    css: &str,
    name: &str,
) -> Result<&'static str, String> {
    // The tab's window and document come from another realm, where `instanceof` checks
    // against this page's classes fail: they are taken as they are.
    let doc = window.as_ref().and_then(|w| w.document());
    match (window, doc) {
        (Some(w), Some(doc)) => {
            let unwritten = |_| "the report tab could not be written".to_string();
            let nodes = crate::markup::build(&doc, &report(false))?;
            let Some(html) = nodes
                .into_iter()
                .find(|n| n.node_name().eq_ignore_ascii_case("html"))
            else {
                return Err("the report has no document".into());
            };
            match doc.document_element() {
                Some(old) => doc.replace_child(&html, &old).map(|_| ()),
                None => doc.append_child(&html).map(|_| ()),
            }
            .map_err(unwritten)?;
            let adopted = constructed_sheet(&w, css).is_some_and(|sheet| {
                Reflect::set(&doc, &"adoptedStyleSheets".into(), &Array::of1(&sheet))
                    .unwrap_or(false)
                    // The tab's array is from its own realm: read its length, not its class.
                    && Reflect::get(&doc, &"adoptedStyleSheets".into())
                        .and_then(|a| Reflect::get(&a, &"length".into()))
                        .ok()
                        .and_then(|n| n.as_f64())
                        == Some(1.0)
            });
            if !adopted {
                let style = doc.create_element("style").map_err(unwritten)?;
                style.set_text_content(Some(css));
                if let Ok(Some(head)) = doc.query_selector("head") {
                    head.append_child(&style).map_err(unwritten)?;
                }
            }
            let _ = w.focus();
            let _ = w.print();
            Ok("ui.share.printed")
        }
        _ => {
            download(name, "text/html", &report(true))?;
            Ok("ui.share.print_blocked")
        }
    }
}

/// Saves one result as `kind` (`"pdf"`, `"json"` or `"csv"`): `code` is its result code,
/// `options` the widget's options (branding), `link_base` the page for result links,
/// `file` the file name without extension, `window` the print tab opened during the click
/// (or `null`), `status` the element that tells the prospect what happened.
#[wasm_bindgen(js_name = saveExport)]
#[allow(clippy::too_many_arguments)] // positional, as the loader calls it from JavaScript
pub fn save_export(
    kind: &str,
    code: &str,
    options: JsValue,
    link_base: &str,
    file: &str,
    window: JsValue,
    status: JsValue,
    lang: JsValue,
) {
    let (config, t) = configured(&options, &lang);
    let outcome = read_for(code, &config)
        .map_err(|_| "the result could not be read".to_string())
        .and_then(|scored| {
            let base = Some(link_base);
            match kind {
                "pdf" => {
                    let window = (!window.is_null() && !window.is_undefined())
                        .then(|| window.unchecked_into::<web_sys::Window>());
                    print(
                        window,
                        |inline| {
                            export::report_document(&scored, &config.brand(), base, &t, inline)
                        },
                        &export::report_css(&config.brand()),
                        &format!("{file}.html"),
                    )
                }
                "json" => download(
                    &format!("{file}.json"),
                    "application/json",
                    &export::json(&scored, base, &t),
                )
                .map(|()| "ui.share.downloading"),
                "csv" => download(
                    &format!("{file}.csv"),
                    "text/csv",
                    &export::csv(&[scored], base, &t),
                )
                .map(|()| "ui.share.downloading"),
                other => Err(format!("unknown export \"{other}\"")),
            }
        });
    let text = match outcome {
        Ok(key) => t.get(key).to_string(),
        Err(e) => t.fmt("ui.share.failed", &[("reason", &e)]),
    };
    if let Some(el) = status.dyn_ref::<web_sys::Element>() {
        el.set_text_content(Some(&text));
    }
}
