// @ts-check
// One file's text as the rep page reads it: in the page, or in its reading worker
// (rep/reader.js), so both read by the same rules. No DOM here.
import { message } from "../dom.js";

/** @typedef {{ text: string, cut: boolean } | { size: number } | { failed: string }} Read */

/**
 * Reads `file`: not at all when it is longer than `max` bytes (its size is reported); only
 * its first `head` bytes when `head` > 0 and it is longer (reported `cut`: a JSON export is
 * read as far as its result code); else whole.
 * @param {File} file
 * @param {number} head
 * @param {number} max
 * @returns {Promise<Read>}
 */
export async function readText(file, head, max) {
  try {
    const size = file.size;
    if (size > max) return { size };
    const cut = head > 0 && size > head;
    return { text: await (cut ? file.slice(0, head) : file).text(), cut };
  } catch (e) {
    return { failed: message(e) };
  }
}
