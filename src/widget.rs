//! The embeddable widget: a Yew app that renders the [`journey`](crate::journey) and the
//! engine's report inside the shadow root the loader (`www/embed.js`) creates.
//!
//! This module only renders and runs side effects (storage, events to the host page,
//! focus, brand colours); every rule lives in the engine or the journey.

mod app;
mod chart;
mod crash;
mod effects;
mod exports;
mod forms;
mod results;

use crate::engine::config::WidgetConfig;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// A mounted widget; `destroy()` unmounts it.
#[wasm_bindgen]
pub struct WidgetHandle {
    app: Option<yew::AppHandle<app::App>>,
    root: web_sys::Element,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Unmounts the app and empties its root. Safe to call twice.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        crash::forget(&self.root);
        self.root.set_inner_html("");
    }
}

/// Mounts a widget into `root` (inside the open shadow root of `host`), configured by
/// `options` (dataset-style keys). `engine` is the loader's `() => Promise<module>` for
/// the engine API bundle (exports and lead delivery); without it those are unavailable.
/// Configuration problems are shown inside the widget and logged; only a `host` or `root`
/// that is not an element is an error.
#[wasm_bindgen]
pub fn mount(
    host: JsValue,
    root: JsValue,
    options: JsValue,
    engine: JsValue,
) -> Result<WidgetHandle, JsError> {
    crash::install();
    let host: web_sys::HtmlElement = host
        .dyn_into()
        .map_err(|_| JsError::new("mount: host must be an HTML element"))?;
    let root: web_sys::Element = root
        .dyn_into()
        .map_err(|_| JsError::new("mount: root must be an element"))?;
    let (config, problems) = WidgetConfig::from_attributes(&crate::web::read_options(&options));
    for p in &problems {
        effects::warn(&p.to_string());
    }
    root.set_inner_html("");
    crash::register(&root);
    let props = app::AppProps {
        host,
        config: Rc::new(config),
        problems: Rc::new(problems),
        api: exports::EngineApi {
            loader: engine.dyn_into().ok(),
            options,
        },
    };
    let app = yew::Renderer::<app::App>::with_root_and_props(root.clone(), props).render();
    Ok(WidgetHandle {
        app: Some(app),
        root,
    })
}
