// Small screens and zoom: a 320×640 phone, and 200% zoom of a 1280px window (640 CSS px at
// device scale factor 2). No horizontal scrolling on any step; buttons stay in view.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, open, assertClean, widget, waitStep, currentStep, fillProfile, answer, fillLead, engine, overflowX, shot, shotOf, pattern } from "./harness.mjs";

const env = await setup();

const SCREENS = [
  { name: "320", viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: "zoom200", viewport: { width: 640, height: 512 }, deviceScaleFactor: 2 },
];

async function fits(page, w, what) {
  assert.ok((await overflowX(page)) <= 0, `${what}: the page scrolls sideways by ${await overflowX(page)}px`);
  const width = page.viewportSize().width;
  const buttons = w.locator("div.itcq button:visible");
  const n = await buttons.count();
  assert.ok(n > 0, `${what}: buttons are visible`);
  for (let i = 0; i < n; i++) {
    const b = buttons.nth(i);
    await b.scrollIntoViewIfNeeded();
    const box = await b.boundingBox();
    const label = (await b.textContent()).trim();
    assert.ok(box && box.width > 0 && box.x >= 0 && box.x + box.width <= width + 0.5, `${what}: button "${label}" is in view (${JSON.stringify(box)})`);
    assert.ok(box.height >= 24, `${what}: button "${label}" is ${box.height}px high`);
  }
}

for (const s of SCREENS) {
  test(`inline widget at ${s.name}: no horizontal scrolling on any step`, { timeout: 120000 }, async () => {
    const N = (await engine()).questions("quick").questions.length;
    const ctx = await open(env, "/", { viewport: s.viewport, deviceScaleFactor: s.deviceScaleFactor });
    const { page } = ctx;
    const w = widget(page);
    await w.scrollIntoViewIfNeeded();
    await waitStep(w, "welcome");
    await fits(page, w, "welcome");
    await w.scrollIntoViewIfNeeded();
    await shot(page, `phone-${s.name}-welcome.png`, false);

    await w.locator('button[data-action="start"]').click();
    await waitStep(w, "profile");
    // Errors shown (Next on an empty form) must fit too.
    await w.locator('button[data-action="next"]').click();
    await w.locator(".itcq-field-error").first().waitFor();
    await fits(page, w, "profile with errors");
    await shot(page, `phone-${s.name}-profile.png`, false);
    await fillProfile(w);
    for (let i = 0; i < N; i++) {
      if (i === 0) {
        await waitStep(w, "question");
        await w.locator('button[data-action="help"]').click();
        await w.locator(".itcq-help").waitFor();
        await fits(page, w, "question with help");
        await w.locator("h2.itcq-title").scrollIntoViewIfNeeded();
        await shot(page, `phone-${s.name}-question.png`, false);
      }
      await answer(w, i, N, pattern(i));
    }
    await w.locator('div.itcq[data-step="lead"], div.itcq[data-step="results"]').first().waitFor();
    if ((await currentStep(w)) === "lead") {
      await fits(page, w, "lead");
      await shot(page, `phone-${s.name}-lead.png`, false);
      await fillLead(w);
    }
    await waitStep(w, "results");
    await fits(page, w, "results");
    await w.locator("details.itcq-plan-more > summary").click();
    const chart = await w.locator("svg.itcq-chart").boundingBox();
    assert.ok(chart.width <= s.viewport.width && chart.width >= 200, `chart width ${chart.width}`);
    await w.locator(".itcq-score-value").scrollIntoViewIfNeeded();
    await shot(page, `phone-${s.name}-results.png`, false);
    await shotOf(w, `phone-${s.name}-results-all.png`);
    await assertClean(ctx);
    await ctx.close();
  });
}

test("popup widget at 320: launcher and dialog fit", { timeout: 60000 }, async () => {
  const ctx = await open(env, "/popup.html", { viewport: { width: 320, height: 640 } });
  const { page } = ctx;
  const w = widget(page);
  const launcher = w.locator("button.itcq-launcher");
  await launcher.waitFor();
  const lb = await launcher.boundingBox();
  assert.ok(lb.x >= 0 && lb.x + lb.width <= 320 && lb.y + lb.height <= 640, `launcher ${JSON.stringify(lb)}`);
  await launcher.click();
  await waitStep(w, "welcome");
  const db = await w.locator("dialog.itcq-dialog").boundingBox();
  assert.ok(db.x >= 0 && db.x + db.width <= 320, `dialog ${JSON.stringify(db)}`);
  assert.ok((await overflowX(page)) <= 0);
  await fits(page, w, "popup welcome");
  await shot(page, "phone-320-popup.png", false);
  await assertClean(ctx);
  await ctx.close();
});
