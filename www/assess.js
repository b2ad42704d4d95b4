// @ts-check
// The vCIO's full assessment (assess.html): every service of the 7C framework's full bank,
// answered in place / partly / not in place / don't know / not applicable, with a note per
// service, fast by keyboard (1–5 answer and move on, N for a note). The draft is saved in
// this browser as it changes and opened again on the next visit. The result is the
// engine's: the same assessment gives the same code as `itcq assess --taken-on`, and the
// same report, exports and briefing.
import init, * as engine from "./pkg/itcq_engine.js";
import { saveFile } from "./save.js";
import { $, el, put, message } from "./dom.js";
import { RULES } from "./rules.js";
import { Words } from "./words.js";

/** @typedef {import("./itcq").Answer} Answer */
/** @typedef {ReturnType<typeof engine.questions>["questions"][number]} Question */

/** The draft's place in this browser. */
const DRAFT = "itcq-full-assessment:v1";
/** The texts of the choices, in the order of `RULES.inPlaceChoices`. */
const CHOICE_TEXTS = ["brief.level_in_place", "brief.level_partly", "brief.level_not_in_place", "ui.dont_know", "rep.full_na"];

const w = new Words();
const status = $("fa-status");
const bankBox = $("fa-bank");
const profileForm = $("fa-profile");
const profileError = $("fa-profile-error");
const results = $("fa-results");

/**
 * What is being assessed: the profile, the answers and the notes by question ID.
 * @type {{ questions: Question[], answers: Record<string, Answer>, notes: Record<string, string> }}
 */
const state = { questions: [], answers: {}, notes: {} };

/** @param {string} text */
const announce = (text) => { status.textContent = text; };

/** Today in the browser's time zone, as YYYY-MM-DD. */
function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

// ---------------------------------------------------------------- the profile

/** @param {string} id @param {string[]} values @param {(v: string) => string} label */
function fillSelect(id, values, label) {
  const s = $(id);
  const chosen = s.value;
  s.replaceChildren(...values.map((v) => {
    const o = el("option", null, label(v));
    o.value = v;
    return o;
  }));
  if (chosen) s.value = chosen;
}

function fillProfileChoices() {
  fillSelect("fa-industry", RULES.industries, (v) => w.label(`industry.${v}`, v));
  fillSelect("fa-itm", RULES.itManagement, (v) => w.label(`itm.${v}`, v));
  const box = $("fa-goals");
  const chosen = new Set(goals());
  box.replaceChildren(...RULES.goals.map((g) => {
    const input = el("input");
    input.type = "checkbox";
    input.value = g;
    input.id = `fa-goal-${g}`;
    input.checked = chosen.has(g);
    const label = el("label", null, w.label(`goal.${g}.label`, g));
    label.htmlFor = input.id;
    return put(el("div", "fa-goal"), input, label);
  }));
}

/** @returns {import("./itcq").Goal[]} */
function goals() {
  return [...document.querySelectorAll("#fa-goals input:checked")].map((i) => /** @type {import("./itcq").Goal} */ (/** @type {HTMLInputElement} */ (i).value));
}

/** The assessment as `itcq assess --answers` reads it. */
function assessment() {
  const seats = Number($("fa-seats").value);
  return {
    bank: /** @type {const} */ ("full"),
    profile: {
      company: $("fa-company").value.trim() || null,
      seats: $("fa-seats").value.trim() === "" ? 0 : seats,
      industry: $("fa-industry").value,
      it_management: $("fa-itm").value,
      goals: goals(),
    },
    answers: { ...state.answers },
  };
}

// ---------------------------------------------------------------- the draft

function save() {
  try {
    const a = assessment();
    localStorage.setItem(DRAFT, JSON.stringify({ version: 1, profile: a.profile, taken_on: $("fa-date").value, answers: state.answers, notes: state.notes, saved_at: new Date().toISOString() }));
    return true;
  } catch {
    announce(w.T("rep.full_not_saved"));
    return false;
  }
}

/** The saved draft, if there is a readable one. */
function draft() {
  try {
    const d = JSON.parse(localStorage.getItem(DRAFT) || "null");
    return d && d.version === 1 && typeof d.answers === "object" ? d : null;
  } catch {
    return null;
  }
}

