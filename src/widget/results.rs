//! The results: ITCq and band, the block chart, a card per block, the "Don't know"
//! finding, the action plan by phase, the call to action and (if so placed) the lead form.

use super::app::{Dispatch, send};
use super::exports::{self, EngineApi};
use super::{chart, forms};
use crate::engine::config::LeadPosition;
use crate::engine::export::{link, mail_summary};
use crate::engine::report::Report;
use crate::engine::util::{dec0, dec1};
use crate::journey::{Action, State};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

fn encode(s: &str) -> String {
    js_sys::encode_uri_component(s)
        .as_string()
        .unwrap_or_default()
}

/// The page's address and the result's two codes, made once per render of the results.
struct Codes {
    /// The page's address without fragment: the base of result links.
    page: String,
    /// Without contact details: the share link.
    share: String,
    /// With the contact details the prospect sent: exports, the mailto and delivery.
    full: String,
}

fn contact(state: &State, report: &Report, codes: &Codes) -> Html {
    let c = &state.config;
    let msp = c.msp_display_name().to_string();
    let mailto = c.contact_email.as_ref().map(|email| {
        let (subject, body) = mail_summary(report, &msp, Some(&link(&codes.page, &codes.full)));
        format!(
            "mailto:{email}?subject={}&body={}",
            encode(&subject),
            encode(&body)
        )
    });
    if c.cta_url.is_none() && mailto.is_none() {
        return html! {};
    }
    html! {
        <section class="itcq-cta-box">
            <h3>{ format!("Talk it through with {msp}") }</h3>
            <p>{ "A short conversation turns this plan into the first concrete steps for your company." }</p>
            <div class="itcq-nav">
                if let Some(url) = &c.cta_url {
                    <a class="itcq-cta itcq-primary" href={url.clone()} target="_blank" rel="noopener noreferrer">{ c.cta_label.clone() }</a>
                }
                if let Some(href) = mailto {
                    <a class="itcq-contact itcq-secondary" href={href}>{ format!("Send my results to {msp}") }</a>
                }
            </div>
        </section>
    }
}

/// The status line of the export section, found from the clicked button.
fn status_of(e: &MouseEvent) -> Option<web_sys::Element> {
    let target: web_sys::Element = e.target()?.dyn_into().ok()?;
    target
        .closest(".itcq-share")
        .ok()??
        .query_selector(".itcq-export-status")
        .ok()?
}

/// The share link and the PDF/JSON/CSV exports. The engine bundle does the saving and
/// writes what happened into the status line.
fn exports_section(state: &State, api: &EngineApi, codes: &Codes) -> Html {
    let share = link(&codes.page, &codes.share);
    let copy = {
        let share = share.clone();
        Callback::from(move |e: MouseEvent| copy_link(&share, status_of(&e)))
    };
    let file = exports::file_name(state);
    let export = |kind: &'static str| {
        let (api, code, page, file) = (
            api.clone(),
            codes.full.clone(),
            codes.page.clone(),
            file.clone(),
        );
        Callback::from(move |e: MouseEvent| {
            // The print tab must open during the click, or pop-up blockers stop it.
            let window = if kind == "pdf" {
                web_sys::window()
                    .and_then(|w| w.open_with_url_and_target("", "_blank").ok().flatten())
                    .map_or(JsValue::NULL, JsValue::from)
            } else {
                JsValue::NULL
            };
            let status = status_of(&e);
            if let Some(s) = &status {
                s.set_text_content(Some("Preparing your file\u{2026}"));
            }
            let args = [
                kind.into(),
                code.as_str().into(),
                api.options.clone(),
                page.as_str().into(),
                file.as_str().into(),
                window,
                status.clone().map_or(JsValue::NULL, JsValue::from),
            ];
            api.call("saveExport", &args, status.as_ref());
        })
    };
    html! {
        <section class="itcq-share">
            <h3>{ "Keep and share your results" }</h3>
            <label for="itcq-share-link">{ "Link to these results" }</label>
            <div class="itcq-share-row">
                <input id="itcq-share-link" class="itcq-share-link" type="text" readonly=true value={share} />
                <button type="button" class="itcq-secondary" data-action="copy-link" onclick={copy}>{ "Copy link" }</button>
            </div>
            <p class="itcq-hint">{ "The results are inside the link itself, not stored on a server. The link does not contain your contact details." }</p>
            <div class="itcq-nav">
                <button type="button" class="itcq-secondary" data-action="export-pdf" onclick={export("pdf")}>{ "Save as PDF" }</button>
                <button type="button" class="itcq-secondary" data-action="export-json" onclick={export("json")}>{ "Download JSON" }</button>
                <button type="button" class="itcq-secondary" data-action="export-csv" onclick={export("csv")}>{ "Download CSV" }</button>
            </div>
            <p class="itcq-export-status" role="status"></p>
        </section>
    }
}

/// Copies the link with the Clipboard API and says whether it worked; where the API is
/// missing or refused, says how to copy by hand.
fn copy_link(text: &str, status: Option<web_sys::Element>) {
    let say = |status: &Option<web_sys::Element>, text: &str| {
        if let Some(s) = status {
            s.set_text_content(Some(text));
        }
    };
    let manual = "Select the link above and copy it (Ctrl+C, or Cmd+C on a Mac).";
    let write = web_sys::window()
        .map(|w| w.navigator())
        .and_then(|n| js_sys::Reflect::get(&n, &"clipboard".into()).ok())
        .filter(|c| !c.is_undefined())
        .and_then(|c| {
            let f: js_sys::Function = js_sys::Reflect::get(&c, &"writeText".into())
                .ok()?
                .dyn_into()
                .ok()?;
            f.call1(&c, &text.into())
                .ok()?
                .dyn_into::<js_sys::Promise>()
                .ok()
        });
    let Some(promise) = write else {
        say(&status, manual);
        return;
    };
    let (ok_status, err_status) = (status.clone(), status);
    let ok = Closure::once(move |_: JsValue| say(&ok_status, "Link copied."));
    let err = Closure::once(move |_: JsValue| say(&err_status, manual));
    let _ = promise.then2(&ok, &err);
    // Each runs at most once, when the clipboard answers; a click's two small closures
    // are left to the page's lifetime.
    ok.forget();
    err.forget();
}

