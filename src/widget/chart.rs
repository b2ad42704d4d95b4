//! The block chart: each block's score as a bar against a marker at its target, drawn
//! as inline SVG (no chart library, no inline styles: colours come from the stylesheet).

use crate::engine::report::Report;
use yew::prelude::*;

const ROW: f64 = 46.0;
/// Drawing width in SVG units: text at 14 units stays at least 13 px on a 320 px phone.
const WIDTH: f64 = 300.0;

/// The chart for a report.
pub fn chart(report: &Report) -> Html {
    let height = ROW * report.blocks.len() as f64 + 34.0;
    let summary: Vec<String> = report
        .blocks
        .iter()
        .map(|b| match b.score {
            Some(s) => format!("{} {s:.0} (target {:.0})", b.name, b.target),
            None => format!("{} not assessed (target {:.0})", b.name, b.target),
        })
        .collect();
    let label = format!(
        "Scores by block against their targets: {}.",
        summary.join("; ")
    );
    html! {
        <svg class="itcq-chart" viewBox={format!("0 0 {WIDTH} {height}")} role="img" aria-label={label}
            xmlns="http://www.w3.org/2000/svg">
            { for report.blocks.iter().enumerate().map(|(i, b)| {
                let y = ROW * i as f64;
                let score = b.score.unwrap_or(0.0);
                let x = |v: f64| (v.clamp(0.0, 100.0) / 100.0 * WIDTH).to_string();
                let score_text = b.score.map_or_else(|| "–".to_string(), |s| format!("{s:.0}"));
                html! {
                    <g class={classes!("itcq-chart-row", format!("itcq-status-{}", b.status.as_str()))}>
                        <text class="itcq-chart-label" x="0" y={(y + 15.0).to_string()}>{ b.name }</text>
                        <text class="itcq-chart-value" x={WIDTH.to_string()} y={(y + 15.0).to_string()} text-anchor="end">
                            { format!("{score_text} / {:.0}", b.target) }
                        </text>
                        <rect class="itcq-chart-track" x="0" y={(y + 22.0).to_string()} width={WIDTH.to_string()} height="14" rx="3" />
                        <rect class="itcq-chart-bar" x="0" y={(y + 22.0).to_string()} width={x(score)} height="14" rx="3" />
                        <line class="itcq-chart-target" x1={x(b.target)} x2={x(b.target)} y1={(y + 18.0).to_string()} y2={(y + 40.0).to_string()} />
                    </g>
                }
            }) }
            <g class="itcq-chart-legend">
                <rect class="itcq-chart-bar" x="0" y={(height - 16.0).to_string()} width="18" height="10" rx="2" />
                <text class="itcq-chart-label" x="24" y={(height - 7.0).to_string()}>{ "Your score" }</text>
                <line class="itcq-chart-target" x1="120" x2="120" y1={(height - 20.0).to_string()} y2={(height - 2.0).to_string()} />
                <text class="itcq-chart-label" x="128" y={(height - 7.0).to_string()}>{ "Your target" }</text>
            </g>
        </svg>
    }
}
