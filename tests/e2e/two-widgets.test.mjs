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

test("the same tag pasted twice shows one widget and says so in the console", { timeout: 60000 }, async () => {
  const ctx = await open(env, "/test/twice.html");
  const { page } = ctx;
  await waitStep(page.locator("#first > itcq-widget"), "welcome");
  await waitStep(page.locator("#slot > itcq-widget"), "welcome");
  // One inline widget for the two identical tags, one launcher for the two identical popup
  // tags; the tag placed elsewhere, and the tags whose configurations differ, are their own.
  assert.equal(await page.locator("#again itcq-widget").count(), 0, "the repeated inline tag adds nothing");
  assert.equal(await page.locator("itcq-widget.itcq-popup").count(), 1, "one launcher");
  assert.equal(await page.locator("#configured itcq-widget").count(), 2);
  assert.equal(await page.locator("itcq-widget").count(), 5);
  const notes = ctx.console.filter((m) => m.type === "warning" && /same ITCq tag is on this page twice/.test(m.text));
  assert.equal(notes.length, 2, "one note per repeated tag");
  // The widgets that are shown keep their own saved progress keys: the repeated tags take no slot.
  const first = page.locator("#first > itcq-widget");
  await first.locator('button[data-action="start"]').click();
  await fillProfile(first);
  await answer(first, 0, (await engine()).questions("quick").questions.length, "4");
  await page.waitForFunction(() => localStorage.getItem("itcq:v1:/test/twice.html#0"));
  await page.locator("#configured").scrollIntoViewIfNeeded();
  for (const host of await page.locator("#configured itcq-widget").all()) await waitStep(host, "welcome");
  const names = await page.locator("#configured itcq-widget").evaluateAll((hosts) => hosts.map((h) => h.shadowRoot.textContent));
  assert.match(names[0], /Gamma One/);
  assert.match(names[1], /Gamma Two/);
  await assertClean(ctx);
  await ctx.close();
});
