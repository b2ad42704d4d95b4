// Accessibility: axe-core (the npm package, injected into the page) on every screen a
// prospect, an MSP or a rep sees: welcome, profile with its goals (also with its errors shown), the
// first question of each of the seven blocks, the lead form, the results, the thank-you, the
// popup dialog, the printed report, the rep page (empty, briefing, portfolio), the
// configurator. No serious or critical violation is allowed. Then the whole journey at 200 %
// zoom (a 1280 × 900 screen zoomed to 640 × 450 CSS pixels): every step fits without sideways
// scrolling and its buttons can be reached. (Keyboard only: keyboard.test.mjs.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  openShare, ROOT, answer, assertClean, engine, fillLead, fillProfile, journey, open, overflowX, pattern, setup, shot, waitStep, widget,
} from "./harness.mjs";

const env = await setup();
const E = await engine();
const BANK = E.questions("quick").questions;
const AXE = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");

/** Runs axe on the page (open shadow roots included); returns serious and critical violations. */
async function audit(page, what) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(", ")}`);
  });
  assert.deepEqual(violations, [], `axe on ${what}`);
  return what;
}

test("axe: every screen of the widget, in-page and as a popup, and the printed report", { timeout: 180000 }, async () => {
  const ctx = await open(env, "/");
  const { page } = ctx;
  const w = widget(page);
  const audited = [];
  await waitStep(w, "welcome");
  audited.push(await audit(page, "welcome"));
  await w.locator('button[data-action="start"]').click();
  await waitStep(w, "profile");
  audited.push(await audit(page, "profile"));
  await w.locator('button[data-action="next"]').click(); // nothing filled in: the errors show
  await w.locator(".itcq-field-error").first().waitFor();
  audited.push(await audit(page, "profile with errors"));
  await fillProfile(w);
  const firsts = new Set(BANK.map((q) => q.block).map((b) => BANK.findIndex((q) => q.block === b)));
  for (let i = 0; i < BANK.length; i++) {
    await w.locator(".itcq-progress").filter({ hasText: `Question ${i + 1} of ${BANK.length}` }).waitFor();
    if (firsts.has(i)) {
      await w.locator("button.itcq-help-toggle, button[data-action=\"help\"]").first().click().catch(() => {});
      audited.push(await audit(page, `the first question of ${BANK[i].block}`));
    }
    await answer(w, i, BANK.length, pattern(i));
  }
  await w.locator('div.itcq[data-step="lead"], div.itcq[data-step="results"]').first().waitFor();
  const leadForm = async () => {
    audited.push(await audit(page, "the lead form"));
    await w.locator('button[data-action="submit-lead"]').click(); // empty: its errors show
    await w.locator(".itcq-field-error").first().waitFor();
    audited.push(await audit(page, "the lead form with errors"));
    await fillLead(w);
  };
  if ((await w.locator("div.itcq").getAttribute("data-step")) === "lead") await leadForm();
  await waitStep(w, "results");
  audited.push(await audit(page, "results"));
  if (await w.locator("#itcq-lead-email").count()) {
    // The lead form after the results: a thank-you replaces it.
    await leadForm();
    await w.locator(".itcq-thanks").waitFor();
    audited.push(await audit(page, "the thank-you"));
  }
  // Everything folded below the first screen, open, with two actions ticked in the what-if.
  for (const d of await w.locator("details.itcq-more > summary").all()) await d.click();
  await w.locator('.itcq-actions input[type="checkbox"]').first().check();
  await w.locator('.itcq-actions input[type="checkbox"]').nth(1).check();
  audited.push(await audit(page, "the results unfolded, with the what-if"));
  await openShare(w);
  await w.locator('button[data-action="copy-link"]').click();
  audited.push(await audit(page, "results after an export"));
  const [tab] = await Promise.all([ctx.context.waitForEvent("page"), w.locator('button[data-action="export-pdf"]').click()]);
  await tab.waitForFunction(() => document.querySelector(".score strong"), null, { timeout: 10000 });
  audited.push(await audit(tab, "the printed report"));
  await tab.close();
  // The audit sees inside the widget's shadow root: an image without a text alternative fails it.
  await w.evaluate((host) => host.shadowRoot.querySelector("div.itcq").append(Object.assign(document.createElement("img"), { src: "data:," })));
  await assert.rejects(audit(page, "a planted image without alt"), /image-alt/);
  await assertClean(ctx);
  await ctx.close();

  const popup = await open(env, "/popup.html");
  const pw = widget(popup.page);
  await pw.locator("button.itcq-launcher").waitFor();
  audited.push(await audit(popup.page, "the popup launcher"));
  await pw.locator("button.itcq-launcher").click();
  await waitStep(pw, "welcome");
  audited.push(await audit(popup.page, "the popup dialog"));
  await assertClean(popup);
  await popup.close();
  // The lead form after the results, and its thank-you.
  const options = { mspName: "Audit IT", privacyUrl: "https://audit.example/privacy", contactEmail: "hi@audit.example", leadPosition: "after" };
  const after = await open(env, `/test/xss.html?options=${encodeURIComponent(JSON.stringify(options))}`);
  const aw = widget(after.page);
  await journey(aw);
  await aw.locator('button[data-action="submit-lead"]').click();
  await aw.locator(".itcq-field-error").first().waitFor();
  audited.push(await audit(after.page, "the lead form after the results, with errors"));
  await fillLead(aw);
  await aw.locator(".itcq-thanks").waitFor();
  audited.push(await audit(after.page, "the thank-you"));
  await assertClean(after);
  // Contact first.
  const first = await open(env, `/test/xss.html?options=${encodeURIComponent(JSON.stringify({ ...options, leadPosition: "start" }))}`);
  const fw = widget(first.page);
  await waitStep(fw, "welcome");
  await fw.locator('button[data-action="start"]').click();
  await waitStep(fw, "lead");
  audited.push(await audit(first.page, "the lead form before the questions"));
  await assertClean(first);
  await first.close();
  await after.close();
  console.log(`# axe found nothing serious on: ${audited.join("; ")}`);
});

