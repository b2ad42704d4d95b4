// The loader's own behaviour (www/embed.js): placement, shadow root, bad data-target,
// load failures, one shared download, size budget.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { LOADER_GZIP } from "../budgets.mjs";
import { setup, open, goto, assertClean, widget, waitStep, wasmRequests, shot, ROOT } from "./harness.mjs";

const env = await setup();

test("embed.js as shipped (minified, and the release's with its table) stays within its budget gzipped and has no inline styles", () => {
  // The budget is what a page view downloads; the commented source is not shipped.
  const release = JSON.parse(readFileSync(join(ROOT, "target/site/release.json"), "utf8"));
  for (const file of ["target/site/embed.js", `target/site/${release.folder}${release.loader.file}`]) {
    const src = readFileSync(join(ROOT, file));
    const gz = gzipSync(src, { level: 9 }).length;
    assert.ok(gz <= LOADER_GZIP, `${file} is ${gz} bytes gzipped`);
  }
  const src = readFileSync(join(ROOT, "www/embed.js"), "utf8");
  // No style attributes or <style> elements (blocked under style-src 'self'); the only
  // styling allowed from script is a CSS custom property set through the CSSOM, which CSP
  // does not restrict (the CSP end-to-end test proves the whole journey has no violation).
  assert.doesNotMatch(src, /<style|setAttribute\(\s*['"]style|\.style\.cssText|\.style\s*=/, "the loader must not use inline styles");
  for (const use of src.match(/\.style\.[A-Za-z]+\([^)]*/g) ?? []) {
    assert.match(use, /^\.style\.setProperty\(\s*['"]--/, `only custom properties may be set from script: ${use}`);
  }
});

test("the host is created after the script tag, with an open shadow root, the stylesheet and a root", async () => {
  const ctx = await open(env, "/index.html");
  await waitStep(widget(ctx.page), "welcome");
  const info = await ctx.page.evaluate(() => {
    const host = document.querySelector("itcq-widget");
    const s = host.shadowRoot;
    return {
      afterScript: host.previousElementSibling?.tagName === "SCRIPT" && host.previousElementSibling.src.endsWith("/embed.js"),
      count: document.querySelectorAll("itcq-widget").length,
      css: s.querySelector('link[rel="stylesheet"]')?.href,
      root: !!s.querySelector("div"),
      styleElements: s.querySelectorAll("style").length + document.querySelectorAll("style").length,
      api: typeof window.ITCq?.mount === "function" && typeof window.ITCq.version === "string",
    };
  });
  assert.equal(info.count, 1);
  assert.ok(info.afterScript, "the host follows its script tag");
  assert.equal(info.css, `${env.origin}/itcq.css`);
  assert.ok(info.root);
  assert.equal(info.styleElements, 0, "no <style> elements");
  assert.ok(info.api, "window.ITCq has version and mount");
  assert.ok(ctx.console.every((m) => m.type !== "error"), JSON.stringify(ctx.console));
  await shot(ctx.page, "site-index.png");
  await assertClean(ctx);
  await ctx.close();
});

test("a data-target that is invalid or matches nothing: widget after the script, message in the box", async () => {
  const ctx = await open(env, "/test/target-missing.html");
  for (const [section, value] of [["#missing", "#nowhere"], ["#invalid", "[[["]]) {
    const host = ctx.page.locator(`${section} > itcq-widget`);
    const msg = `data-target: no element matches "${value}"; accepted: a CSS selector of an element on this page`;
    await host.locator(".itcq-target-error").filter({ hasText: msg }).waitFor();
    assert.ok(await host.locator(".itcq-target-error").isVisible());
    assert.ok(ctx.console.some((m) => m.type === "warning" && m.text === `[ITCq] ${msg}`), `console.warn for ${value}`);
  }
  // Both widgets still work.
  await waitStep(widget(ctx.page, 0), "welcome");
  await waitStep(widget(ctx.page, 1), "welcome");
  await assertClean(ctx);
  await ctx.close();
});

test("a failed download shows a friendly message and an [ITCq] console error, never a page error", async () => {
  const ctx = await open(env, "/test/load-error.html");
  const err = widget(ctx.page).locator('.itcq-load-error[role="alert"]');
  await err.waitFor();
  assert.equal((await err.textContent()).trim(), "The assessment could not be loaded. Please reload the page.");
  assert.ok(ctx.console.some((m) => m.type === "error" && m.text.startsWith("[ITCq]")), JSON.stringify(ctx.console));
  assert.equal(await ctx.page.locator("#after").isVisible(), true);
  await assertClean(ctx);
  await ctx.close();
});

test("two script tags: window.ITCq is reused, the wasm is downloaded once", async () => {
  const ctx = await open(env, "/test/two.html");
  await waitStep(widget(ctx.page, 0), "welcome");
  await waitStep(widget(ctx.page, 1), "welcome");
  assert.equal(wasmRequests(ctx).length, 1, `wasm requests: ${wasmRequests(ctx)}`);
  assert.equal(ctx.requests.filter((u) => u.endsWith("/pkg/itcq.js")).length, 1);
  assert.equal(await ctx.page.locator("itcq-widget .itcq-config-error").count(), 0, "data-target is not reported as unknown");
  await assertClean(ctx);
  await ctx.close();
});

test("the placeholder is shown until the widget is mounted", async () => {
  const ctx = await open(env, "/test/lazy.html");
  const p = widget(ctx.page).locator('.itcq-loading[role="status"]');
  assert.equal((await p.textContent()).trim(), "Loading the IT assessment…");
  await assertClean(ctx);
  await ctx.close();
});

test("a script in <head> mounts at the end of <body>; data-manual mounts nothing", async () => {
  const ctx = await open(env, "/test/api.html");
  assert.equal(await ctx.page.locator("itcq-widget").count(), 0, "data-manual: no auto-mount");
  await goto(ctx, "/test/head.html");
  await waitStep(widget(ctx.page), "welcome");
  assert.equal(await ctx.page.evaluate(() => document.body.lastElementChild.tagName), "ITCQ-WIDGET");
  await assertClean(ctx);
  await ctx.close();
});

test("demo site: the footer links work and the engine demo runs on engine.html", async () => {
  const ctx = await open(env, "/index.html");
  const links = await ctx.page.locator("footer a").evaluateAll((as) => as.map((a) => a.href));
  assert.ok(links.some((h) => h.endsWith("/engine.html")) && links.some((h) => h.endsWith("/popup.html")), links.join());
  for (const href of links) {
    const res = await ctx.page.request.get(href);
    assert.equal(res.status(), 200, href);
  }
  await goto(ctx, "/engine.html");
  await ctx.page.locator("#status").filter({ hasText: "Report updated." }).waitFor();
  assert.match(await ctx.page.locator("#summary .itcq").textContent(), /^ITCq \d/);
  await assertClean(ctx);
  await ctx.close();
});
