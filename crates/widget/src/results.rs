//! The results: ITCq and band, the block chart, a card per block, the "Don't know"
//! finding, the action plan by phase, the call to action and (if so placed) the lead form.

use crate::exports::{self, EngineApi};
use crate::ui::tx;
use crate::ui::{Dispatch, send};
use crate::{chart, effects, forms};
use itcq_core::plan::{Action as PlanAction, ranked};
use itcq_core::report::{BlockStatus, Report};
use itcq_formats::export::{link, mail_summary};
use itcq_journey::{Action, State};
use itcq_msp::booking::{self, Prefill, Tool};
use itcq_msp::config::{Analytics, LeadPosition};
use itcq_text::Texts;
use itcq_text::named;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

fn encode(s: &str) -> String {
    js_sys::encode_uri_component(s)
        .as_string()
        .unwrap_or_default()
}

/// The page's address and the result's code, made once per render of the results.
struct Codes {
    /// The page's address without fragment: the base of result links.
    page: String,
    /// The result without contact details: the share link, the exports, the mailto and
    /// the booking page's note. (Only the lead delivery carries the contact.)
    share: String,
}

/// The share link, with the plan's ticked actions when there are any.
fn share_link(state: &State, codes: &Codes) -> String {
    let base = link(&codes.page, &codes.share);
    if state.chosen.is_empty() {
        return base;
    }
    let ranks: Vec<String> = state.chosen.iter().map(u32::to_string).collect();
    format!("{base}&itcq-plan={}", ranks.join("."))
}

