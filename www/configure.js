// The configurator: forms that write an ITCq configuration file (schema itcq-config 1), a
// live widget beside them, the engine's own check of the file, and the snippet to copy.
// The file is the single source of truth: the forms are filled from it and collected into
// it; every rule about what is valid lives in the engine (checkConfig).
import init, * as engine from "./pkg/itcq_engine.js";
import { saveFile } from "./save.js";

const $ = (id) => document.getElementById(id);
const LANGS = [["en", "English"], ["de", "Deutsch"], ["es", "Español"]];
const SEGMENTS = ["1-19", "20-50", "51-150", "151-300", "301+"];
const PREVIEW_KEY = "configurator-preview";
const MAX_EXTRAS = 5;
const EXTRA = ["assessment", "extra"];
const LEVELS = ["Answer for level 0 (not at all)", "Level 1", "Level 2", "Level 3", "Level 4 (fully in place)"];
let framework = { areas: [], blocks: [] };

/** An element with optional class and text (always textContent). */
function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

let uid = 0;
/** A labelled input bound to a path of the file (`data-path` holds the path as JSON). */
function field(parent, label, path, opts = {}) {
  const id = `cfg-f${uid++}`;
  const wrap = parent.appendChild(el("div", "cfg-field"));
  const l = wrap.appendChild(el("label", null, label));
  l.htmlFor = id;
  const input = wrap.appendChild(el(opts.multiline ? "textarea" : opts.options ? "select" : "input"));
  input.id = id;
  if (opts.options) {
    for (const [v, text] of opts.options) {
      const o = input.appendChild(el("option", null, text));
      o.value = v;
    }
  } else if (!opts.multiline) {
    input.type = opts.type || "text";
  } else {
    input.rows = 2;
  }
  if (opts.placeholder) input.placeholder = opts.placeholder;
  if (opts.type === "number") {
    input.min = opts.min;
    input.max = opts.max;
    input.step = 1;
  }
  input.dataset.path = JSON.stringify(path);
  if (opts.kind) input.dataset.kind = opts.kind;
  return input;
}

/** One input per language for a text that may differ by language. */
function local(parent, label, path, opts = {}) {
  const group = parent.appendChild(el("div", "cfg-local"));
  const legend = group.appendChild(el("p", "cfg-local-label", label));
  legend.id = `cfg-l${uid++}`;
  for (const [code, name] of LANGS) {
    const input = field(group, name, path, opts);
    input.dataset.lang = code;
    input.setAttribute("aria-describedby", legend.id);
  }
}

// ---------------------------------------------------------------- building the forms

function buildBrand() {
  const f = $("cfg-brand");
  field(f, "Your company's name", ["brand", "name"], { placeholder: "Northwind IT" });
  field(f, "Logo (https:// address or a path such as /logo.svg)", ["brand", "logo"], { type: "url" });
  field(f, "Brand colour (hex, such as #1d4ed8)", ["brand", "color"], { placeholder: "#0a5c36" });
  field(f, "Font", ["brand", "font"], {
    options: [["", "The system's interface font (default)"], ["system", "The system's interface font"], ["inherit", "Your site's font"]],
  });
  field(f, "Privacy policy (https:// address)", ["brand", "privacy_url"], { type: "url" });
  field(f, "Email for the prospect's results", ["brand", "contact_email"], { type: "email" });
  local(f, "Button that books a call (label)", ["brand", "cta", "label"]);
  field(f, "Button that books a call (https:// address)", ["brand", "cta", "url"], { type: "url" });
  local(f, "Welcome text", ["brand", "welcome"], { multiline: true });
  local(f, "Thank-you text (after the lead form)", ["brand", "thanks"], { multiline: true });
}

function buildQuestions(bank) {
  const f = $("cfg-questions");
  for (const q of bank.questions) {
    const d = f.appendChild(el("details", "cfg-question"));
    d.dataset.question = q.id;
    d.appendChild(el("summary", null, `${q.text} (${q.id})`));
    const hide = field(d, "Hide this question", ["assessment", "questions", q.id, "hide"], { type: "checkbox", kind: "flag" });
    hide.parentElement.classList.add("cfg-field-check");
    field(d, `Weight (framework: ${{ low: 1, medium: 3, high: 5 }[q.weight] ?? q.weight})`, ["assessment", "questions", q.id, "weight"], {
      options: [["", "As the framework"], ["1", "1 (low)"], ["2", "2"], ["3", "3 (medium)"], ["4", "4"], ["5", "5 (high)"]],
      kind: "number",
    });
    local(d, "Your wording of the question", ["assessment", "questions", q.id, "text"], { multiline: true });
  }
}

