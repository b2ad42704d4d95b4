// @ts-check
// The sales rep's briefing page. Every input (a result code, a link with `itcq=` or the text
// of a JSON export) goes to the wasm engine as it is; the engine decodes, scores and writes
// the talking points. The page reads files (rep/inputs.js), lays out one briefing
// (rep/briefing.js) or a portfolio of many (rep/portfolio.js) in the chosen language
// (words.js), and keeps what is open in one state object.
import init, * as engine from "./pkg/itcq_engine.js";
import { saveFile } from "./save.js";
import { $, el, message } from "./dom.js";
import { RULES } from "./rules.js";
import { Words } from "./words.js";
import { CHUNK, breather, checkConfigSize, fetchConfig, pastedItems, progress, readFiles, tooManyFiles } from "./rep/inputs.js";
import { list, renderBriefing } from "./rep/briefing.js";
import { Portfolio } from "./rep/portfolio.js";

/** @typedef {import("./rep/inputs.js").Item} Item */

const input = $("rep-input");
const errorBox = $("rep-error");
const status = $("rep-status");
const briefingSection = $("rep-briefing");
const portfolioSection = $("rep-portfolio");
const langSelect = $("rep-lang");
const configStatus = $("rep-config-status");

/** Everything the page has open. */
const page = {
  words: new Words(),
  /** @type {string | null} the MSP's configuration file (JSON text), when it applies */
  config: null,
  /** Token of the latest opening (paste, files, link): an older one still working gives way. */
  run: 0,
  /** @type {Portfolio | null} the open portfolio */
  portfolio: null,
  /** @type {import("./rep/portfolio.js").Item | null} the row whose briefing is open */
  fromRow: null,
  /** @type {Item | null} one input open, to reopen it in another language */
  current: null,
  /** @type {Item[] | null} several inputs open */
  items: null,
  /** @type {Item | null} the last input that could not be opened: opened again when a
   * configuration file comes (a result with the MSP's own questions opens only with it) */
  failed: null,
};
const w = page.words;

/** @param {string} text */
function announce(text) {
  status.textContent = text;
}

/** @param {string} text */
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

// ---------------------------------------------------------------- language and engine

/** The texts in use: the language's, with the MSP's overrides once their file is applied. */
function withConfig() {
  w.texts = w.base;
  if (page.config && w.file) {
    try {
      w.texts = engine.withOverrides({ ...w.file, texts: w.base }, page.config).texts;
    } catch (e) {
      showError(message(e));
    }
  }
  w.applyStatic();
}

/** @param {string} code @returns {Promise<void>} */
async function chooseLang(code) {
  try {
    await w.choose(code);
    withConfig();
  } catch (e) {
    showError(w.T("rep.lang_failed", { lang: code, error: message(e) }, "The {lang} texts could not be loaded ({error}); the briefing stays in English."));
    langSelect.value = "en";
    if (code !== "en") return chooseLang("en");
    w.file = null;
  }
}

// The languages ITCq speaks, each named in itself.
for (const { code, name } of RULES.langs) {
  const o = langSelect.appendChild(el("option", null, name));
  o.value = code;
  o.lang = code;
}
const preferred = (new URLSearchParams(location.search).get("lang") || navigator.language || "en").slice(0, 2).toLowerCase();
if (RULES.langs.some((l) => l.code === preferred)) langSelect.value = preferred;
const langReady = chooseLang(langSelect.value);
langSelect.addEventListener("change", () => {
  // What is open, in the new language.
  chooseLang(langSelect.value).then(() => reopen(false));
});

const ready = Promise.all([langReady, init({ module_or_path: new URL("./pkg/itcq_engine_bg.wasm", import.meta.url) })]).then(() => {
  const missing = ["briefing", "portfolio", "portfolioCsv", "chartNode"].filter((f) => typeof (/** @type {any} */ (engine))[f] !== "function");
  if (missing.length) throw new Error(`this engine build has no ${missing.join(", ")}`);
  announce(w.T("rep.ready"));
});
ready.catch((e) => {
  announce("");
  showError(w.T("rep.engine_failed", { error: message(e) }, "The briefing engine could not start: {error}. Reload the page to try again."));
});

/**
 * Opens again what is shown (in another language, or with a configuration file); with
 * `failed`, also the last input that could not be opened (a result with the MSP's own
 * questions opens only with their configuration file).
 */
