// The sales rep's briefing page. Every input (a result code, a link with `itcq=` or the text
// of a JSON export) goes to the wasm engine as it is; the engine decodes, scores and writes
// the talking points. This script only reads files, builds the DOM (createElement and
// textContent, never markup from data) and sorts the portfolio table.
import init, * as engine from "./pkg/itcq_engine.js";
import { saveFile } from "./save.js";

const MAX_FILES = 10000;
const MAX_BYTES = 5 * 1024 * 1024;
const SVG_NS = "http://www.w3.org/2000/svg";

const $ = (id) => document.getElementById(id);
const input = $("rep-input");
const form = $("rep-form");
const files = $("rep-files");
const drop = $("rep-drop");
const errorBox = $("rep-error");
const status = $("rep-status");
const briefingSection = $("rep-briefing");
const portfolioSection = $("rep-portfolio");

// ---------------------------------------------------------------- small helpers

/** An element with optional class and text (always textContent). */
function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

/** Appends children (nodes or strings as text) and returns the parent. */
function put(parent, ...children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.append(typeof c === "string" ? document.createTextNode(c) : c);
  }
  return parent;
}

const message = (e) => (e && typeof e.message === "string" && e.message ? e.message : String(e));
const isNum = (n) => typeof n === "number" && Number.isFinite(n);
// The page's own words come from the language files like the briefing's (keys `rep.*`):
// English first, the chosen language on top.
let texts = {};
let locale = "en-GB";
const LOCALES = { en: "en-GB", de: "de-DE", es: "es-ES" };
/** The text of a key with its `{name}` placeholders filled in. */
const T = (key, vars = {}, fallback = key) => String(texts[key] ?? fallback).replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
const decimal = (s) => s.replace(".", texts["fmt.decimal"] || ".");
const one = (n) => (isNum(n) ? decimal(n.toFixed(1)) : "–");
const num = (n) => (isNum(n) ? (Number.isInteger(n) ? String(n) : decimal(n.toFixed(1))) : "–");
const int = (n) => n.toLocaleString(locale);
/** `key_one` or `key_many` with `{n}`. */
const plural = (n, key, vars = {}) => T(`${key}_${n === 1 ? "one" : "many"}`, { n: int(n), ...vars });
const cap = (s) => (s ? String(s)[0].toUpperCase() + String(s).slice(1) : "");
/** Engine ids shown to people when no label came with them ("professional_services" → "Professional services"). */
const human = (s) => (typeof s === "string" && /^[a-z0-9_]+$/.test(s) ? cap(s.replace(/_/g, " ")) : (s ?? ""));
const mb = (bytes) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
/**
 * Lets the browser paint and handle input between chunks of work. A message to itself, not
 * `setTimeout`, which browsers slow to once a second in a background tab.
 */
const breathing = new MessageChannel();
const waiting = [];
breathing.port1.onmessage = () => waiting.shift()?.();
const breather = () => new Promise((r) => { waiting.push(r); breathing.port2.postMessage(0); });
/** Files read and results scored or exported per step: thousands never freeze the page. */
const CHUNK = 200;
/** Token of the latest opening (paste, files, link): an older one still working gives way. */
let openRun = 0;
/** A catalogue text by key, else the id made readable. */
const label = (key, id) => (texts[key] ?? human(id));