/** The form of the MSP's own question number `n` (from 0), bound to `assessment.extra[n]`. */
function extraForm(list, n) {
  const box = list.appendChild(el("fieldset", "cfg-extra"));
  box.appendChild(el("legend", null, `Your question ${n + 1}`));
  const at = (...rest) => [...EXTRA, n, ...rest];
  field(box, "ID: lower-case letters, digits and _ (keep it when you reword the question)", at("id"), { placeholder: "our_ticket_portal" });
  const area = field(box, "The delivery area it probes (the block follows from it)", at("area"), { options: [["", "Choose an area"]] });
  for (const b of framework.blocks) {
    const group = area.appendChild(el("optgroup"));
    group.label = b.name;
    for (const a of framework.areas.filter((x) => x.block === b.id)) {
      const o = group.appendChild(el("option", null, a.name));
      o.value = a.id;
    }
  }
  field(box, "Weight", at("weight"), {
    options: [["", "3 (medium, the default)"], ["1", "1 (low)"], ["2", "2"], ["3", "3 (medium)"], ["4", "4"], ["5", "5 (high)"]],
    kind: "number",
  });
  local(box, "The question", at("text"), { multiline: true });
  local(box, "Help shown on demand (optional)", at("help"), { multiline: true });
  LEVELS.forEach((label, level) => local(box, label, at("options", level)));
  const remove = box.appendChild(el("button", "cfg-secondary", `Remove question ${n + 1}`));
  remove.type = "button";
  remove.addEventListener("click", () => {
    const file = collect();
    const extra = getIn(file, EXTRA);
    if (Array.isArray(extra)) extra.splice(n, 1);
    if (Array.isArray(extra) && !extra.length) delete file.assessment.extra;
    fill(file);
    $("cfg-extra-status").textContent = `Question ${n + 1} removed.`;
    update();
  });
}

/** Shows `count` forms for the MSP's own questions. */
function renderExtras(count) {
  const list = $("cfg-extra-list");
  list.textContent = "";
  for (let n = 0; n < count; n++) extraForm(list, n);
  const add = $("cfg-add-extra");
  add.disabled = count >= MAX_EXTRAS;
  add.textContent = count >= MAX_EXTRAS ? `Add a question of your own (at most ${MAX_EXTRAS})` : "Add a question of your own";
}

function addExtra() {
  const file = collect();
  const extra = getIn(file, EXTRA);
  setIn(file, EXTRA, [...(Array.isArray(extra) ? extra : []), {}]);
  fill(file);
  const n = getIn(file, EXTRA).length;
  $("cfg-extra-status").textContent = `Question ${n} added; give it an ID, an area, the question and its five answers.`;
  fieldOf(EXTRA.concat(n - 1, "id")).focus();
  update();
}

const fieldOf = (path) => document.querySelector(`[data-path='${JSON.stringify(path)}']`);

function buildTargets(blocks) {
  const f = $("cfg-targets");
  const table = f.appendChild(el("table", "cfg-targets"));
  const head = table.appendChild(el("thead")).appendChild(el("tr"));
  head.appendChild(el("th", null, "Seats"));
  for (const b of blocks) head.appendChild(el("th", null, b.name)).scope = "col";
  const body = table.appendChild(el("tbody"));
  for (const s of SEGMENTS) {
    const tr = body.appendChild(el("tr"));
    tr.appendChild(el("th", null, s)).scope = "row";
    for (const b of blocks) {
      const td = tr.appendChild(el("td"));
      const input = field(td, `${b.name}, ${s} seats`, ["targets", s, b.id], { type: "number", min: 0, max: 100, kind: "number" });
      input.previousElementSibling.className = "cfg-sr";
    }
  }
}

function buildCatalogue(areas, blocks) {
  const f = $("cfg-catalogue");
  const blockName = Object.fromEntries(blocks.map((b) => [b.id, b.name]));
  for (const a of areas) {
    const d = f.appendChild(el("details", "cfg-area"));
    d.dataset.area = a.id;
    d.appendChild(el("summary", null, `${blockName[a.block] ?? a.block} · ${a.name}`));
    local(d, "Your service's name", ["catalogue", a.id, "name"]);
    local(d, "Its pitch in one or two sentences", ["catalogue", a.id, "pitch"], { multiline: true });
    local(d, "Indicative price or range", ["catalogue", a.id, "price"]);
    field(d, "Link to the service (https://)", ["catalogue", a.id, "url"], { type: "url" });
  }
}

