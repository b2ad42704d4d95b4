// @ts-check
// The configuration file and the forms that describe it: every input is bound to a path of
// the file (`data-path`, the path as JSON; `data-lang` for one language of a text), so the
// file is collected from the forms and the forms are filled from a file, and a problem the
// engine finds at a path is shown under the input bound to it.
import { RULES } from "../rules.js";

/** @typedef {Array<string | number>} Path */
/** @typedef {Record<string, any>} ConfigFile */

/** Where the MSP's own questions are in the file. */
export const EXTRA = ["assessment", "extra"];

/** @param {HTMLElement} input @returns {Path} */
export const pathOf = (input) => JSON.parse(input.dataset.path || "[]");

/**
 * Sets `value` at `path`, making objects on the way (lists where the next key is a number).
 * @param {ConfigFile} obj
 * @param {Path} path
 * @param {unknown} value
 */
export function setIn(obj, path, value) {
  let o = obj;
  path.slice(0, -1).forEach((k, i) => {
    o = o[k] ??= typeof path[i + 1] === "number" ? [] : {};
  });
  o[path[path.length - 1]] = value;
}

/**
 * The value at `path`, if any.
 * @param {unknown} obj
 * @param {Path} path
 * @returns {any}
 */
export function getIn(obj, path) {
  return path.reduce((/** @type {any} */ o, k) => (o && typeof o === "object" ? o[k] : undefined), obj);
}

/** @returns {HTMLInputElement[]} */
const inputs = () => [...document.querySelectorAll("#cfg-form [data-path]")].filter((e) => e instanceof HTMLElement).map((e) => /** @type {HTMLInputElement} */ (e));

/**
 * The configuration file the forms describe.
 * @returns {ConfigFile}
 */
export function collect() {
  /** @type {ConfigFile} */
  const file = { itcq_config: 1 };
  if (!(/** @type {HTMLInputElement} */ (document.getElementById("cfg-strict"))).checked) file.strict = false;
  for (const input of inputs()) {
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
  (function same(/** @type {Record<string, any>} */ o) {
    for (const [k, v] of Object.entries(o)) {
      if (!v || typeof v !== "object") continue;
      const keys = Object.keys(v);
      if (keys.length === RULES.langs.length && RULES.langs.every(({ code }) => typeof v[code] === "string" && v[code] === v.en)) o[k] = v.en;
      else same(v);
    }
  })(file);
  // The required fields, when they differ from the engine's default.
  const picked = RULES.leadFields.filter((f) => f === "email" || (/** @type {HTMLInputElement | null} */ (document.querySelector(`[data-required="${f}"]`)))?.checked);
  if (picked.join() !== RULES.leadRequired.join()) setIn(file, ["lead", "required"], picked);
  for (const row of document.querySelectorAll(".cfg-text-row")) {
    const field = (/** @type {string} */ cls) => /** @type {HTMLInputElement} */ (row.querySelector(cls));
    const key = field(".cfg-text-key").value.trim();
    if (key) setIn(file, ["texts", field(".cfg-text-lang").value, key], field(".cfg-text-value").value);
  }
  return file;
}

/**
 * Fills the forms from a file. Fields the forms have no place for (unknown ones, `$schema`)
 * are named by the check when the file is opened and are not written back.
 * @param {ConfigFile} file
 * @param {{ extras: (count: number) => void, textRow: (lang: string, key: string, text: string) => void }} forms
 */
export function fill(file, forms) {
  (/** @type {HTMLInputElement} */ (document.getElementById("cfg-strict"))).checked = file.strict !== false;
  const extra = getIn(file, EXTRA);
  forms.extras(Array.isArray(extra) ? extra.length : 0);
  for (const input of inputs()) {
    const v = getIn(file, pathOf(input));
    const lang = input.dataset.lang;
    if (input.type === "checkbox") input.checked = v === true;
    else if (lang) input.value = typeof v === "string" ? v : (v && typeof v[lang] === "string" ? v[lang] : "");
    else input.value = v === undefined || v === null || typeof v === "object" ? "" : String(v);
  }
  const req = getIn(file, ["lead", "required"]);
  for (const box of document.querySelectorAll("[data-required]")) {
    const b = /** @type {HTMLInputElement} */ (box);
    const f = /** @type {any} */ (b.dataset.required);
    b.checked = Array.isArray(req) ? req.includes(f) : RULES.leadRequired.includes(f);
  }
  /** @type {HTMLElement} */ (document.getElementById("cfg-text-rows")).textContent = "";
  const texts = file.texts && typeof file.texts === "object" ? file.texts : {};
  for (const [lang, entries] of Object.entries(texts)) {
    if (entries && typeof entries === "object") {
      for (const [key, text] of Object.entries(entries)) forms.textRow(lang, key, String(text));
    }
  }
  // Open the questions and services the file changes, so the MSP sees them.
  for (const d of document.querySelectorAll("details[data-question]")) {
    const q = /** @type {HTMLDetailsElement} */ (d);
    q.open = !!getIn(file, ["assessment", "questions", q.dataset.question || ""]);
  }
  for (const d of document.querySelectorAll("details[data-area]")) {
    const a = /** @type {HTMLDetailsElement} */ (d);
    a.open = !!getIn(file, ["catalogue", a.dataset.area || ""]);
  }
}

/**
 * The segments of an engine issue's path: `catalogue["continuous.backup"].name`.
 * @param {string} path
 * @returns {Path}
 */
export function segments(path) {
  /** @type {Path} */
  const out = [];
  const re = /\[("(?:[^"\\]|\\.)*"|\d+)\]|([^.[\]]+)/g;
  for (const m of path.matchAll(re)) out.push(m[2] ?? (m[1].startsWith('"') ? JSON.parse(m[1]) : Number(m[1])));
  return out;
}

/**
 * The inputs bound to an engine issue's path (a text's input for its language too).
 * @param {string} issuePath
 * @returns {HTMLInputElement[]}
 */
export function inputsAt(issuePath) {
  const path = JSON.stringify(segments(issuePath));
  return inputs().filter((input) => {
    const own = JSON.stringify(pathOf(input));
    const withLang = input.dataset.lang ? JSON.stringify([...pathOf(input), input.dataset.lang]) : null;
    return own === path || withLang === path;
  });
}
