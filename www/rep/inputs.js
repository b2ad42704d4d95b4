// @ts-check
// What the rep opens: pasted text (one JSON export, or codes and links one per line), files
// (read a chunk at a time, so thousands never freeze the page) and the MSP's configuration
// file. Every limit is the engine's (rules.js).
import { RULES } from "../rules.js";
import { message } from "../dom.js";

/** @typedef {import("../words.js").Words} Words */
/** @typedef {{ label: string, text?: string, error?: string, cut?: File }} Item */

/** Files read and results scored or exported per step. */
export const CHUNK = 200;

/**
 * Lets the browser paint and handle input between chunks of work. A message to itself, not
 * `setTimeout`, which browsers slow to once a second in a background tab.
 */
const breathing = new MessageChannel();
/** @type {Array<(value?: unknown) => void>} */
const waiting = [];
breathing.port1.onmessage = () => waiting.shift()?.();
/** @returns {Promise<unknown>} */
export const breather = () => new Promise((r) => { waiting.push(r); breathing.port2.postMessage(0); });

/** @param {number} bytes */
const mb = (bytes) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * Pasted text: one JSON export, or one or more codes/links (one per line).
 * @param {string} text
 * @param {Words} w
 * @returns {Item[]}
 */
export function pastedItems(text, w) {
  const trimmed = text.trim();
  if (!trimmed) return [];
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) return [{ label: w.T("rep.pasted_text"), text: trimmed }];
  /** @type {Item[]} */
  const items = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (line.trim()) items.push({ label: w.T("rep.line", { n: i + 1 }), text: line.trim() });
  });
  return items;
}

/**
 * Why a list of files is refused as a whole, or null.
 * @param {number} count
 * @param {Words} w
 */
export function tooManyFiles(count, w) {
  return count > RULES.maxPortfolio ? w.T("rep.too_many_files", { n: w.int(count), max: w.int(RULES.maxPortfolio) }) : null;
}

/**
 * Reads one file as an item (its text, or why it could not be read). With `head`, a file
 * longer than the head of a JSON export is read only that far (the engine reads an export as
 * far as its result code); the item keeps the file as `cut`, to be read whole if its head
 * does not read.
 * @param {File} file
 * @param {Words} w
 * @param {{ head?: boolean }} [how]
 * @returns {Promise<Item>}
 */
export async function readFile(file, w, { head = false } = {}) {
  if (file.size > RULES.maxExportBytes) {
    const size = mb(file.size) === mb(RULES.maxExportBytes) ? `${w.int(file.size)} bytes` : mb(file.size);
    return { label: file.name, error: w.T("rep.file_too_large", { size }) };
  }
  try {
    if (head && file.size > RULES.exportHeadBytes) {
      return { label: file.name, text: await file.slice(0, RULES.exportHeadBytes).text(), cut: file };
    }
    return { label: file.name, text: await file.text() };
  } catch (e) {
    return { label: file.name, error: w.T("rep.file_unreadable", { error: message(e) }) };
  }
}

/**
 * Announces the progress of long work (`key` with {i} of {n}) at most every tenth of the
 * way, so a screen reader is not flooded; nothing for work of one chunk.
 * @param {Words} w
 * @param {(text: string) => void} announce
 * @param {string} key
 * @param {number} n
 */
export function progress(w, announce, key, n) {
  let last = -1;
  return (/** @type {number} */ i) => {
    const tenth = Math.floor((i / n) * 10);
    if (n > CHUNK && tenth !== last) {
      last = tenth;
      announce(w.T(key, { i: w.int(i), n: w.int(n) }));
    }
  };
}

/**
 * Throws when a configuration file of `bytes` is larger than the engine reads.
 * @param {number} bytes
 */
export function checkConfigSize(bytes) {
  if (bytes > RULES.maxConfigBytes) throw new Error(`${mb(bytes)} > ${RULES.maxConfigBytes / (1024 * 1024)} MB`);
}

/**
 * The text of a configuration file at `url`; one announced as larger than a configuration
 * file can be is not downloaded.
 * @param {string} url
 */
export async function fetchConfig(url) {
  const r = await fetch(new URL(url, location.href), { credentials: "omit" });
  if (!r.ok) throw new Error(`HTTP ${r.status}`);
  try {
    checkConfigSize(Number(r.headers.get("content-length")));
  } catch (e) {
    r.body?.cancel().catch(() => {});
    throw e;
  }
  return r.text();
}
