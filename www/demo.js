// @ts-check
// Demo page for the engine. All scoring and planning happens in the wasm engine;
// this script only builds sample inputs from the bank it returns and shows the report.
import init, { assess, questions, framework } from "./pkg/itcq_engine.js";
import { $, el, message } from "./dom.js";

/** @typedef {import("./itcq").Report} Report */
/** @typedef {ReturnType<typeof questions>} Bank */

/** @param {string | null | undefined} s */
const title = (s) => (s ? s[0].toUpperCase() + s.slice(1) : "–");
/** @type {Record<string, string>} */
let blockNames = {};

/**
 * A sample assessment of the quick bank.
 * @param {string} kind `lowest`, `highest`, `unknown` or a mix
 * @param {Bank} bank
 * @returns {import("./itcq").Assessment}
 */
function sample(kind, bank) {
  /** @type {import("./itcq").Profile} */
  const profile = { company: "Example Ltd", seats: 45, industry: "professional_services",
    it_management: "outsourced_msp", goals: ["continuity"] };
  /** @type {Record<string, import("./itcq").Answer>} */
  const answers = {};
  /** @type {import("./itcq").Answer[]} */
  const mix = [1, 2, 3, 2, 0, 4, 2];
  bank.questions.forEach((q, i) => {
    if (kind === "lowest") answers[q.id] = 0;
    else if (kind === "highest") answers[q.id] = 4;
    else if (kind === "unknown") answers[q.id] = i % 4 === 0 ? 2 : "dont_know";
    else answers[q.id] = i % 7 === 3 ? "dont_know" : mix[i % 7];
  });
  return { bank: "quick", profile, answers };
}

/** @param {Report} r */
function showReport(r) {
  const s = $("summary");
  s.replaceChildren();
  s.append(el("div", "itcq", `ITCq ${r.itcq}`),
    el("p", null, `${title(r.band)} — target ${r.target_itcq}; ${Math.round(r.completion * 100)}% answered; "Don't know" ${Math.round(r.unknown_share * 100)}%`),
    el("p", null, r.unknown.message));
  const t = el("table");
  const head = t.createTHead().insertRow();
  ["Block", "Score", "Target", "Gap", "Band"].forEach((h) => head.append(el("th", null, h)));
  const body = t.createTBody();
  r.blocks.forEach((b) => {
    const row = body.insertRow();
    [b.name, b.score ?? "–", b.target, b.gap ?? "–", title(b.band)].forEach((v) => { row.insertCell().textContent = String(v); });
  });
  s.append(t);
  r.plan.phases.forEach((p) => {
    s.append(el("h3", null, `${p.name} → ITCq ${p.projected_itcq}`));
    const ol = el("ol");
    p.actions.forEach((a) => ol.append(el("li", null, `${a.name} (${blockNames[a.block]}, +${a.gain} ITCq, effort ${a.effort}; services: ${a.services.map((x) => x.name).join("; ")})`)));
    if (!p.actions.length) ol.append(el("li", null, "Nothing in this phase."));
    s.append(ol);
  });
  $("json").textContent = JSON.stringify(r, null, 2);
}

function run() {
  let input;
  try {
    input = JSON.parse($("input").value);
  } catch (e) {
    $("status").replaceChildren(el("span", "error", `The input is not valid JSON: ${message(e)}`));
    return;
  }
  try {
    showReport(assess(input));
    $("status").textContent = "Report updated.";
  } catch (e) {
    $("status").replaceChildren(el("span", "error", message(e)));
  }
}

/** @param {Bank} bank */
function showBank(bank) {
  const ol = el("ol");
  bank.questions.forEach((q) => {
    const li = el("li");
    li.append(el("strong", null, q.text), el("span", null, ` [${q.id}, ${blockNames[q.block]}, weight ${q.weight}]`));
    const opts = el("ol", "options");
    opts.start = 0;
    if (q.scale.kind === "levels") q.scale.options.forEach((o) => opts.append(el("li", null, o)));
    li.append(opts);
    ol.append(li);
  });
  $("bank").replaceChildren(ol);
}

try {
  await init({ module_or_path: new URL("./pkg/itcq_engine_bg.wasm", import.meta.url) });
  blockNames = Object.fromEntries(framework().blocks.map((b) => [b.id, b.name]));
  const bank = questions("quick");
  const fill = () => { $("input").value = JSON.stringify(sample($("sample").value, bank), null, 2); run(); };
  $("sample").addEventListener("change", fill);
  $("run").addEventListener("click", run);
  showBank(bank);
  fill();
} catch (e) {
  $("status").replaceChildren(el("span", "error", `The engine could not start: ${message(e)}`));
}