function longDate(iso) {
  if (typeof iso !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso ?? "";
  const d = new Date(`${iso}T00:00:00Z`);
  const format = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return Number.isNaN(d.getTime()) ? iso : format.format(d);
}

/** A link only for https:, http: and mailto: addresses; anything else stays plain text. */
function link(href, text) {
  if (typeof href === "string" && /^(https?:|mailto:)/i.test(href.trim())) {
    const a = el("a", null, text);
    a.href = href.trim();
    if (/^https?:/i.test(href.trim())) a.rel = "noopener noreferrer";
    return a;
  }
  return document.createTextNode(text);
}
function emailLink(email) {
  if (typeof email !== "string" || !email) return null;
  return /^[^\s@<>"'()\\,;:]+@[^\s@<>"'()\\,;:]+$/.test(email) ? link(`mailto:${email}`, email) : document.createTextNode(email);
}

/**
 * The chart: the only markup taken from the engine. Parsed as SVG (never as HTML), used only
 * if the root is <svg>, and cleaned of anything active or styled inline before it is imported.
 */
function chartNode(svg) {
  if (typeof svg !== "string" || !svg.trim()) return null;
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  const root = doc.documentElement;
  if (!root || root.localName !== "svg" || root.namespaceURI !== SVG_NS || doc.getElementsByTagName("parsererror").length) return null;
  for (const bad of [...root.querySelectorAll("script, style, foreignObject, iframe, object, embed, use, image, a")]) bad.remove();
  for (const node of [root, ...root.querySelectorAll("*")]) {
    for (const attr of [...node.attributes]) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on") || name === "style" || name === "href" || name.endsWith(":href")) node.removeAttribute(attr.name);
    }
  }
  const imported = document.importNode(root, true);
  imported.classList.add("rep-chart-svg");
  return imported;
}

function announce(text) {
  status.textContent = text;
}

function showError(text) {
  errorBox.replaceChildren(el("p", null, text));
  errorBox.hidden = false;
  input.setAttribute("aria-invalid", "true");
}
function clearError() {
  errorBox.replaceChildren();
  errorBox.hidden = true;
  input.removeAttribute("aria-invalid");
}

// ---------------------------------------------------------------- the engine

// The briefing's talking points, names and plan come from the engine in the chosen language:
// its three language files (lang/<code>.json, .more.json, .rep.json) merged into one.
const langSelect = document.getElementById("rep-lang");
const langFiles = new Map();
let lang = null;
function loadLang(code) {
  if (!langFiles.has(code)) {
    const part = (suffix) => fetch(new URL(`./lang/${code}${suffix}.json`, import.meta.url)).then((r) => {
      if (!r.ok) throw new Error(`lang/${code}${suffix}.json: HTTP ${r.status}`);
      return r.json();
    });
    const file = Promise.all(["", ".more", ".rep"].map(part)).then((parts) => ({
      ...parts[0],
      texts: Object.assign({}, ...parts.map((p) => p.texts)),
    }));
    file.catch(() => langFiles.delete(code));
    langFiles.set(code, file);
  }
  return langFiles.get(code);
}
/** The texts in use: the language's, with the MSP's overrides once their file is applied. */
let base = {};
function withConfig() {
  texts = base;
  if (configText && lang) {
    try {
      texts = engine.withOverrides({ ...lang, texts: base }, configText).texts;
    } catch (e) {
      showError(message(e));
    }
  }
  applyStatic();
}

/** The page's static words (elements with `data-t`) in the language in use. */
function applyStatic() {
  document.documentElement.lang = lang ? lang.lang : "en";
  for (const e of document.querySelectorAll("[data-t]")) e.textContent = T(e.dataset.t);
}
function chooseLang(code) {
  return Promise.all([loadLang("en"), code === "en" ? null : loadLang(code)]).then(([en, file]) => {
    base = { ...en.texts, ...(file ? file.texts : {}) };
    lang = file || en;
    locale = LOCALES[lang.lang] || "en-GB";
    withConfig();
  }).catch((e) => {
    showError(T("rep.lang_failed", { lang: code, error: message(e) }, "The {lang} texts could not be loaded ({error}); the briefing stays in English."));
    langSelect.value = "en";
    if (code !== "en") return chooseLang("en");
    lang = null;
  });
}
const preferred = (new URLSearchParams(location.search).get("lang") || navigator.language || "en").slice(0, 2).toLowerCase();
if ([...langSelect.options].some((o) => o.value === preferred)) langSelect.value = preferred;
const langReady = chooseLang(langSelect.value);
langSelect.addEventListener("change", () => {
  chooseLang(langSelect.value).then(() => {
    // Reopen what is shown, in the new language.
    if (state.current) openOne(state.current, true);
    else if (state.items) openMany(state.items);
  });
});

const ready = Promise.all([langReady, init({ module_or_path: new URL("./pkg/itcq_engine_bg.wasm", import.meta.url) })]).then(() => {
  const missing = ["briefing", "portfolio", "portfolioCsv"].filter((f) => typeof engine[f] !== "function");
  if (missing.length) throw new Error(`this engine build has no ${missing.join(", ")}`);
  announce(T("rep.ready"));
});
ready.catch((e) => {
  announce("");
  showError(T("rep.engine_failed", { error: message(e) }, "The briefing engine could not start: {error}. Reload the page to try again."));
});

// ---------------------------------------------------------------- state

const state = {
  /** The open portfolio: { rows: [{ row, index, tr, button }], failed: [{ label, message }], sort: { key, dir } } */
  portfolio: null,
  /** The row whose briefing is open from the portfolio. */
  fromRow: null,
  /** What is open, to reopen it in another language: one input, or several. */
  current: null,
  items: null,
  /** The last input that could not be opened: opened again when a configuration file comes
   * (a result with the MSP's own questions opens only with it). */
  failed: null,
};

// ---------------------------------------------------------------- the MSP's configuration

// The MSP's configuration file, so results read as their widget showed them (weights,
// targets, services, texts): from `?config=<url>` or chosen on the page. The engine checks
// it; a strict file with problems is listed and not applied.
let configText = null;
/** Largest configuration file (the engine's custom::MAX_BYTES): a larger one is not read. */
const MAX_CONFIG = 256 * 1024;
function checkConfigSize(bytes) {
  if (bytes > MAX_CONFIG) throw new Error(`${mb(bytes)} > 0.25 MB`);
}
const configStatus = $("rep-config-status");
async function useConfig(text, source) {
  try {
    await ready;
  } catch {
    return;
  }
  const check = engine.checkConfig(text);
  configText = check.valid || !check.strict ? text : null;
  const lines = [el("p", null, check.valid ? T("rep.config_used", { source })
    : T(check.strict ? "rep.config_not_applied" : "rep.config_partly", { source }))];
  if (!check.valid) lines.push(list(check.issues.map((i) => i.message), "ul"));
  configStatus.replaceChildren(...lines);
  withConfig();
  if (state.current) openOne(state.current, true);
  else if (state.items) openMany(state.items);
  else if (state.failed) openOne(state.failed, true);
}
function configFailed(source, e) {
  configStatus.replaceChildren(el("p", null, T("rep.config_unreadable", { source, error: message(e) })));
}
$("rep-config").addEventListener("change", async () => {
  const f = $("rep-config").files[0];
  if (!f) return;
  try {
    checkConfigSize(f.size);
    await useConfig(await f.text(), f.name);
  } catch (e) {
    configFailed(f.name, e);
  }
});
const configUrl = new URLSearchParams(location.search).get("config");
if (configUrl) {
  Promise.resolve().then(() => fetch(new URL(configUrl, location.href), { credentials: "omit" })).then((r) => {
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    // A file announced as larger than a configuration file can be is not downloaded.
    try {
      checkConfigSize(Number(r.headers.get("content-length")));
    } catch (e) {
      r.body?.cancel().catch(() => {});
      throw e;
    }
    return r.text();
  }).then((text) => useConfig(text, configUrl), (e) => configFailed(configUrl, e));
}

// ---------------------------------------------------------------- opening inputs

/** Pasted text: one JSON export, or one or more codes/links (one per line). */
function pastedItems(text) {
  const trimmed = text.trim();
  if (!trimmed) return [];
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) return [{ label: T("rep.pasted_text"), text: trimmed }];
  const items = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (line.trim()) items.push({ label: T("rep.line", { n: i + 1 }), text: line.trim() });
  });
  return items;
}

