// @ts-check
// DOM helpers shared by the site's own pages (the rep page and the configurator). Text from
// data is only ever set as text (textContent), never as markup; links take only http(s) and
// mailto addresses.

/**
 * The element with this id (the pages' own elements, which are always there).
 * @type {(id: string) => any}
 */
export const $ = (id) => document.getElementById(id);

/**
 * An element with optional class and text (always textContent).
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {string | null} [cls]
 * @param {unknown} [text]
 * @returns {HTMLElementTagNameMap[K]}
 */
export function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

/**
 * Appends children (nodes, or strings as text; nothing for null, undefined or false) and
 * returns the parent.
 * @template {Element} E
 * @param {E} parent
 * @param {...(Node | string | null | undefined | false)} children
 * @returns {E}
 */
export function put(parent, ...children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.append(typeof c === "string" ? document.createTextNode(c) : c);
  }
  return parent;
}

/**
 * A link only for https:, http: and mailto: addresses; anything else stays plain text.
 * @param {unknown} href
 * @param {string} text
 * @returns {Node}
 */
export function link(href, text) {
  if (typeof href === "string" && /^(https?:|mailto:)/i.test(href.trim())) {
    const a = el("a", null, text);
    a.href = href.trim();
    if (/^https?:/i.test(href.trim())) a.rel = "noopener noreferrer";
    return a;
  }
  return document.createTextNode(text);
}

/**
 * The message of an error (or anything thrown).
 * @param {unknown} e
 * @returns {string}
 */
export const message = (e) =>
  e && typeof e === "object" && "message" in e && typeof e.message === "string" && e.message ? e.message : String(e);

/**
 * Whether a value is a finite number.
 * @param {unknown} n
 * @returns {n is number}
 */
export const isNum = (n) => typeof n === "number" && Number.isFinite(n);