test("axe: the rep page (empty, a briefing, a portfolio) and the configurator", { timeout: 120000 }, async () => {
  const code = (seed) => E.encodeCode({
    bank: "quick",
    profile: { company: `Audit ${seed} Ltd`, seats: 40 + seed, industry: "legal", it_management: "internal_admin", goals: ["compliance"] },
    answers: Object.fromEntries(BANK.map((q, i) => [q.id, (i + seed) % 6 === 5 ? "dont_know" : (i + seed) % 5])),
  }, { name: `Rep ${seed}`, email: `rep${seed}@example.com`, company: `Audit ${seed} Ltd`, phone: "" }, "2026-11-02");
  const ctx = await open(env, "/rep.html");
  const { page } = ctx;
  await page.locator("#rep-status").filter({ hasText: /\S/ }).waitFor();
  await audit(page, "the empty rep page");
  await page.fill("#rep-input", "not a code");
  await page.click("#rep-open");
  await page.locator("#rep-error").filter({ hasText: /\S/ }).waitFor();
  await audit(page, "the rep page with an error");
  await page.fill("#rep-input", code(1));
  await page.click("#rep-open");
  await page.locator("#rep-briefing h2").waitFor();
  await audit(page, "a briefing");
  for (const d of await page.locator("#rep-briefing details").all()) await d.locator("summary").click();
  await audit(page, "a briefing with every fold open");
  await page.fill("#rep-input", [1, 2, 3].map(code).join("\n"));
  await page.click("#rep-open");
  await page.locator("#rep-portfolio table").waitFor();
  await audit(page, "a portfolio");
  // 101 results: a second page. The pager is audited and works from the keyboard; when Next
  // is disabled on the last page, the focus goes to Previous, not to the page.
  await page.fill("#rep-input", Array.from({ length: 101 }, (_, i) => code(i)).join("\n"));
  await page.click("#rep-open");
  const pager = page.locator("#rep-portfolio .rep-pager");
  await pager.waitFor();
  await audit(page, "a portfolio with pages");
  assert.equal(await pager.locator("p").innerText(), "Rows 1–100 of 101");
  await pager.getByRole("button", { name: "Next" }).focus();
  await page.keyboard.press("Enter");
  assert.equal(await pager.locator("p").innerText(), "Rows 101–101 of 101");
  assert.equal(await page.locator("#rep-portfolio tbody tr").count(), 1);
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Previous", "the focus moved to Previous");
  assert.match(await page.locator("#rep-portfolio .rep-table-wrap").getAttribute("aria-describedby"), /\brep-page-range\b/);
  await audit(page, "the last page of a portfolio");
  await assertClean(ctx);
  await ctx.close();

  const conf = await open(env, "/configure.html");
  await conf.page.locator("body[data-ready=true]").waitFor();
  await audit(conf.page, "the configurator");
  await conf.page.locator('#cfg-steps button[data-step="questions"]').click();
  await conf.page.locator("#cfg-add-extra").click();
  await conf.page.locator("#cfg-check.cfg-invalid").waitFor();
  await audit(conf.page, "the configurator with a question of the MSP's own and its problems");
  // Every step, and the preview at each point of the journey.
  for (const step of ["contact", "services", "languages", "publish"]) {
    await conf.page.locator(`#cfg-steps button[data-step="${step}"]`).click();
    await audit(conf.page, `the configurator's step ${step}`);
  }
  for (const mode of ["question", "lead", "results"]) {
    await conf.page.locator(`input[name=cfg-preview-mode][value=${mode}]`).check();
    await widget(conf.page).locator(`div.itcq[data-step="${mode === "question" ? "question" : mode}"]`).waitFor();
    await audit(conf.page, `the configurator's preview of the ${mode === "question" ? "question" : mode} screen`);
  }
  await assertClean(conf);
  await conf.close();
});

