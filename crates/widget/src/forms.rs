//! The input steps: welcome, profile, goals, one question, lead form.

use crate::ui::tx;
use crate::ui::{Dispatch, make_callback, send};
use itcq_core::answers::Answer;
use itcq_core::bank::Scale;
use itcq_core::framework::Goal;
use itcq_core::profile::{Industry, ItManagement};
use itcq_formats::lead::LeadField;
use itcq_journey::{Action, Field, State};
use itcq_msp::config::LeadPosition;
use itcq_text::named;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

fn input_value(e: InputEvent) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

fn submit(dispatch: &Dispatch, action: Action) -> Callback<SubmitEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        dispatch.dispatch(action.clone());
    })
}

fn error(state: &State, field: Field, id: &'static str) -> Html {
    match state.error(field) {
        Some(key) => {
            let max = itcq_core::profile::MAX_SEATS.to_string();
            html! { <p class="itcq-field-error" id={id}>{ state.texts.fmt(key, &[("max", &max)]) }</p> }
        }
        None => html! {},
    }
}

fn described_by(state: &State, field: Field, hint: Option<&str>, err: &str) -> Option<String> {
    let mut ids: Vec<&str> = hint.into_iter().collect();
    if state.error(field).is_some() {
        ids.push(err);
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

fn nav(
    state: &State,
    dispatch: &Dispatch,
    back: bool,
    next_label: &str,
    submit_button: bool,
) -> Html {
    let t = &state.texts;
    let next_label = t.get(next_label).to_string();
    let next = if submit_button {
        html! { <button type="submit" class="itcq-primary" data-action="next">{ next_label }</button> }
    } else {
        html! { <button type="button" class="itcq-primary" data-action="next"
        onclick={send(dispatch, Action::Next)}>{ next_label }</button> }
    };
    html! {
        <div class="itcq-nav">
            if back {
                <button type="button" class="itcq-secondary" data-action="back"
                    onclick={send(dispatch, Action::Back)}>{ tx(t.get("ui.back")) }</button>
            }
            { next }
        </div>
    }
}

/// Minutes the questions asked take in the prospect's language.
pub fn minutes(state: &State) -> u32 {
    itcq_text::reading::minutes(state.texts.lang(), state.asked())
}

/// What the assessment is, how long it takes, what the prospect gets; resume offer.
pub fn welcome(state: &State, dispatch: &Dispatch) -> Html {
    let n = state.asked();
    let t = &state.texts;
    let msp = state.config.msp_display_name(t).to_string();
    let n_text = n.to_string();
    let saved = state.saved.as_ref().map(|s| s.answers.answered());
    html! {
        <section class="itcq-step">
            <h2 class="itcq-title" tabindex="-1">{ tx(t.get("ui.welcome.title")) }</h2>
            <p class="itcq-lead-text">{ tx(&t.fmt("ui.welcome.intro", &[("n", &n_text)])) }</p>
            <ul class="itcq-benefits">
                <li>{ tx(&t.fmt("ui.welcome.time", &[("minutes", &minutes(state).to_string())])) }</li>
                <li>{ tx(t.get("ui.welcome.get")) }</li>
                <li>{ tx(&t.fmt("ui.welcome.privacy", &[("msp", &msp)])) }</li>
            </ul>
            if let Some(count) = saved {
                <div class="itcq-resume">
                    <p>{ tx(&t.fmt("ui.welcome.back", &[("count", &count.to_string()), ("n", &n_text)])) }</p>
                    <div class="itcq-nav">
                        <button type="button" class="itcq-secondary" data-action="restart"
                            onclick={send(dispatch, Action::Restart)}>{ tx(t.get("ui.start_over")) }</button>
                        <button type="button" class="itcq-primary" data-action="resume"
                            onclick={send(dispatch, Action::Resume)}>{ tx(t.get("ui.resume")) }</button>
                    </div>
                </div>
            } else if state.has_progress() {
                <div class="itcq-resume">
                    <p>{ tx(&t.fmt("ui.welcome.progress", &[("count", &state.answered().to_string()), ("n", &n_text)])) }</p>
                    <div class="itcq-nav">
                        <button type="button" class="itcq-secondary" data-action="restart"
                            onclick={send(dispatch, Action::Restart)}>{ tx(t.get("ui.start_over")) }</button>
                        <button type="button" class="itcq-primary" data-action="next"
                            onclick={send(dispatch, Action::Next)}>{ tx(t.get("ui.continue")) }</button>
                    </div>
                </div>
            } else {
                <div class="itcq-nav">
                    <button type="button" class="itcq-primary" data-action="start"
                        onclick={send(dispatch, Action::Start)}>{ tx(t.get("ui.welcome.start")) }</button>
                </div>
            }
        </section>
    }
}

/// Company size, industry and who manages IT.
pub fn profile(state: &State, dispatch: &Dispatch) -> Html {
    let t = &state.texts;
    let p = &state.profile;
    let on_industry = make_callback(dispatch, |e: Event| {
        let v = e.target_unchecked_into::<HtmlSelectElement>().value();
        Action::Industry(Industry::from_id(&v))
    });
    html! {
        <form class="itcq-step" novalidate=true onsubmit={submit(dispatch, Action::Next)}>
            <h2 class="itcq-title" tabindex="-1">{ tx(t.get("ui.profile.title")) }</h2>
            <p>{ tx(t.get("ui.profile.intro")) }</p>
            <div class="itcq-field">
                <label for="itcq-company">{ tx(t.get("ui.profile.company")) }</label>
                <input id="itcq-company" type="text" autocomplete="organization" maxlength="200"
                    value={p.company.clone()} oninput={make_callback(dispatch, |e| Action::Company(input_value(e)))} />
            </div>
            <div class="itcq-field">
                <label for="itcq-seats">{ tx(t.get("ui.profile.seats")) }</label>
                <p class="itcq-hint" id="itcq-seats-hint">{ tx(t.get("ui.profile.seats_hint")) }</p>
                <input id="itcq-seats" type="text" inputmode="numeric" autocomplete="off" maxlength="7"
                    aria-invalid={state.error(Field::Seats).is_some().to_string()}
                    aria-describedby={described_by(state, Field::Seats, Some("itcq-seats-hint"), "itcq-seats-error")}
                    value={p.seats.clone()} oninput={make_callback(dispatch, |e| Action::Seats(input_value(e)))} />
                { error(state, Field::Seats, "itcq-seats-error") }
            </div>
            <div class="itcq-field">
                <label for="itcq-industry">{ tx(t.get("ui.profile.industry")) }</label>
                <select id="itcq-industry" onchange={on_industry}
                    aria-invalid={state.error(Field::Industry).is_some().to_string()}
                    aria-describedby={described_by(state, Field::Industry, None, "itcq-industry-error")}>
                    <option value="" selected={p.industry.is_none()}>{ tx(t.get("ui.choose")) }</option>
                    { for Industry::LISTED.iter().map(|i| html! {
                        <option value={i.as_str()} selected={p.industry == Some(*i)}>{ tx(t.of(&["industry.", i.as_str()])) }</option>
                    }) }
                </select>
                { error(state, Field::Industry, "itcq-industry-error") }
            </div>
            <fieldset class="itcq-field itcq-choices"
                aria-describedby={described_by(state, Field::ItManagement, None, "itcq-itm-error")}>
                <legend>{ tx(t.get("ui.profile.it")) }</legend>
                { for ItManagement::ALL.iter().map(|m| {
                    let m = *m;
                    html! {
                        <label class="itcq-option">
                            <input type="radio" name="itcq-it-management" value={m.as_str()}
                                checked={p.it_management == Some(m)}
                                onchange={send(dispatch, Action::ItManagement(m))} />
                            <span>{ tx(t.of(&["itm.", m.as_str()])) }</span>
                        </label>
                    }
                }) }
                { error(state, Field::ItManagement, "itcq-itm-error") }
            </fieldset>
            { goals(state, dispatch) }
            { nav(state, dispatch, true, "ui.goals.start", true) }
        </form>
    }
}

/// Business goals (optional, several), on the profile screen.
fn goals(state: &State, dispatch: &Dispatch) -> Html {
    let t = &state.texts;
    html! {
            <fieldset class="itcq-field itcq-choices itcq-goals">
                <legend>{ tx(t.get("ui.goals.title")) }<span class="itcq-hint itcq-legend-hint">{ tx(t.get("ui.goals.intro")) }</span></legend>
                { for Goal::ALL.iter().map(|g| {
                    let g = *g;
                    html! {
                        <label class="itcq-option">
                            <input type="checkbox" name="itcq-goal" value={g.as_str()}
                                checked={state.profile.goals.contains(&g)}
                                onchange={send(dispatch, Action::ToggleGoal(g))} />
                            <span><strong>{ tx(t.of(&["goal.", g.as_str(), ".label"])) }</strong><br />{ tx(t.of(&["goal.", g.as_str(), ".desc"])) }</span>
                        </label>
                    }
                }) }
            </fieldset>
    }
}

fn key_handler(dispatch: &Dispatch, i: usize, auto: bool) -> Callback<KeyboardEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: KeyboardEvent| {
        if e.ctrl_key() || e.meta_key() || e.alt_key() {
            return;
        }
        let key = e.key();
        let action = match key.as_str() {
            "1" | "2" | "3" | "4" | "5" => {
                let level = key.as_bytes()[0] - b'1';
                Some(Action::Choose(Answer::Level(level)))
            }
            "6" => Some(Action::Choose(Answer::DontKnow)),
            "Enter" => {
                let on_button = e
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlButtonElement>().ok())
                    .is_some();
                (!on_button).then_some(Action::Next)
            }
            _ => None,
        };
        if let Some(a) = action {
            e.prevent_default();
            let chose = matches!(a, Action::Choose(_));
            dispatch.dispatch(a);
            if chose && auto {
                later(&dispatch, Action::Advance(i));
            }
        }
    })
}

