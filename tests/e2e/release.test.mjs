// The versioned release (`make dist`: dist/itcq-<version>/, also served at /itcq-<version>/):
// its snippet carries the loader's integrity, the loader loads only hashed files that match
// the SHA-384 it carries, and a file changed after the release is refused with a clear
// message in the box and the console, the page around it unharmed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setup, open, assertClean, widget, waitStep, journey, openShare, engine, SITE, TAMPERED } from "./harness.mjs";

const env = await setup();
const release = JSON.parse(readFileSync(join(SITE, "release.json"), "utf8"));
const FOLDER = join(SITE, release.folder);
const STOPPED = "The assessment was stopped: one of its files is not the one that was published. Please let the owner of this site know.";

/** A page holding the release's snippet (as manifest.json gives it), with words around it. */
const page = (tag) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Release</title></head>
<body><h1>An MSP page</h1><p id="before">Text before.</p>${tag}<p id="after">Text after.</p></body></html>`;

/** A copy of the release under /tampered/<name>/, with `change(folder)` applied, and its page. */
function copy(name, change) {
  const dir = join(TAMPERED, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(TAMPERED, { recursive: true });
  cpSync(FOLDER, dir, { recursive: true });
  if (change) change(dir);
  writeFileSync(join(dir, "index.html"), page(release.snippet));
  return `/tampered/${name}/index.html`;
}

/** Flips one byte in the middle of a file of the copy. */
const flip = (dir, path) => {
  const file = join(dir, release.files[path].file);
  const bytes = readFileSync(file);
  bytes[bytes.length >> 1] ^= 1;
  writeFileSync(file, bytes);
};

test("the release: hashed names, the manifest, and the snippet with integrity and crossorigin", () => {
  assert.match(release.version, /^\d+\.\d+\.\d+/);
  assert.equal(release.folder, `itcq-${release.version}/`);
  assert.match(release.loader.file, /^embed\.[0-9a-f]{12}\.js$/);
  for (const [path, f] of Object.entries(release.files)) {
    assert.match(f.integrity, /^sha384-[A-Za-z0-9+/]{64}$/, path);
    assert.equal(readFileSync(join(FOLDER, f.file)).length, f.bytes, path);
    assert.notEqual(f.file, path, `${path} has a hashed name`);
  }
  assert.deepEqual(Object.keys(release.files).filter((p) => p.startsWith("pkg/")).sort(),
    ["pkg/itcq.js", "pkg/itcq_bg.wasm", "pkg/itcq_engine.js", "pkg/itcq_engine_bg.wasm", "pkg/itcq_results.js", "pkg/itcq_results_bg.wasm"]);
  assert.match(release.snippet, new RegExp(`^<script src="${release.loader.file.replace(/\./g, "\\.")}" integrity="${release.loader.integrity.replace(/[+/]/g, "\\$&")}" crossorigin="anonymous"`));
});

for (const policy of ["csp&tt", "nonce"]) {
  test(`the release runs a whole journey and every export under ?${policy}, loading only its checked files`, { timeout: 120000 }, async () => {
    const ctx = await open(env, `${copy("intact")}?${policy}`);
    const w = widget(ctx.page);
    await journey(w);
    await openShare(w);
    const [dl] = await Promise.all([ctx.page.waitForEvent("download"), w.locator('button[data-action="export-json"]').click()]);
    assert.ok(readFileSync(await dl.path(), "utf8").includes("itcq="));
    const [tab] = await Promise.all([ctx.context.waitForEvent("page"), w.locator('button[data-action="export-pdf"]').click()]);
    await tab.waitForFunction(() => document.querySelector(".score strong"), null, { timeout: 10000 });
    await tab.close();
    // Every file came from the release folder under its hashed name.
    const loaded = ctx.requests.filter((u) => u.includes("/tampered/intact/") && !u.endsWith("index.html") && !u.includes("?"))
      .map((u) => new URL(u).pathname.replace("/tampered/intact/", "")).sort();
    const names = new Set([release.loader.file, ...Object.values(release.files).map((f) => f.file)]);
    assert.deepEqual(loaded.filter((f) => !names.has(f)), [], "only the release's files");
    for (const m of ["itcq", "itcq_results", "itcq_engine"]) assert.ok(loaded.includes(release.files[`pkg/${m}_bg.wasm`].file), m);
    assert.deepEqual(await ctx.page.evaluate(() => window.__csp), []);
    assert.deepEqual(ctx.console.filter((m) => m.type === "error"), []);
    await assertClean(ctx);
    await ctx.close();
  });
}

// Each file the loader fetches or imports, changed by one byte (the language file by a word).
const CASES = [
  ["the welcome's wasm", (d) => flip(d, "pkg/itcq_bg.wasm"), "itcq_bg"],
  ["the JavaScript glue", (d) => writeFileSync(join(d, release.files["pkg/itcq.js"].file), `${readFileSync(join(d, release.files["pkg/itcq.js"].file), "utf8")}\nwindow.__pwned = 1;`), "itcq."],
  ["the language file", (d) => {
    const file = join(d, release.files["lang/en.json"].file);
    writeFileSync(file, readFileSync(file, "utf8").replace("How competitive is your IT?", "Call 555-SCAM now"));
  }, "en."],
];
for (const [what, change, name] of CASES) {
  test(`${what} changed after the release is refused: the box and the console say so, the page is unharmed`, { timeout: 60000 }, async () => {
    const ctx = await open(env, copy(`t-${name.replace(/\W/g, "")}`, change));
    const w = widget(ctx.page);
    const box = w.locator(".itcq-load-error");
    await box.waitFor();
    assert.equal((await box.textContent()).trim(), STOPPED);
    assert.equal(await box.getAttribute("role"), "alert");
    const said = ctx.console.filter((m) => m.type === "error" && /does not match ITCq release \d/.test(m.text));
    assert.equal(said.length, 1, JSON.stringify(ctx.console));
    assert.ok(said[0].text.includes(name), said[0].text);
    assert.equal(await ctx.page.evaluate(() => window.__pwned), undefined, "the changed glue never ran");
    assert.equal(await w.locator("div.itcq").count(), 0, "no widget from changed files");
    assert.match(await ctx.page.locator("#after").textContent(), /Text after/);
    await assertClean(ctx);
    await ctx.close();
  });
}

test("a changed engine module is refused when an export needs it; the results stay", { timeout: 60000 }, async () => {
  const E = await engine();
  const code = E.encodeCode({ bank: "quick", profile: { seats: 40, industry: "finance", it_management: "internal_admin", goals: [] },
    answers: Object.fromEntries(E.questions("quick").questions.map((q, i) => [q.id, i % 4])) }, null, "2026-12-01");
  const ctx = await open(env, `${copy("t-engine", (d) => flip(d, "pkg/itcq_engine_bg.wasm"))}#itcq=${code}`);
  const w = widget(ctx.page);
  await waitStep(w, "results");
  await openShare(w);
  await w.locator('button[data-action="export-json"]').click();
  await w.locator(".itcq-export-status").filter({ hasText: "not the one that was published" }).waitFor();
  await waitStep(w, "results");
  assert.ok(ctx.console.some((m) => m.type === "error" && /itcq_engine_bg\.[0-9a-f]{12}\.wasm does not match ITCq release \d/.test(m.text)));
  await assertClean(ctx);
  await ctx.close();
});

