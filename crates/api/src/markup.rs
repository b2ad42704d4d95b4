//! The engine's own markup (the printable report, the block chart) built as DOM nodes, one
//! element, attribute and text at a time, from the tokens of [`itcq_formats::markup`]. No
//! string reaches the browser's HTML parser, so this works on pages that enforce Trusted
//! Types (`require-trusted-types-for 'script'`), where `document.write`, `innerHTML` and
//! `DOMParser` are refused; nothing active in the markup is built.

use itcq_formats::markup::{Token, kept, tokens};
use wasm_bindgen::JsCast;

/// The SVG namespace: `<svg>` and everything inside it.
const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// Builds `markup` in `doc` and returns its top-level nodes (elements and text), not yet
/// placed anywhere. `doc` may belong to another window (the print tab).
pub fn build(doc: &web_sys::Document, markup: &str) -> Result<Vec<web_sys::Node>, String> {
    let fail = |what: &str| format!("{what} could not be made");
    let mut top: Vec<web_sys::Node> = Vec::new();
    let mut open: Vec<(web_sys::Element, bool)> = Vec::new();
    for token in tokens(markup)? {
        match token {
            Token::Open { name, attrs, empty } => {
                let svg = name == "svg" || open.last().is_some_and(|(_, svg)| *svg);
                let el = if svg {
                    doc.create_element_ns(Some(SVG_NS), &name)
                } else {
                    doc.create_element(&name)
                }
                .map_err(|_| fail(&name))?;
                for (attr, value) in attrs {
                    if kept(attr, &value) {
                        el.set_attribute(attr, &value).map_err(|_| fail(attr))?;
                    }
                }
                match open.last() {
                    Some((parent, _)) => {
                        parent.append_child(&el).map_err(|_| fail(&name))?;
                    }
                    None => top.push(el.clone().unchecked_into()),
                }
                if !empty {
                    open.push((el, svg));
                }
            }
            Token::Close(_) => {
                open.pop();
            }
            Token::Text(text) => match open.last() {
                Some((parent, _)) => parent.append_with_str_1(&text).map_err(|_| fail("text"))?,
                None if text.trim().is_empty() => {}
                None => return Err("text outside any element".into()),
            },
        }
    }
    Ok(top)
}
