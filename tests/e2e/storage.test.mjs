// Storage the widget cannot trust: localStorage disabled (it throws on access, as with
// cookies blocked), full (every write throws QuotaExceededError) or holding garbage (see
// resume.test.mjs). The assessment must still work and the lead still arrive; and where
// storage works, a reload at every step loses no answer.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  setup, open, reload, assertClean, widget, waitStep, currentStep, fillProfile, fillLead, journey, engine, pattern, select, shot, until, PROFILE,
} from "./harness.mjs";

const env = await setup();
const E = await engine();
const N = E.questions("quick").questions.length;

const BROKEN = {
  disabled: () => {
    Object.defineProperty(window, "localStorage", {
      get() { throw new DOMException("The operation is insecure.", "SecurityError"); },
    });
  },
  full: () => {
    Storage.prototype.setItem = function () { throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); };
  },
};

for (const [kind, init] of Object.entries(BROKEN)) {
  test(`localStorage ${kind}: the whole assessment works, the results and the lead arrive`, { timeout: 120000 }, async () => {
    const ctx = await open(env, "/", { init });
    const w = widget(ctx.page);
    await journey(w, {
      onQuestion: async (i) => {
        // From the first answer on, the prospect is told once that the answers are not kept.
        if (i === 0) {
          await w.locator(".itcq-notice", { hasText: "isn't keeping your answers" }).waitFor();
          await shot(ctx.page, `storage-${kind}-notice.png`, false);
        }
      },
    });
    const itcq = await w.locator(".itcq-score-value").innerText();
    const link = await w.locator("#itcq-share-link").inputValue();
    assert.equal(E.briefing(link).itcq.toFixed(1), itcq, "the results are the engine's");
    if ((await w.locator("#itcq-lead-email").count()) > 0) {
      await fillLead(w);
      await w.locator(".itcq-thanks").waitFor();
    }
    const warnings = ctx.console.filter((m) => m.text.includes("[ITCq]") && /save the answers/.test(m.text));
    assert.equal(warnings.length, 1, "a failed save is reported once, not per answer");
    // A reload starts over (nothing could be kept) without an error.
    await reload(ctx);
    await waitStep(w, "welcome");
    assert.equal(await w.locator('button[data-action="resume"]').count(), 0);
    await assertClean(ctx);
    await ctx.close();
  });
}

/** Reloads, resumes if offered, and returns the step shown. */
async function reloadAndResume(ctx, w) {
  await reload(ctx);
  await w.locator("div.itcq[data-step]").first().waitFor();
  if ((await currentStep(w)) === "welcome" && (await w.locator('button[data-action="resume"]').count())) {
    await w.locator('button[data-action="resume"]').click();
  }
  await w.locator('div.itcq[data-step]:not([data-step="welcome"])').first().waitFor();
  return currentStep(w);
}

test("a reload at every step loses nothing: profile, goals, each of the questions, the lead, the results", { timeout: 240000 }, async () => {
  const ctx = await open(env, "/");
  const w = widget(ctx.page);
  await waitStep(w, "welcome");
  await w.locator('button[data-action="start"]').click();
  await waitStep(w, "profile");
  await w.locator('input[name="itcq-goal"][value="compliance"]').check();
  assert.equal(await reloadAndResume(ctx, w), "profile");
  assert.equal(await w.locator('input[name="itcq-goal"][value="compliance"]').isChecked(), true, "the goal kept");
  await fillProfile(w);
  for (let i = 0; i < N; i++) {
    await w.locator(".itcq-progress").filter({ hasText: `Question ${i + 1} of ${N}` }).waitFor();
    await select(w, pattern(i));
    // Reload with the answer chosen, before Next: it is kept, and so is the question shown.
    assert.equal(await reloadAndResume(ctx, w), "question", `after answering question ${i + 1}`);
    await w.locator(".itcq-progress").filter({ hasText: `Question ${i + 1} of ${N}` }).waitFor();
    assert.equal(await w.locator(`input[name="itcq-answer"][value="${pattern(i)}"]`).isChecked(), true, `answer ${i + 1} kept`);
    await w.locator('button[data-action="next"]').click();
  }
  await w.locator('div.itcq[data-step="lead"], div.itcq[data-step="results"]').first().waitFor();
  if ((await currentStep(w)) === "lead") {
    assert.equal(await reloadAndResume(ctx, w), "lead");
    await fillLead(w);
  }
  await waitStep(w, "results");
  const itcq = await w.locator(".itcq-score-value").innerText();
  assert.equal(await reloadAndResume(ctx, w), "results");
  assert.equal(await w.locator(".itcq-score-value").innerText(), itcq, "the same results after a reload");
  assert.equal(await w.locator(".itcq-notice", { hasText: "isn't keeping" }).count(), 0, "no storage warning where storage works");
  // Every answer and the profile went into the results: the engine agrees with the score.
  const answers = Object.fromEntries(E.questions("quick").questions.map((q, i) => [q.id, pattern(i) === "dont_know" ? "dont_know" : Number(pattern(i))]));
  const report = E.assess({
    bank: "quick",
    profile: { company: PROFILE.company, seats: Number(PROFILE.seats), industry: PROFILE.industry, it_management: PROFILE.it_management, goals: ["compliance"] },
    answers,
  });
  assert.equal(report.itcq.toFixed(1), itcq);
  await assertClean(ctx);
  await ctx.close();
});

test("garbage under every key the widget reads (saved answers, language, lead outbox): it starts clean", { timeout: 60000 }, async () => {
  const ctx = await open(env, "/", {
    init: () => {
      if (sessionStorage.getItem("seeded")) return;
      sessionStorage.setItem("seeded", "1");
      localStorage.setItem("itcq:v1:/#0", "itcq-snapshot 1\n1\n99999999999999999999\nquestion:4294967295");
      localStorage.setItem("itcq:v1:lang", "<script>window.__pwned=1</script>");
      localStorage.setItem("itcq:v1:outbox", '{"version":1,"pending":[{"id":1}]}');
    },
  });
  const w = widget(ctx.page);
  await waitStep(w, "welcome");
  assert.equal(await ctx.page.evaluate(() => document.documentElement.lang || "en"), "en");
  assert.match(await w.locator(".itcq-title").innerText(), /\S/);
  assert.equal(await w.locator('button[data-action="resume"]').count(), 0, "nothing to resume");
  // The outbox is read by the engine bundle, which loads after the widget: wait for it.
  await until("the unreadable outbox reported", () => ctx.console.some((m) => m.text.includes("[ITCq]") && /outbox/.test(m.text)));
  await until("the unreadable outbox removed", async () => (await ctx.page.evaluate(() => localStorage.getItem("itcq:v1:outbox"))) === null);
  await journey(w);
  await assertClean(ctx);
  assert.equal(await ctx.page.evaluate(() => window.__pwned), undefined);
  await ctx.close();
});