function buildLead() {
  const f = $("cfg-lead");
  field(f, "When to ask for contact details", ["lead", "position"], {
    options: [["", "Before the results (default)"], ["before", "Before the results"], ["after", "After the results"], ["off", "Never"]],
  });
  const req = f.appendChild(el("fieldset", "cfg-required"));
  req.appendChild(el("legend", null, "Required fields (email always is)"));
  for (const [v, text] of [["name", "Name"], ["company", "Company"], ["phone", "Phone"]]) {
    const label = req.appendChild(el("label", "cfg-check"));
    const box = label.appendChild(el("input"));
    box.type = "checkbox";
    box.dataset.required = v;
    box.checked = v !== "phone";
    label.append(` ${text}`);
  }
  local(f, "Consent wording next to the checkbox", ["lead", "consent"], { multiline: true });
}

function textRow(lang = "en", key = "", text = "") {
  const row = $("cfg-text-rows").appendChild(el("div", "cfg-text-row"));
  const n = uid++;
  const sel = row.appendChild(el("select"));
  sel.setAttribute("aria-label", "Language");
  for (const [code, name] of LANGS) {
    const o = sel.appendChild(el("option", null, name));
    o.value = code;
  }
  sel.value = lang;
  sel.className = "cfg-text-lang";
  const k = row.appendChild(el("input", "cfg-text-key"));
  k.placeholder = "ui.welcome.title";
  k.setAttribute("aria-label", `Text key ${n}`);
  k.value = key;
  const t = row.appendChild(el("input", "cfg-text-value"));
  t.setAttribute("aria-label", `Text ${n}`);
  t.value = text;
  const rm = row.appendChild(el("button", "cfg-secondary", "Remove"));
  rm.type = "button";
  rm.addEventListener("click", () => { row.remove(); changed(); });
  return row;
}

// ---------------------------------------------------------------- file <-> forms

const pathOf = (input) => JSON.parse(input.dataset.path);

/** Sets `value` at `path`, making objects on the way (lists where the next key is a number). */
function setIn(obj, path, value) {
  let o = obj;
  path.slice(0, -1).forEach((k, i) => {
    o = o[k] ??= typeof path[i + 1] === "number" ? [] : {};
  });
  o[path[path.length - 1]] = value;
}

function getIn(obj, path) {
  return path.reduce((o, k) => (o && typeof o === "object" ? o[k] : undefined), obj);
}

/** The configuration file the forms describe. */
function collect() {
  const file = { itcq_config: 1 };
  if (!$("cfg-strict").checked) file.strict = false;
  for (const input of document.querySelectorAll("#cfg-form [data-path]")) {
    const path = pathOf(input);
    if (input.type === "checkbox") {
      if (input.checked) setIn(file, path, true);
      continue;
    }
    const v = input.value.trim();
    if (!v) continue;
    if (input.dataset.lang) setIn(file, [...path, input.dataset.lang], v);
    else setIn(file, path, input.dataset.kind === "number" && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v);
  }
  // Every question of the MSP's own is written, an empty one too, so the check names what
  // it lacks under its fields; an answer left empty stays in its place in the list.
  const extras = document.querySelectorAll("#cfg-extra-list .cfg-extra").length;
  if (extras) {
    const list = getIn(file, EXTRA);
    const full = Array.from({ length: extras }, (_, n) => (Array.isArray(list) && list[n]) || {});
    for (const q of full) if (Array.isArray(q.options)) q.options = Array.from({ length: 5 }, (_, l) => q.options[l] ?? "");
    setIn(file, EXTRA, full);
  }
  // A text given the same in every language is written once, for all of them.
  (function same(o) {
    for (const [k, v] of Object.entries(o)) {
      if (!v || typeof v !== "object") continue;
      const keys = Object.keys(v);
      if (keys.length === LANGS.length && LANGS.every(([c]) => typeof v[c] === "string" && v[c] === v.en)) o[k] = v.en;
      else same(v);
    }
  })(file);
  const required = [...document.querySelectorAll("[data-required]")];
  const picked = ["email", ...required.filter((b) => b.checked).map((b) => b.dataset.required)];
  if (picked.join() !== "email,name,company") setIn(file, ["lead", "required"], picked);
  for (const row of document.querySelectorAll(".cfg-text-row")) {
    const key = row.querySelector(".cfg-text-key").value.trim();
    const text = row.querySelector(".cfg-text-value").value;
    if (key) setIn(file, ["texts", row.querySelector(".cfg-text-lang").value, key], text);
  }
  return file;
}