/// How long a chosen answer stays on screen before the next question comes (ms): long
/// enough to see the choice, short enough not to wait for.
const ADVANCE_MS: i32 = 350;

/// Dispatches `action` after [`ADVANCE_MS`]; the journey ignores it if the prospect has
/// moved on in the meantime.
fn later(dispatch: &Dispatch, action: Action) {
    let dispatch = dispatch.clone();
    let f = wasm_bindgen::closure::Closure::once_into_js(move || dispatch.dispatch(action));
    if let Some(w) = web_sys::window() {
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), ADVANCE_MS);
    }
}

/// An answer's click: chooses it and, when it was a tap or a click (not the arrow keys
/// walking through the options, which click too, with `detail` 0), moves on a moment
/// later.
fn pick(dispatch: &Dispatch, i: usize, answer: Answer, auto: bool) -> Callback<MouseEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: MouseEvent| {
        dispatch.dispatch(Action::Choose(answer));
        if auto && e.detail() > 0 {
            later(&dispatch, Action::Advance(i));
        }
    })
}

use wasm_bindgen::JsCast;

/// "Continuous · Question 3 of 31 · 6% done": above the question and for screen readers.
pub fn progress_text(state: &State, i: usize) -> String {
    let t = &state.texts;
    let questions = &state.answers.bank().questions;
    t.fmt(
        "ui.question.progress",
        &[
            (
                "block",
                t.of(&["block.", questions[i].block.as_str(), ".name"]),
            ),
            ("i", &state.asked_number(i).to_string()),
            ("n", &state.asked().to_string()),
            ("percent", &t.percent(state.percent_done() as f64 / 100.0)),
        ],
    )
}

