// Demo page for the engine. All scoring and planning happens in the wasm engine;
// this script only builds sample inputs from the bank it returns and shows the report.
import init, { assess, questions, framework } from "./pkg/itcq_engine.js";

const $ = (id) => document.getElementById(id);
const title = (s) => (s ? s[0].toUpperCase() + s.slice(1) : "–");
let blockNames = {};

function text(tag, content, cls) {
  const el = document.createElement(tag);
  el.textContent = content;
  if (cls) el.className = cls;
  return el;
}

function sample(kind, bank) {
  const profile = { company: "Example Ltd", seats: 45, industry: "professional_services",
    it_management: "outsourced_msp", goals: ["continuity"] };
  const answers = {};
  bank.questions.forEach((q, i) => {
    if (kind === "lowest") answers[q.id] = 0;
    else if (kind === "highest") answers[q.id] = 4;
    else if (kind === "unknown") answers[q.id] = i % 4 === 0 ? 2 : "dont_know";
    else answers[q.id] = i % 7 === 3 ? "dont_know" : [1, 2, 3, 2, 0, 4, 2][i % 7];
  });
  return { bank: "quick", profile, answers };
}

function showReport(r) {
  const s = $("summary");
  s.replaceChildren();
  s.append(text("div", `ITCq ${r.itcq}`, "itcq"),
    text("p", `${title(r.band)} — target ${r.target_itcq}; ${Math.round(r.completion * 100)}% answered; "Don't know" ${Math.round(r.unknown_share * 100)}%`),
    text("p", r.unknown.message));
  const t = document.createElement("table");
  const head = t.createTHead().insertRow();
  ["Block", "Score", "Target", "Gap", "Band"].forEach((h) => head.append(text("th", h)));
  const body = t.createTBody();
  r.blocks.forEach((b) => {
    const row = body.insertRow();
    [b.name, b.score ?? "–", b.target, b.gap ?? "–", title(b.band)].forEach((v) => row.insertCell().textContent = v);
  });
  s.append(t);
  r.plan.phases.forEach((p) => {
    s.append(text("h3", `${p.name} → ITCq ${p.projected_itcq}`));
    const ol = document.createElement("ol");
    p.actions.forEach((a) => ol.append(text("li", `${a.name} (${blockNames[a.block]}, +${a.gain} ITCq, effort ${a.effort}; services: ${a.services.map((x) => x.name).join("; ")})`)));
    if (!p.actions.length) ol.append(text("li", "Nothing in this phase."));
    s.append(ol);
  });
  $("json").textContent = JSON.stringify(r, null, 2);
}

function run() {
  let input;
  try {
    input = JSON.parse($("input").value);
  } catch (e) {
    $("status").replaceChildren(text("span", `The input is not valid JSON: ${e.message}`, "error"));
    return;
  }
  try {
    showReport(assess(input));
    $("status").textContent = "Report updated.";
  } catch (e) {
    $("status").replaceChildren(text("span", e.message ?? String(e), "error"));
  }
}

function showBank(bank) {
  const ol = document.createElement("ol");
  bank.questions.forEach((q) => {
    const li = text("li", "");
    li.append(text("strong", q.text), text("span", ` [${q.id}, ${blockNames[q.block]}, weight ${q.weight}]`));
    const opts = document.createElement("ol");
    opts.start = 0;
    opts.className = "options";
    q.scale.options.forEach((o) => opts.append(text("li", o)));
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
  $("status").replaceChildren(text("span", `The engine could not start: ${e.message ?? e}`, "error"));
}
