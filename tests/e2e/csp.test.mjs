// The widget must work on sites with a strict Content-Security-Policy, notably
// `style-src 'self'` (no inline style attributes, no <style> elements): the test server
// sends such a policy for the demo page and a whole journey must cause no violation.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, open, assertClean, widget, waitStep, journey, hex } from "./harness.mjs";

const env = await setup();

for (const path of ["/index.html?csp", "/popup.html?csp"]) {
  test(`no CSP violation under ${path.split("?")[0]} with style-src 'self'`, { timeout: 90000 }, async () => {
    const ctx = await open(env, path);
    const { page } = ctx;
    const w = widget(page);
    if (path.includes("popup")) await w.locator("button.itcq-launcher").click();
    await waitStep(w, "welcome");
    assert.equal(hex(await w.locator('button[data-action="start"]').evaluate((e) => getComputedStyle(e).backgroundColor)), "#0a5c36");
    await journey(w);
    const violations = [
      ...(await page.evaluate(() => window.__csp)),
      ...ctx.console.filter((m) => /Content Security Policy/i.test(m.text)).map((m) => m.text),
    ];
    assert.deepEqual(violations, []);
    await assertClean(ctx);
    await ctx.close();
  });
}