async function openPasted() {
  const items = pastedItems(input.value);
  if (!items.length) {
    showError(T("rep.paste_first"));
    input.focus();
    return;
  }
  await openItems(items, { fromText: true });
}

async function openFiles(list) {
  const chosen = [...(list || [])];
  if (!chosen.length) return;
  if (chosen.length > MAX_FILES) {
    showError(T("rep.too_many_files", { n: int(chosen.length), max: int(MAX_FILES) }));
    return;
  }
  // Read a chunk of files at a time, in parallel; the items keep the files' order.
  const read = async (file) => {
    if (file.size > MAX_BYTES) {
      const size = mb(file.size) === "5.0 MB" ? `${int(file.size)} bytes` : mb(file.size);
      return { label: file.name, error: T("rep.file_too_large", { size }) };
    }
    try {
      return { label: file.name, text: await file.text() };
    } catch (e) {
      return { label: file.name, error: T("rep.file_unreadable", { error: message(e) }) };
    }
  };
  const run = ++openRun;
  const items = [];
  const say = progress("rep.reading", chosen.length);
  for (let from = 0; from < chosen.length; from += CHUNK) {
    say(from);
    items.push(...(await Promise.all(chosen.slice(from, from + CHUNK).map(read))));
    if (run !== openRun) return; // something else was opened meanwhile
  }
  await openItems(items, { fromText: false }, run);
}

/**
 * Announces the progress of long work (`key` with {i} of {n}) at most every tenth of the
 * way, so a screen reader is not flooded; nothing for work of one chunk.
 */
function progress(key, n) {
  let last = -1;
  return (i) => {
    const tenth = Math.floor((i / n) * 10);
    if (n > CHUNK && tenth !== last) {
      last = tenth;
      announce(T(key, { i: int(i), n: int(n) }));
    }
  };
}

/** Opens what was pasted or read: one briefing or a portfolio. `run` is the opening's token
 * (see openRun): a later opening wins over one still waiting. */
async function openItems(items, { fromText }, run = ++openRun) {
  try {
    await ready;
    if (run !== openRun) return;
  } catch {
    return; // the error box already says the engine did not start
  }
  if (items.length === 1) openOne(items[0], fromText);
  else openMany(items, run);
}

function openOne(item, fromText) {
  openRun++; // a portfolio still being read or scored will not replace this briefing
  const prefix = fromText ? "" : `${item.label}: `;
  if (item.error) {
    showError(prefix + item.error);
    return;
  }
  let b;
  try {
    b = engine.briefing(item.text, lang, configText ?? undefined);
  } catch (e) {
    state.failed = item;
    showError(prefix + message(e));
    return;
  }
  state.current = item;
  state.items = null;
  state.failed = null;
  clearError();
  state.portfolio = null;
  state.fromRow = null;
  portfolioSection.hidden = true;
  portfolioSection.replaceChildren();
  showBriefing(b, false);
}

