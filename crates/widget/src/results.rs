//! The results: ITCq and band, the block chart, a card per block, the "Don't know"
//! finding, the action plan by phase, the call to action and (if so placed) the lead form.

use crate::exports::{self, EngineApi};
use crate::ui::tx;
use crate::ui::{Dispatch, send};
use crate::{chart, forms};
use itcq_core::report::Report;
use itcq_formats::export::{link, mail_summary};
use itcq_journey::{Action, State};
use itcq_msp::config::LeadPosition;
use itcq_text::named;
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
    let t = &state.texts;
    let msp = c.msp_display_name(t).to_string();
    let mailto = c.contact_email.as_ref().map(|email| {
        let (subject, body) = mail_summary(report, &msp, Some(&link(&codes.page, &codes.full)), t);
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
            <h3>{ tx(&t.fmt("ui.cta.title", &[("msp", &msp)])) }</h3>
            <p>{ tx(t.get("ui.cta.text")) }</p>
            <div class="itcq-nav">
                if let Some(url) = &c.cta_url {
                    <a class="itcq-cta itcq-primary" href={url.clone()} target="_blank" rel="noopener noreferrer">{ c.cta_label(t).to_string() }</a>
                }
                if let Some(href) = mailto {
                    <a class="itcq-contact itcq-secondary" href={href}>{ tx(&t.fmt("ui.cta.mail", &[("msp", &msp)])) }</a>
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
    let t = &state.texts;
    let share = link(&codes.page, &codes.share);
    let copy = {
        let share = share.clone();
        let said = (
            t.get("ui.share.copied").to_string(),
            t.get("ui.share.copy_manual").to_string(),
        );
        Callback::from(move |e: MouseEvent| copy_link(&share, status_of(&e), &said))
    };
    let preparing = t.get("ui.share.preparing").to_string();
    let file = exports::file_name(state);
    let export = |kind: &'static str| {
        let (api, code, page, file, preparing) = (
            api.clone(),
            codes.full.clone(),
            codes.page.clone(),
            file.clone(),
            preparing.clone(),
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
                s.set_text_content(Some(&preparing));
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
            <h3>{ tx(t.get("ui.share.title")) }</h3>
            <label for="itcq-share-link">{ tx(t.get("ui.share.link")) }</label>
            <div class="itcq-share-row">
                <input id="itcq-share-link" class="itcq-share-link" type="text" readonly=true value={share} />
                <button type="button" class="itcq-secondary" data-action="copy-link" onclick={copy}>{ tx(t.get("ui.share.copy")) }</button>
            </div>
            <p class="itcq-hint">{ tx(t.get("ui.share.hint")) }</p>
            <div class="itcq-nav">
                <button type="button" class="itcq-secondary" data-action="export-pdf" onclick={export("pdf")}>{ tx(t.get("ui.share.pdf")) }</button>
                <button type="button" class="itcq-secondary" data-action="export-json" onclick={export("json")}>{ tx(t.get("ui.share.json")) }</button>
                <button type="button" class="itcq-secondary" data-action="export-csv" onclick={export("csv")}>{ tx(t.get("ui.share.csv")) }</button>
            </div>
            <p class="itcq-export-status" role="status"></p>
        </section>
    }
}

/// Copies the link with the Clipboard API and says whether it worked; where the API is
/// missing or refused, says how to copy by hand.
fn copy_link(text: &str, status: Option<web_sys::Element>, said: &(String, String)) {
    let say = |status: &Option<web_sys::Element>, text: &str| {
        if let Some(s) = status {
            s.set_text_content(Some(text));
        }
    };
    let (copied, manual) = (said.0.clone(), said.1.clone());
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
        say(&status, &manual);
        return;
    };
    let (ok_status, err_status) = (status.clone(), status);
    let ok = Closure::once(move |_: JsValue| say(&ok_status, &copied));
    let err = Closure::once(move |_: JsValue| say(&err_status, &manual));
    let _ = promise.then2(&ok, &err);
    // Each runs at most once, when the clipboard answers; a click's two small closures
    // are left to the page's lifetime.
    ok.forget();
    err.forget();
}

/// The results step.
pub fn results(state: &State, report: &Report, dispatch: &Dispatch, api: &EngineApi) -> Html {
    let answered_all = report.answers.missing == 0;
    let t = &state.texts;
    let band = report.band.as_str();
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
            <h2 class="itcq-title" tabindex="-1">{ tx(t.get("ui.results.title")) }</h2>
            <div class="itcq-score-box">
                <p class="itcq-score"><span class="itcq-score-value">{ t.score(report.itcq) }</span>
                    <span class="itcq-score-of">{ " / 100" }</span></p>
                <p><span class="itcq-band">{ tx(t.of(&["band.", band, ".name"])) }</span>{ " · " }{ tx(t.of(&["band.", band, ".desc"])) }</p>
                <p>{ tx(&t.fmt("pdf.target", &[("target", &t.score(report.target_itcq))])) }</p>
                if !answered_all {
                    <p class="itcq-hint">{ tx(&t.fmt("pdf.partial", &[("answered", &report.answers.answered.to_string()), ("total", &report.answers.total.to_string())])) }</p>
                }
            </div>
            { chart::chart(report, t) }
            <h3>{ tx(t.get("ui.results.meaning")) }</h3>
            <ul class="itcq-cards">
                { for report.blocks.iter().map(|b| html! {
                    <li class="itcq-block-card" data-block={b.id.as_str()}>
                        <h4>{ tx(named::block(t, b.id)) }</h4>
                        <p class="itcq-card-score">{ match b.score {
                            Some(s) => t.fmt("pdf.block_score", &[("score", &t.num(s, 0)), ("target", &t.num(b.target, 0))]),
                            None => t.fmt("pdf.block_none", &[("target", &t.num(b.target, 0))]),
                        } }</p>
                        <p>{ tx(&named::meaning(t, b)) }</p>
                    </li>
                }) }
            </ul>
            <section class="itcq-unknown">
                <h3>{ tx(t.get("pdf.unknown")) }</h3>
                <p>{ tx(named::unknown(t, report.unknown.level)) }</p>
                if report.unknown.count > 0 {
                    <p>{ tx(&t.fmt("ui.results.unknown_count", &[("count", &report.unknown.count.to_string()), ("answered", &report.answers.answered.to_string())])) }</p>
                }
            </section>
            <section class="itcq-plan">
                <h3>{ tx(t.get("pdf.plan")) }</h3>
                <p>{ tx(&t.fmt("pdf.plan_gain", &[("from", &t.score(report.itcq)), ("to", &t.score(report.plan.projected_itcq))])) }</p>
                { for report.plan.phases.iter().map(|p| html! {
                    <section class="itcq-phase" data-phase={p.id.as_str()}>
                        <h4>{ tx(named::phase(t, p.id)) }</h4>
                        <p class="itcq-projected">{ tx(&t.fmt("ui.results.after_phase", &[("itcq", &t.score(p.projected_itcq))])) }</p>
                        if p.actions.is_empty() {
                            <p>{ tx(t.get("pdf.phase_empty")) }</p>
                        } else {
                            <ol class="itcq-actions">
                                { for p.actions.iter().map(|a| html! {
                                    <li class="itcq-action">
                                        <strong>{ tx(named::plain_area(t, a.area)) }</strong>
                                        <span class="itcq-hint">{ format!(" · {} · +{} ITCq", t.of(&["block.", a.block.as_str(), ".name"]), t.score(a.gain)) }</span>
                                        <p>{ t.fmt("ui.results.action_facts", &[
                                            ("effort", t.of(&["effort.", a.effort.as_str()])),
                                            ("responsible", t.of(&["role.", a.responsible.as_str()])),
                                            ("accountable", t.of(&["role.", a.accountable.as_str()])),
                                        ]) }</p>
                                        if a.reaches_target {
                                            <p class="itcq-hint">{ tx(t.get("pdf.reaches_target")) }</p>
                                        }
                                        { offer(state, a.area) }
                                        <details>
                                            <summary>{ tx(&t.fmt("ui.results.services", &[("n", &a.services.len().to_string())])) }</summary>
                                            <ul>{ for a.services.iter().map(|s| html! { <li>{ tx(named::plain_service(t, s)) }</li> }) }</ul>
                                        </details>
                                    </li>
                                }) }
                            </ol>
                        }
                    </section>
                }) }
                if !report.plan.beyond_target.is_empty() {
                    <details class="itcq-beyond">
                        <summary>{ tx(t.get("pdf.beyond")) }</summary>
                        <p>{ tx(t.get("pdf.beyond_intro")) }</p>
                        <p>{ tx(&report.plan.beyond_target.iter().map(|a| named::plain_area(t, a.area)).collect::<Vec<_>>().join(" · ")) }</p>
                    </details>
                }
            </section>
            if state.shared {
                <div class="itcq-notice itcq-shared" role="note">
                    <p>{ tx(t.get("ui.results.shared")) }</p>
                </div>
            }
            if let Some(codes) = &codes {
                { exports_section(state, api, codes) }
                { contact(state, report, codes) }
            }
            if state.config.lead_position == LeadPosition::After && !state.shared {
                if state.lead_sent {
                    <p class="itcq-notice itcq-thanks" role="status" tabindex="-1">
                        { tx(&t.fmt("ui.results.thanks", &[("name", &state.lead.name), ("msp", state.config.msp_display_name(t))])) }
                    </p>
                } else {
                    { forms::lead(state, dispatch, true) }
                }
            }
            if state.confirm_restart {
                <div class="itcq-confirm" role="group" aria-label={t.get("ui.restart").to_string()}>
                    <p>{ tx(t.get("ui.restart.confirm")) }</p>
                    <div class="itcq-nav">
                        <button type="button" class="itcq-secondary" data-action="cancel-restart"
                            onclick={send(dispatch, Action::CancelRestart)}>{ tx(t.get("ui.restart.keep")) }</button>
                        <button type="button" class="itcq-primary" data-action="restart"
                            onclick={send(dispatch, Action::Restart)}>{ tx(t.get("ui.restart.yes")) }</button>
                    </div>
                </div>
            } else {
                <div class="itcq-nav">
                    <button type="button" class="itcq-secondary" data-action="ask-restart"
                        onclick={send(dispatch, Action::AskRestart)}>{ tx(t.get("ui.restart")) }</button>
                </div>
            }
        </section>
    }
}

/// The MSP's own service for a delivery area, when their configuration names one: the
/// plan then reads as their offer.
fn offer(state: &State, area: &str) -> Html {
    let Some(url) = state.config.custom.offer(area) else {
        return Html::default();
    };
    let t = &state.texts;
    let text = |field: &str| t.try_get(&format!("offer.{area}.{field}"));
    let name = text("name").unwrap_or_default().to_string();
    let msp = state.config.msp_display_name(t);
    html! {
        <div class="itcq-offer">
            <p class="itcq-hint">{ tx(&t.fmt("ui.offer.title", &[("msp", msp)])) }</p>
            <p><strong>{ tx(&name) }</strong></p>
            if let Some(pitch) = text("pitch") {
                <p>{ tx(pitch) }</p>
            }
            if let Some(price) = text("price") {
                <p class="itcq-price">{ tx(&t.fmt("ui.offer.price", &[("price", price)])) }</p>
            }
            if let Some(url) = url {
                <a href={url.to_string()} target="_blank" rel="noopener noreferrer">{ tx(&t.fmt("ui.offer.more", &[("service", &name)])) }</a>
            }
        </div>
    }
}
