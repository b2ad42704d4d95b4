//! The input steps: welcome, profile, goals, one question, lead form.

use super::app::{Dispatch, make_callback, send};
use crate::engine::answers::Answer;
use crate::engine::bank::{Bank, Scale};
use crate::engine::config::LeadPosition;
use crate::engine::framework::Goal;
use crate::engine::lead::LeadField;
use crate::engine::profile::{Industry, ItManagement};
use crate::journey::{Action, Field, State};
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
        Some(m) => html! { <p class="itcq-field-error" id={id}>{ m.to_string() }</p> },
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

fn nav(dispatch: &Dispatch, back: bool, next_label: &'static str, submit_button: bool) -> Html {
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
                    onclick={send(dispatch, Action::Back)}>{ "Back" }</button>
            }
            { next }
        </div>
    }
}

/// What the assessment is, how long it takes, what the prospect gets; resume offer.
pub fn welcome(state: &State, dispatch: &Dispatch) -> Html {
    let n = Bank::quick().questions.len();
    let msp = state.config.msp_display_name().to_string();
    let saved = state.saved.as_ref().map(|s| s.answers.answered());
    html! {
        <section class="itcq-step">
            <h2 class="itcq-title" tabindex="-1">{ "How competitive is your IT?" }</h2>
            <p class="itcq-lead-text">{ format!(
                "Answer {n} short questions about how your company runs IT and get your IT Competitiveness quotient (ITCq): a score from 0 to 100 across the seven areas of the 7C IT Management Framework."
            ) }</p>
            <ul class="itcq-benefits">
                <li>{ "Takes about 8 minutes. No technical knowledge needed: \"Don't know\" is always an answer." }</li>
                <li>{ "You get your score, how it compares with the target for a company of your size and goals, and a phased action plan." }</li>
                <li>{ format!("Your answers stay in this browser until you choose to send your results to {msp}.") }</li>
            </ul>
            if let Some(count) = saved {
                <div class="itcq-resume">
                    <p>{ format!("Welcome back. You have an assessment in progress ({count} of {n} questions answered).") }</p>
                    <div class="itcq-nav">
                        <button type="button" class="itcq-secondary" data-action="restart"
                            onclick={send(dispatch, Action::Restart)}>{ "Start over" }</button>
                        <button type="button" class="itcq-primary" data-action="resume"
                            onclick={send(dispatch, Action::Resume)}>{ "Resume" }</button>
                    </div>
                </div>
            } else if state.has_progress() {
                <div class="itcq-resume">
                    <p>{ format!("You have answered {} of {n} questions so far.", state.answered()) }</p>
                    <div class="itcq-nav">
                        <button type="button" class="itcq-secondary" data-action="restart"
                            onclick={send(dispatch, Action::Restart)}>{ "Start over" }</button>
                        <button type="button" class="itcq-primary" data-action="next"
                            onclick={send(dispatch, Action::Next)}>{ "Continue" }</button>
                    </div>
                </div>
            } else {
                <div class="itcq-nav">
                    <button type="button" class="itcq-primary" data-action="start"
                        onclick={send(dispatch, Action::Start)}>{ "Start the assessment" }</button>
                </div>
            }
        </section>
    }
}

