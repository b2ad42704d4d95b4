// The npm package (`npm pack` output of the build, target/npm/itcq-<version>.tgz) installed
// into a scratch project, as a developer would: the engine used from Node (assess, codes,
// errors), its declarations type-checked, and the widget mounted from a plain page through
// `import { mount } from "itcq/widget"`'s file, under a strict policy with Trusted Types.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { setup, open, assertClean, widget, journey, openShare, engine, ROOT, SCRATCH } from "./harness.mjs";

const env = await setup();
const tgz = readdirSync(join(ROOT, "target/npm")).find((f) => /^itcq-\d+\.\d+\.\d+.*\.tgz$/.test(f));
const run = (cmd, args, cwd = SCRATCH) => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

test("the tarball installs into a new project without the network", () => {
  assert.ok(tgz, "target/npm holds the packed package (bash .ci/build-web.sh)");
  rmSync(SCRATCH, { recursive: true, force: true });
  mkdirSync(SCRATCH, { recursive: true });
  writeFileSync(join(SCRATCH, "package.json"), JSON.stringify({ name: "scratch", private: true, type: "module" }));
  run("npm", ["install", "--offline", "--no-audit", "--no-fund", join(ROOT, "target/npm", tgz)]);
  const installed = JSON.parse(readFileSync(join(SCRATCH, "node_modules/itcq/package.json"), "utf8"));
  assert.equal(`itcq-${installed.version}.tgz`, tgz);
});

test("from Node: assess, a result code decoded back to its result, and errors that name the field", async () => {
  const E = await engine();
  const qs = E.questions("quick").questions;
  const assessment = { bank: "quick", profile: { company: "Scratch Ltd", seats: 45, industry: "finance", it_management: "internal_admin", goals: [] },
    answers: Object.fromEntries(qs.map((q, i) => [q.id, i % 6 === 5 ? "dont_know" : i % 5])) };
  writeFileSync(join(SCRATCH, "check.mjs"), `
import { assess, encodeCode, exportJson } from "itcq";
const assessment = ${JSON.stringify(assessment)};
const report = assess(assessment);
const code = encodeCode(assessment, null, "2026-12-01");
const decoded = JSON.parse(exportJson(code));
let error = null;
try { assess({ ...assessment, profile: { ...assessment.profile, seats: -3 } }); } catch (e) { error = e.message; }
console.log(JSON.stringify({ itcq: report.itcq, blocks: report.blocks.length, code, decoded, error }));
`);
  const got = JSON.parse(run("node", ["check.mjs"]));
  assert.equal(got.itcq, E.assess(assessment).itcq, "the package's engine scores as the site's");
  assert.equal(got.blocks, 7);
  assert.equal(got.code, E.encodeCode(assessment, null, "2026-12-01"));
  // The code read back: the same day, profile and score.
  assert.equal(got.decoded.format, "itcq-export");
  assert.equal(got.decoded.result_code, got.code);
  assert.equal(got.decoded.taken_on, "2026-12-01");
  assert.equal(got.decoded.report.itcq, got.itcq);
  assert.equal(got.decoded.report.profile.company, "Scratch Ltd");
  assert.equal(got.decoded.report.answers.dont_know, qs.filter((_, i) => i % 6 === 5).length);
  assert.match(got.error, /^profile\.seats: .*a whole number from 1 to 100000/);
});

test("the declarations type-check a TypeScript user of the engine and the widget", () => {
  writeFileSync(join(SCRATCH, "check.ts"), `
import init, { assess } from "itcq";
import { mount, type WidgetHandle } from "itcq/widget";
import type { Report } from "itcq/types";
export async function score(): Promise<number> {
  await init();
  const r = assess({ bank: "quick", profile: { seats: 45, industry: "finance", it_management: "internal_admin", goals: [] } });
  return r.itcq;
}
export function show(el: Element): WidgetHandle {
  return mount(el, { mspName: "Acme IT", mode: "popup" });
}
// @ts-expect-error: the bank is "quick" or "full"
assess({ bank: "short", profile: { seats: 45, industry: "finance", it_management: "internal_admin", goals: [] } });
export type { Report };
`);
  // tsc prints nothing and exits 0 when the file checks; an unused @ts-expect-error fails.
  run(join(ROOT, "node_modules/.bin/tsc"), ["--noEmit", "--strict", "--skipLibCheck", "false", "--module", "nodenext", "--moduleResolution", "nodenext",
    "--target", "es2022", "--lib", "es2022,dom", "--types", "", "check.ts"]);
});

test("from a plain page: mount() from the package's widget.js runs a journey and an export under a strict policy with Trusted Types", { timeout: 120000 }, async () => {
  writeFileSync(join(SCRATCH, "index.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>npm</title></head>
<body><h1>A page built with npm</h1><div id="assessment"></div><script type="module" src="page.js"></script></body></html>`);
  writeFileSync(join(SCRATCH, "page.js"), `import { mount, version } from "./node_modules/itcq/widget.js";
const handle = mount(document.getElementById("assessment"), { mspName: "Npm IT", brandColor: "#0a5c36" });
handle.ready.then(() => { document.body.dataset.mounted = version; });
`);
  const ctx = await open(env, "/npm/index.html?csp&tt");
  const w = widget(ctx.page);
  await ctx.page.locator("body[data-mounted]").waitFor();
  assert.match(await w.locator(".itcq-brand-name").textContent(), /Npm IT/);
  await journey(w);
  await openShare(w);
  const [dl] = await Promise.all([ctx.page.waitForEvent("download"), w.locator('button[data-action="export-csv"]').click()]);
  assert.match(readFileSync(await dl.path(), "utf8"), /itcq=/);
  // Everything came from the installed package.
  const own = ctx.requests.filter((u) => /\/(pkg|lang)\/|itcq\.css/.test(u));
  assert.ok(own.length >= 5 && own.every((u) => u.includes("/npm/node_modules/itcq/")), own.join("\n"));
  assert.deepEqual(await ctx.page.evaluate(() => window.__csp), []);
  await assertClean(ctx);
  await ctx.close();
});
