//! The block chart: each block's score as a bar against a marker at its target, drawn
//! as inline SVG (no chart library, no inline styles: colors come from the stylesheet).

use crate::ui::tx;
use itcq_core::report::Report;
use itcq_text::Dec;
use itcq_text::{Texts, named};
use yew::prelude::*;

const ROW: usize = 46;
/// Drawing width in SVG units: text at 14 units stays at least 13 px on a 320 px phone.
const WIDTH: usize = 300;

/// The chart for a report.
pub fn chart(report: &Report, t: &Texts) -> Html {
    let height = ROW * report.blocks.len() + 34;
    let label = itcq_formats::export::chart_label(report, t);
    html! {
        <svg class="itcq-chart" viewBox={format!("0 0 {WIDTH} {height}")} role="img" aria-label={label}
            xmlns="http://www.w3.org/2000/svg">
            { for report.blocks.iter().enumerate().map(|(i, b)| {
                let y = ROW * i;
                let score = b.score.unwrap_or(0.0);
                let x = |v: f64| Dec(v.clamp(0.0, 100.0) / 100.0 * WIDTH as f64, 1).to_string();
                let score_text = b.score.map_or_else(|| "–".to_string(), |s| t.num(s, 0));
                html! {
                    <g class={classes!("itcq-chart-row", format!("itcq-status-{}", b.status.as_str()))}>
                        <text class="itcq-chart-label" x="0" y={(y + 15).to_string()}>{ tx(named::block(t, b.id)) }</text>
                        <text class="itcq-chart-value" x={WIDTH.to_string()} y={(y + 15).to_string()} text-anchor="end">
                            { format!("{score_text} / {}", t.num(b.target, 0)) }
                        </text>
                        <rect class="itcq-chart-track" x="0" y={(y + 22).to_string()} width={WIDTH.to_string()} height="14" rx="3" />
                        <rect class="itcq-chart-bar" x="0" y={(y + 22).to_string()} width={x(score)} height="14" rx="3" />
                        <line class="itcq-chart-target" x1={x(b.target)} x2={x(b.target)} y1={(y + 18).to_string()} y2={(y + 40).to_string()} />
                    </g>
                }
            }) }
            <g class="itcq-chart-legend">
                <rect class="itcq-chart-bar" x="0" y={(height - 16).to_string()} width="18" height="10" rx="2" />
                <text class="itcq-chart-label" x="24" y={(height - 7).to_string()}>{ tx(t.get("ui.chart.score")) }</text>
                <line class="itcq-chart-target" x1="120" x2="120" y1={(height - 20).to_string()} y2={(height - 2).to_string()} />
                <text class="itcq-chart-label" x="128" y={(height - 7).to_string()}>{ tx(t.get("ui.chart.target")) }</text>
            </g>
        </svg>
    }
}