/// Company size, industry and who manages IT.
pub fn profile(state: &State, dispatch: &Dispatch) -> Html {
    let p = &state.profile;
    let on_industry = make_callback(dispatch, |e: Event| {
        let v = e.target_unchecked_into::<HtmlSelectElement>().value();
        Action::Industry(Industry::from_id(&v))
    });
    html! {
        <form class="itcq-step" novalidate=true onsubmit={submit(dispatch, Action::Next)}>
            <h2 class="itcq-title" tabindex="-1">{ "About your company" }</h2>
            <p>{ "This sets the targets your results are compared with." }</p>
            <div class="itcq-field">
                <label for="itcq-company">{ "Company name (optional)" }</label>
                <input id="itcq-company" type="text" autocomplete="organization" maxlength="200"
                    value={p.company.clone()} oninput={make_callback(dispatch, |e| Action::Company(input_value(e)))} />
            </div>
            <div class="itcq-field">
                <label for="itcq-seats">{ "How many people in your company use IT?" }</label>
                <p class="itcq-hint" id="itcq-seats-hint">{ "Everyone who uses a computer, laptop or phone for work." }</p>
                <input id="itcq-seats" type="text" inputmode="numeric" autocomplete="off" maxlength="7"
                    aria-invalid={state.error(Field::Seats).is_some().to_string()}
                    aria-describedby={described_by(state, Field::Seats, Some("itcq-seats-hint"), "itcq-seats-error")}
                    value={p.seats.clone()} oninput={make_callback(dispatch, |e| Action::Seats(input_value(e)))} />
                { error(state, Field::Seats, "itcq-seats-error") }
            </div>
            <div class="itcq-field">
                <label for="itcq-industry">{ "Industry" }</label>
                <select id="itcq-industry" onchange={on_industry}
                    aria-invalid={state.error(Field::Industry).is_some().to_string()}
                    aria-describedby={described_by(state, Field::Industry, None, "itcq-industry-error")}>
                    <option value="" selected={p.industry.is_none()}>{ "Choose…" }</option>
                    { for Industry::ALL.iter().map(|i| html! {
                        <option value={i.as_str()} selected={p.industry == Some(*i)}>{ i.label() }</option>
                    }) }
                </select>
                { error(state, Field::Industry, "itcq-industry-error") }
            </div>
            <fieldset class="itcq-field itcq-choices"
                aria-describedby={described_by(state, Field::ItManagement, None, "itcq-itm-error")}>
                <legend>{ "Who looks after IT today?" }</legend>
                { for ItManagement::ALL.iter().map(|m| {
                    let m = *m;
                    html! {
                        <label class="itcq-option">
                            <input type="radio" name="itcq-it-management" value={m.as_str()}
                                checked={p.it_management == Some(m)}
                                onchange={send(dispatch, Action::ItManagement(m))} />
                            <span>{ m.label() }</span>
                        </label>
                    }
                }) }
                { error(state, Field::ItManagement, "itcq-itm-error") }
            </fieldset>
            { nav(dispatch, true, "Next", true) }
        </form>
    }
}

/// Business goals (optional, several).
pub fn goals(state: &State, dispatch: &Dispatch) -> Html {
    html! {
        <form class="itcq-step" onsubmit={submit(dispatch, Action::Next)}>
            <h2 class="itcq-title" tabindex="-1">{ "What matters most in the next year?" }</h2>
            <fieldset class="itcq-field itcq-choices">
                <legend>{ "Choose any that apply. They raise the targets of the areas they depend on." }</legend>
                { for Goal::ALL.iter().map(|g| {
                    let g = *g;
                    html! {
                        <label class="itcq-option">
                            <input type="checkbox" name="itcq-goal" value={g.as_str()}
                                checked={state.profile.goals.contains(&g)}
                                onchange={send(dispatch, Action::ToggleGoal(g))} />
                            <span><strong>{ g.label() }</strong><br />{ g.description() }</span>
                        </label>
                    }
                }) }
            </fieldset>
            { nav(dispatch, true, "Start the questions", true) }
        </form>
    }
}

fn key_handler(dispatch: &Dispatch) -> Callback<KeyboardEvent> {
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
            dispatch.dispatch(a);
        }
    })
}

use wasm_bindgen::JsCast;

