// The journey as a prospect takes it on a 375×740 phone (touch), in every language: the
// taps from landing to results are counted (at most the number of questions plus 12); on
// every question the question, its answers and the way on are inside the screen; the
// results' first screen holds the gap, the blocks' status, the three first steps and the
// call to action; the what-if shows the engine's numbers and the share link keeps them.
// Screenshots of each step go to artifacts/e2e/phone-<lang>-*.png.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, open, assertClean, widget, waitStep, engine, shot, questionId, PROFILE, hookServer, until } from "./harness.mjs";

const env = await setup();
const PHONE = { width: 375, height: 740 };
const LANGS = [
  { lang: "en", path: "/", locale: "en-US" },
  { lang: "de", path: "/test/lang-de.html", locale: "de-DE" },
  { lang: "es", path: "/", locale: "es-ES" },
];

/** Whether an element lies wholly inside the phone's screen. */
async function onScreen(locator, what) {
  const box = await locator.boundingBox();
  assert.ok(box, `${what} is rendered`);
  assert.ok(box.y >= -0.5 && box.y + box.height <= PHONE.height + 0.5 && box.x >= 0 && box.x + box.width <= PHONE.width + 0.5,
    `${what} is inside the 375×740 screen (${JSON.stringify(box)})`);
}

for (const { lang, path, locale } of LANGS) {
  test(`a phone journey in ${lang}: taps, every question on one screen, results on the first`, { timeout: 240000 }, async () => {
    const E = await engine();
    const N = E.questions("quick").questions.length;
    const ctx = await open(env, path, { viewport: PHONE, locale, touch: true });
    const { page } = ctx;
    const w = widget(page);
    let taps = 0;
    const tap = async (locator) => { await locator.tap(); taps += 1; };

    // Landing: the prospect scrolls to the widget (a scroll, not a tap) and starts.
    await w.scrollIntoViewIfNeeded();
    await waitStep(w, "welcome");
    await shot(page, `phone-${lang}-1-welcome.png`, false);
    await tap(w.locator('button[data-action="start"]'));

    // Profile and goals on one screen: two typed fields, a select (open + choose), who runs
    // IT, one goal, Next.
    await waitStep(w, "profile");
    await tap(w.locator("#itcq-company"));
    await page.keyboard.type(PROFILE.company);
    await tap(w.locator("#itcq-seats"));
    await page.keyboard.type(PROFILE.seats);
    await w.locator("#itcq-industry").selectOption(PROFILE.industry);
    taps += 2;
    await tap(w.locator(`input[name="itcq-it-management"][value="${PROFILE.it_management}"]`));
    await tap(w.locator('input[name="itcq-goal"][value="continuity"]'));
    await shot(page, `phone-${lang}-2-profile.png`, false);
    await tap(w.locator('button[data-action="next"]'));

    // Every question: one screen, one tap.
    let tallest = { height: 0 };
    let blockDone = 0;
    for (let i = 0; i < N; i++) {
      await waitStep(w, "question");
      const id = await questionId(w);
      const section = w.locator(`section.itcq-question-step[data-question="${id}"]`);
      await section.waitFor();
      await onScreen(w.locator("h2.itcq-title"), `${lang} question ${i + 1} (${id}): its text`);
      const options = w.locator(".itcq-question .itcq-option");
      assert.equal(await options.count(), 6);
      for (let k = 0; k < 6; k++) await onScreen(options.nth(k), `${lang} question ${i + 1} (${id}): answer ${k + 1}`);
      await onScreen(w.locator('.itcq-question-step button[data-action="back"]'), `${lang} question ${i + 1} (${id}): Back`);
      await onScreen(w.locator('.itcq-question-step button[data-action="next"]'), `${lang} question ${i + 1} (${id}): Next`);
      const nav = await w.locator(".itcq-question-step .itcq-nav").boundingBox();
      if (nav.y + nav.height > tallest.height) tallest = { height: nav.y + nav.height, id, i };
      if (await w.locator(".itcq-block-done").count()) {
        blockDone += 1;
        if (blockDone === 1) await shot(page, `phone-${lang}-4-block-done.png`, false);
      }
      if (i === 0) await shot(page, `phone-${lang}-3-question.png`, false);
      await tap(w.locator(`input[name="itcq-answer"][value="${i % 6 === 5 ? "dont_know" : i % 5}"]`));
      await section.waitFor({ state: "detached" });
    }
    assert.equal(blockDone, 6, "the end of each block but the last is marked on the next question");
    // The longest question, again, for the record.
    console.log(`${lang}: the tallest question screen ends at ${Math.round(tallest.height)} px (question ${tallest.i + 1}, ${tallest.id})`);

    // The lead form: the company is already there.
    await waitStep(w, "lead");
    assert.equal(await w.locator("#itcq-lead-company").inputValue(), PROFILE.company);
    await shot(page, `phone-${lang}-5-lead.png`, false);
    await tap(w.locator("#itcq-lead-name"));
    await page.keyboard.type("Pat Example");
    await tap(w.locator("#itcq-lead-email"));
    await page.keyboard.type("pat@example.com");
    await tap(w.locator("#itcq-lead-consent"));
    await tap(w.locator('button[data-action="submit-lead"]'));

    // The results: the first screen persuades.
    await waitStep(w, "results", 30000);
    await w.locator(".itcq-score-value").waitFor();
    await page.waitForTimeout(300);
    console.log(`${lang}: ${taps} taps from landing to results for ${N} questions (4 typed fields)`);
    assert.ok(taps <= N + 12, `${taps} taps for ${N} questions (at most ${N + 12})`);
    await shot(page, `phone-${lang}-6-results.png`, false);
    await onScreen(w.locator(".itcq-score-value"), "the ITCq");
    await onScreen(w.locator(".itcq-gap"), "the gap to the recommendation, in words");
    const rows = w.locator(".itcq-status-row");
    assert.equal(await rows.count(), 7);
    for (let k = 0; k < 7; k++) await onScreen(rows.nth(k), `block ${k + 1} with its status`);
    const top = w.locator(".itcq-top3 > li");
    assert.equal(await top.count(), 3);
    for (let k = 0; k < 3; k++) await onScreen(top.nth(k), `first step ${k + 1}`);
    await onScreen(w.locator("a.itcq-cta"), "the call to action");
    // The status reads without colour: a word on every row.
    const words = await w.locator(".itcq-status-word").allInnerTexts();
    assert.ok(words.every((x) => x.trim().length > 1), JSON.stringify(words));
    // The plan, the meaning and the exports are folded below.
    assert.equal(await w.locator("details.itcq-more[open]").count(), 0);
    await assertClean(ctx);
    await ctx.close();
  });
}

