// Progress survives a reload (resume offer, same question, earlier answers selected);
// "Start over" clears it; garbage in storage never breaks the widget.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  PROFILE, setup, open, reload, assertClean, widget, waitStep, currentStep, fillProfile, answer, engine,
} from "./harness.mjs";

const env = await setup();

test("reload mid-way: resume offer, same question, earlier answers still selected; Start over clears", { timeout: 120000 }, async () => {
  const bank = (await engine()).questions("quick").questions;
  const N = bank.length;
  const ctx = await open(env, "/");
  const w = widget(ctx.page);
  await waitStep(w, "welcome");
  assert.equal(await w.locator('button[data-action="resume"]').count(), 0, "nothing to resume on a first visit");
  await w.locator('button[data-action="start"]').click();
  await fillProfile(w, { ...PROFILE, goals: ["scale"] });
  const given = ["3", "1", "dont_know"];
  for (const [i, v] of given.entries()) await answer(w, i, N, v);
  await w.locator(".itcq-progress").filter({ hasText: `Question 4 of ${N}` }).waitFor();

  await reload(ctx);
  await waitStep(w, "welcome");
  await w.locator('button[data-action="restart"]').waitFor();
  await w.locator('button[data-action="resume"]').click();
  await waitStep(w, "question");
  await w.locator(".itcq-progress").filter({ hasText: `Question 4 of ${N}` }).waitFor();
  assert.equal((await w.locator("fieldset.itcq-question legend").textContent()).trim(), bank[3].text);
  assert.equal(await w.locator('input[name="itcq-answer"]:checked').count(), 0, "question 4 was not answered");
  for (let i = given.length - 1; i >= 0; i--) {
    await w.locator('button[data-action="back"]').click();
    await w.locator(".itcq-progress").filter({ hasText: `Question ${i + 1} of ${N}` }).waitFor();
    assert.equal(await w.locator(`input[name="itcq-answer"][value="${given[i]}"]`).isChecked(), true, `answer ${i + 1} kept`);
  }
  // Back from the first question: the profile and its goals were kept too.
  await w.locator('button[data-action="back"]').click();
  await waitStep(w, "profile");
  assert.equal(await w.locator('input[name="itcq-goal"][value="scale"]').isChecked(), true);
  assert.equal(await w.locator("#itcq-seats").inputValue(), "45");

  // Start over: the answers are gone.
  await reload(ctx);
  await waitStep(w, "welcome");
  await w.locator('button[data-action="restart"]').click();
  if ((await currentStep(w)) === "welcome") {
    assert.equal(await w.locator('button[data-action="resume"]').count(), 0, "no resume offer after Start over");
    await w.locator('button[data-action="start"]').click();
  }
  await waitStep(w, "profile");
  assert.equal(await w.locator('input[name="itcq-goal"]:checked').count(), 0, "goals cleared");
  await fillProfile(w);
  await waitStep(w, "question");
  await w.locator(".itcq-progress").filter({ hasText: `Question 1 of ${N}` }).waitFor();
  assert.equal(await w.locator('input[name="itcq-answer"]:checked').count(), 0, "answers cleared");
  await reload(ctx);
  await waitStep(w, "welcome");
  if (await w.locator('button[data-action="resume"]').count()) {
    await w.locator('button[data-action="resume"]').click();
    await waitStep(w, "question");
    assert.equal(await w.locator('input[name="itcq-answer"]:checked').count(), 0, "the old answers did not come back");
  }
  await assertClean(ctx);
  await ctx.close();
});

const GARBAGE = ["{not json", "[1,2,3]", '"just a string"', '{"answers": 42, "step": {"no": "such"}}', "\u0000\uffff".repeat(50)];

for (const value of GARBAGE) {
  test(`garbage in storage (${JSON.stringify(value).slice(0, 30)}): a notice and a working welcome step`, async () => {
    const ctx = await open(env, "/", {
      init: (v) => { if (!sessionStorage.getItem("seeded")) { sessionStorage.setItem("seeded", "1"); localStorage.setItem("itcq:v1:/#0", v); } },
      initArg: value,
    });
    const w = widget(ctx.page);
    await waitStep(w, "welcome");
    const notice = w.locator('.itcq-notice[role="status"]');
    await notice.waitFor();
    assert.ok((await notice.textContent()).trim().length > 0);
    assert.equal(await w.locator('button[data-action="resume"]').count(), 0, "nothing to resume");
    await w.locator('button[data-action="start"]').click();
    await waitStep(w, "profile");
    await assertClean(ctx);
    await ctx.close();
  });
}