function reopen(failed = true) {
  if (page.current) openOne(page.current, true);
  else if (page.items) openMany(page.items);
  else if (failed && page.failed) openOne(page.failed, true);
}

// ---------------------------------------------------------------- the MSP's configuration

// The MSP's configuration file, so results read as their widget showed them (weights,
// targets, services, texts): from `?config=<url>` or chosen on the page. The engine checks
// it; a strict file with problems is listed and not applied.

/** @param {string} text @param {string} source */
async function useConfig(text, source) {
  try {
    await ready;
  } catch {
    return;
  }
  const check = engine.checkConfig(text);
  page.config = check.valid || !check.strict ? text : null;
  /** @type {HTMLElement[]} */
  const lines = [el("p", null, check.valid ? w.T("rep.config_used", { source })
    : w.T(check.strict ? "rep.config_not_applied" : "rep.config_partly", { source }))];
  if (!check.valid) lines.push(list(check.issues.map((i) => i.message), "ul"));
  configStatus.replaceChildren(...lines);
  withConfig();
  reopen();
}

/**
 * Says the configuration file could not be read, in the page's language (a refusal, say for
 * its size, can come before the language file has arrived).
 * @param {string} source @param {unknown} e
 */
async function configFailed(source, e) {
  await langReady;
  configStatus.replaceChildren(el("p", null, w.T("rep.config_unreadable", { source, error: message(e) })));
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
if (configUrl) fetchConfig(configUrl).then((text) => useConfig(text, configUrl), (e) => configFailed(configUrl, e));

// ---------------------------------------------------------------- opening inputs

async function openPasted() {
  const items = pastedItems(input.value, w);
  if (!items.length) {
    showError(w.T("rep.paste_first"));
    input.focus();
    return;
  }
  await openItems(items, { fromText: true });
}

/** @param {FileList | File[] | null} chosenList */
async function openFiles(chosenList) {
  const chosen = [...(chosenList || [])];
  if (!chosen.length) return;
  const refused = tooManyFiles(chosen.length, w);
  if (refused) {
    showError(refused);
    return;
  }
  // Read off the page's main thread; the items keep the files' order. Of several files, a
  // JSON export is read only as far as its result code.
  const run = ++page.run;
  const items = await readFiles(chosen, w, {
    head: chosen.length > 1,
    say: progress(w, announce, "rep.reading", chosen.length),
    stale: () => run !== page.run,
  });
  if (!items || run !== page.run) return; // something else was opened meanwhile
  await openItems(items, { fromText: false }, run);
}

/**
 * Opens what was pasted or read: one briefing or a portfolio. `run` is the opening's token:
 * a later opening wins over one still waiting.
 * @param {Item[]} items
 * @param {{ fromText: boolean }} how
 */
async function openItems(items, { fromText }, run = ++page.run) {
  try {
    await ready;
    if (run !== page.run) return;
  } catch {
    return; // the error box already says the engine did not start
  }
  if (items.length === 1) openOne(items[0], fromText);
  else openMany(items, run);
}

/** @param {Item} item @param {boolean} fromText */
function openOne(item, fromText) {
  page.run++; // a portfolio still being read or scored will not replace this briefing
  const prefix = fromText ? "" : `${item.label}: `;
  if (item.error || item.text === undefined) {
    showError(prefix + (item.error || ""));
    return;
  }
  let b;
  try {
    b = engine.briefing(item.text, w.file, page.config ?? undefined);
  } catch (e) {
    page.failed = item;
    showError(prefix + message(e));
    return;
  }
  page.current = item;
  page.items = null;
  page.failed = null;
  clearError();
  page.portfolio = null;
  page.fromRow = null;
  portfolioSection.hidden = true;
  portfolioSection.replaceChildren();
  showBriefing(b, false, item.text);
}

/**
 * Scores texts a chunk at a time, letting the page breathe between chunks; each row and
 * error names its text's index in `texts`. Null when other results were opened meanwhile,
 * or the engine failed (the error box then says why).
 * @param {string[]} texts
 * @param {string | undefined} config
 * @param {number} run
 * @returns {Promise<import("./itcq").Portfolio | null>}
 */
async function scoreAll(texts, config, run) {
  /** @type {import("./itcq").Portfolio} */
  const result = { rows: [], errors: [] };
  const say = progress(w, announce, "rep.scoring", texts.length);
  for (let from = 0; from < texts.length; from += CHUNK) {
    say(from);
    let part;
    try {
      part = engine.portfolio(texts.slice(from, from + CHUNK), w.file, config);
    } catch (e) {
      showError(message(e));
      return null;
    }
    for (const row of part.rows) result.rows.push({ ...row, index: row.index + from });
    for (const err of part.errors) result.errors.push({ ...err, index: err.index + from });
    if (texts.length > CHUNK) {
      await breather();
      if (run !== page.run) return null; // other results were opened meanwhile
    }
  }
  return result;
}

/**
 * The texts of the items that were read, with each one's position among the items.
 * @param {Item[]} items
 */
function readable(items) {
  /** @type {string[]} */
  const texts = [];
  /** @type {number[]} */
  const positions = [];
  items.forEach((it, i) => {
    if (!it.error && it.text !== undefined) {
      texts.push(it.text);
      positions.push(i);
    }
  });
  return { texts, positions };
}

/** @param {Item[]} items */
async function openMany(items, run = ++page.run) {
  const { texts, positions } = readable(items);
  const config = page.config ?? undefined; // one configuration for every chunk
  const result = await scoreAll(texts, config, run);
  if (!result) return;
  // A file read only as far as an export's head that did not read as one (an export edited
  // by hand, or no export at all) is read whole, for its result or the error that names why.
  const retry = result.errors.filter((err) => err.kind === "json" && items[positions[err.index]].cut);
  if (retry.length) {
    const again = await readFiles(retry.map((err) => /** @type {File} */ (items[positions[err.index]].cut)), w, {
      say: progress(w, announce, "rep.reading", retry.length),
      stale: () => run !== page.run,
    });
    if (!again || run !== page.run) return;
    const redo = new Set(retry.map((err) => err.index));
    result.errors = result.errors.filter((err) => !redo.has(err.index));
    again.forEach((it, k) => { items[positions[retry[k].index]] = it; });
    const whole = readable(again);
    // The index in `texts` of each whole text.
    const at = whole.positions.map((k) => retry[k].index);
    whole.texts.forEach((text, k) => { texts[at[k]] = text; });
    const part = await scoreAll(whole.texts, config, run);
    if (!part) return;
    for (const row of part.rows) result.rows.push({ ...row, index: at[row.index] });
    for (const err of part.errors) result.errors.push({ ...err, index: at[err.index] });
    result.rows.sort((a, b) => a.index - b.index);
  }
  page.items = items;
  page.current = null;
  page.failed = null;
  const failedAt = new Map();
  items.forEach((it, i) => { if (it.error) failedAt.set(i, it.error); });
  for (const err of result.errors) failedAt.set(positions[err.index], err.message);
  const failed = [...failedAt.keys()].sort((a, b) => a - b).map((i) => ({ label: items[i].label, message: failedAt.get(i) }));
  clearError();
  page.fromRow = null;
  briefingSection.hidden = true;
  briefingSection.replaceChildren();
  const p = new Portfolio(result.rows, failed, texts, w, {
    announce,
    open: openRow,
    csv: (chunk) => engine.portfolioCsv(chunk, undefined, config),
    save: saveFile,
  });
  page.portfolio = p;
  const { nodes, heading } = p.render();
  portfolioSection.replaceChildren(...nodes);
  portfolioSection.hidden = false;
  const n = result.rows.length;
  announce(failed.length ? w.T("rep.loaded_failed", { n: w.int(n), failed: w.int(failed.length) }) : w.plural(n, "rep.loaded"));
  heading.focus();
}

// ---------------------------------------------------------------- briefing and rows

/** The rep's notes per result, kept in this browser (localStorage), by result ID. */
const notes = {
  /** @param {string} id */
  load(id) {
    try {
      return localStorage.getItem(`itcq-rep-notes:${id}`) || "";
    } catch {
      return "";
    }
  },
  /** @param {string} id @param {string} text @returns {boolean} whether it was kept */
  save(id, text) {
    try {
      if (text) localStorage.setItem(`itcq-rep-notes:${id}`, text);
      else localStorage.removeItem(`itcq-rep-notes:${id}`);
      return true;
    } catch {
      return false;
    }
  },
};

/**
 * Copies a text and says so; where the browser refuses the clipboard, the text is shown
 * selected in a box to copy by hand.
 * @param {string} text
 * @param {string} done
 */
async function copy(text, done) {
  $("rep-copy-box")?.remove();
  try {
    await navigator.clipboard.writeText(text);
    announce(done);
  } catch {
    const box = el("textarea", "rep-copy-box");
    box.id = "rep-copy-box";
    box.readOnly = true;
    box.rows = 8;
    box.value = text;
    box.setAttribute("aria-label", w.T("rep.copy_by_hand"));
    $("rep-one")?.before(box);
    box.focus();
    box.select();
    announce(w.T("rep.copy_by_hand"));
  }
}

/**
 * The prospect's language, when the link carries it (`itcq-lang=de`, as the lead delivery's
 * links do), else the page's.
 * @param {string} text
 */
function prospectLang(text) {
  const m = /[#&?]itcq-lang=([a-z]{2})\b/.exec(text);
  const code = m ? m[1] : null;
  return code && RULES.langs.some((l) => l.code === code) ? code : w.file ? w.file.lang : "en";
}

/**
 * @param {import("./itcq").Briefing} b
 * @param {boolean} fromPortfolio
 * @param {string} text the input the briefing was made from
 */
function showBriefing(b, fromPortfolio, text) {
  const config = page.config ?? undefined;
  const { nodes, heading, company } = renderBriefing(b, w, {
    onBack: fromPortfolio ? backToPortfolio : undefined,
    copy,
    notes,
    langs: RULES.langs,
    mailLang: prospectLang(text),
    chart: engine.chartNode,
    followup: async (lang) => {
      const file = lang === (w.file ? w.file.lang : "en") ? w.file : await w.load(lang);
      // The email in that language: the engine writes it from the same input, with the
      // MSP's text overrides for that language.
      return engine.briefing(text, file, config).followup.mailto;
    },
  });
  briefingSection.replaceChildren(...nodes);
  briefingSection.hidden = false;
  if (fromPortfolio) portfolioSection.hidden = true;
  announce(w.T("rep.opened", { company }));
  heading.focus();
}

/**
 * Opens a prospect's briefing: their latest result, or the one chosen in their history.
 * @param {import("./rep/portfolio.js").Item} item
 * @param {import("./rep/portfolio.js").Result} [result]
 */
function openRow(item, result) {
  const text = (result || item).text;
  let b;
  try {
    b = engine.briefing(text, w.file, page.config ?? undefined);
  } catch (e) {
    announce(w.T("rep.open_failed", { error: message(e) }));
    return;
  }
  page.fromRow = item;
  portfolioSection.hidden = true;
  showBriefing(b, true, text);
}

function backToPortfolio() {
  const item = page.fromRow;
  page.fromRow = null;
  briefingSection.hidden = true;
  briefingSection.replaceChildren();
  portfolioSection.hidden = false;
  announce(w.T("rep.back_done"));
  if (item && item.button) item.button.focus();
  else $("rep-portfolio-h")?.focus();
}

// ---------------------------------------------------------------- wiring

$("rep-form").addEventListener("submit", (/** @type {Event} */ e) => {
  e.preventDefault();
  openPasted();
});
input.addEventListener("keydown", (/** @type {KeyboardEvent} */ e) => {
  if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
    e.preventDefault();
    openPasted();
  }
});
const files = $("rep-files");
files.addEventListener("change", async () => {
  await openFiles([...files.files]);
  files.value = "";
});

const drop = $("rep-drop");
let dragDepth = 0;
drop.addEventListener("dragenter", (/** @type {DragEvent} */ e) => {
  e.preventDefault();
  dragDepth++;
  drop.classList.add("rep-drop-over");
});
drop.addEventListener("dragleave", () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (!dragDepth) drop.classList.remove("rep-drop-over");
});
drop.addEventListener("drop", (/** @type {DragEvent} */ e) => {
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
  // Only the fragment: the rep page's own address is no link to send a prospect.
  openItems([{ label: w.T("rep.the_link"), text: location.hash }], { fromText: true }).then(() => {
    if (!errorBox.hidden && !input.value) input.value = href;
  });
}
window.addEventListener("hashchange", openFromHash);
openFromHash();