/** @param {any} d */
function restore(d) {
  const p = d.profile || {};
  $("fa-company").value = p.company || "";
  $("fa-seats").value = p.seats ? String(p.seats) : "";
  if (RULES.industries.includes(p.industry)) $("fa-industry").value = p.industry;
  if (RULES.itManagement.includes(p.it_management)) $("fa-itm").value = p.it_management;
  for (const i of document.querySelectorAll("#fa-goals input")) {
    /** @type {HTMLInputElement} */ (i).checked = (p.goals || []).includes(/** @type {HTMLInputElement} */ (i).value);
  }
  $("fa-date").value = /^\d{4}-\d{2}-\d{2}$/.test(d.taken_on) ? d.taken_on : today();
  const ids = new Set(state.questions.map((q) => q.id));
  // Only answers the bank accepts come back; anything else in storage is left out.
  state.answers = Object.fromEntries(Object.entries(d.answers || {}).filter(([id, a]) => ids.has(id) && RULES.inPlaceChoices.includes(a)));
  state.notes = Object.fromEntries(Object.entries(d.notes || {}).filter(([id, n]) => ids.has(id) && typeof n === "string"));
}

function startOver() {
  try { localStorage.removeItem(DRAFT); } catch { /* nothing was kept */ }
  state.answers = {};
  state.notes = {};
  profileForm.reset();
  $("fa-date").value = today();
  $("fa-resume").hidden = true;
  results.hidden = true;
  renderBank();
  announce(w.T("rep.full_started"));
  $("fa-company").focus();
}

// ---------------------------------------------------------------- the bank

/** @param {Answer | undefined} a */
const choiceOf = (a) => (a === undefined ? -1 : RULES.inPlaceChoices.indexOf(a));

function renderBank() {
  const blocks = $("fa-blocks");
  blocks.replaceChildren();
  bankBox.replaceChildren();
  /** @type {Map<string, HTMLElement>} */
  const blockBoxes = new Map();
  let area = "";
  /** @type {HTMLElement | null} */
  let areaBox = null;
  state.questions.forEach((q, i) => {
    let box = blockBoxes.get(q.block);
    if (!box) {
      box = el("section", "fa-block");
      box.id = `fa-block-${q.block}`;
      const h = el("h2", null, w.label(`block.${q.block}.name`, q.block));
      h.id = `${box.id}-h`;
      box.setAttribute("aria-labelledby", h.id);
      box.append(h);
      bankBox.append(box);
      blockBoxes.set(q.block, box);
      const a = el("a", null, w.label(`block.${q.block}.name`, q.block));
      a.href = `#${box.id}`;
      blocks.append(put(el("li"), a, " ", el("span", "fa-count")));
    }
    if (q.areas[0] !== area) {
      area = q.areas[0];
      areaBox = el("div", "fa-area");
      areaBox.append(el("h3", null, w.label(`area.${area}.name`, area)));
      box.append(areaBox);
    }
    areaBox?.append(row(q, i));
  });
  $("fa-contents").hidden = false;
  $("fa-keys").hidden = false;
  $("fa-finish").hidden = false;
  progress();
}

/** One service: its name and help, the five choices and the note. @param {Question} q @param {number} i */
function row(q, i) {
  const service = q.services[0] || q.id;
  const fs = el("fieldset", "fa-row");
  fs.dataset.id = q.id;
  fs.dataset.index = String(i);
  const legend = el("legend", "fa-service", w.label(`service.${service}.name`, q.text));
  const help = el("p", "fa-help", w.label(`service.${service}.help`, q.help));
  help.id = `fa-help-${i}`;
  const choices = el("div", "fa-choices");
  const current = choiceOf(state.answers[q.id]);
  CHOICE_TEXTS.forEach((key, c) => {
    const input = el("input");
    input.type = "radio";
    input.name = `fa-q${i}`;
    input.id = `fa-q${i}-${c}`;
    input.value = String(c);
    input.checked = c === current;
    input.setAttribute("aria-describedby", help.id);
    const label = el("label", `fa-choice fa-choice-${c}`);
    put(label, input, el("span", "fa-key", String(c + 1)), el("span", null, w.T(key)));
    choices.append(label);
  });
  const noteButton = el("button", "fa-note-button", w.T("rep.full_note"));
  noteButton.type = "button";
  noteButton.setAttribute("aria-expanded", "false");
  const note = el("textarea", "fa-note");
  note.id = `fa-note-${i}`;
  note.rows = 2;
  note.value = state.notes[q.id] || "";
  note.hidden = !note.value;
  note.setAttribute("aria-label", w.T("rep.full_note_label", { service: legend.textContent }));
  noteButton.setAttribute("aria-controls", note.id);
  noteButton.setAttribute("aria-expanded", String(!note.hidden));
  choices.append(noteButton);
  put(fs, legend, help, choices, note);
  return fs;
}

