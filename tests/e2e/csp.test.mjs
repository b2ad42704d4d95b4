// The widget must work on sites with a strict Content-Security-Policy: the exact policy the
// docs/security.md gives (`?csp`: no inline scripts or styles, wasm allowed, nothing from elsewhere) and
// a nonce-based one (`?nonce`: only tags carrying the page's nonce run or style). A whole
// journey and every export must cause no violation, and the printed report, which shares
// the page's policy, must still be styled. With `&tt` the page also enforces Trusted Types with no
// policy allowed (`require-trusted-types-for 'script'; trusted-types 'none'`): nothing may
// hand a string to an HTML or script sink.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openShare, setup, open, assertClean, widget, waitStep, journey, hex, NONCE, shot } from "./harness.mjs";

const env = await setup();

const violations = async (ctx) => [
  ...(await ctx.page.evaluate(() => window.__csp)),
  ...ctx.console.filter((m) => /Content Security Policy|TrustedHTML|TrustedScript|Trusted Type/i.test(m.text)).map((m) => m.text),
];

/** Copies the link, downloads JSON and CSV, opens the printed report; checks each worked. */
async function exportsWork(ctx, w) {
  await openShare(w);
  await w.locator('button[data-action="copy-link"]').click();
  await w.locator(".itcq-export-status").filter({ hasText: /\S/ }).waitFor();
  for (const kind of ["json", "csv"]) {
    const [dl] = await Promise.all([ctx.page.waitForEvent("download"), w.locator(`button[data-action="export-${kind}"]`).click()]);
    const text = readFileSync(await dl.path(), "utf8");
    assert.ok(text.includes("itcq="), `the ${kind} file carries the result link`);
  }
  // Listened to on the context before the click, so the tab's first messages are not missed.
  const tabConsole = [];
  const listen = (m) => { if (m.page() !== ctx.page) tabConsole.push(m.text()); };
  ctx.context.on("console", listen);
  const [tab] = await Promise.all([ctx.context.waitForEvent("page"), w.locator('button[data-action="export-pdf"]').click()]);
  await tab.waitForFunction(() => document.querySelector(".score strong"), null, { timeout: 10000 });
  const look = await tab.evaluate(() => ({
    inlineStyles: document.querySelectorAll("style, [style]").length,
    adopted: document.adoptedStyleSheets.length,
    // report.css lays the seven blocks out as a collapsed table; unstyled it is separate.
    glance: getComputedStyle(document.querySelector(".glance")).borderCollapse,
  }));
  assert.equal(look.inlineStyles, 0, "no inline style in the report tab");
  assert.equal(look.adopted, 1, "the report's styles are adopted");
  assert.equal(look.glance, "collapse", "the report is styled");
  await shot(tab, `csp-report-${ctx.label}.png`);
  assert.deepEqual(tabConsole.filter((m) => /Content Security Policy|Trusted/i.test(m)), [], "no violation in the report tab");
  await tab.close();
  ctx.context.off("console", listen);
}

for (const path of ["/index.html?csp", "/popup.html?csp", "/index.html?nonce", "/index.html?csp&tt", "/popup.html?nonce&tt"]) {
  test(`no CSP violation under ${path}: journey and every export`, { timeout: 120000 }, async () => {
    const ctx = await open(env, path);
    ctx.label = path.replace(/\W+/g, "-").replace(/^-|-$/g, "");
    const { page } = ctx;
    const w = widget(page);
    if (path.includes("popup")) await w.locator("button.itcq-launcher").click();
    await waitStep(w, "welcome");
    assert.equal(hex(await w.locator('button[data-action="start"]').evaluate((e) => getComputedStyle(e).backgroundColor)), "#0a5c36");
    if (path.includes("nonce")) {
      const link = w.locator('link[rel="stylesheet"]');
      assert.equal(await link.evaluate((l) => l.nonce), NONCE, "the loader's stylesheet link carries the page's nonce");
    }
    await journey(w);
    await exportsWork(ctx, w);
    assert.deepEqual(await violations(ctx), []);
    await assertClean(ctx);
    await ctx.close();
  });
}
