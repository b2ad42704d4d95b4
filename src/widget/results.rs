//! The results: ITCq and band, the block chart, a card per block, the "Don't know"
//! finding, the action plan by phase, the call to action and (if so placed) the lead form.

use super::app::{Dispatch, send};
use super::{chart, forms};
use crate::engine::config::LeadPosition;
use crate::engine::report::Report;
use crate::journey::{Action, State};
use yew::prelude::*;

fn encode(s: &str) -> String {
    js_sys::encode_uri_component(s)
        .as_string()
        .unwrap_or_default()
}

fn contact(state: &State, report: &Report) -> Html {
    let c = &state.config;
    let msp = c.msp_display_name().to_string();
    let mailto = c.contact_email.as_ref().map(|email| {
        let subject = format!("My ITCq result: {:.1}", report.itcq);
        let actions: Vec<String> = report
            .plan
            .phases
            .iter()
            .flat_map(|p| &p.actions)
            .take(3)
            .map(|a| format!("- {}", a.name))
            .collect();
        let body = format!(
            "Hello {msp},\n\nI took the IT assessment on your website. My ITCq is {:.1} ({}), against a target of {:.1}.\nThe first actions in my plan:\n{}\n\nI'd like to talk about the results.\n",
            report.itcq,
            report.band.name(),
            report.target_itcq,
            actions.join("\n")
        );
        format!("mailto:{email}?subject={}&body={}", encode(&subject), encode(&body))
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
                    <a class="itcq-contact itcq-secondary" href={href}>{ format!("Email {msp}") }</a>
                }
            </div>
        </section>
    }
}

/// The results step.
pub fn results(state: &State, report: &Report, dispatch: &Dispatch) -> Html {
    let answered_all = report.answers.missing == 0;
    html! {
        <section class="itcq-step itcq-results">
            <h2 class="itcq-title" tabindex="-1">{ "Your IT Competitiveness quotient" }</h2>
            <div class="itcq-score-box">
                <p class="itcq-score"><span class="itcq-score-value">{ format!("{:.1}", report.itcq) }</span>
                    <span class="itcq-score-of">{ " / 100" }</span></p>
                <p><span class="itcq-band">{ report.band.name() }</span>{ " · " }{ report.band.description() }</p>
                <p>{ format!("The target for a company of your size and goals is {:.1}.", report.target_itcq) }</p>
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
                            Some(s) => format!("{s:.0} of 100 · target {:.0}", b.target),
                            None => format!("not assessed · target {:.0}", b.target),
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
                <p>{ format!("Doing the whole plan takes your ITCq from {:.1} to {:.1}.", report.itcq, report.plan.projected_itcq) }</p>
                { for report.plan.phases.iter().map(|p| html! {
                    <section class="itcq-phase" data-phase={format!("{:?}", p.id)}>
                        <h4>{ p.name }</h4>
                        <p class="itcq-projected">{ format!("ITCq after this phase: {:.1}", p.projected_itcq) }</p>
                        if p.actions.is_empty() {
                            <p>{ "Nothing needed here." }</p>
                        } else {
                            <ol class="itcq-actions">
                                { for p.actions.iter().map(|a| html! {
                                    <li class="itcq-action">
                                        <strong>{ a.name }</strong>
                                        <span class="itcq-hint">{ format!(" · {} · +{:.1} ITCq", a.block.block().name, a.gain) }</span>
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
            { contact(state, report) }
            if state.config.lead_position == LeadPosition::After {
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