/** @param {HTMLElement} fs */
const radios = (fs) => /** @type {HTMLInputElement[]} */ ([...fs.querySelectorAll("input[type=radio]")]);

/** Moves to the next service (its chosen answer, else its first). @param {HTMLElement} fs */
function next(fs) {
  const rows = /** @type {HTMLElement[]} */ ([...bankBox.querySelectorAll(".fa-row")]);
  const after = rows[rows.indexOf(fs) + 1];
  if (!after) {
    $("fa-see").focus();
    return;
  }
  const r = radios(after);
  (r.find((x) => x.checked) || r[0]).focus();
}

/** @param {HTMLElement} fs @param {number} c */
function choose(fs, c) {
  const id = fs.dataset.id || "";
  state.answers[id] = RULES.inPlaceChoices[c];
  radios(fs)[c].checked = true;
  save();
  progress();
  outdated();
}

/** @param {HTMLElement} fs @param {boolean} open */
function toggleNote(fs, open) {
  const note = /** @type {HTMLTextAreaElement} */ (fs.querySelector(".fa-note"));
  const button = /** @type {HTMLButtonElement} */ (fs.querySelector(".fa-note-button"));
  note.hidden = !open && !note.value;
  button.setAttribute("aria-expanded", String(!note.hidden));
  if (open) note.focus();
}

bankBox.addEventListener("change", (/** @type {Event} */ e) => {
  const t = /** @type {HTMLElement} */ (e.target);
  const fs = /** @type {HTMLElement | null} */ (t.closest(".fa-row"));
  if (fs && t instanceof HTMLInputElement && t.type === "radio") choose(fs, Number(t.value));
});
bankBox.addEventListener("click", (/** @type {MouseEvent} */ e) => {
  const t = /** @type {HTMLElement} */ (e.target);
  const fs = /** @type {HTMLElement | null} */ (t.closest(".fa-row"));
  if (fs && t.classList.contains("fa-note-button")) toggleNote(fs, true);
});
bankBox.addEventListener("input", (/** @type {Event} */ e) => {
  const t = e.target;
  const fs = t instanceof HTMLTextAreaElement ? /** @type {HTMLElement | null} */ (t.closest(".fa-row")) : null;
  if (!fs || !(t instanceof HTMLTextAreaElement)) return;
  const id = fs.dataset.id || "";
  if (t.value) state.notes[id] = t.value;
  else delete state.notes[id];
  save();
});
bankBox.addEventListener("keydown", (/** @type {KeyboardEvent} */ e) => {
  const t = /** @type {HTMLElement} */ (e.target);
  const fs = /** @type {HTMLElement | null} */ (t.closest(".fa-row"));
  if (!fs || e.ctrlKey || e.metaKey || e.altKey) return;
  if (t instanceof HTMLTextAreaElement) {
    if (e.key === "Escape") {
      e.preventDefault();
      toggleNote(fs, false);
      const r = radios(fs);
      (r.find((x) => x.checked) || r[0]).focus();
    }
    return;
  }
  if (!(t instanceof HTMLInputElement)) return;
  const n = Number(e.key);
  if (Number.isInteger(n) && n >= 1 && n <= CHOICE_TEXTS.length) {
    e.preventDefault();
    choose(fs, n - 1);
    next(fs);
  } else if (e.key === "n" || e.key === "N") {
    e.preventDefault();
    toggleNote(fs, true);
  }
});

