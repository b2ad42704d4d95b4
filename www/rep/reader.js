// @ts-check
// Reads the rep's files off the page's main thread (a module worker, started by
// rep/inputs.js). The browser's cost of reading a file is per file, not per byte, and in the
// page it is main-thread work: 200 files took 100–270 ms at a time, so the page could not
// answer a click while 10,000 were read. Here it costs the page nothing.
//
// In, any number of times: { from, files: File[], head: number, max: number }. A file longer
// than `max` bytes is not read (its size is reported); one longer than `head` (> 0) is read
// only that far (a JSON export is read as far as its result code) and reported `cut`. Out,
// once per message: { from, results: [{ text, cut } | { size } | { failed }] }. Even a
// file's size is asked of the browser one file at a time, so it is asked here too. The page sends its files a chunk at a time: handing a file to a worker has
// a cost in the page too (about 0.2 ms each), so 10,000 at once would stall it for seconds.

/** @param {unknown} e */
const why = (e) => (e instanceof Error ? e.message : String(e));

/**
 * @param {File} file
 * @param {number} head
 * @param {number} max
 * @returns {Promise<{ text: string, cut: boolean } | { size: number } | { failed: string }>}
 */
async function read(file, head, max) {
  try {
    const size = file.size;
    if (size > max) return { size };
    const cut = head > 0 && size > head;
    return { text: await (cut ? file.slice(0, head) : file).text(), cut };
  } catch (e) {
    return { failed: why(e) };
  }
}

self.onmessage = async (/** @type {MessageEvent<{ from: number, files: File[], head: number, max: number }>} */ e) => {
  const { from, files, head, max } = e.data;
  self.postMessage({ from, results: await Promise.all(files.map((f) => read(f, head, max))) });
};
