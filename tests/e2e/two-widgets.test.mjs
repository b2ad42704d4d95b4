// Two widgets on one page (one after its script tag, one placed with data-target) have
// their own brand, state and storage.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, open, reload, assertClean, widget, waitStep, fillProfile, answer, engine, hex } from "./harness.mjs";

const env = await setup();

test("two widgets on one page work independently", { timeout: 90000 }, async () => {
  const N = (await engine()).questions("quick").questions.length;
  const ctx = await open(env, "/test/two.html");
  const { page } = ctx;
  const a = page.locator("#first > itcq-widget");
  const b = page.locator("#slot-b > itcq-widget");
  assert.equal(await page.locator("itcq-widget").count(), 2);
  await waitStep(a, "welcome");
  await waitStep(b, "welcome");

  // Placement: A right after its script, B inside #slot-b.
  assert.equal(await a.evaluate((h) => h.previousElementSibling.tagName), "SCRIPT");
  assert.equal(await b.evaluate((h) => h.parentElement.id), "slot-b");

  // Each shows its own MSP name and brand colour.
  const textA = await a.locator("div.itcq").textContent();
  const textB = await b.locator("div.itcq").textContent();
  assert.match(textA, /Alpha IT/);
  assert.doesNotMatch(textA, /Beta Support/);
  assert.match(textB, /Beta Support/);
  assert.doesNotMatch(textB, /Alpha IT/);
  const bg = (w) => w.locator('button[data-action="start"]').evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.equal(hex(await bg(a)), "#0a5c36");
  assert.equal(hex(await bg(b)), "#7a1f5c");

  // Answering in A leaves B on its welcome step.
  await a.locator('button[data-action="start"]').click();
  await fillProfile(a);
  await answer(a, 0, N, "4");
  await answer(a, 1, N, "2");
  await waitStep(b, "welcome");
  assert.equal(await b.locator('button[data-action="resume"]').count(), 0);

  // Separate storage: after a reload only A offers to resume.
  await page.waitForFunction(() => localStorage.getItem("itcq:v1:/test/two.html#0"));
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("itcq:")));
  assert.ok(keys.every((k) => /^itcq:v1:\/test\/two\.html#[01]$/.test(k)), keys.join());
  await reload(ctx);
  await waitStep(a, "welcome");
  await waitStep(b, "welcome");
  await a.locator('button[data-action="resume"]').waitFor();
  assert.equal(await b.locator('button[data-action="resume"]').count(), 0, "B has nothing to resume");

  // And B can be used while A waits.
  await b.locator('button[data-action="start"]').click();
  await waitStep(b, "profile");
  await waitStep(a, "welcome");
  assert.equal(await page.locator('itcq-widget div.itcq[data-step="profile"]').count(), 1);
  await assertClean(ctx);
  await ctx.close();
});
