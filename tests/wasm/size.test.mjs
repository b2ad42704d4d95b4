// Size budgets of what a host page downloads for the widget, measured on the built site
// (target/site, as shipped: minified JS, optimised wasm) with gzip -9:
// - the loader alone (what every page view of the MSP's site pays): at most 5 KB;
// - the whole widget (loader + stylesheet + JS glue + wasm): at most 150 KB.
// KB = 1000 bytes. Figures are printed by `make size` (.ci/size-report.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const site = new URL("../../target/site/", import.meta.url);
const gz = (file) => gzipSync(readFileSync(new URL(file, site)), { level: 9 }).length;

const WIDGET = ["embed.js", "itcq.css", "pkg/itcq.js", "pkg/itcq_bg.wasm"];

test("the loader stays within 5 KB gzipped", () => {
  const loader = gz("embed.js");
  assert.ok(loader <= 5_000, `embed.js is ${loader} bytes gzipped`);
});

test("the whole widget stays within 150 KB gzipped", () => {
  const sizes = Object.fromEntries(WIDGET.map((f) => [f, gz(f)]));
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  assert.ok(total <= 150_000, `widget is ${total} bytes gzipped: ${JSON.stringify(sizes)}`);
});

test("the widget bundle does not carry the engine's JSON API", () => {
  const glue = readFileSync(new URL("pkg/itcq.js", site), "utf8");
  assert.match(glue, /mount/);
  assert.doesNotMatch(glue, /function assess\b|export function questions\b/);
});
