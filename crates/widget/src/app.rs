//! The root component: one reducer over the journey's [`State`], the side effects, and
//! the frame around each step (configuration problems, header, notice, live region).

use crate::exports::{self, EngineApi};
#[cfg(feature = "results")]
use crate::results;
use crate::ui::{Model, send, tx};
use crate::{effects, forms};
use itcq_core::bank::BankId;
#[cfg(feature = "results")]
use itcq_core::{assess_tuned, report::Report};
use itcq_formats::code;
use itcq_formats::code::CodeError;
use itcq_journey::{Action, Event, Snapshot, State, Step};
use itcq_msp::config::{LeadPosition, Problem, WidgetConfig};
use itcq_msp::custom::Font;
use itcq_text::{Lang, MORE_MARKER, Texts};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen::closure::Closure;
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
    /// The loader's `(handover) => void` that fetches the module with the results and
    /// hands the journey to it (see [`crate::mount`]).
    pub upgrade: Option<js_sys::Function>,
    /// The journey handed over by the module without results, as a saved-progress text.
    pub handover: Option<Rc<str>>,
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
            && self.upgrade == other.upgrade
            && self.handover == other.handover
    }
}

/// The report for the current answers, when the profile is complete.
#[cfg(feature = "results")]
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
        Step::Question(i) => match state.block_done {
            // The end of a block, then where the prospect is.
            Some(b) => {
                let (done, total) = state.blocks_done();
                let moment = t.fmt(
                    "ui.question.block_done",
                    &[
                        ("block", itcq_text::named::block(t, b)),
                        ("done", &done.to_string()),
                        ("total", &total.to_string()),
                    ],
                );
                format!("{moment}. {}", forms::progress_text(state, i))
            }
            None => forms::progress_text(state, i),
        },
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
/// `lead_id` names the journey's partial lead, when one may have been sent.
fn deliver(api: &EngineApi, state: &State, lead_id: Option<&str>) {
    let c = &state.config;
    if c.webhook.is_none() && c.hubspot.is_none() {
        return;
    }
    let Some(code) = exports::lead_code(state) else {
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
        lead_id.map_or(wasm_bindgen::JsValue::UNDEFINED, Into::into),
    ];
    api.call("deliverLead", &args, None);
}

/// The `itcq.partial` body for the MSP's webhook, when there is a webhook and the
/// profile is complete.
fn partial(s: &State, lead_id: &str) -> Option<String> {
    s.config.webhook.as_ref()?;
    let code = exports::code_of(s)?;
    let question = match s.step {
        Step::Question(i) => Some(s.answers.bank().questions[i].id.as_str()),
        _ => None,
    };
    Some(itcq_msp::delivery::partial_body(
        &s.lead,
        itcq_msp::delivery::Progress {
            answered: s.answered(),
            asked: s.asked(),
            question,
        },
        &code,
        &exports::page_url(),
        lead_id,
        js_sys::Date::now(),
        s.texts.lang().code(),
    ))
}

/// What the loader hands over for a preview: `preview:` and the point of the journey.
const PREVIEW: &str = "preview:";

/// The configurator's preview at `at`: `question` (the first question), `lead` (the lead
/// form: before the results, or on them when it comes after them; with the form off, the
/// results), `results` (with the lead sent when there is a form, so the thank-you shows),
/// each from the journey's made-up sample; anything else the welcome, without offering
/// progress saved before.
#[cfg(feature = "results")]
fn preview(state: State, at: &str) -> State {
    let position = state.config.lead_position;
    let (step, sent) = match at {
        "question" => (Step::Question(0), false),
        "lead" if matches!(position, LeadPosition::Before | LeadPosition::Start) => {
            (Step::Lead, false)
        }
        "lead" => (Step::Results, false),
        "results" => (Step::Results, position != LeadPosition::Off),
        _ => {
            return State {
                saved: None,
                ..state
            };
        }
    };
    let now = js_sys::Date::now() as u64;
    let sample = Snapshot::sample(&state.config.custom.bank, step, sent, now);
    State {
        saved: Some(Rc::new(sample)),
        ..state
    }
    .apply(Action::Resume)
}

