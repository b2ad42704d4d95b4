// Size budgets of what a host page downloads for the widget, measured on the release as
// shipped (target/site/itcq-<version>/, `make dist`: minified JS, optimised wasm, the
// loader with its files' SHA-384) with gzip -9:
// - the loader alone (what every page view of the MSP's site pays): LOADER_GZIP;
// - the first-interaction payload in every language (loader + stylesheet + JS glue + wasm
//   + that language's first file, lang/<code>.json): FIRST_PAYLOAD_GZIP. The questions and
//   results (lang/<code>.more.json) download alongside, but the welcome does not wait for
//   them; other languages are never fetched unless the prospect switches;
// - the module with the results (pkg/itcq_results*), fetched while the prospect answers:
//   RESULTS_MODULE_GZIP.
// KB = 1000 bytes. Figures are printed by `make size` (.ci/size-report.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { FIRST_PAYLOAD_GZIP, LOADER_GZIP, RESULTS_MODULE_GZIP } from "../budgets.mjs";

const site = new URL("../../target/site/", import.meta.url);
const release = JSON.parse(readFileSync(new URL("release.json", site), "utf8"));
/** A file of the release by its plain path ("embed.js", "pkg/itcq_bg.wasm"), gzipped. */
const gz = (path) => {
  const file = path === "embed.js" ? release.loader.file : release.files[path].file;
  return gzipSync(readFileSync(new URL(release.folder + file, site)), { level: 9 }).length;
};

const WIDGET = ["embed.js", "itcq.css", "pkg/itcq.js", "pkg/itcq_bg.wasm"];
const LANGS = ["en", "de", "es"];

test(`the release's loader stays within ${LOADER_GZIP / 1000} KB gzipped`, () => {
  const loader = gz("embed.js");
  assert.ok(loader <= LOADER_GZIP, `${release.loader.file} is ${loader} bytes gzipped`);
});

for (const lang of LANGS) {
  test(`the first-interaction payload in ${lang} stays within ${FIRST_PAYLOAD_GZIP / 1000} KB gzipped`, () => {
    const files = [...WIDGET, `lang/${lang}.json`];
    const sizes = Object.fromEntries(files.map((f) => [f, gz(f)]));
    const total = Object.values(sizes).reduce((a, b) => a + b, 0);
    assert.ok(total <= FIRST_PAYLOAD_GZIP, `widget is ${total} bytes gzipped: ${JSON.stringify(sizes)}`);
  });
}

test(`the module with the results stays within ${RESULTS_MODULE_GZIP / 1000} KB gzipped`, () => {
  const total = gz("pkg/itcq_results.js") + gz("pkg/itcq_results_bg.wasm");
  assert.ok(total <= RESULTS_MODULE_GZIP, `pkg/itcq_results* is ${total} bytes gzipped`);
});

test("the first module leaves the results to the second", () => {
  const first = readFileSync(new URL("pkg/itcq_bg.wasm", site)).toString("latin1");
  const full = readFileSync(new URL("pkg/itcq_results_bg.wasm", site)).toString("latin1");
  for (const cls of ["itcq-whatif", "itcq-status-row", "itcq-top3"]) {
    assert.doesNotMatch(first, new RegExp(cls), `${cls} is in the first module`);
    assert.match(full, new RegExp(cls), `${cls} is missing from the results module`);
  }
});

test("the widget's wasm carries no English prose of its own", () => {
  // The texts come from lang/*.json; a sentence from the question bank must not be inside.
  const wasm = readFileSync(new URL("pkg/itcq_bg.wasm", site)).toString("latin1");
  assert.doesNotMatch(wasm, /how sure are you that you could get it all back/);
  assert.doesNotMatch(wasm, /Take the assessment for your own company/);
});

test("the widget bundle does not carry the engine's JSON API", () => {
  const glue = readFileSync(new URL("pkg/itcq.js", site), "utf8");
  assert.match(glue, /mount/);
  assert.doesNotMatch(glue, /function assess\b|export function questions\b/);
});