/// One question of the quick bank (or of the MSP's own).
pub fn question(state: &State, i: usize, dispatch: &Dispatch) -> Html {
    let bank = state.answers.bank();
    let n = state.asked();
    let q = &bank.questions[i];
    let t = &state.texts;
    let current = state.answers.as_slice()[i];
    let options: Vec<(Answer, &str)> = match &q.scale {
        Scale::Levels => ["o0", "o1", "o2", "o3", "o4"]
            .iter()
            .enumerate()
            .map(|(l, o)| (Answer::Level(l as u8), t.of(&["quick.", &q.id, ".", o])))
            .collect(),
        Scale::InPlace => Vec::new(),
    };
    let auto = state.config.auto_advance;
    let option = |(k, (answer, text)): (usize, (Answer, &str))| {
        let value = match answer {
            Answer::Level(l) => l.to_string(),
            _ => "dont_know".to_string(),
        };
        html! {
            <label class={classes!("itcq-option", (answer == Answer::DontKnow).then_some("itcq-dont-know"))}>
                <input type="radio" name="itcq-answer" value={value} checked={current == Some(answer)}
                    onchange={send(dispatch, Action::Choose(answer))} onclick={pick(dispatch, i, answer, auto)} />
                <span class="itcq-key" aria-hidden="true">{ k + 1 }</span>
                <span>{ text.to_string() }</span>
            </label>
        }
    };
    let last = state.is_last_asked(i);
    let next_label = match (last, state.config.lead_position) {
        (true, LeadPosition::Before) if !state.lead_sent => "ui.continue",
        (true, _) => "ui.see_results",
        _ => "ui.next",
    };
    let done = state.block_done.map(|b| {
        let (n, of) = state.blocks_done();
        t.fmt(
            "ui.question.block_done",
            &[
                ("block", named::block(t, b)),
                ("done", &n.to_string()),
                ("total", &of.to_string()),
            ],
        )
    });
    html! {
        <section class="itcq-step itcq-question-step" data-question={q.id.to_string()} onkeydown={key_handler(dispatch, i, auto)}>
            if let Some(done) = done {
                <p class="itcq-block-done">{ done }</p>
            }
            <div class="itcq-progress">
                <p>{ progress_text(state, i) }</p>
                <progress max={n.to_string()} value={state.answered().to_string()} aria-hidden="true"></progress>
            </div>
            <fieldset class="itcq-question" aria-describedby={described_by(state, Field::Answer, None, "itcq-answer-error")}>
                <legend><h2 class="itcq-title" tabindex="-1">{ tx(t.of(&["quick.", &q.id, ".text"])) }</h2></legend>
                // The MSP's own questions may have no help.
                if let Some(help) = t.try_get(&["quick.", &q.id, ".help"].concat()) {
                    <button type="button" class="itcq-link" data-action="help" aria-expanded={state.help_open.to_string()}
                        aria-controls="itcq-help" onclick={send(dispatch, Action::ToggleHelp)}>
                        { tx(t.get(if state.help_open { "ui.question.help_hide" } else { "ui.question.help_show" })) }
                    </button>
                    <p class="itcq-help" id="itcq-help" hidden={!state.help_open}>{ tx(help) }</p>
                }
                { for options.into_iter().chain([(Answer::DontKnow, t.get("ui.dont_know"))]).enumerate().map(option) }
                { error(state, Field::Answer, "itcq-answer-error") }
            </fieldset>
            <p class="itcq-hint itcq-keys-hint">{ tx(t.get(if auto { "ui.question.keys_auto" } else { "ui.question.keys" })) }</p>
            { nav(state, dispatch, true, next_label, false) }
        </section>
    }
}