/// One question of the quick bank.
pub fn question(state: &State, i: usize, dispatch: &Dispatch) -> Html {
    let bank = Bank::quick();
    let n = bank.questions.len();
    let q = &bank.questions[i];
    let current = state.answers.as_slice()[i];
    let options: Vec<(Answer, &str)> = match &q.scale {
        Scale::Levels { options } => options
            .iter()
            .enumerate()
            .map(|(l, t)| (Answer::Level(l as u8), *t))
            .collect(),
        Scale::InPlace => Vec::new(),
    };
    let option = |(k, (answer, text)): (usize, (Answer, &str))| {
        let value = match answer {
            Answer::Level(l) => l.to_string(),
            _ => "dont_know".to_string(),
        };
        html! {
            <label class={classes!("itcq-option", (answer == Answer::DontKnow).then_some("itcq-dont-know"))}>
                <input type="radio" name="itcq-answer" value={value} checked={current == Some(answer)}
                    onchange={send(dispatch, Action::Choose(answer))} />
                <span class="itcq-key" aria-hidden="true">{ k + 1 }</span>
                <span>{ text.to_string() }</span>
            </label>
        }
    };
    let block = q.block.block();
    let last = i + 1 == n;
    let next_label = match (last, state.config.lead_position) {
        (true, LeadPosition::Before) if !state.lead_sent => "Continue",
        (true, _) => "See my results",
        _ => "Next",
    };
    html! {
        <section class="itcq-step" onkeydown={key_handler(dispatch)}>
            <div class="itcq-progress">
                <p>{ format!("{} · Question {} of {n} · {}% done", block.name, i + 1, state.percent_done()) }</p>
                <progress max={n.to_string()} value={state.answered().to_string()} aria-hidden="true"></progress>
            </div>
            <fieldset class="itcq-question" aria-describedby={described_by(state, Field::Answer, None, "itcq-answer-error")}>
                <legend><h2 class="itcq-title" tabindex="-1">{ q.text }</h2></legend>
                <button type="button" class="itcq-link" data-action="help" aria-expanded={state.help_open.to_string()}
                    aria-controls="itcq-help" onclick={send(dispatch, Action::ToggleHelp)}>
                    { if state.help_open { "Hide the explanation" } else { "What does this mean?" } }
                </button>
                <p class="itcq-help" id="itcq-help" hidden={!state.help_open}>{ q.help }</p>
                { for options.into_iter().chain([(Answer::DontKnow, "Don't know")]).enumerate().map(option) }
                { error(state, Field::Answer, "itcq-answer-error") }
            </fieldset>
            <p class="itcq-hint itcq-keys-hint">{ "Keys: 1–5 choose an answer, 6 \"Don't know\", Enter goes on." }</p>
            { nav(dispatch, true, next_label, false) }
        </section>
    }
}

/// The lead form, as its own step (`in_results` false) or at the end of the results.
pub fn lead(state: &State, dispatch: &Dispatch, in_results: bool) -> Html {
    let msp = state.config.msp_display_name().to_string();
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
                <label for={id}>{ label }</label>
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
    let title = if in_results {
        "Get a copy and talk it through"
    } else {
        "Your results are ready"
    };
    let heading = if in_results {
        html! { <h3>{ title }</h3> }
    } else {
        html! { <h2 class="itcq-title" tabindex="-1">{ title }</h2> }
    };
    html! {
        <form class={classes!("itcq-step", "itcq-lead", in_results.then_some("itcq-lead-after"))} novalidate=true
            onsubmit={submit(dispatch, Action::SubmitLead)}>
            { heading }
            <p>{ format!("Tell us who you are and {msp} can send you your results and walk you through them.") }</p>
            { field(LeadField::Name, "itcq-lead-name", "Your name", "text", "name", &l.name) }
            { field(LeadField::Email, "itcq-lead-email", "Work email", "email", "email", &l.email) }
            { field(LeadField::Company, "itcq-lead-company", "Company", "text", "organization", &l.company) }
            { field(LeadField::Phone, "itcq-lead-phone", "Phone (optional)", "tel", "tel", &l.phone) }
            <div class="itcq-field itcq-consent">
                <label class="itcq-option">
                    <input id="itcq-lead-consent" type="checkbox" checked={l.consent} onchange={consent}
                        aria-invalid={state.error(Field::Lead(LeadField::Consent)).is_some().to_string()}
                        aria-describedby={described_by(state, Field::Lead(LeadField::Consent), None, "itcq-lead-consent-error")} />
                    <span>{ format!("Send me my results, and {msp} may contact me about them.") }</span>
                </label>
                if let Some(url) = &state.config.privacy_url {
                    <a class="itcq-privacy" href={url.clone()} target="_blank" rel="noopener noreferrer">{ "Privacy policy" }</a>
                }
                { error(state, Field::Lead(LeadField::Consent), "itcq-lead-consent-error") }
            </div>
            <div class="itcq-nav">
                if !in_results {
                    <button type="button" class="itcq-secondary" data-action="back"
                        onclick={send(dispatch, Action::Back)}>{ "Back" }</button>
                }
                <button type="submit" class="itcq-primary" data-action="submit-lead">
                    { if in_results { "Send" } else { "See my results" } }
                </button>
            </div>
        </form>
    }
}