async function openMany(items, run = ++openRun) {
  const texts = [], positions = [];
  items.forEach((it, i) => {
    if (!it.error) {
      texts.push(it.text);
      positions.push(i);
    }
  });
  const result = { rows: [], errors: [] };
  const config = configText ?? undefined; // one configuration for every chunk
  const say = progress("rep.scoring", texts.length);
  for (let from = 0; from < texts.length; from += CHUNK) {
    say(from);
    let part;
    try {
      part = engine.portfolio(texts.slice(from, from + CHUNK), lang, config);
    } catch (e) {
      showError(message(e));
      return;
    }
    result.rows.push(...part.rows);
    for (const err of part.errors) result.errors.push({ index: err.index + from, message: err.message });
    if (texts.length > CHUNK) {
      await breather();
      if (run !== openRun) return; // other results were opened meanwhile
    }
  }
  state.items = items;
  state.current = null;
  state.failed = null;
  const failedAt = new Map();
  items.forEach((it, i) => { if (it.error) failedAt.set(i, it.error); });
  for (const err of result.errors || []) {
    const at = positions[err.index];
    if (at !== undefined) failedAt.set(at, err.message);
  }
  const failed = [...failedAt.keys()].sort((a, b) => a - b).map((i) => ({ label: items[i].label, message: failedAt.get(i) }));
  // The texts behind the rows, for the CSV: row i is the i-th text that did not fail (checked
  // by its code); if that does not hold, the CSV is made from all the texts in input order.
  const rows = result.rows || [];
  const bad = new Set((result.errors || []).map((e) => e.index));
  const okTexts = texts.filter((_, i) => !bad.has(i));
  const aligned = okTexts.length === rows.length && rows.every((r, i) => typeof r.code === "string" && okTexts[i].includes(r.code));
  clearError();
  state.fromRow = null;
  briefingSection.hidden = true;
  briefingSection.replaceChildren();
  showPortfolio(rows, failed, aligned ? rows.map((_, i) => okTexts[i]) : null, okTexts);
}

// ---------------------------------------------------------------- the briefing

function section(cls, title, id) {
  const s = el("section", cls);
  if (id) s.id = id;
  const h = el("h3", null, title);
  h.id = `${id || cls}-h`;
  s.setAttribute("aria-labelledby", h.id);
  s.append(h);
  return s;
}

function definitions(pairs, cls = "rep-facts") {
  const dl = el("dl", cls);
  for (const [term, value] of pairs) {
    const d = el("dd");
    put(d, ...(Array.isArray(value) ? value : [value]));
    dl.append(put(el("div"), el("dt", null, term), d));
  }
  return dl;
}

function list(items, tag, itemCls, listCls) {
  const l = el(tag, listCls);
  for (const it of items || []) l.append(el("li", itemCls, it));
  return l;
}

/** The MSP's own service for an area (from their configuration file). */
function offerBox(o) {
  const box = el("div", "rep-offer");
  box.append(el("p", null, T("rep.offer", { name: o.name })));
  if (o.pitch) box.append(el("p", "rep-muted", o.pitch));
  if (o.price) box.append(el("p", "rep-muted", o.price));
  if (o.url) box.append(put(el("p"), link(o.url, o.url)));
  return box;
}

