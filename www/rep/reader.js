// @ts-check
// Reads the rep's files off the page's main thread (a module worker, started by
// rep/inputs.js). The browser's cost of reading a file is per file, not per byte, and in the
// page it is main-thread work: 200 files took 100–270 ms at a time, so the page could not
// answer a click while 10,000 were read. Even a file's size is asked of the browser one file
// at a time, so it is asked here too.
//
// In, any number of times: { from, files: File[], head: number, max: number }. Out, once per
// message: { from, results }, each result as rep/read.js reads a file.
import { readText } from "./read.js";

self.onmessage = async (/** @type {MessageEvent<{ from: number, files: File[], head: number, max: number }>} */ e) => {
  const { from, files, head, max } = e.data;
  self.postMessage({ from, results: await Promise.all(files.map((f) => readText(f, head, max))) });
};