/** The counts: per block in the contents, and in all. */
function progress() {
  const total = state.questions.length;
  /** @type {Map<string, [number, number]>} */
  const byBlock = new Map();
  for (const q of state.questions) {
    const c = byBlock.get(q.block) || [0, 0];
    c[1] += 1;
    if (state.answers[q.id] !== undefined) c[0] += 1;
    byBlock.set(q.block, c);
  }
  const answered = [...byBlock.values()].reduce((n, [a]) => n + a, 0);
  $("fa-progress").textContent = w.T("rep.full_progress", { answered: w.int(answered), total: w.int(total) });
  [...byBlock.values()].forEach(([a, t], i) => {
    const span = $("fa-blocks").children[i]?.querySelector(".fa-count");
    if (span) span.textContent = w.T("rep.full_block_progress", { answered: a, total: t });
  });
  const missing = total - answered;
  $("fa-missing").textContent = missing ? w.plural(missing, "rep.full_missing") : "";
}

// ---------------------------------------------------------------- the result

/** Results shown for answers that have changed since are taken away, not left stale. */
function outdated() {
  if (results.hidden) return;
  results.hidden = true;
  results.replaceChildren();
  announce(w.T("rep.full_changed"));
}

/** Scores the assessment and shows the result; `focus`: move the focus to it. */
function seeResults(focus = true) {
  profileError.hidden = true;
  const a = assessment();
  const day = $("fa-date").value || null;
  let code;
  let b;
  try {
    code = engine.encodeCode(a, null, day);
    b = engine.briefing(code, w.file);
  } catch (e) {
    profileError.replaceChildren(el("p", null, message(e)));
    profileError.hidden = false;
    ($("fa-seats").value ? $("fa-date") : $("fa-seats")).focus();
    return;
  }
  const company = b.company || w.T("rep.unnamed");
  const slug = (company.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "result").slice(0, 40);
  const h = el("h2", null, w.T("rep.full_results", { company }));
  h.id = "fa-results-h";
  h.tabIndex = -1;
  const score = put(el("p", "rep-score"), el("span", "rep-score-label", "ITCq"), el("span", "rep-itcq", w.one(b.itcq)),
    el("span", "rep-score-scale", " / 100"), el("span", "rep-band", b.band));
  const target = el("p", "rep-target", w.T("rep.target_itcq", { target: w.one(b.target_itcq) }));
  const table = el("table", "rep-block-table");
  const head = table.createTHead().insertRow();
  for (const col of ["block", "score", "target", "status"]) {
    const th = el("th", null, w.T(`rep.col_${col}`));
    th.scope = "col";
    head.append(th);
  }
  const body = table.createTBody();
  for (const x of b.blocks) {
    const r = body.insertRow();
    const th = el("th", null, x.name);
    th.scope = "row";
    r.append(th, el("td", "rep-num", w.one(x.score)), el("td", "rep-num", w.num(x.target)), el("td", `rep-status-${x.status}`, w.label(`rep.status_${x.status}`, x.status)));
  }
  const open = el("a", "rep-button", w.T("rep.full_open_briefing"));
  open.id = "fa-open-briefing";
  open.href = `rep.html?lang=${w.file ? w.file.lang : "en"}#itcq=${code}`;
  /** @param {string} id @param {string} text @param {() => void} act */
  const button = (id, text, act) => {
    const x = el("button", "rep-button rep-secondary", text);
    x.type = "button";
    x.id = id;
    x.addEventListener("click", () => {
      try {
        act();
      } catch (e) {
        announce(message(e));
      }
    });
    return x;
  };
  const downloads = put(el("div", "rep-toolbar"), open,
    button("fa-json", w.T("rep.full_json"), () => saveFile(`itcq-${slug}.json`, [engine.exportJson(code)], "application/json")),
    button("fa-csv", w.T("rep.full_csv"), () => saveFile(`itcq-${slug}.csv`, [engine.exportCsv(code)], "text/csv;charset=utf-8")),
    button("fa-report", w.T("rep.full_report"), () => saveFile(`itcq-${slug}.html`, [engine.reportHtml(code, {}, undefined, w.file)], "text/html;charset=utf-8")),
    button("fa-answers", w.T("rep.full_answers"), () => saveFile(`itcq-${slug}-answers.json`, [`${JSON.stringify(a, null, 2)}\n`], "application/json")),
    button("fa-notes-md", w.T("rep.full_notes_md"), () => saveFile(`itcq-${slug}-notes.md`, [notesMarkdown(company, day)], "text/markdown;charset=utf-8")));
  const codeP = put(el("p", "rep-code"), `${w.T("rep.code")} `, el("code", "fa-code", code));
  /** @type {Node[]} */
  const notes = [];
  const noted = state.questions.filter((q) => state.notes[q.id]);
  if (noted.length) {
    notes.push(el("h3", null, w.T("rep.full_notes")));
    const ul = el("ul", "fa-notes");
    for (const q of noted) ul.append(put(el("li"), el("strong", null, w.label(`service.${q.services[0]}.name`, q.text)), `: ${state.notes[q.id]}`));
    notes.push(ul);
  }
  results.replaceChildren(h, score, target, el("p", "rep-muted", b.answered_line), put(el("div", "rep-table-wrap"), table), codeP, downloads, ...notes);
  results.hidden = false;
  if (focus) {
    h.focus();
    announce(w.T("rep.full_done", { company }));
  }
}

