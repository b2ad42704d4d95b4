// @ts-check
// The language of the site's own pages (the rep page, the configurator): their words come
// from the engine's language files (keys `rep.*`, `cfg.*` and the catalogue), English first
// and the chosen language on top (the rep page adds the MSP's overrides once their
// configuration file is applied); numbers and dates follow the language.
import { isNum } from "./dom.js";

/** The locale of each language's numbers and dates. */
const LOCALES = { en: "en-GB", de: "de-DE", es: "es-ES" };

/** @typedef {import("./itcq").LangFile} LangFile */

export class Words {
  constructor() {
    /** @type {Record<string, string>} the texts in use */
    this.texts = {};
    /** @type {Record<string, string>} the language's texts, before the MSP's overrides */
    this.base = {};
    /** @type {LangFile | null} the language file in use (null: the built-in English only) */
    this.file = null;
    this.locale = "en-GB";
    /** @type {Map<string, Promise<LangFile>>} */
    this.files = new Map();
  }

  /**
   * The text of a key with its `{name}` placeholders filled in.
   * @param {string} key
   * @param {Record<string, unknown>} [vars]
   * @param {string} [fallback]
   */
  T(key, vars = {}, fallback = key) {
    return String(this.texts[key] ?? fallback).replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
  }

  /** @param {string} s */
  decimal(s) {
    return s.replace(".", this.texts["fmt.decimal"] || ".");
  }

  /** A score with one decimal, "–" for none. @param {unknown} n */
  one(n) {
    return isNum(n) ? this.decimal(n.toFixed(1)) : "–";
  }

  /** A whole number as is, else one decimal; "–" for none. @param {unknown} n */
  num(n) {
    return isNum(n) ? (Number.isInteger(n) ? String(n) : this.decimal(n.toFixed(1))) : "–";
  }

  /** A count with the language's digit grouping. @param {number} n */
  int(n) {
    return n.toLocaleString(this.locale);
  }

  /**
   * `key_one` or `key_many` with `{n}`.
   * @param {number} n
   * @param {string} key
   * @param {Record<string, unknown>} [vars]
   */
  plural(n, key, vars = {}) {
    return this.T(`${key}_${n === 1 ? "one" : "many"}`, { n: this.int(n), ...vars });
  }

  /**
   * A catalogue text by key, else the ID made readable ("professional_services" →
   * "Professional services").
   * @param {string} key
   * @param {unknown} id
   */
  label(key, id) {
    return this.texts[key] ?? human(id);
  }

  /** A day (`YYYY-MM-DD`) written out in the language. @param {unknown} iso */
  longDate(iso) {
    if (typeof iso !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return typeof iso === "string" ? iso : "";
    const d = new Date(`${iso}T00:00:00Z`);
    const format = new Intl.DateTimeFormat(this.locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    return Number.isNaN(d.getTime()) ? iso : format.format(d);
  }

  /**
   * The three language files of `code` (lang/<code>.json, .more.json, .rep.json) merged
   * into one, fetched once.
   * @param {string} code
   * @returns {Promise<LangFile>}
   */
  load(code) {
    let file = this.files.get(code);
    if (!file) {
      /** @param {string} suffix */
      const part = (suffix) => fetch(new URL(`./lang/${code}${suffix}.json`, import.meta.url)).then((r) => {
        if (!r.ok) throw new Error(`lang/${code}${suffix}.json: HTTP ${r.status}`);
        return r.json();
      });
      file = Promise.all(["", ".more", ".rep"].map(part)).then((parts) => ({
        ...parts[0],
        texts: Object.assign({}, ...parts.map((p) => p.texts)),
      }));
      file.catch(() => this.files.delete(code));
      this.files.set(code, file);
    }
    return file;
  }

  /**
   * Takes `code` in use (English underneath); rejects when its files cannot be loaded.
   * @param {string} code
   */
  async choose(code) {
    const [en, file] = await Promise.all([this.load("en"), code === "en" ? null : this.load(code)]);
    this.base = { ...en.texts, ...(file ? file.texts : {}) };
    this.texts = this.base;
    this.file = file || en;
    this.locale = /** @type {Record<string, string>} */ (LOCALES)[this.file.lang] || "en-GB";
  }

  /** The page's static words (elements with `data-t`) in the language in use. */
  applyStatic() {
    document.documentElement.lang = this.file ? this.file.lang : "en";
    for (const e of document.querySelectorAll("[data-t]")) {
      if (e instanceof HTMLElement && e.dataset.t) e.textContent = this.T(e.dataset.t);
    }
  }
}

/** @param {unknown} s */
const cap = (s) => (s ? String(s)[0].toUpperCase() + String(s).slice(1) : "");

/**
 * An engine ID shown to people when no label came with it.
 * @param {unknown} s
 * @returns {string}
 */
export const human = (s) => (typeof s === "string" && /^[a-z0-9_]+$/.test(s) ? cap(s.replace(/_/g, " ")) : s == null ? "" : String(s));