/** Fills the forms from a file. Fields the forms have no place for (unknown ones, `$schema`) are named by the check when the file is opened and are not written back. */
function fill(file) {
  $("cfg-strict").checked = file.strict !== false;
  const extra = getIn(file, EXTRA);
  renderExtras(Array.isArray(extra) ? extra.length : 0);
  for (const input of document.querySelectorAll("#cfg-form [data-path]")) {
    const v = getIn(file, pathOf(input));
    if (input.type === "checkbox") input.checked = v === true;
    else if (input.dataset.lang) input.value = typeof v === "string" ? v : (v && typeof v[input.dataset.lang] === "string" ? v[input.dataset.lang] : "");
    else input.value = v === undefined || v === null || typeof v === "object" ? "" : String(v);
  }
  const req = getIn(file, ["lead", "required"]);
  for (const box of document.querySelectorAll("[data-required]")) {
    box.checked = Array.isArray(req) ? req.includes(box.dataset.required) : box.dataset.required !== "phone";
  }
  $("cfg-text-rows").textContent = "";
  const texts = file.texts && typeof file.texts === "object" ? file.texts : {};
  for (const [lang, entries] of Object.entries(texts)) {
    if (entries && typeof entries === "object") {
      for (const [key, text] of Object.entries(entries)) textRow(lang, key, String(text));
    }
  }
  // Open the questions and services the file changes, so the MSP sees them.
  for (const d of document.querySelectorAll("details[data-question]")) d.open = !!getIn(file, ["assessment", "questions", d.dataset.question]);
  for (const d of document.querySelectorAll("details[data-area]")) d.open = !!getIn(file, ["catalogue", d.dataset.area]);
}

// ---------------------------------------------------------------- check, publish, preview

let current = { itcq_config: 1 };
let widget = null;

function siteBase() {
  return new URL(".", location.href).href;
}

/** The segments of an engine issue's path: `catalogue["continuous.backup"].name`. */
function segments(path) {
  const out = [];
  const re = /\[("(?:[^"\\]|\\.)*"|\d+)\]|([^.[\]]+)/g;
  for (const m of path.matchAll(re)) out.push(m[2] ?? (m[1].startsWith('"') ? JSON.parse(m[1]) : Number(m[1])));
  return out;
}

/** Marks the fields an issue points at, with its message right below them. */
function markFields(issues) {
  for (const e of document.querySelectorAll(".cfg-field-error")) e.remove();
  for (const e of document.querySelectorAll("#cfg-form [aria-invalid]")) {
    e.removeAttribute("aria-invalid");
    const rest = (e.getAttribute("aria-describedby") || "").split(" ").filter((t) => t && t !== `${e.id}-error`);
    if (rest.length) e.setAttribute("aria-describedby", rest.join(" "));
    else e.removeAttribute("aria-describedby");
  }
  const fields = [...document.querySelectorAll("#cfg-form [data-path]")];
  for (const issue of issues) {
    const path = JSON.stringify(segments(issue.path));
    for (const input of fields) {
      const own = JSON.stringify(pathOf(input));
      const withLang = input.dataset.lang ? JSON.stringify([...pathOf(input), input.dataset.lang]) : null;
      if (own !== path && withLang !== path) continue;
      const id = `${input.id}-error`;
      let msg = document.getElementById(id);
      if (!msg) {
        msg = el("p", "cfg-field-error");
        msg.id = id;
        input.after(msg);
        input.setAttribute("aria-invalid", "true");
        input.setAttribute("aria-describedby", [input.getAttribute("aria-describedby"), id].filter(Boolean).join(" "));
      }
      msg.append(el("span", null, issue.message), " ");
    }
  }
}

function publish(file, check) {
  const text = JSON.stringify(file, null, 2);
  $("cfg-json").value = text;
  const host = $("cfg-host").value.trim().replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  $("cfg-snippet").value = `<script src="${siteBase()}embed.js" data-config="${host}"></script>`;
  $("cfg-inline").value = `<script src="${siteBase()}embed.js"></script>\n<script type="application/json">\n${text.replace(/</g, "\\u003c")}\n</script>`;
  const box = $("cfg-check");
  const list = $("cfg-problems");
  list.textContent = "";
  box.className = `cfg-check-result ${check.valid ? "cfg-valid" : "cfg-invalid"}`;
  box.textContent = check.valid
    ? "The file is valid."
    : `${check.issues.length} ${check.issues.length === 1 ? "problem" : "problems"} to fix before publishing${check.strict ? " (a strict file with problems is not applied at all)" : ""}:`;
  for (const i of check.issues) list.appendChild(el("li", null, i.message));
  markFields(check.issues);
}