/// The widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let config = props.config.clone();
    let texts = props.texts.clone();
    let handover = props.handover.clone();
    let state = use_reducer(move || {
        let bank = &config.custom.bank;
        let (saved, notice) = effects::load(&config.storage_key, bank);
        let open =
            |text: &str| code::decode_with(text, |id| (id == BankId::Quick).then(|| bank.clone()));
        let shared = config.result_code.as_deref().map(open);
        // A partial lead's resume link: `<lead ID>.<code>`.
        let resume = config
            .resume_code
            .as_deref()
            .map(|v| v.split_once('.').map_or_else(|| open(v), |(_, c)| open(c)));
        let state = State {
            texts,
            ..State::new(config.clone(), saved, notice)
        };
        // A preview (the configurator's): a made-up journey at the point asked for.
        #[cfg(feature = "results")]
        if let Some(at) = handover.as_deref().and_then(|h| h.strip_prefix(PREVIEW)) {
            return Model(preview(state, at));
        }
        // The journey handed over by the module without results: go on where it was.
        if let Some(snap) = handover.and_then(|h| Snapshot::decode(&h, 0, bank).ok()) {
            return Model(
                State {
                    saved: Some(Rc::new(snap)),
                    ..state
                }
                .apply(Action::Resume),
            );
        }
        if let Some(resume) = resume {
            return Model(match resume {
                Ok(decoded) => state.reopen(decoded),
                Err(_) => {
                    effects::warn(
                        "the resume link could not be opened; it is damaged or from a newer version",
                    );
                    State {
                        notice: Some("notice.link_damaged"),
                        ..state
                    }
                }
            });
        }
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
    // The journey's lead ID, for a partial lead and the final lead that supersedes it.
    let lead_id = {
        let config = props.config.clone();
        use_state(move || {
            let given = config
                .resume_code
                .as_deref()
                .and_then(|v| v.split_once('.'))
                .map(|(id, _)| id.to_string());
            effects::lead_id(&config.storage_key, given.as_deref())
        })
    };
    // A partial lead was possible in this journey: contact came first, or it was reopened
    // from a partial lead's link.
    let partial_possible =
        props.config.lead_position == LeadPosition::Start || props.config.resume_code.is_some();
    // The latest state, for the page-hide handler.
    let latest = use_mut_ref(|| None::<State>);
    *latest.borrow_mut() = Some(s.clone());
    {
        let (latest, lead_id) = (latest.clone(), (*lead_id).clone());
        use_effect_with((), move |_| {
            let sent = std::cell::Cell::new(false);
            let on_hide = Closure::<dyn FnMut()>::new(move || {
                let Some(s) = latest.borrow().clone() else {
                    return;
                };
                if sent.get() || !s.partial_due() {
                    return;
                }
                if let Some(body) = partial(&s, &lead_id) {
                    sent.set(effects::beacon(
                        s.config.webhook.as_deref().unwrap_or(""),
                        &body,
                    ));
                }
            });
            let window = web_sys::window();
            if let Some(w) = &window {
                let _ = w
                    .add_event_listener_with_callback("pagehide", on_hide.as_ref().unchecked_ref());
            }
            move || {
                if let Some(w) = &window {
                    let _ = w.remove_event_listener_with_callback(
                        "pagehide",
                        on_hide.as_ref().unchecked_ref(),
                    );
                }
                drop(on_hide);
            }
        });
    }
    {
        // Without the results: fetch the module that has them while the prospect answers,
        // and hand the journey to it when they are due.
        let (upgrade, current) = (props.upgrade.clone(), s.clone());
        let results_module = cfg!(feature = "results");
        use_effect_with(s.step, move |step| {
            let Some(upgrade) = upgrade.filter(|_| !results_module) else {
                return;
            };
            let arg = match step {
                Step::Results => current.handover().map(JsValue::from),
                Step::Question(_) => Some(JsValue::NULL),
                _ => None,
            };
            if let Some(arg) = arg {
                let _ = upgrade.call1(&JsValue::NULL, &arg);
            }
        });
    }
    {
        // The funnel: every step the prospect sees.
        let (host, current) = (props.host.clone(), s.clone());
        use_effect_with(s.step, move |step| {
            // Without the results the module shows only "loading" there; the module that
            // takes over reports the results as viewed.
            if cfg!(feature = "results") || *step != Step::Results {
                effects::step_viewed(&host, &current);
            }
        });
    }
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
        // Each widget tells its prospect once that the answers are not being kept (a
        // journey handed over from the first module was told there).
        let handed = props.handover.is_some();
        if handed {
            effects::save_failure_reported();
        }
        let told = use_mut_ref(move || handed);
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
        let lead_id = (*lead_id).clone();
        use_effect_with(s.outbox.clone(), move |outbox| {
            #[cfg(feature = "results")]
            let report = current.completed.then(|| report_of(&current)).flatten();
            // Without the results the completed event waits for the module that has them.
            #[cfg(not(feature = "results"))]
            let report = None;
            for (seq, event) in outbox {
                if *seq > *sent.borrow() {
                    effects::send(&host, *event, &current, report.as_ref());
                    *sent.borrow_mut() = *seq;
                    // A lead goes out once: when contact and result are both there.
                    if *event == Event::LeadReady {
                        deliver(&api, &current, partial_possible.then_some(lead_id.as_str()));
                    }
                }
            }
        });
    }
    {
        // Focus follows the step, but not on first render: the page keeps its focus
        // (unless the journey was just handed over from the module without results; a
        // preview, which a page mounts again as its settings change, never takes it).
        let handed = props
            .handover
            .as_deref()
            .is_some_and(|h| !h.starts_with(PREVIEW));
        let first = use_mut_ref(move || !handed);
        let root = root.clone();
        use_effect_with(s.step, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                effects::bring_into_view(&root);
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
        let sent_in_results = s.lead_sent
            && s.step == Step::Results
            && props.config.lead_position == LeadPosition::After;
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
            Step::Question(i) => forms::question(s, i, &dispatch),
            Step::Lead => forms::lead(s, &dispatch, false),
            #[cfg(feature = "results")]
            Step::Results => match report_of(s) {
                Some(r) => results::results(s, &r, &dispatch, &props.api),
                None => forms::profile(s, &dispatch),
            },
            #[cfg(not(feature = "results"))]
            Step::Results => html! {
                <section class="itcq-step">
                    <p class="itcq-loading itcq-title" role="status" tabindex="-1">{ tx(s.texts.get("ui.loading")) }</p>
                </section>
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
