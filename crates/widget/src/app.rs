//! The root component: one reducer over the journey's [`State`], the side effects, and
//! the frame around each step (configuration problems, header, notice, live region).

use crate::exports::{self, EngineApi};
use crate::ui::{Model, send, tx};
use crate::{effects, forms, results};
use itcq_core::assess_tuned;
use itcq_core::bank::BankId;
use itcq_core::report::Report;
use itcq_formats::code;
use itcq_formats::code::CodeError;
use itcq_journey::{Action, Event, State, Step};
use itcq_msp::config::{Problem, WidgetConfig};
use itcq_msp::custom::Font;
use itcq_text::{Lang, MORE_MARKER, Texts};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of the widget.
#[derive(Properties, Clone)]
pub struct AppProps {
    /// The shadow host; events go here.
    pub host: web_sys::HtmlElement,
    /// The validated configuration.
    pub config: Rc<WidgetConfig>,
    /// What was wrong in the configuration.
    pub problems: Rc<Vec<Problem>>,
    /// Whether a strict configuration file had problems: the assessment does not start
    /// until the MSP fixes it, rather than running half-configured.
    pub blocked: bool,
    /// The engine API bundle, for exports and lead delivery.
    pub api: EngineApi,
    /// The texts in the language in use.
    pub texts: Rc<Texts>,
    /// The loader's `(code) => void` that fetches another language and hands it to the
    /// widget; without it the language menu is not shown.
    pub switch_lang: Option<js_sys::Function>,
}

/// Props change only when the loader hands over other texts (the rest is set once at
/// mount): comparing the shared values by pointer keeps deep comparisons of the
/// configuration and the texts out of the widget.
impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.config, &other.config)
            && Rc::ptr_eq(&self.problems, &other.problems)
            && Rc::ptr_eq(&self.texts, &other.texts)
            && self.blocked == other.blocked
            && self.host == other.host
            && self.api == other.api
            && self.switch_lang == other.switch_lang
    }
}

/// The report for the current answers, when the profile is complete.
pub fn report_of(state: &State) -> Option<Report> {
    let profile = state.profile.profile()?;
    Some(assess_tuned(
        &profile,
        &state.answers,
        &state.config.custom.tuning,
    ))
}

fn live_text(state: &State) -> String {
    let t = &state.texts;
    match state.step {
        Step::Question(i) => forms::progress_text(state, i),
        Step::Results => t.get("ui.live.results").into(),
        Step::Lead => t.get("ui.live.lead").into(),
        _ => String::new(),
    }
}

/// The language menu: the prospect may switch at any time; answers stay where they are.
fn lang_menu(t: &Texts, switch: &js_sys::Function) -> Html {
    let switch = switch.clone();
    let onchange = Callback::from(move |e: yew::Event| {
        let v = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        let _ = switch.call1(&wasm_bindgen::JsValue::NULL, &v.into());
    });
    html! {
        <select class="itcq-lang" aria-label={t.get("ui.language").to_string()} {onchange}>
            { for Lang::ALL.iter().map(|l| html! {
                <option value={l.code()} lang={l.code()} selected={*l == t.lang()}>{ l.native_name() }</option>
            }) }
        </select>
    }
}

/// Sends a just-submitted lead to the endpoints the MSP configured (none: nothing is
/// sent). Delivery runs in the background; the prospect's results never wait for it.
fn deliver(api: &EngineApi, state: &State) {
    let c = &state.config;
    if c.webhook.is_none() && c.hubspot.is_none() {
        return;
    }
    let Some(code) = exports::code_of(state, true) else {
        return;
    };
    let title = web_sys::window()
        .and_then(|w| w.document())
        .map(|d| d.title())
        .unwrap_or_default();
    let args = [
        code.into(),
        api.options.clone(),
        exports::page_url().into(),
        title.into(),
    ];
    api.call("deliverLead", &args, None);
}