function showBriefing(b, fromPortfolio) {
  const blockName = Object.fromEntries((b.blocks || []).map((x) => [x.id, x.name]));
  const nameOf = (id) => blockName[id] ?? human(id);
  const company = b.company || b.contact?.company || T("rep.unnamed");

  const out = [];

  // Toolbar: back to the portfolio (when opened from it) and print.
  const bar = el("div", "rep-toolbar rep-no-print");
  if (fromPortfolio) {
    const back = el("button", "rep-button rep-secondary", T("rep.back"));
    back.type = "button";
    back.id = "rep-back";
    back.addEventListener("click", backToPortfolio);
    bar.append(back);
  }
  const print = el("button", "rep-button rep-secondary", T("rep.print"));
  print.type = "button";
  print.addEventListener("click", () => window.print());
  bar.append(print);
  out.push(bar);

  // Who and when.
  const h2 = el("h2", "rep-title", company);
  h2.id = "rep-briefing-h";
  h2.tabIndex = -1;
  out.push(el("p", "rep-kicker", T("rep.kicker")), h2);
  const who = [];
  if (b.contact) {
    const c = b.contact;
    const contact = [];
    if (c.name) contact.push(c.name);
    if (c.email) contact.push(contact.length ? " · " : "", emailLink(c.email));
    if (c.phone) contact.push(contact.length ? " · " : "", c.phone);
    if (c.company && c.company !== company) contact.push(contact.length ? " · " : "", c.company);
    who.push([T("rep.contact"), contact.length ? contact : T("rep.no_contact")]);
    if (typeof c.consent === "boolean") who.push([T("rep.consent"), c.consent ? T("rep.yes") : T("rep.not_given")]);
  } else {
    who.push([T("rep.contact"), T("rep.no_contact_left")]);
  }
  who.push([T("rep.taken"), b.taken_on ? longDate(b.taken_on) : T("rep.no_date")]);
  out.push(definitions(who, "rep-facts rep-who"));

  // Score, band, target and the chart.
  const score = el("div", "rep-score-card");
  const value = el("p", "rep-score");
  put(value, el("span", "rep-score-label", "ITCq"), el("span", "rep-itcq", one(b.itcq)), el("span", "rep-score-scale", " / 100"));
  score.append(value);
  score.append(put(el("p", "rep-band"), el("strong", null, label(`band.${b.band}.name`, b.band)), b.band_description ? ` — ${b.band_description}` : ""));
  const gap = isNum(b.itcq) && isNum(b.target_itcq) ? b.target_itcq - b.itcq : null;
  const reach = gap !== null && gap > 0 ? ` ${T("rep.to_go", { gap: one(gap) })}` : gap !== null ? ` ${T("rep.reached")}` : "";
  score.append(el("p", "rep-target", `${T("rep.target_itcq", { target: one(b.target_itcq) })}${reach}`));
  if (isNum(b.completion)) {
    const percent = new Intl.NumberFormat(locale, { style: "percent" }).format(Math.round(b.completion * 100) / 100);
    score.append(el("p", "rep-muted", T("rep.answered_share", { percent })));
  }
  const chartBox = el("figure", "rep-chart");
  const svg = chartNode(b.chart_svg);
  if (svg) chartBox.append(svg, el("figcaption", "rep-muted", T("rep.chart_caption")));
  out.push(put(el("div", "rep-overview"), score, svg ? chartBox : null));

  // Profile.
  const p = b.profile || {};
  const prof = section("rep-profile", T("rep.profile"));
  const seats = isNum(p.seats) ? `${plural(p.seats, "rep.seats")}${p.segment ? ` ${T("rep.segment", { segment: p.segment })}` : ""}` : T("rep.not_given");
  prof.append(definitions([
    [T("rep.seats"), seats],
    [T("rep.industry"), p.industry ? label(`industry.${p.industry}`, p.industry) : T("rep.not_given")],
    [T("rep.it_managed_by"), p.it_management ? label(`itm.${p.it_management}`, p.it_management) : T("rep.not_given")],
    [T("rep.goals"), p.goals && p.goals.length ? p.goals.map((g) => label(`goal.${g}.label`, g)).join(", ") : T("rep.no_goals")],
  ]));
  out.push(prof);

  // Scores by block (the chart's data as text).
  const blocksSec = section("rep-blocks", T("rep.scores"));
  const wrap = el("div", "rep-table-wrap");
  wrap.tabIndex = 0;
  wrap.setAttribute("role", "region");
  wrap.setAttribute("aria-label", T("rep.scores_scroll"));
  const t = el("table", "rep-block-table");
  const head = t.createTHead().insertRow();
  for (const h of ["block", "score", "target", "gap", "status"]) {
    const th = el("th", null, T(`rep.col_${h}`));
    th.scope = "col";
    head.append(th);
  }
  const body = t.createTBody();
  for (const x of b.blocks || []) {
    const r = body.insertRow();
    const th = el("th", null, x.name);
    th.scope = "row";
    r.append(th, el("td", "rep-num", one(x.score)), el("td", "rep-num", num(x.target)), el("td", "rep-num", one(x.gap)),
      el("td", `rep-status-${x.status}`, label(`rep.status_${x.status}`, x.status)));
  }
  wrap.append(t);
  blocksSec.append(wrap);
  out.push(blocksSec);

  // Where to start the conversation.
  const talk = section("rep-talk", T("rep.talk"));
  if (!b.weakest || !b.weakest.length) talk.append(el("p", null, T("rep.all_on_target")));
  const cards = el("div", "rep-cards");
  for (const w of b.weakest || []) {
    const card = el("article", "rep-weak rep-card");
    card.dataset.block = w.id;
    card.append(el("h4", null, w.name || nameOf(w.id)));
    card.append(el("p", "rep-weak-score", w.score === null || w.score === undefined
      ? T("rep.not_assessed_target", { target: num(w.target) })
      : `${T("rep.score_vs_target", { score: one(w.score), target: num(w.target) })}${isNum(w.gap) ? ` ${T("rep.gap_part", { gap: one(w.gap) })}` : ""}`));
    if (w.stakes) card.append(put(el("p", "rep-stakes"), el("strong", null, `${T("rep.stakes")} `), w.stakes));
    card.append(el("h5", null, T("rep.openers")), list(w.openers, "ul", "rep-opener"));
    card.append(el("h5", null, T("rep.questions")), list(w.questions, "ul", "rep-question"));
    cards.append(card);
  }
  talk.append(cards);
  out.push(talk);

  // The first project.
  const fp = b.first_project;
  const first = section("rep-first", T("rep.first"), "rep-first-project");
  if (fp) {
    first.append(el("h4", "rep-project-name", fp.name));
    first.append(definitions([
      [T("rep.col_block"), nameOf(fp.block)],
      [T("rep.effort"), label(`effort.${fp.effort}`, fp.effort)],
      [T("rep.gain"), isNum(fp.gain) ? `+${one(fp.gain)}` : "–"],
    ], "rep-facts rep-inline"));
    if (fp.pitch) first.append(el("p", "rep-pitch", fp.pitch));
    if (fp.services && fp.services.length) first.append(el("h5", null, T("rep.its_services")), list(fp.services, "ul", null, "rep-services"));
    if (fp.offer) first.append(offerBox(fp.offer));
  } else {
    first.append(el("p", null, T("rep.no_project")));
  }
  out.push(first);

  // Services to propose, by delivery area.
  const svc = section("rep-propose", T("rep.propose"));
  if (!b.services || !b.services.length) svc.append(el("p", null, T("rep.no_services")));
  const areas = el("div", "rep-areas");
  for (const a of b.services || []) {
    const card = el("article", "rep-area rep-card");
    card.append(el("h4", null, a.name || human(a.area)), el("p", "rep-muted", nameOf(a.block)), list(a.services, "ul", null, "rep-services"));
    if (a.offer) card.append(offerBox(a.offer));
    areas.append(card);
  }
  svc.append(areas);
  out.push(svc);

  // Don't know.
  const u = b.unknowns || {};
  const unk = section("rep-unknowns", T("rep.unknowns"));
  if (u.message) unk.append(el("p", null, u.message));
  if (u.reveals && u.reveals.length) {
    const ul = el("ul", "rep-reveals");
    for (const r of u.reveals) {
      const li = el("li", "rep-reveal");
      put(li, el("strong", null, r.question), el("span", "rep-muted", ` (${nameOf(r.block)})`), el("p", null, r.reveal));
      ul.append(li);
    }
    unk.append(ul);
  }
  out.push(unk);

  // The plan, compact.
  const plan = section("rep-plan", T("rep.plan"));
  for (const ph of b.plan || []) {
    const box = el("div", "rep-phase");
    box.append(el("h4", null, `${ph.name}${isNum(ph.projected_itcq) ? ` → ITCq ${one(ph.projected_itcq)}` : ""}`));
    const ol = el("ol");
    for (const a of ph.actions || []) {
      ol.append(el("li", null, T("rep.plan_action", { name: a.name, block: nameOf(a.block), effort: label(`effort.${a.effort}`, a.effort), gain: one(a.gain) })));
    }
    if (!(ph.actions || []).length) ol.append(el("li", null, T("rep.phase_empty")));
    box.append(ol);
    plan.append(box);
  }
  out.push(plan);

  if (b.code) {
    const codeP = el("p", "rep-code rep-muted");
    put(codeP, `${T("rep.code")} `, el("code", null, b.code));
    out.push(codeP);
  }

  briefingSection.replaceChildren(...out);
  briefingSection.hidden = false;
  if (fromPortfolio) portfolioSection.hidden = true;
  announce(T("rep.opened", { company }));
  h2.focus();
}