/** The notes as Markdown, block by block. @param {string} company @param {string | null} day */
function notesMarkdown(company, day) {
  const lines = [`# ${w.T("rep.full_notes")}: ${company}${day ? ` (${day})` : ""}`, ""];
  let block = "";
  for (const q of state.questions) {
    const n = state.notes[q.id];
    if (!n) continue;
    if (q.block !== block) {
      block = q.block;
      lines.push(`## ${w.label(`block.${block}.name`, block)}`, "");
    }
    const c = choiceOf(state.answers[q.id]);
    const answer = c >= 0 ? ` (${w.T(CHOICE_TEXTS[c])})` : "";
    lines.push(`- **${w.label(`service.${q.services[0]}.name`, q.text)}**${answer}: ${n.replace(/\s*\n\s*/g, " ")}`);
  }
  return `${lines.join("\n")}\n`;
}

// ---------------------------------------------------------------- start

for (const { code, name } of RULES.langs) {
  const o = $("fa-lang").appendChild(el("option", null, name));
  o.value = code;
  o.lang = code;
}
const preferred = (new URLSearchParams(location.search).get("lang") || navigator.language || "en").slice(0, 2).toLowerCase();
if (RULES.langs.some((l) => l.code === preferred)) $("fa-lang").value = preferred;

/** Shows the page in a language (English when its files cannot be loaded). @param {string} code */
async function useLang(code) {
  try {
    await w.choose(code);
  } catch (e) {
    announce(w.T("rep.lang_failed", { lang: code, error: message(e) }));
    if (code !== "en") await w.choose("en");
  }
  w.applyStatic();
  fillProfileChoices();
}

Promise.all([useLang($("fa-lang").value), init({ module_or_path: new URL("./pkg/itcq_engine_bg.wasm", import.meta.url) })]).then(() => {
  state.questions = engine.questions("full").questions;
  $("fa-date").value = today();
  const d = draft();
  if (d) {
    restore(d);
    const answered = Object.keys(state.answers).length;
    const resume = $("fa-resume");
    const again = el("button", "rep-button rep-secondary", w.T("rep.full_new"));
    again.type = "button";
    again.id = "fa-new";
    again.addEventListener("click", startOver);
    resume.replaceChildren(put(el("p"), w.T("rep.full_resumed", { company: d.profile?.company || w.T("rep.unnamed"), answered: w.int(answered), total: w.int(state.questions.length) })), again);
    resume.hidden = false;
  }
  renderBank();
  announce(w.T("rep.full_ready", { n: w.int(state.questions.length) }));
}).catch((e) => {
  announce(w.T("rep.engine_failed", { error: message(e) }, "The engine could not start: {error}. Reload the page to try again."));
});

$("fa-lang").addEventListener("change", async () => {
  await useLang($("fa-lang").value);
  if (state.questions.length) {
    renderBank();
    if (!results.hidden) seeResults(false);
  }
});
profileForm.addEventListener("input", () => { save(); outdated(); });
profileForm.addEventListener("change", () => { save(); outdated(); });
profileForm.addEventListener("submit", (/** @type {Event} */ e) => e.preventDefault());
$("fa-see").addEventListener("click", () => seeResults());
