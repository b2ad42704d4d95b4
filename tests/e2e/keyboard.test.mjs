// A whole assessment with the keyboard only, on the demo site's index page: the score shown
// must be the one the engine computes for the same profile and answers, focus must follow
// each step, and the widget's events must fire on the host.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  setup, open, assertClean, widget, waitStep, currentStep, waitFocus, tabTo, recordEvents, events,
  engine, pattern, shotOf, LEAD,
} from "./harness.mjs";

const env = await setup();
const TITLE = "h2.itcq-title";

test("keyboard only: welcome → profile → goals → every question asked → lead → results", { timeout: 180000 }, async () => {
  const { questions, assess } = await engine();
  const bank = questions("quick").questions;
  const ctx = await open(env, "/");
  const { page } = ctx;
  const w = widget(page);
  await waitStep(w, "welcome");
  await recordEvents(w);

  // Welcome: Tab from the top of the page to Start, Enter.
  await tabTo(page, 'button[data-action="start"]');
  await page.keyboard.press("Enter");
  await waitStep(w, "profile");
  await waitFocus(page, TITLE, "the profile title");

  // Profile: type, arrow keys in the select and the radio group.
  await tabTo(page, "#itcq-company");
  await page.keyboard.type("Keyboard Ltd");
  await tabTo(page, "#itcq-seats");
  await page.keyboard.type("45");
  await tabTo(page, "#itcq-industry");
  for (let i = 0; i < 3 && !(await w.locator("#itcq-industry").inputValue()); i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  const industry = await w.locator("#itcq-industry").inputValue();
  assert.ok(industry, "an industry is chosen with the arrow keys");
  await tabTo(page, 'input[name="itcq-it-management"]');
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowDown");
  const itManagement = await w.locator('input[name="itcq-it-management"]:checked').getAttribute("value");
  // An administrator of its own: asked every question of the bank, in order.
  assert.equal(itManagement, "internal_admin", "an IT management option is chosen with the arrow keys");
  assert.equal(await w.locator("#itcq-seats").inputValue(), "45");

  // Goals, on the same screen: Space on two checkboxes.
  for (const goal of ["continuity", "compliance"]) {
    await tabTo(page, `input[name="itcq-goal"][value="${goal}"]`);
    await page.keyboard.press("Space");
  }
  const goals = await w.locator('input[name="itcq-goal"]:checked').evaluateAll((els) => els.map((e) => e.value));
  assert.deepEqual(goals.sort(), ["compliance", "continuity"]);
  await tabTo(page, 'button[data-action="next"]');
  await page.keyboard.press("Enter");

  // Questions: a number key chooses and moves on; the widget asks the bank's questions in order.
  const answers = {};
  for (let i = 0; i < bank.length; i++) {
    await waitStep(w, "question");
    await w.locator(".itcq-progress").filter({ hasText: `Question ${i + 1} of ${bank.length}` }).waitFor();
    await waitFocus(page, TITLE, `the title of question ${i + 1}`);
    assert.equal((await w.locator("fieldset.itcq-question legend").textContent()).trim(), bank[i].text);
    assert.match(await w.locator(".itcq-live").textContent(), new RegExp(`Question ${i + 1} of ${bank.length}`));
    const value = pattern(i);
    await page.keyboard.press(value === "dont_know" ? "6" : String(Number(value) + 1));
    answers[bank[i].id] = value === "dont_know" ? value : Number(value);
    // The next step comes by itself; the answers are checked against the engine's report.
    await w.locator(`section.itcq-question-step[data-question="${bank[i].id}"]`).waitFor({ state: "detached" });
  }

  const profile = { company: "Keyboard Ltd", seats: 45, industry, it_management: itManagement, goals };
  const report = assess({ bank: "quick", profile, answers });

  // Lead form, by keyboard, before or after the results.
  async function lead() {
    await tabTo(page, "#itcq-lead-name");
    await page.keyboard.type(LEAD.name);
    await tabTo(page, "#itcq-lead-email");
    await page.keyboard.type(LEAD.email);
    // The company comes from the profile.
    assert.equal(await w.locator("#itcq-lead-company").inputValue(), "Keyboard Ltd");
    await tabTo(page, "#itcq-lead-consent");
    await page.keyboard.press("Space");
    assert.equal(await w.locator("#itcq-lead-consent").isChecked(), true);
    await tabTo(page, 'button[data-action="submit-lead"]');
    await page.keyboard.press("Enter");
  }
  await w.locator('div.itcq[data-step="lead"], div.itcq[data-step="results"]').first().waitFor();
  const leadFirst = (await currentStep(w)) === "lead";
  if (leadFirst) {
    await waitFocus(page, TITLE, "the lead title");
    await lead();
  }
  await waitStep(w, "results");
  await waitFocus(page, TITLE, "the results title");
  const shown = (await w.locator(".itcq-score-value").textContent()).trim();
  assert.equal(shown, report.itcq.toFixed(1), "the score shown is the engine's ITCq");
  if (!leadFirst) await lead();
  await shotOf(w, "keyboard-results.png");

  // Events on the host.
  await page.waitForFunction((host) => host.__itcqEvents.some((e) => e.type === "itcq:lead-submitted"), await w.elementHandle());
  const ev = await events(w);
  const types = ev.map((e) => e.type);
  assert.equal(types.filter((t) => t === "itcq:started").length, 1, types.join());
  const blocks = ev.filter((e) => e.type === "itcq:block-completed").map((e) => e.detail);
  assert.deepEqual(blocks.map((b) => b.index), [0, 1, 2, 3, 4, 5, 6]);
  assert.deepEqual(blocks.map((b) => b.block), report.blocks.map((b) => b.id));
  const done = ev.filter((e) => e.type === "itcq:completed");
  assert.equal(done.length, 1, types.join());
  assert.equal(done[0].detail.itcq, report.itcq);
  assert.equal(done[0].detail.band, report.band);
  assert.deepEqual(done[0].detail.blocks.map((b) => b.id), report.blocks.map((b) => b.id));
  assert.deepEqual(done[0].detail.blocks.map((b) => b.score), report.blocks.map((b) => b.score));
  assert.deepEqual(done[0].detail.blocks.map((b) => b.target), report.blocks.map((b) => b.target));
  const leads = ev.filter((e) => e.type === "itcq:lead-submitted");
  assert.equal(leads.length, 1);
  assert.equal(leads[0].detail.name, LEAD.name);
  assert.equal(leads[0].detail.email, LEAD.email);
  assert.equal(leads[0].detail.company, "Keyboard Ltd");
  assert.ok(types.indexOf("itcq:started") < types.indexOf("itcq:block-completed"));
  assert.ok(types.lastIndexOf("itcq:block-completed") < types.indexOf("itcq:completed"));
  await assertClean(ctx);
  await ctx.close();
});