// ---------------------------------------------------------------- the portfolio

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });
const topAction = (r) => (r.top_action && typeof r.top_action === "object" ? r.top_action.name : r.top_action) || null;

function columns(rows) {
  const first = rows[0];
  const blocks = (first && first.blocks) || [];
  return [
    { key: "company", label: T("rep.col_company"), get: (r) => r.company },
    { key: "contact", label: T("rep.col_contact"), get: (r) => r.contact_name || r.email },
    { key: "date", label: T("rep.col_date"), get: (r) => r.taken_on },
    { key: "seats", label: T("rep.col_seats"), num: true, get: (r) => r.seats },
    { key: "industry", label: T("rep.col_industry"), get: (r) => (r.industry ? label(`industry.${r.industry}`, r.industry) : "") },
    { key: "itcq", label: "ITCq", num: true, get: (r) => r.itcq },
    ...blocks.map((b) => ({
      key: `block:${b.id}`, label: short(b.name), full: b.name, num: true, block: b.id,
      get: (r) => (r.blocks || []).find((x) => x.id === b.id)?.score ?? null,
    })),
    { key: "top", label: T("rep.col_top"), get: topAction },
  ];
}

/** A short column header: the first word, cut to five letters ("Continuous" → "Conti"). */
function short(name) {
  const word = String(name || "").split(/\s+/)[0];
  return word.length <= 5 ? word : word.slice(0, 5);
}

function compare(col, dir) {
  return (a, b) => {
    const x = col.get(a.row), y = col.get(b.row);
    const xNull = x === null || x === undefined || x === "", yNull = y === null || y === undefined || y === "";
    if (xNull || yNull) return xNull && yNull ? a.index - b.index : xNull ? 1 : -1; // nulls last
    const c = col.num ? Number(x) - Number(y) : collator.compare(String(x), String(y));
    return c ? c * dir : a.index - b.index;
  };
}