test("a changed loader is not run: the browser checks the snippet's integrity", { timeout: 30000 }, async () => {
  const ctx = await open(env, copy("t-loader", (d) => {
    const file = join(d, release.loader.file);
    writeFileSync(file, `window.__pwned = 1;\n${readFileSync(file, "utf8")}`);
  }));
  await ctx.page.waitForLoadState("load");
  assert.equal(await ctx.page.locator("itcq-widget").count(), 0);
  assert.equal(await ctx.page.evaluate(() => window.__pwned), undefined);
  assert.ok(ctx.console.some((m) => /integrity/i.test(m.text)), JSON.stringify(ctx.console));
  assert.match(await ctx.page.locator("#after").textContent(), /Text after/);
  await assertClean(ctx);
  await ctx.close();
});

test("a development build's tag and a release's on one page each load and check their own files", { timeout: 60000 }, async () => {
  const dir = copy("mixed");
  writeFileSync(join(TAMPERED, "mixed", "index.html"), page(`<script src="/embed.js" data-msp-name="Development IT"></script>\n${release.snippet.replace("Your IT partner", "Release IT")}`));
  const ctx = await open(env, dir);
  for (const [n, name] of [[0, "Development IT"], [1, "Release IT"]]) {
    const w = widget(ctx.page, n);
    await waitStep(w, "welcome");
    assert.match(await w.locator(".itcq-brand-name").textContent(), new RegExp(name));
  }
  const wasm = ctx.requests.filter((u) => /itcq_bg(\.[0-9a-f]{12})?\.wasm$/.test(u)).map((u) => new URL(u).pathname).sort();
  assert.deepEqual(wasm, ["/pkg/itcq_bg.wasm", `/tampered/mixed/${release.files["pkg/itcq_bg.wasm"].file}`]);
  assert.deepEqual(ctx.console.filter((m) => m.type === "error"), []);
  await assertClean(ctx);
  await ctx.close();
});