test("the what-if shows the engine's numbers, and the share link keeps the choice", { timeout: 120000 }, async () => {
  const E = await engine();
  const bank = E.questions("quick").questions;
  const answers = Object.fromEntries(bank.map((q, i) => [q.id, i % 6 === 5 ? "dont_know" : i % 4]));
  const profile = { company: "What If Ltd", seats: 45, industry: "accounting", it_management: "outsourced_msp", goals: ["continuity", "compliance"] };
  const input = { bank: "quick", profile, answers };
  const code = E.encodeCode(input, null, null);
  const ctx = await open(env, `/#itcq=${code}`, { viewport: PHONE, touch: true });
  const w = widget(ctx.page);
  await waitStep(w, "results", 30000);
  const report = E.assess(input);
  const ranks = report.plan.phases.flatMap((p) => p.actions.map((a) => a.rank));
  assert.ok(ranks.length >= 3);
  await w.locator("details.itcq-plan-more > summary").tap();
  const chosen = [ranks[0], ranks[2]];
  for (const r of chosen) await w.locator(`#itcq-do-${r}`).tap();
  const expected = E.whatIf(input, chosen);
  const line = await w.locator(".itcq-whatif-line").innerText();
  assert.ok(line.includes(expected.itcq.toFixed(1)), `"${line}" shows the engine's ${expected.itcq}`);
  assert.ok(line.includes(report.itcq.toFixed(1)), `"${line}" shows today's ${report.itcq}`);
  // The chart follows: each block's value is the what-if's.
  const values = await w.locator(".itcq-whatif .itcq-chart-value").evaluateAll((els) => els.map((e) => e.textContent));
  expected.blocks.forEach((b, k) => {
    if (b != null) assert.ok(values[k].startsWith(String(Math.round(b))), `block ${k}: ${values[k]} vs ${b}`);
  });
  await shot(ctx.page, "phone-en-7-whatif.png", false);
  // The share link carries the choice (and no contact details); opened, it shows them ticked.
  await w.locator("details.itcq-more", { has: ctx.page.locator(".itcq-share") }).locator("summary").tap();
  const link = await w.locator("#itcq-share-link").inputValue();
  assert.match(link, new RegExp(`&itcq-plan=${chosen.join("\\.")}$`));
  const again = await open(env, link.replace(/^https?:\/\/[^/]+/, ""), { viewport: PHONE, touch: true });
  const w2 = widget(again.page);
  await waitStep(w2, "results", 30000);
  assert.notEqual(await w2.locator("details.itcq-plan-more").getAttribute("open"), null, "the plan opens with the choice");
  for (const r of chosen) assert.equal(await w2.locator(`#itcq-do-${r}`).isChecked(), true);
  assert.ok((await w2.locator(".itcq-whatif-line").innerText()).includes(expected.itcq.toFixed(1)));
  await assertClean(again);
  await again.close();
  await assertClean(ctx);
  await ctx.close();
});