function preview(file) {
  if (widget) widget.destroy();
  const box = $("cfg-preview");
  box.textContent = "";
  // The preview shows the language chosen beside it, not one the prospect saved earlier.
  try { localStorage.removeItem("itcq:v1:lang"); } catch (e) { /* storage off */ }
  widget = window.ITCq.mount(box, { config: file, lang: $("cfg-preview-lang").value, storageKey: PREVIEW_KEY });
}

let timer = 0;
function changed() {
  clearTimeout(timer);
  timer = setTimeout(update, 250);
}

function update() {
  current = collect();
  const check = engine.checkConfig(JSON.stringify(current));
  publish(current, check);
  preview(current);
}

function load(file, from) {
  const status = $("cfg-file-status");
  if (!file || typeof file !== "object" || Array.isArray(file)) {
    status.textContent = `${from} is not a configuration file (a JSON object); nothing was changed.`;
    return;
  }
  fill(file);
  if (typeof file.lang === "string") $("cfg-preview-lang").value = file.lang;
  // What the forms have no place for (or got wrong) still shows in the check.
  const check = engine.checkConfig(JSON.stringify(file));
  status.textContent = check.valid ? `Opened ${from}.` : `Opened ${from}; it has problems, listed under "Check and publish".`;
  update();
  if (!check.valid) publish(collect(), check);
}

async function main() {
  await init({ module_or_path: "./pkg/itcq_engine_bg.wasm" });
  const bank = engine.questions("quick");
  const fw = engine.framework();
  buildBrand();
  buildQuestions(bank);
  buildTargets(fw.blocks);
  buildCatalogue(fw.areas, fw.blocks);
  buildLead();
  framework = fw;
  renderExtras(0);
  $("cfg-add-extra").addEventListener("click", addExtra);
  const form = $("cfg-form");
  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  form.addEventListener("submit", (e) => e.preventDefault());
  $("cfg-lang").addEventListener("change", () => {
    if ($("cfg-lang").value) $("cfg-preview-lang").value = $("cfg-lang").value;
  });
  $("cfg-preview-lang").addEventListener("change", () => preview(current));
  $("cfg-add-text").addEventListener("click", () => textRow().querySelector(".cfg-text-key").focus());
  $("cfg-reset").addEventListener("click", () => { fill({ itcq_config: 1 }); update(); });
  $("cfg-example").addEventListener("click", async () => {
    try {
      const r = await fetch("itcq-config.example.json");
      load(await r.json(), "the example");
    } catch (e) {
      $("cfg-file-status").textContent = `The example could not be loaded (${e.message}).`;
    }
  });
  $("cfg-file").addEventListener("change", async () => {
    const f = $("cfg-file").files[0];
    if (!f) return;
    if (f.size > 256 * 1024) {
      $("cfg-file-status").textContent = `${f.name} is ${Math.round(f.size / 1024)} KB; a configuration file is at most 256 KB. Nothing was changed.`;
      return;
    }
    let file;
    try {
      file = JSON.parse(await f.text());
    } catch (e) {
      $("cfg-file-status").textContent = `${f.name} is not valid JSON (${e.message}). Nothing was changed.`;
      return;
    }
    load(file, f.name);
  });
  for (const b of document.querySelectorAll(".cfg-copy")) {
    b.addEventListener("click", async () => {
      const text = $(b.dataset.copy).value;
      try {
        await navigator.clipboard.writeText(text);
        $("cfg-copied").textContent = "Copied.";
      } catch (e) {
        $(b.dataset.copy).select();
        $("cfg-copied").textContent = "Select and copy the text (Ctrl+C / ⌘C); the browser did not allow copying.";
      }
    });
  }
  $("cfg-download").addEventListener("click", () => {
    saveFile("itcq-config.json", [$("cfg-json").value + "\n"], "application/json");
  });
  update();
  document.body.dataset.ready = "true";
}

main().catch((e) => {
  const box = $("cfg-check");
  box.className = "cfg-check-result cfg-invalid";
  box.textContent = `The configurator could not start: ${e && e.message ? e.message : e}. Reload the page; if it persists, check that pkg/ was copied next to this page.`;
});