/// The lead form, as its own step (`in_results` false) or at the end of the results.
pub fn lead(state: &State, dispatch: &Dispatch, in_results: bool) -> Html {
    let t = &state.texts;
    let msp = state.config.msp_display_name(t).to_string();
    let l = &state.lead;
    let field = |f: LeadField,
                 id: &'static str,
                 label: &'static str,
                 kind: &'static str,
                 auto: &'static str,
                 value: &str| {
        let err_id = match f {
            LeadField::Name => "itcq-lead-name-error",
            LeadField::Email => "itcq-lead-email-error",
            LeadField::Company => "itcq-lead-company-error",
            _ => "itcq-lead-phone-error",
        };
        html! {
            <div class="itcq-field">
                <label for={id}>{ tx(t.get(label)) }</label>
                <input id={id} type={kind} autocomplete={auto} maxlength="200" value={value.to_string()}
                    aria-invalid={state.error(Field::Lead(f)).is_some().to_string()}
                    aria-describedby={described_by(state, Field::Lead(f), None, err_id)}
                    oninput={make_callback(dispatch, move |e| Action::Lead(f, input_value(e)))} />
                { error(state, Field::Lead(f), err_id) }
            </div>
        }
    };
    let consent = make_callback(dispatch, |e: Event| {
        Action::Consent(e.target_unchecked_into::<HtmlInputElement>().checked())
    });
    // Contact first: before the questions.
    let first =
        !in_results && state.config.lead_position == LeadPosition::Start && !state.completed;
    let title = t.get(if in_results {
        "ui.lead.title_after"
    } else if first {
        "ui.lead.title_start"
    } else {
        "ui.lead.title"
    });
    let heading = if in_results {
        html! { <h3>{ title }</h3> }
    } else {
        html! { <h2 class="itcq-title" tabindex="-1">{ title }</h2> }
    };
    html! {
        <form class={classes!("itcq-step", "itcq-lead", in_results.then_some("itcq-lead-after"))} novalidate=true
            onsubmit={submit(dispatch, Action::SubmitLead)}>
            { heading }
            <p>{ tx(&t.fmt(if first { "ui.lead.intro_start" } else { "ui.lead.intro" }, &[("msp", &msp)])) }</p>
            { field(LeadField::Name, "itcq-lead-name", "ui.lead.name", "text", "name", &l.name) }
            { field(LeadField::Email, "itcq-lead-email", "ui.lead.email", "email", "email", &l.email) }
            { field(LeadField::Company, "itcq-lead-company", "ui.lead.company", "text", "organization", &l.company) }
            { field(LeadField::Phone, "itcq-lead-phone", if state.config.custom.required.phone { "ui.lead.phone_required" } else { "ui.lead.phone" }, "tel", "tel", &l.phone) }
            <div class="itcq-field itcq-consent">
                <label class="itcq-option">
                    <input id="itcq-lead-consent" type="checkbox" checked={l.consent} onchange={consent}
                        aria-invalid={state.error(Field::Lead(LeadField::Consent)).is_some().to_string()}
                        aria-describedby={described_by(state, Field::Lead(LeadField::Consent), None, "itcq-lead-consent-error")} />
                    <span>{ tx(&t.fmt("ui.lead.consent", &[("msp", &msp)])) }</span>
                </label>
                if let Some(url) = &state.config.privacy_url {
                    <a class="itcq-privacy" href={url.clone()} target="_blank" rel="noopener noreferrer">{ tx(t.get("ui.lead.privacy")) }</a>
                }
                { error(state, Field::Lead(LeadField::Consent), "itcq-lead-consent-error") }
            </div>
            <div class="itcq-nav">
                if !in_results {
                    <button type="button" class="itcq-secondary" data-action="back"
                        onclick={send(dispatch, Action::Back)}>{ tx(t.get("ui.back")) }</button>
                }
                <button type="submit" class="itcq-primary" data-action="submit-lead">
                    { tx(t.get(if in_results { "ui.lead.send" } else if first { "ui.lead.start" } else { "ui.see_results" })) }
                </button>
            </div>
        </form>
    }
}