test("contact first: a prospect who leaves sends one partial lead; the resume link reopens the question; the final lead supersedes it", { timeout: 180000 }, async () => {
  const hook = await hookServer();
  const E = await engine();
  const N = E.questions("quick").questions.length;
  const path = `/test/webhook.html?lead=start&analytics=datalayer&booking=https://calendly.com/hook-networks/it-review&hook=http://127.0.0.1:${hook.port}/catch`;
  const ctx = await open(env, path, { viewport: PHONE, touch: true });
  const w = widget(ctx.page);
  await waitStep(w, "welcome");
  await w.locator('button[data-action="start"]').tap();
  await waitStep(w, "lead");
  await shot(ctx.page, "phone-en-lead-first.png", false);
  await w.locator("#itcq-lead-name").fill("Pat Example");
  await w.locator("#itcq-lead-email").fill("pat@example.com");
  await w.locator("#itcq-lead-company").fill("Partial Ltd");
  await w.locator("#itcq-lead-consent").check();
  await w.locator('button[data-action="submit-lead"]').tap();
  await waitStep(w, "profile");
  assert.equal(await w.locator("#itcq-company").inputValue(), "Partial Ltd", "the company given is not asked again");
  await w.locator("#itcq-seats").fill("45");
  await w.locator("#itcq-industry").selectOption("legal");
  await w.locator('input[name="itcq-it-management"][value="internal_admin"]').check();
  await w.locator('button[data-action="next"]').tap();
  const ids = [];
  for (let i = 0; i < 5; i++) {
    const id = await questionId(w);
    ids.push(id);
    await w.locator('input[name="itcq-answer"][value="2"]').tap();
    await w.locator(`section.itcq-question-step[data-question="${id}"]`).waitFor({ state: "detached" });
  }
  const leftAt = await questionId(w);
  // Nothing was sent yet: the lead goes out when the prospect leaves, or at the end.
  const layer = await ctx.page.evaluate(() => window.dataLayer);
  await ctx.page.goto("about:blank");
  await until("the partial lead", () => hook.received.some((b) => b.event === "itcq.partial"));
  const partials = hook.received.filter((b) => b.event === "itcq.partial");
  assert.equal(partials.length, 1);
  const p = partials[0];
  assert.equal(p.contact.email, "pat@example.com");
  assert.equal(p.contact.company, "Partial Ltd");
  assert.deepEqual([p.progress.answered, p.progress.asked, p.progress.question_id], [5, N, leftAt]);
  assert.match(p.delivery_id, /-partial$/);
  assert.doesNotMatch(p.resume_link, /pat|example\.com|Partial/i, "the resume link carries no contact details");
  assert.doesNotMatch(p.result_code, /pat/i);
  // The funnel went to the dataLayer: steps and questions, never a name, email or phone.
  const steps = layer.filter((e) => e.event === "itcq_step_viewed");
  assert.deepEqual(steps.slice(0, 3).map((e) => e.itcq_step), ["welcome", "lead", "profile"]);
  assert.deepEqual(steps.filter((e) => e.itcq_step === "question").map((e) => e.itcq_question).slice(0, 6), [...ids, leftAt]);
  assert.ok(layer.some((e) => e.event === "itcq_lead_submitted"));
  const text = JSON.stringify(layer);
  assert.doesNotMatch(text, /pat@example\.com|Pat Example|Partial Ltd/);

  // The resume link, on another device: the same question, the answers so far.
  const resume = p.resume_link.replace(/^https?:\/\/[^/]+/, "");
  const other = await open(env, resume, { viewport: PHONE, touch: true });
  const w2 = widget(other.page);
  await waitStep(w2, "question", 30000);
  assert.equal(await questionId(w2), leftAt);
  assert.match(await w2.locator(".itcq-progress").innerText(), new RegExp(`Question 6 of ${N}`));
  for (let i = 5; i < N; i++) {
    const id = await questionId(w2);
    await w2.locator('input[name="itcq-answer"][value="3"]').tap();
    await w2.locator(`section.itcq-question-step[data-question="${id}"]`).waitFor({ state: "detached" });
  }
  // This device has no contact yet: the form asks (the link carried none).
  await waitStep(w2, "lead");
  await w2.locator("#itcq-lead-name").fill("Pat Example");
  await w2.locator("#itcq-lead-email").fill("pat@example.com");
  await w2.locator("#itcq-lead-company").fill("Partial Ltd");
  await w2.locator("#itcq-lead-consent").check();
  await w2.locator('button[data-action="submit-lead"]').tap();
  await waitStep(w2, "results", 30000);
  await until("the final lead", () => hook.received.some((b) => b.event === "itcq.lead"));
  // The results were viewed once, though two modules showed the journey.
  const layer2 = await other.page.evaluate(() => window.dataLayer);
  assert.equal(layer2.filter((e) => e.event === "itcq_step_viewed" && e.itcq_step === "results").length, 1);
  assert.equal(layer2.filter((e) => e.event === "itcq_completed").length, 1);
  const leads = hook.received.filter((b) => b.event === "itcq.lead");
  assert.equal(leads.length, 1);
  assert.equal(leads[0].supersedes, p.delivery_id, "the final lead names the partial it replaces");
  assert.equal(hook.received.filter((b) => b.event === "itcq.partial").length, 1, "one partial, no second one");
  // The call to action opens Calendly prefilled by its documented parameters.
  await w2.locator(".itcq-thanks").waitFor();
  assert.match(await w2.locator(".itcq-thanks").innerText(), /pat@example\.com/);
  const cta = await w2.locator("a.itcq-cta").getAttribute("href");
  const url = new URL(cta);
  assert.equal(url.host, "calendly.com");
  assert.equal(url.searchParams.get("name"), "Pat Example");
  assert.equal(url.searchParams.get("email"), "pat@example.com");
  assert.match(url.searchParams.get("a1"), /^Partial Ltd: ITCq \d+\.\d, recommendation \d+\.\d\. Results: http.*#itcq=/);
  assert.doesNotMatch(url.searchParams.get("a1"), /pat@/);
  const opened = w2.evaluate((host) => new Promise((r) => host.addEventListener("itcq:booking-opened", (e) => r(e.detail), { once: true })));
  await other.context.route("https://calendly.com/**", (route) => route.fulfill({ status: 200, body: "booking page" }));
  await w2.locator("a.itcq-cta").tap();
  assert.deepEqual(await opened, { tool: "calendly" });
  await shot(other.page, "phone-en-results-after-lead.png", false);
  await other.close();
  await ctx.close();
  await hook.close();
});
