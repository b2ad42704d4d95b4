// @ts-check
// What the rep opens: pasted text (one JSON export, or codes and links one per line), files
// (read in a worker, so thousands never freeze the page) and the MSP's configuration file.
// Every limit is the engine's (rules.js).
import { RULES } from "../rules.js";
import { readText } from "./read.js";

/** @typedef {import("../words.js").Words} Words */
/** @typedef {{ label: string, text?: string, error?: string, cut?: File }} Item */

/** Files read and results scored or exported per step. */
export const CHUNK = 200;

/** Files handed to the reading worker per step. */
const HANDOVER = 50;

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
 * The item of a file as rep/read.js read it.
 * @param {File} file
 * @param {import("./read.js").Read} read
 * @param {Words} w
 * @returns {Item}
 */
function itemOf(file, read, w) {
  if ("failed" in read) return { label: file.name, error: w.T("rep.file_unreadable", { error: read.failed }) };
  if ("size" in read) {
    const size = mb(read.size) === mb(RULES.maxExportBytes) ? `${w.int(read.size)} bytes` : mb(read.size);
    return { label: file.name, error: w.T("rep.file_too_large", { size }) };
  }
  return read.cut ? { label: file.name, text: read.text, cut: file } : { label: file.name, text: read.text };
}

/**
 * Reads files as items (each its text, or why it could not be read), in their order: more
 * than a handful in a worker (rep/reader.js), so the page keeps answering while thousands
 * are read; in the page a chunk at a time otherwise, or when no worker can start (a site
 * policy that forbids workers, say). With `head`, a file longer than the head of a JSON
 * export is read only that far (the engine reads an export as far as its result code); its
 * item keeps the file as `cut`, to be read whole if its head does not read. `say(i)` hears
 * how far it is; `stale()` says something else was opened meanwhile (then the answer is
 * null).
 * @param {File[]} files
 * @param {Words} w
 * @param {{ head?: boolean, say?: (i: number) => void, stale?: () => boolean }} [how]
 * @returns {Promise<Item[] | null>}
 */
export async function readFiles(files, w, { head = false, say = () => {}, stale = () => false } = {}) {
  /** @type {Item[]} */
  const items = new Array(files.length);
  const headBytes = head ? RULES.exportHeadBytes : 0;
  /** @type {Worker | null} */
  let worker = null;
  if (files.length > HANDOVER) {
    try {
      worker = new Worker(new URL("./reader.js", import.meta.url), { type: "module" });
    } catch {
      worker = null;
    }
  }
  if (worker) {
    const w0 = worker;
    let received = 0;
    /** @type {(value: boolean | null) => void} */
    let settle = () => {};
    /** @type {Promise<boolean | null>} true: read; false: stale; null: the worker failed */
    const outcome = new Promise((resolve) => { settle = resolve; });
    w0.onmessage = (/** @type {MessageEvent} */ e) => {
      if (stale()) return settle(false);
      const { from, results } = e.data;
      results.forEach((/** @type {import("./read.js").Read} */ r, /** @type {number} */ k) => {
        items[from + k] = itemOf(files[from + k], r, w);
      });
      received += results.length;
      say(received);
      if (received === files.length) settle(true);
    };
    w0.onerror = (e) => { e.preventDefault(); settle(null); };
    // Handed over a few at a time, with a breath between: handing a file over costs the page
    // about half a millisecond (measured in Chromium: 90 ms for 200), so 50 keep each step short.
    for (let from = 0; from < files.length; from += HANDOVER) {
      w0.postMessage({ from, files: files.slice(from, from + HANDOVER), head: headBytes, max: RULES.maxExportBytes });
      await breather();
      if (stale()) {
        settle(false);
        break;
      }
    }
    const done = await outcome;
    w0.terminate();
    if (done === false) return null;
    if (done === true) return items;
  }
  for (let from = 0; from < files.length; from += CHUNK) {
    say(from);
    const part = await Promise.all(files.slice(from, from + CHUNK).map((f) => readText(f, headBytes, RULES.maxExportBytes)));
    part.forEach((r, k) => { items[from + k] = itemOf(files[from + k], r, w); });
    if (stale()) return null;
  }
  return items;
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
