//! The embeddable widget: a Yew app that renders the [`journey`](itcq_journey) and the
//! engine's report inside the shadow root the loader (`www/embed.js`) creates.
//!
//! This crate only renders and runs side effects (storage, events to the host page,
//! focus, brand colors); every rule lives in the engine or the journey.
//!
//! **Must not import:** the engine API or the briefing (the widget loads the engine
//! bundle on demand for exports and delivery, see `exports`). Empty on targets other than
//! wasm32; the web build makes it a cdylib.
#![cfg(target_arch = "wasm32")]

mod app;
#[cfg(feature = "results")]
mod chart;
mod crash;
mod effects;
mod exports;
mod forms;
#[cfg(feature = "results")]
mod results;
mod ui;

use itcq_msp::config::{Problem, WidgetConfig};
use itcq_msp::custom::{self, Custom, Issue};
use itcq_text::Texts;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// A mounted widget; `destroy()` unmounts it, `set_texts()` switches its language.
#[wasm_bindgen]
pub struct WidgetHandle {
    app: Option<yew::AppHandle<app::App>>,
    root: web_sys::Element,
    props: app::AppProps,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Unmounts the app and empties its root. Safe to call twice.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        crash::forget(&self.root);
        self.root.set_text_content(None);
    }

    /// Shows the widget in another language (a language file the loader fetched). The
    /// prospect's answers and step stay as they are.
    #[wasm_bindgen(js_name = setTexts)]
    pub fn set_texts(&mut self, texts: JsValue) -> Result<(), JsError> {
        let texts = itcq_web::read_texts(&texts).ok_or_else(|| {
            JsError::new("setTexts: expected a language file ({lang, texts: {key: text}})")
        })?;
        self.props.texts = Rc::new(with_overrides(texts, &self.props.config));
        if let Some(app) = &mut self.app {
            app.update(self.props.clone());
        }
        Ok(())
    }
}

/// A language file with the MSP's text overrides for its language on top.
fn with_overrides(mut texts: Texts, config: &WidgetConfig) -> Texts {
    config.custom.overlay(&mut texts);
    texts
}

/// Reads the MSP's configuration file as the loader passed it: the parsed JSON object,
/// or a string saying why it could not be loaded.
fn read_file(file: &JsValue) -> (Custom, Vec<Issue>) {
    if file.is_undefined() || file.is_null() {
        return (Custom::default(), Vec::new());
    }
    let node = match file.as_string() {
        Some(why) => Err(why),
        None => itcq_web::read_node(file, custom::MAX_DEPTH).ok_or_else(|| {
            format!(
                "the file is nested more than {} levels deep; the schema uses four",
                custom::MAX_DEPTH
            )
        }),
    };
    match node {
        Ok(node) => custom::read(&node, &custom::key_shape),
        Err(accepted) => (
            Custom::default(),
            vec![Issue {
                path: "(file)".into(),
                found: String::new(),
                accepted,
            }],
        ),
    }
}

/// Mounts a widget into `root` (inside the open shadow root of `host`), configured by
/// `options` (dataset-style keys), with its texts from `texts` (a language file the
/// loader fetched; English built into the engine when absent, as in tests). `engine` is
/// the loader's `(name, args, status) => void` for the engine API bundle (exports and
/// lead delivery); `switch_lang` is its `(code) => void` that fetches another language
/// and calls `setTexts`. `options.config` is the MSP's configuration file
/// (`data-config`) as the loader parsed it, or the reason it could not be loaded.
/// `upgrade` is the loader's `(handover) => void` that fetches the module with the
/// results (`null`: fetch it now, a text: mount it with this journey), and `handover` the
/// journey a module without results handed over (a saved-progress text).
/// Configuration problems are
/// shown inside the widget and logged; only a `host` or `root` that is not an element is
/// an error.
// The loader's calling convention: plain arguments, as `wasm_bindgen` exports take them.
#[allow(clippy::too_many_arguments)]
#[wasm_bindgen]
pub fn mount(
    host: JsValue,
    root: JsValue,
    options: JsValue,
    engine: JsValue,
    texts: JsValue,
    switch_lang: JsValue,
    upgrade: JsValue,
    handover: JsValue,
) -> Result<WidgetHandle, JsError> {
    crash::install();
    let host: web_sys::HtmlElement = host
        .dyn_into()
        .map_err(|_| JsError::new("mount: host must be an HTML element"))?;
    let root: web_sys::Element = root
        .dyn_into()
        .map_err(|_| JsError::new("mount: root must be an element"))?;
    let file = js_sys::Reflect::get(&options, &"config".into()).unwrap_or_default();
    let (custom, issues) = read_file(&file);
    let blocked = custom.refused(&issues);
    let custom = custom.applied(&issues);
    let (config, problems) = WidgetConfig::with_file(&itcq_web::read_options(&options), custom);
    let problems: Vec<Problem> = issues.iter().map(Problem::from).chain(problems).collect();
    for p in &problems {
        effects::warn(&p.to_string());
    }
    let texts = itcq_web::read_texts(&texts).unwrap_or_else(|| {
        effects::warn("mount: no readable language file; using the built-in texts");
        // The browser build has no English of its own: the loader always passes a file.
        #[cfg(feature = "external-texts")]
        return Texts::default();
        #[cfg(not(feature = "external-texts"))]
        itcq_text::english().clone()
    });
    let texts = with_overrides(texts, &config);
    root.set_text_content(None);
    crash::register(&root);
    let props = app::AppProps {
        host,
        config: Rc::new(config),
        problems: Rc::new(problems),
        blocked,
        api: exports::EngineApi {
            loader: engine.dyn_into().ok(),
            options,
        },
        texts: Rc::new(texts),
        switch_lang: switch_lang.dyn_into().ok(),
        upgrade: upgrade.dyn_into().ok(),
        handover: handover.as_string().map(Rc::from),
    };
    let app = yew::Renderer::<app::App>::with_root_and_props(root.clone(), props.clone()).render();
    Ok(WidgetHandle {
        app: Some(app),
        root,
        props,
    })
}