function showPortfolio(rows, failed, rowTexts, allTexts) {
  const p = {
    rows: rows.map((row, index) => ({ row, index, text: rowTexts ? rowTexts[index] : null })),
    failed, sort: null, cols: columns(rows), allTexts: rowTexts ? null : allTexts,
  };
  state.portfolio = p;
  const out = [];
  const h2 = el("h2", "rep-title", plural(rows.length, "rep.portfolio"));
  h2.id = "rep-portfolio-h";
  h2.tabIndex = -1;
  out.push(h2);

  if (failed.length) {
    const box = el("div", "rep-failed");
    box.id = "rep-failed";
    const h = el("h3", null, plural(failed.length, "rep.failed"));
    h.id = "rep-failed-h";
    box.setAttribute("role", "group");
    box.setAttribute("aria-labelledby", h.id);
    const ul = el("ul");
    for (const f of failed) ul.append(put(el("li"), el("strong", null, f.label), `: ${f.message}`));
    box.append(h, ul);
    out.push(box);
  }

  if (rows.length) {
    const bar = el("div", "rep-toolbar");
    const csv = el("button", "rep-button", T("rep.csv"));
    csv.type = "button";
    csv.id = "rep-csv";
    csv.addEventListener("click", downloadCsv);
    bar.append(csv, el("p", "rep-muted", T("rep.sort_hint")));
    out.push(bar);

    const wrap = el("div", "rep-table-wrap");
    wrap.tabIndex = 0;
    wrap.setAttribute("role", "region");
    wrap.setAttribute("aria-labelledby", "rep-portfolio-caption");
    const table = el("table", "rep-portfolio-table");
    const caption = el("caption", "rep-visually-hidden", plural(rows.length, "rep.caption"));
    caption.id = "rep-portfolio-caption";
    table.append(caption);
    const head = table.createTHead().insertRow();
    for (const col of p.cols) {
      const th = el("th", col.num ? "rep-num" : null);
      th.scope = "col";
      th.dataset.key = col.key;
      const b = el("button", "rep-sort");
      b.type = "button";
      if (col.full) {
        const abbr = el("abbr", null, col.label);
        abbr.title = col.full;
        th.title = col.full;
        b.append(abbr, el("span", "rep-visually-hidden", ` (${col.full})`));
      } else {
        b.textContent = col.label;
      }
      b.addEventListener("click", () => sortBy(col.key));
      th.append(b);
      col.th = th;
      head.append(th);
    }
    p.body = table.createTBody();
    p.page = 0;
    if (rows.length > PAGE) wrap.setAttribute("aria-describedby", "rep-page-range");
    wrap.append(table);
    out.push(wrap);
    // Beyond one page of rows, the table shows a page at a time: a table of thousands of
    // rows takes the browser seconds per layout.
    if (rows.length > PAGE) out.push(pager(p));
    showPage(p);
    const blockCols = p.cols.filter((c) => c.full);
    if (blockCols.length) out.push(el("p", "rep-legend rep-muted", T("rep.legend", { list: blockCols.map((c) => `${c.label} = ${c.full}`).join(", ") })));
  } else {
    out.push(el("p", null, T("rep.nothing")));
  }

  portfolioSection.replaceChildren(...out);
  portfolioSection.hidden = false;
  announce(failed.length ? T("rep.loaded_failed", { n: int(rows.length), failed: int(failed.length) }) : plural(rows.length, "rep.loaded"));
  h2.focus();
}

/** The row's element, built on first use. */
function rowOf(item, p) {
  if (!item.tr) item.tr = rowElement(item, p.cols);
  return item.tr;
}

/** Rows per page of the portfolio table. */
const PAGE = 100;

/** Previous / next buttons and which rows are shown. */
function pager(p) {
  const nav = el("nav", "rep-toolbar rep-pager");
  nav.setAttribute("aria-label", T("rep.pages"));
  const prev = el("button", "rep-button rep-secondary rep-no-print", T("rep.page_prev"));
  const next = el("button", "rep-button rep-secondary rep-no-print", T("rep.page_next"));
  prev.type = next.type = "button";
  const where = el("p", "rep-muted");
  where.id = "rep-page-range";
  const go = (step, other) => {
    p.page += step;
    showPage(p);
    announce(where.textContent);
    // A button that has just been disabled would drop the focus to the page: the other one takes it.
    if (document.activeElement?.disabled) other.focus();
  };
  prev.addEventListener("click", () => go(-1, next));
  next.addEventListener("click", () => go(1, prev));
  nav.append(prev, where, next);
  p.pager = { prev, next, where };
  return nav;
}

/** Shows the current page of rows (all of them up to one page). */
function showPage(p) {
  const last = Math.max(0, Math.ceil(p.rows.length / PAGE) - 1);
  p.page = Math.min(Math.max(p.page, 0), last);
  const from = p.page * PAGE;
  const shown = p.rows.slice(from, from + PAGE);
  const frag = document.createDocumentFragment();
  for (const item of shown) frag.append(rowOf(item, p));
  p.body.replaceChildren(frag);
  if (p.pager) {
    p.pager.prev.disabled = p.page === 0;
    p.pager.next.disabled = p.page === last;
    p.pager.where.textContent = T("rep.page_range", { from: int(from + 1), to: int(from + shown.length), n: int(p.rows.length) });
  }
}