/// The results step.
pub fn results(state: &State, report: &Report, dispatch: &Dispatch, api: &EngineApi) -> Html {
    let answered_all = report.answers.missing == 0;
    // Always there: the results step has a report, so the profile is complete.
    let codes = exports::code_of(state, false)
        .zip(exports::code_of(state, true))
        .map(|(share, full)| Codes {
            page: exports::page_url(),
            share,
            full,
        });
    html! {
        <section class="itcq-step itcq-results">
            <h2 class="itcq-title" tabindex="-1">{ "Your IT Competitiveness quotient" }</h2>
            <div class="itcq-score-box">
                <p class="itcq-score"><span class="itcq-score-value">{ dec1(report.itcq).to_string() }</span>
                    <span class="itcq-score-of">{ " / 100" }</span></p>
                <p><span class="itcq-band">{ report.band.name() }</span>{ " · " }{ report.band.description() }</p>
                <p>{ format!("The target for a company of your size and goals is {}.", dec1(report.target_itcq)) }</p>
                if !answered_all {
                    <p class="itcq-hint">{ format!("Based on {} of {} questions.", report.answers.answered, report.answers.total) }</p>
                }
            </div>
            { chart::chart(report) }
            <h3>{ "What it means for your company" }</h3>
            <ul class="itcq-cards">
                { for report.blocks.iter().map(|b| html! {
                    <li class="itcq-block-card" data-block={b.id.as_str()}>
                        <h4>{ b.name }</h4>
                        <p class="itcq-card-score">{ match b.score {
                            Some(s) => format!("{} of 100 · target {}", dec0(s), dec0(b.target)),
                            None => format!("not assessed · target {}", dec0(b.target)),
                        } }</p>
                        <p>{ b.meaning.clone() }</p>
                    </li>
                }) }
            </ul>
            <section class="itcq-unknown">
                <h3>{ "What you didn't know" }</h3>
                <p>{ report.unknown.message.clone() }</p>
                if report.unknown.count > 0 {
                    <p>{ format!("\"Don't know\" answers: {} of {}.", report.unknown.count, report.answers.answered) }</p>
                }
            </section>
            <section class="itcq-plan">
                <h3>{ "Your action plan" }</h3>
                <p>{ format!("Doing the whole plan takes your ITCq from {} to {}.", dec1(report.itcq), dec1(report.plan.projected_itcq)) }</p>
                { for report.plan.phases.iter().map(|p| html! {
                    <section class="itcq-phase" data-phase={format!("{:?}", p.id)}>
                        <h4>{ p.name }</h4>
                        <p class="itcq-projected">{ format!("ITCq after this phase: {}", dec1(p.projected_itcq)) }</p>
                        if p.actions.is_empty() {
                            <p>{ "Nothing needed here." }</p>
                        } else {
                            <ol class="itcq-actions">
                                { for p.actions.iter().map(|a| html! {
                                    <li class="itcq-action">
                                        <strong>{ a.name }</strong>
                                        <span class="itcq-hint">{ format!(" · {} · +{} ITCq", a.block.block().name, dec1(a.gain)) }</span>
                                        <p>{ format!("Effort: {}. Done by: {}. Answerable: {}.", a.effort.label(), a.responsible.label(), a.accountable.label()) }</p>
                                        <details>
                                            <summary>{ format!("{} services to put in place", a.services.len()) }</summary>
                                            <ul>{ for a.services.iter().map(|s| html! { <li>{ s.name }</li> }) }</ul>
                                        </details>
                                    </li>
                                }) }
                            </ol>
                        }
                    </section>
                }) }
            </section>
            if state.shared {
                <div class="itcq-notice itcq-shared" role="note">
                    <p>{ "These results were shared with you through a link. Take the assessment for your own company to get your own score and plan." }</p>
                </div>
            }
            if let Some(codes) = &codes {
                { exports_section(state, api, codes) }
                { contact(state, report, codes) }
            }
            if state.config.lead_position == LeadPosition::After && !state.shared {
                if state.lead_sent {
                    <p class="itcq-notice itcq-thanks" role="status" tabindex="-1">
                        { format!("Thank you, {}. Your details are with {}.", state.lead.name, state.config.msp_display_name()) }
                    </p>
                } else {
                    { forms::lead(state, dispatch, true) }
                }
            }
            if state.confirm_restart {
                <div class="itcq-confirm" role="group" aria-label="Start again">
                    <p>{ "Start again? This clears your answers and results on this device." }</p>
                    <div class="itcq-nav">
                        <button type="button" class="itcq-secondary" data-action="cancel-restart"
                            onclick={send(dispatch, Action::CancelRestart)}>{ "Keep my results" }</button>
                        <button type="button" class="itcq-primary" data-action="restart"
                            onclick={send(dispatch, Action::Restart)}>{ "Yes, start again" }</button>
                    </div>
                </div>
            } else {
                <div class="itcq-nav">
                    <button type="button" class="itcq-secondary" data-action="ask-restart"
                        onclick={send(dispatch, Action::AskRestart)}>{ "Start again" }</button>
                </div>
            }
        </section>
    }
}