test("axe: the full assessment (services, a note open, the result)", { timeout: 120000 }, async () => {
  const ctx = await open(env, "/assess.html");
  const { page } = ctx;
  await page.locator(".fa-row").first().waitFor();
  await audit(page, "the full assessment");
  await page.fill("#fa-seats", "40");
  const first = page.locator(".fa-row").first();
  await first.locator("input[type=radio]").first().focus();
  await page.keyboard.press("n");
  await page.keyboard.type("A note");
  await audit(page, "the full assessment with a note open");
  await page.click("#fa-see");
  await page.locator("#fa-results h2").waitFor();
  await audit(page, "the full assessment's result");
  await assertClean(ctx);
  await ctx.close();
});

test("200 % zoom: the whole journey fits the width, and every step's buttons can be reached", { timeout: 180000 }, async () => {
  // A 1280 × 900 screen at 200 %: the page lays out in 640 × 450 CSS pixels.
  const ctx = await open(env, "/", { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
  const { page } = ctx;
  const w = widget(page);
  const fits = async (what) => {
    assert.ok((await overflowX(page)) <= 0, `${what}: the page scrolls sideways by ${await overflowX(page)} px`);
    const wide = await w.evaluate((host) => [...host.shadowRoot.querySelectorAll("button, input, select, label, h2, p")]
      .filter((e) => e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((e) => `${e.localName}.${e.className}`));
    assert.deepEqual(wide, [], `${what}: elements cut off on the right`);
  };
  await w.scrollIntoViewIfNeeded(); // the widget loads when it scrolls near
  await waitStep(w, "welcome");
  await fits("welcome");
  await w.locator('button[data-action="start"]').click();
  await waitStep(w, "profile");
  await fits("profile");
  await fillProfile(w);
  for (let i = 0; i < BANK.length; i++) {
    await w.locator(".itcq-progress").filter({ hasText: `Question ${i + 1} of ${BANK.length}` }).waitFor();
    if (i === 0) {
      await fits("a question");
      await shot(page, "zoom200-question.png");
    }
    await answer(w, i, BANK.length, pattern(i));
  }
  await w.locator('div.itcq[data-step="lead"], div.itcq[data-step="results"]').first().waitFor();
  if ((await w.locator("div.itcq").getAttribute("data-step")) === "lead") {
    await fits("the lead form");
    await fillLead(w);
  }
  await waitStep(w, "results");
  await fits("results");
  await shot(page, "zoom200-results.png");
  if (await w.locator("#itcq-lead-email").count()) {
    await fillLead(w);
    await w.locator(".itcq-thanks").waitFor();
    await fits("the thank-you");
  }
  await assertClean(ctx);
  await ctx.close();
});