function rowElement(item, cols) {
  const r = item.row;
  const tr = el("tr");
  tr.dataset.code = r.code;
  for (const col of cols) {
    if (col.key === "company") {
      const th = el("th");
      th.scope = "row";
      const b = el("button", "rep-link-button", r.company || "(no company name)");
      b.type = "button";
      b.addEventListener("click", () => openRow(item));
      item.button = b;
      th.append(b);
      tr.append(th);
    } else if (col.key === "contact") {
      const td = el("td", "rep-contact");
      if (r.contact_name) td.append(el("span", null, r.contact_name));
      const mail = emailLink(r.email);
      if (mail) td.append(put(el("span", "rep-email"), mail));
      if (!r.contact_name && !mail) td.textContent = "–";
      tr.append(td);
    } else if (col.key === "itcq") {
      tr.append(el("td", "rep-num rep-col-itcq", one(r.itcq)));
    } else if (col.block) {
      const v = col.get(r);
      const td = el("td", "rep-num", one(v));
      td.dataset.block = col.block;
      tr.append(td);
    } else if (col.key === "seats") {
      tr.append(el("td", "rep-num", isNum(r.seats) ? int(r.seats) : "–"));
    } else if (col.key === "date") {
      tr.append(el("td", "rep-nowrap", r.taken_on || "–"));
    } else {
      tr.append(el("td", col.key === "top" ? "rep-top" : null, col.get(r) || "–"));
    }
  }
  return tr;
}

function sortBy(key) {
  const p = state.portfolio;
  if (!p) return;
  const col = p.cols.find((c) => c.key === key);
  const dir = p.sort && p.sort.key === key ? -p.sort.dir : 1;
  p.sort = { key, dir };
  p.rows.sort(compare(col, dir));
  p.page = 0;
  showPage(p);
  for (const c of p.cols) {
    if (c === col) c.th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
    else c.th.removeAttribute("aria-sort");
  }
  announce(T(dir === 1 ? "rep.sorted_asc" : "rep.sorted_desc", { column: col.full || col.label }));
}

async function downloadCsv() {
  const p = state.portfolio;
  const button = $("rep-csv");
  if (!p || button.disabled) return;
  button.disabled = true; // one file per click, even while a large one is being made
  try {
    await makeCsv(p);
  } finally {
    button.disabled = false;
  }
}

async function makeCsv(p) {
  // The engine's CSV of the inputs, in the order the table shows them when that is known;
  // made a chunk at a time, every chunk's header line but the first dropped.
  const texts = p.allTexts || p.rows.map((item) => item.text);
  const config = configText ?? undefined; // one configuration for the whole file
  const parts = [];
  for (let from = 0; from < Math.max(texts.length, 1); from += CHUNK) {
    let csv;
    try {
      csv = engine.portfolioCsv(texts.slice(from, from + CHUNK), undefined, config);
    } catch (e) {
      announce(T("rep.csv_failed", { error: message(e) }));
      return;
    }
    parts.push(from === 0 ? csv : csv.slice(csv.indexOf("\r\n") + 2));
    if (texts.length > CHUNK) await breather();
  }
  saveFile("itcq-portfolio.csv", parts, "text/csv;charset=utf-8");
  announce(T("rep.downloaded", { n: int(p.rows.length) }));
}

function openRow(item) {
  let b;
  try {
    b = engine.briefing(item.row.code, lang, configText ?? undefined);
  } catch (e) {
    announce(T("rep.open_failed", { error: message(e) }));
    return;
  }
  state.fromRow = item;
  portfolioSection.hidden = true;
  showBriefing(b, true);
}

function backToPortfolio() {
  const item = state.fromRow;
  state.fromRow = null;
  briefingSection.hidden = true;
  briefingSection.replaceChildren();
  portfolioSection.hidden = false;
  announce(T("rep.back_done"));
  if (item && item.button) item.button.focus();
  else $("rep-portfolio-h")?.focus();
}

// ---------------------------------------------------------------- wiring

form.addEventListener("submit", (e) => {
  e.preventDefault();
  openPasted();
});
input.addEventListener("keydown", (e) => {
  if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
    e.preventDefault();
    openPasted();
  }
});
files.addEventListener("change", async () => {
  const list = [...files.files];
  await openFiles(list);
  files.value = "";
});

let dragDepth = 0;
drop.addEventListener("dragenter", (e) => {
  e.preventDefault();
  dragDepth++;
  drop.classList.add("rep-drop-over");
});
drop.addEventListener("dragleave", () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (!dragDepth) drop.classList.remove("rep-drop-over");
});
drop.addEventListener("drop", (e) => {
  e.preventDefault();
  dragDepth = 0;
  drop.classList.remove("rep-drop-over");
  if (e.dataTransfer && e.dataTransfer.files.length) openFiles(e.dataTransfer.files);
});
// A file dropped next to the zone must not replace the page.
document.addEventListener("dragover", (e) => e.preventDefault());
document.addEventListener("drop", (e) => e.preventDefault());

/** A link to this page with `#itcq=<code>` opens that result directly. */
function openFromHash() {
  if (!location.hash.includes("itcq=")) return;
  const href = location.href;
  openItems([{ label: T("rep.the_link"), text: href }], { fromText: true }).then(() => {
    if (!errorBox.hidden && !input.value) input.value = href;
  });
}
window.addEventListener("hashchange", openFromHash);
openFromHash();