fn contact(state: &State, report: &Report, codes: &Codes) -> Html {
    let c = &state.config;
    let t = &state.texts;
    let msp = c.msp_display_name(t).to_string();
    let share = share_link(state, codes);
    let mailto = c.contact_email.as_ref().map(|email| {
        let (subject, body) = mail_summary(report, &msp, Some(&share), t);
        format!(
            "mailto:{email}?subject={}&body={}",
            encode(&subject),
            encode(&body)
        )
    });
    // The booking page, prefilled with what the prospect gave with consent; else the
    // MSP's call-to-action page.
    let booking = c.booking_url.as_deref().map(|url| {
        let l = &state.lead;
        let company = if l.company.trim().is_empty() {
            state.profile.company.trim()
        } else {
            l.company.trim()
        };
        let note = t.fmt(
            "ui.cta.booking_note",
            &[
                ("company", company),
                ("itcq", &t.score(report.itcq)),
                ("target", &t.score(report.target_itcq)),
                ("link", &share),
            ],
        );
        let prefill = Prefill {
            name: &l.name,
            email: &l.email,
            company,
            note: &note,
        };
        let given = state.lead_sent && !state.shared;
        (
            booking::prefilled(url, given.then_some(&prefill)),
            Tool::of(url),
        )
    });
    let href = booking
        .as_ref()
        .map(|(u, _)| u.clone())
        .or_else(|| c.cta_url.clone());
    let tool = booking.as_ref().map_or("link", |(_, tool)| tool.as_str());
    let confirm = (state.lead_sent && !state.shared).then(|| {
        let mut text = t.fmt(
            "ui.results.thanks",
            &[("name", &state.lead.name), ("msp", &msp)],
        );
        text.push(' ');
        text.push_str(&t.fmt(
            if c.send_report {
                "ui.lead.next_report"
            } else {
                "ui.lead.next"
            },
            &[("msp", &msp), ("email", &state.lead.email)],
        ));
        text
    });
    if href.is_none() && mailto.is_none() && confirm.is_none() {
        return html! {};
    }
    let data_layer = c.analytics == Analytics::DataLayer;
    let opened = Callback::from(move |e: MouseEvent| {
        if let Some(target) = e.target() {
            effects::announce(
                &target,
                "itcq:booking-opened",
                &[("tool", tool.into())],
                data_layer,
            );
        }
    });
    html! {
        <section class="itcq-cta-box">
            if let Some(url) = href {
                <a class="itcq-cta itcq-primary" href={url} target="_blank" rel="noopener noreferrer"
                    data-tool={tool} onclick={opened}>{ c.cta_label(t).to_string() }</a>
            }
            if let Some(text) = confirm {
                <p class="itcq-thanks" role="status" tabindex="-1">{ text }</p>
            }
            if let Some(href) = mailto {
                <a class="itcq-contact" href={href}>{ tx(&t.fmt("ui.cta.mail", &[("msp", &msp)])) }</a>
            }
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
    let share = share_link(state, codes);
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
            codes.share.clone(),
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

/// The results step: on the first screen the ITCq and the gap to the recommendation,
/// the seven blocks with their status, the three first steps and the call to action;
/// folded below, the full plan with its what-if, what each block means, and keeping and
/// sharing.
pub fn results(state: &State, report: &Report, dispatch: &Dispatch, api: &EngineApi) -> Html {
    let t = &state.texts;
    // Always there: the results step has a report, so the profile is complete. Every
    // code the prospect can see, keep or forward is the one without contact details.
    let codes = exports::code_of(state).map(|share| Codes {
        page: exports::page_url(),
        share,
    });
    let top: Vec<&PlanAction> = ranked(&report.plan).into_iter().take(3).collect();
    html! {
        <section class="itcq-step itcq-results">
            { summary(state, report) }
            { status_list(t, report, &report.status()) }
            if !top.is_empty() {
                <h3 class="itcq-top-title">{ tx(t.get("ui.results.top")) }</h3>
                <ol class="itcq-top3">
                    { for top.iter().map(|a| html! {
                        <li data-area={a.area}>
                            <strong>{ tx(named::plain_area(t, a.area)) }</strong>
                            <span class="itcq-gain">{ format!(" +{}", t.score(a.gain)) }</span>
                            if let Some(said) = named::weakest_answer(t, &state.answers, a) {
                                <span class="itcq-why">{ tx(&t.fmt("ui.results.you_said", &[("answer", said)])) }</span>
                            }
                        </li>
                    }) }
                </ol>
            }
            if let Some(codes) = &codes {
                { contact(state, report, codes) }
            }
            if state.shared {
                <div class="itcq-notice itcq-shared" role="note">
                    <p>{ tx(t.get("ui.results.shared")) }</p>
                </div>
            }
            <details class="itcq-more itcq-plan-more" open={!state.chosen.is_empty()}>
                <summary>{ tx(t.get("ui.results.plan_open")) }</summary>
                { plan(state, report, dispatch) }
            </details>
            <details class="itcq-more">
                <summary>{ tx(t.get("ui.results.meaning")) }</summary>
                { meaning(state, report) }
            </details>
            if let Some(codes) = &codes {
                <details class="itcq-more">
                    <summary>{ tx(t.get("ui.share.title")) }</summary>
                    { exports_section(state, api, codes) }
                </details>
            }
            if state.config.lead_position == LeadPosition::After && !state.shared && !state.lead_sent {
                { forms::lead(state, dispatch, true) }
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
                <div class="itcq-nav itcq-restart">
                    <button type="button" class="itcq-link" data-action="ask-restart"
                        onclick={send(dispatch, Action::AskRestart)}>{ tx(t.get("ui.restart")) }</button>
                </div>
            }
        </section>
    }
}

/// The ITCq, its band and the gap to the recommendation in words.
fn summary(state: &State, report: &Report) -> Html {
    let t = &state.texts;
    let band = report.band.as_str();
    let target = t.score(report.target_itcq);
    let gap = report.target_itcq - report.itcq;
    let gap_text = if gap > 0.05 {
        t.fmt(
            "ui.results.gap_below",
            &[("gap", &t.score(gap)), ("target", &target)],
        )
    } else {
        t.fmt("ui.results.gap_at", &[("target", &target)])
    };
    html! {
        <div class="itcq-score-box">
            // The heading holds the score, so it is what focus and screen readers meet first.
            <h2 class="itcq-title itcq-score" tabindex="-1"><span class="itcq-score-label">{ tx(t.get("ui.results.heading")) }</span>{ " " }
                <span class="itcq-score-value">{ t.score(report.itcq) }</span>
                <span class="itcq-score-of">{ " / 100 · " }</span><span class="itcq-band">{ tx(t.of(&["band.", band, ".name"])) }</span></h2>
            <p class="itcq-gap">{ gap_text }</p>
            if report.answers.missing > 0 {
                <p class="itcq-hint">{ tx(&t.fmt("pdf.partial", &[("answered", &report.answers.answered.to_string()), ("total", &report.answers.total.to_string())])) }</p>
            }
        </div>
    }
}

/// One line per block: its name and plain subtitle, score against recommendation, and
/// its status as a shape and a word (colour only repeats it).
fn status_list(t: &Texts, report: &Report, status: &[BlockStatus; 7]) -> Html {
    html! {
        <ul class="itcq-status-list" aria-label={t.get("ui.results.blocks").to_string()}>
            { for report.blocks.iter().zip(status).map(|(b, st)| {
                let score = b.score.map_or_else(|| "–".to_string(), |s| t.num(s, 0));
                html! {
                    <li class={classes!("itcq-status-row", format!("itcq-status-{}", st.as_str()))} data-block={b.id.as_str()}>
                        <span class="itcq-status-mark" aria-hidden="true"></span>
                        <strong class="itcq-status-name">{ tx(named::block(t, b.id)) }</strong>
                        <span class="itcq-status-score">{ format!("{score} / {}", t.num(b.target, 0)) }</span>
                        <span class="itcq-status-word">{ tx(t.of(&["ui.status.", st.as_str()])) }</span>
                        <span class="itcq-status-plain">{ tx(t.of(&["block.", b.id.as_str(), ".plain"])) }</span>
                    </li>
                }
            }) }
        </ul>
    }
}

/// The full plan by phase, each action with a box to tick: the ITCq, the chart and the
/// blocks' status above recompute at once (the engine's what-if) for the ticked ones.
fn plan(state: &State, report: &Report, dispatch: &Dispatch) -> Html {
    let t = &state.texts;
    let what_if = report.what_if(&state.chosen);
    let mut after = report.clone();
    after.itcq = what_if.itcq;
    after.band = what_if.band;
    for (i, b) in after.blocks.iter_mut().enumerate() {
        b.score = what_if.blocks[i];
        b.status = what_if.status[i];
    }
    let line = if state.chosen.is_empty() {
        t.get("ui.results.whatif_none").to_string()
    } else {
        t.fmt(
            "ui.results.whatif",
            &[
                ("n", &state.chosen.len().to_string()),
                ("itcq", &t.score(what_if.itcq)),
                ("today", &t.score(report.itcq)),
                ("band", t.of(&["band.", what_if.band.as_str(), ".name"])),
            ],
        )
    };
    html! {
        <section class="itcq-plan">
            <p>{ tx(&t.fmt("pdf.plan_gain", &[("from", &t.score(report.itcq)), ("to", &t.score(report.plan.projected_itcq))])) }</p>
            <p class="itcq-whatif-line" role="status"><strong>{ line }</strong></p>
            <div class="itcq-whatif">{ chart::chart(&after, t) }</div>
            { for report.plan.phases.iter().map(|p| html! {
                <section class="itcq-phase" data-phase={p.id.as_str()}>
                    <h4>{ tx(named::phase(t, p.id)) }</h4>
                    <p class="itcq-projected">{ tx(&t.fmt("ui.results.after_phase", &[("itcq", &t.score(p.projected_itcq))])) }</p>
                    if p.actions.is_empty() {
                        <p>{ tx(t.get("pdf.phase_empty")) }</p>
                    } else {
                        <ol class="itcq-actions">
                            { for p.actions.iter().map(|a| action(state, a, dispatch)) }
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
    }
}

/// One action of the plan, with its what-if box.
fn action(state: &State, a: &PlanAction, dispatch: &Dispatch) -> Html {
    let t = &state.texts;
    let id = format!("itcq-do-{}", a.rank);
    html! {
        <li class="itcq-action" data-area={a.area}>
            <label class="itcq-option itcq-whatif-option" for={id.clone()}>
                <input type="checkbox" id={id} checked={state.chosen.contains(&a.rank)}
                    onchange={send(dispatch, Action::TogglePlan(a.rank))} />
                <span><strong>{ tx(named::plain_area(t, a.area)) }</strong>
                    <span class="itcq-hint">{ format!(" · {} · +{} ITCq", named::block(t, a.block), t.score(a.gain)) }</span></span>
            </label>
            if let Some(said) = named::weakest_answer(t, &state.answers, a) {
                <p class="itcq-why">{ tx(&t.fmt("ui.results.you_said", &[("answer", said)])) }</p>
            }
            <p class="itcq-hint">{ t.fmt("ui.results.action_facts", &[
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
    }
}

/// What each block's score means for the company, and the "Don't know" finding.
fn meaning(state: &State, report: &Report) -> Html {
    let t = &state.texts;
    html! {
        <>
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
        </>
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