/// The widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let config = props.config.clone();
    let texts = props.texts.clone();
    let state = use_reducer(move || {
        let bank = &config.custom.bank;
        let (saved, notice) = effects::load(&config.storage_key, bank);
        let shared = config
            .result_code
            .as_deref()
            .map(|text| code::decode_with(text, |id| (id == BankId::Quick).then(|| bank.clone())));
        let state = State {
            texts,
            ..State::new(config, saved, notice)
        };
        Model(match shared {
            Some(Ok(decoded)) => state.open_shared(decoded),
            Some(Err(e)) => {
                let notice = match e {
                    CodeError::NewerFormat(_) | CodeError::BankVersion { .. } => {
                        "notice.link_newer"
                    }
                    CodeError::OwnQuestions { .. } => "notice.link_other_questions",
                    _ => "notice.link_damaged",
                };
                // The reason in full is the engine's message, which the widget leaves out
                // of its download: the rep page and `itcq decode` print it.
                effects::warn(&format!(
                    "the results link could not be opened ({notice}); paste it on the rep page for the reason"
                ));
                State {
                    notice: Some(notice),
                    ..state
                }
            }
            None => state,
        })
    });
    let root = use_node_ref();
    let s = &state.0;
    {
        // Another language arrived from the loader: same answers, new texts.
        let dispatch = state.dispatcher();
        use_effect_with(props.texts.clone(), move |texts| {
            dispatch.dispatch(Action::SetTexts(texts.clone()));
        });
    }

    {
        let (root, config) = (root.clone(), props.config.clone());
        let api = props.api.clone();
        use_effect_with((), move |_| {
            effects::apply_brand(&root, &config);
            effects::mark_ready();
            // Leads that could not be delivered on an earlier visit go out now.
            if effects::outbox_waiting() {
                api.call("flushOutbox", &[], None);
            }
        });
    }
    {
        let key = props.config.storage_key.clone();
        let dispatch = state.dispatcher();
        // Each widget tells its prospect once that the answers are not being kept.
        let told = use_mut_ref(|| false);
        use_effect_with(s.snapshot(), move |snap| {
            if let Some(snap) = snap
                && !effects::save(&key, snap)
                && !std::mem::replace(&mut *told.borrow_mut(), true)
            {
                dispatch.dispatch(Action::Notice("notice.not_saved"));
            }
        });
    }
    {
        let sent = use_mut_ref(|| 0u32);
        let (host, current, api) = (props.host.clone(), s.clone(), props.api.clone());
        use_effect_with(s.outbox.clone(), move |outbox| {
            let report = current.completed.then(|| report_of(&current)).flatten();
            for (seq, event) in outbox {
                if *seq > *sent.borrow() {
                    effects::send(&host, *event, &current, report.as_ref());
                    *sent.borrow_mut() = *seq;
                    if *event == Event::LeadSubmitted {
                        deliver(&api, &current);
                    }
                }
            }
        });
    }
    {
        // Focus follows the step, but not on first render: the page keeps its focus.
        let first = use_mut_ref(|| true);
        let root = root.clone();
        use_effect_with(s.step, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                effects::focus_first(&root, &[".itcq-title"]);
            }
        });
    }
    {
        // After a failed attempt to go on, focus goes to the first field with a problem,
        // whose message is linked to it (so it is read out).
        let root = root.clone();
        use_effect_with(s.attempts, move |attempts| {
            if *attempts > 0 {
                effects::focus_first(
                    &root,
                    &[
                        "[aria-invalid=\"true\"]",
                        ".itcq-question input[name=itcq-answer]",
                    ],
                );
            }
        });
    }
    {
        // A lead sent from the results: the thank-you takes the focus the form had.
        let root = root.clone();
        let sent_in_results = s.lead_sent && s.step == Step::Results;
        use_effect_with(sent_in_results, move |sent| {
            if *sent {
                effects::focus_first(&root, &[".itcq-thanks"]);
            }
        });
    }

    let dispatch = state.dispatcher();
    // Every step after the welcome comes with the second language file, which the loader
    // fetches once the widget is up; until it is here those steps say they are loading.
    let waiting = s.step != Step::Welcome && s.texts.try_get(MORE_MARKER).is_none();
    let step = if props.blocked {
        html! { <p class="itcq-step">{ tx(s.texts.get("ui.config_blocked")) }</p> }
    } else if waiting {
        html! {
            <section class="itcq-step">
                <p class="itcq-loading itcq-title" role="status" tabindex="-1">{ tx(s.texts.get("ui.loading")) }</p>
            </section>
        }
    } else {
        match s.step {
            Step::Welcome => forms::welcome(s, &dispatch),
            Step::Profile => forms::profile(s, &dispatch),
            Step::Goals => forms::goals(s, &dispatch),
            Step::Question(i) => forms::question(s, i, &dispatch),
            Step::Lead => forms::lead(s, &dispatch, false),
            Step::Results => match report_of(s) {
                Some(r) => results::results(s, &r, &dispatch, &props.api),
                None => forms::profile(s, &dispatch),
            },
        }
    };
    let config = &props.config;
    let t = &s.texts;
    html! {
        <div class={classes!("itcq", (config.custom.font == Font::Inherit).then_some("itcq-font-inherit"))}
            data-step={s.step.name()} lang={t.lang().code()} ref={root}
            data-crash-message={t.get("ui.crash").to_string()}>
            if props.problems.iter().any(|p| p.visible) {
                <div class="itcq-config-error" role="alert">
                    <p><strong>{ tx(t.get("ui.config_error")) }</strong>
                        if !props.blocked { { " " }{ tx(t.get("ui.config_error_hint")) } }</p>
                    <ul>{ for props.problems.iter().filter(|p| p.visible).map(|p| html! { <li>{ p.to_string() }</li> }) }</ul>
                </div>
            }
            <header class="itcq-header">
                if let Some(logo) = &config.logo_url {
                    <img class="itcq-logo" src={logo.clone()} alt={t.fmt("ui.logo", &[("msp", config.msp_display_name(t))])} />
                }
                <span class="itcq-brand-name">{ config.msp_name.as_deref().unwrap_or(t.get("pdf.no_msp")).to_string() }</span>
                if let Some(switch) = &props.switch_lang {
                    { lang_menu(t, switch) }
                }
            </header>
            if let Some(notice) = s.notice {
                <div class="itcq-notice" role="status">
                    <p>{ tx(&t.fmt(notice, &[("minutes", &crate::forms::minutes(s).to_string())])) }</p>
                    <button type="button" class="itcq-link" onclick={send(&dispatch, Action::DismissNotice)}>{ tx(t.get("ui.ok")) }</button>
                </div>
            }
            { step }
            <div class="itcq-live itcq-sr-only" aria-live="polite">{ live_text(s) }</div>
        </div>
    }
}
