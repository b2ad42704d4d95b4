// Bad data-* values are listed inside the widget (attribute + what is accepted) and logged
// with [ITCq] warnings; the assessment still works.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, open, assertClean, widget, waitStep, shot } from "./harness.mjs";

const env = await setup();

// attribute -> what its message must mention as accepted
const EXPECTED = {
  "data-mode": [/inline/, /popup/],
  "data-brand-color": [/#|hex|colou?r/i],
  "data-contact-email": [/e-?mail|@/i],
  "data-lead-position": [/before/, /after/, /off/],
};

test("bad attributes: listed in .itcq-config-error and the console; the assessment still starts", { timeout: 60000 }, async () => {
  const ctx = await open(env, "/test/bad-attr.html");
  const w = widget(ctx.page);
  await waitStep(w, "welcome");
  const box = w.locator('div.itcq-config-error[role="alert"]');
  assert.ok(await box.isVisible());
  const items = (await box.locator("li").allTextContents()).map((t) => t.trim());
  assert.equal(items.length, Object.keys(EXPECTED).length, items.join("\n"));
  for (const [attr, accepted] of Object.entries(EXPECTED)) {
    const item = items.find((t) => t.includes(attr));
    assert.ok(item, `${attr} is listed: ${items.join(" | ")}`);
    for (const re of accepted) assert.match(item, re, `${attr}: says what is accepted`);
    const warning = ctx.console.find((m) => m.type === "warning" && m.text.startsWith("[ITCq]") && m.text.includes(attr));
    assert.ok(warning, `an [ITCq] console warning names ${attr}`);
  }
  await shot(ctx.page, "bad-attributes.png");
  await w.locator('button[data-action="start"]').click();
  await waitStep(w, "profile");
  await assertClean(ctx);
  await ctx.close();
});

test("good attributes: no configuration error, no warning", async () => {
  const ctx = await open(env, "/");
  const w = widget(ctx.page);
  await waitStep(w, "welcome");
  assert.equal(await w.locator(".itcq-config-error").count(), 0);
  assert.deepEqual(ctx.console.filter((m) => m.type === "warning" || m.type === "error"), []);
  await assertClean(ctx);
  await ctx.close();
});

test("unknown data-* attributes reach the widget and are reported; the loader's own are not", async () => {
  const ctx = await open(env, "/test/unknown-attr.html");
  const w = ctx.page.locator("#slot > itcq-widget");
  await waitStep(w, "welcome");
  const items = (await w.locator(".itcq-config-error li").allTextContents()).map((t) => t.trim());
  assert.equal(items.length, 1, items.join("\n"));
  assert.match(items[0], /data-msp-nmae/);
  assert.ok(ctx.console.some((m) => m.type === "warning" && m.text.startsWith("[ITCq]") && m.text.includes("data-msp-nmae")));
  await assertClean(ctx);
  await ctx.close();
});
