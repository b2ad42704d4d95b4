// The sales rep's briefing page (rep.html): a result code, a link or JSON exports in, the
// briefing or a sortable portfolio out. Codes are made with the engine's encodeCode from
// assessments built here; expected figures come from the engine (assess, briefing), never
// hard-coded.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setup, open, assertClean, engine, shot, waitFocus, overflowX } from "./harness.mjs";

const env = await setup();
const E = await engine();
const BANK = E.questions("quick").questions;

const INDUSTRIES = ["professional_services", "manufacturing", "healthcare", "legal", "retail"];
const MANAGEMENT = ["outsourced_msp", "internal_admin", "executive_part_time", "internal_department", "outsourced_msp"];
const GOALS = [["continuity"], ["grow_revenue", "cut_costs"], [], ["compliance"], ["scale", "continuity"]];
const SEATS = [120, 45, 250, 30, 75]; // numeric order differs from text order

/** An assessment whose answers rise with `seed` (0–4), so every seed scores differently. */
function assessment(seed, company = `Seed ${seed} Ltd`) {
  const answers = {};
  BANK.forEach((q, i) => {
    answers[q.id] = (i + seed) % 7 === 6 ? "dont_know" : Math.min(4, Math.max(0, seed - 1 + (i % 3)));
  });
  return {
    bank: "quick",
    profile: { company, seats: SEATS[seed], industry: INDUSTRIES[seed], it_management: MANAGEMENT[seed], goals: GOALS[seed] },
    answers,
  };
}
const contact = (seed, company = `Seed ${seed} Ltd`) => ({
  name: `Contact ${seed}`, email: `contact${seed}@example.com`, company, phone: `+1 555 010${seed}`,
});
const takenOn = (seed) => `2026-03-0${seed + 1}`;
const codeFor = (seed) => E.encodeCode(assessment(seed), contact(seed), takenOn(seed));
const itcqOf = (seed) => E.assess(assessment(seed)).itcq.toFixed(1);

const briefing = (page) => page.locator("#rep-briefing");

/** Pastes `text` and presses Open (or Enter), then waits for the briefing's heading to be focused. */
async function paste(page, text, { enter = false } = {}) {
  await page.fill("#rep-input", text);
  if (enter) await page.press("#rep-input", "Enter");
  else await page.click("#rep-open");
}
async function waitBriefing(page) {
  await briefing(page).locator("h2").waitFor({ state: "visible" });
  await waitFocus(page, "#rep-briefing h2", "the briefing's heading");
}

async function noViolations(ctx) {
  return [
    ...(await ctx.page.evaluate(() => window.__csp)),
    ...ctx.console.filter((m) => /Content Security Policy/i.test(m.text)).map((m) => m.text),
  ];
}

test("the test data: five assessments with different ITCq", () => {
  const values = [0, 1, 2, 3, 4].map(itcqOf);
  assert.equal(new Set(values).size, 5, `ITCq values should differ: ${values}`);
});

test("a pasted code opens the briefing with the engine's figures", { timeout: 60000 }, async () => {
  const seed = 1;
  const code = codeFor(seed);
  const expected = E.briefing(code);
  const ctx = await open(env, "/rep.html", { init: () => { window.print = () => { window.__printed = (window.__printed || 0) + 1; }; } });
  const { page } = ctx;
  await paste(page, code);
  await waitBriefing(page);
  const b = briefing(page);

  assert.equal((await b.locator(".rep-itcq").textContent()).trim(), itcqOf(seed), "ITCq as assess gives it, one decimal");
  assert.equal(expected.itcq.toFixed(1), itcqOf(seed), "briefing() and assess() agree");
  assert.match(await b.locator("h2").textContent(), /Seed 1 Ltd/);
  const text = await b.textContent();
  for (const s of ["Contact 1", "contact1@example.com", "+1 555 0101", "March 2026"]) assert.ok(text.includes(s), `the briefing shows ${s}`);
  assert.equal(await b.locator('a[href="mailto:contact1@example.com"]').count(), 1, "the email is a mailto link");
  assert.ok(text.includes(expected.profile.industry), "the industry label");
  if (expected.band_description) assert.ok(text.includes(expected.band_description), "the band's description");

  // Where to start: the engine's three weakest blocks, each with openers and questions.
  const weak = b.locator(".rep-weak");
  assert.equal(await weak.count(), 3);
  assert.equal(expected.weakest.length, 3);
  for (const [i, w] of expected.weakest.entries()) {
    const card = weak.nth(i);
    assert.equal(await card.getAttribute("data-block"), w.id);
    assert.equal(await card.locator(".rep-opener").count(), w.openers.length);
    assert.equal(await card.locator(".rep-question").count(), w.questions.length);
    assert.ok(w.openers.length > 0 && w.questions.length > 0, `${w.id} has openers and questions`);
    assert.equal((await card.locator(".rep-opener").first().textContent()).trim(), w.openers[0]);
  }
  assert.ok(expected.first_project, "a low score has a first project");
  const first = b.locator("#rep-first-project");
  assert.ok((await first.textContent()).includes(expected.first_project.name));
  assert.ok((await first.textContent()).includes(expected.first_project.pitch));
  assert.equal(await b.locator(".rep-reveal").count(), expected.unknowns.reveals.length);
  assert.ok(expected.unknowns.reveals.length > 0, "the test answers include Don't know");
  assert.equal(await b.locator("svg").count(), 1, "the chart");
  for (const ph of expected.plan) assert.ok(text.includes(ph.name), `plan phase ${ph.name}`);
  assert.match(await page.locator("#rep-status").textContent(), /Seed 1 Ltd/);
  assert.equal(await page.inputValue("#rep-input"), code, "the code stays in the field");
  await shot(page, "rep-briefing.png");

  // Print: the button prints; the print stylesheet hides the inputs.
  await b.getByRole("button", { name: "Print briefing" }).click();
  assert.equal(await page.evaluate(() => window.__printed), 1);
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator("#rep-input").isVisible(), false, "inputs are hidden in print");
  assert.equal(await b.locator(".rep-itcq").isVisible(), true);
  await page.emulateMedia({ media: "screen" });
  assert.equal(await b.locator("#rep-back").count(), 0, "no Back button without a portfolio");
  await assertClean(ctx);
  await ctx.close();
});

test("a full link opens with Enter; rep.html#itcq= opens directly", { timeout: 60000 }, async () => {
  const code = codeFor(3);
  const ctx = await open(env, "/rep.html");
  const { page } = ctx;
  await paste(page, `https://msp.example/assess#itcq=${code}`, { enter: true });
  await waitBriefing(page);
  assert.equal((await briefing(page).locator(".rep-itcq").textContent()).trim(), itcqOf(3));
  await assertClean(ctx);
  await ctx.close();

  const direct = await open(env, `/rep.html#itcq=${code}`);
  await waitBriefing(direct.page);
  assert.equal((await briefing(direct.page).locator(".rep-itcq").textContent()).trim(), itcqOf(3));
  assert.match(await briefing(direct.page).locator("h2").textContent(), /Seed 3 Ltd/);
  await assertClean(direct);
  await direct.close();
});

test("a tampered code shows the engine's message and keeps the text", { timeout: 60000 }, async () => {
  const code = codeFor(2);
  const m = Math.floor(code.length / 2);
  const other = [...new Set(code)].find((c) => c !== code[m]); // a character of the code's own alphabet
  const tampered = code.slice(0, m) + other + code.slice(m + 1);
  let engineMessage = null;
  try { E.briefing(tampered); } catch (e) { engineMessage = e.message; }
  assert.ok(engineMessage, "the engine refuses the tampered code");

  const ctx = await open(env, "/rep.html");
  const { page } = ctx;
  await paste(page, tampered);
  const error = page.locator("#rep-error");
  await error.waitFor({ state: "visible" });
  assert.equal(await error.getAttribute("role"), "alert");
  assert.equal((await error.textContent()).trim(), engineMessage);
  assert.equal(await page.inputValue("#rep-input"), tampered, "the typed text is kept");
  assert.equal(await page.locator("#rep-input").getAttribute("aria-invalid"), "true");
  assert.equal(await briefing(page).isVisible(), false);

  // Nothing pasted: a message too. Then a good code clears the error.
  await paste(page, "   ");
  assert.match(await error.textContent(), /Paste/);
  await paste(page, code);
  await waitBriefing(page);
  assert.equal(await error.isVisible(), false);
  await assertClean(ctx);
  await ctx.close();
});

test("JSON exports → a sortable portfolio, failures listed, CSV, a row's briefing and back", { timeout: 90000 }, async () => {
  const seeds = [2, 0, 4, 1, 3];
  const dir = mkdtempSync(join(tmpdir(), "itcq-rep-"));
  const paths = seeds.map((s) => {
    const path = join(dir, `result-${s}.json`);
    writeFileSync(path, E.exportJson(codeFor(s), "https://msp.example/assess"));
    return path;
  });
  const garbage = join(dir, "garbage.json");
  writeFileSync(garbage, "this is not an ITCq export {");
  const big = join(dir, "too-big.json");
  writeFileSync(big, Buffer.alloc(5 * 1024 * 1024 + 1, 0x20));
  const codes = seeds.map(codeFor);

  const ctx = await open(env, "/rep.html");
  const { page } = ctx;
  await page.setInputFiles("#rep-files", [paths[0], paths[1], garbage, paths[2], big, paths[3], paths[4]]);
  const portfolio = page.locator("#rep-portfolio");
  const rows = portfolio.locator("tbody tr");
  await portfolio.locator("table").waitFor();
  assert.equal(await rows.count(), seeds.length);
  await waitFocus(page, "#rep-portfolio h2", "the portfolio's heading");
  assert.match(await page.locator("#rep-status").textContent(), /Loaded 5 results, 2 failed/);
  const failed = page.locator("#rep-failed li");
  assert.equal(await failed.count(), 2);
  assert.match(await failed.nth(0).textContent(), /garbage\.json/);
  assert.match(await failed.nth(1).textContent(), /too-big\.json.*5 MB/);
  assert.deepEqual(await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.code)), codes, "input order first");
  assert.equal(await portfolio.locator("thead th").count(), 6 + 7 + 1, "Company … ITCq, 7 blocks, Top action");
  assert.equal(await portfolio.locator("thead th button").count(), 14);
  const wrap = portfolio.locator(".rep-table-wrap");
  assert.equal(await wrap.getAttribute("tabindex"), "0");
  assert.ok(await wrap.getAttribute("aria-labelledby") || await wrap.getAttribute("aria-label"), "the scroller is labelled");

  // Sort by ITCq: ascending, then descending.
  const byItcq = [...seeds].sort((a, b) => E.assess(assessment(a)).itcq - E.assess(assessment(b)).itcq).map(codeFor);
  const itcqTh = portfolio.locator('thead th[data-key="itcq"]');
  const order = () => rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.code));
  await itcqTh.locator("button").click();
  assert.equal(await itcqTh.getAttribute("aria-sort"), "ascending");
  assert.deepEqual(await order(), byItcq);
  const shown = await portfolio.locator("tbody td.rep-col-itcq").allTextContents();
  assert.deepEqual(shown, byItcq.map((c) => seeds[codes.indexOf(c)]).map(itcqOf), "ITCq cells, one decimal");
  await itcqTh.locator("button").click();
  assert.equal(await itcqTh.getAttribute("aria-sort"), "descending");
  assert.deepEqual(await order(), [...byItcq].reverse());

  // Seats sort numerically (120 after 75), and only one column is marked as sorted.
  const seatsTh = portfolio.locator('thead th[data-key="seats"]');
  await seatsTh.locator("button").click();
  assert.equal(await seatsTh.getAttribute("aria-sort"), "ascending");
  assert.equal(await itcqTh.getAttribute("aria-sort"), null);
  const bySeats = [...seeds].sort((a, b) => SEATS[a] - SEATS[b]).map(codeFor);
  assert.deepEqual(await order(), bySeats);
  await shot(page, "rep-portfolio.png");

  // CSV: the engine's CSV, header + one line per result.
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#rep-csv")]);
  assert.equal(download.suggestedFilename(), "itcq-portfolio.csv");
  const csv = readFileSync(await download.path(), "utf8");
  const lines = csv.split(/\r?\n/).filter((l) => l.length);
  assert.equal(lines.length, 1 + seeds.length);
  const engineLines = E.portfolioCsv(paths.map((p) => readFileSync(p, "utf8"))).split(/\r?\n/).filter((l) => l.length);
  assert.equal(lines[0], engineLines[0], "the engine's header");
  assert.deepEqual([...lines].sort(), [...engineLines].sort(), "the engine's rows");

  // A row's company opens its briefing; Back returns to the portfolio with the focus on that row.
  const target = rows.filter({ has: page.locator(`th button:text-is("Seed 4 Ltd")`) });
  assert.equal(await target.getAttribute("data-code"), codeFor(4));
  await target.locator("th button").click();
  await waitBriefing(page);
  assert.equal(await portfolio.isVisible(), false);
  assert.match(await briefing(page).locator("h2").textContent(), /Seed 4 Ltd/);
  assert.equal((await briefing(page).locator(".rep-itcq").textContent()).trim(), itcqOf(4));
  await page.click("#rep-back");
  await portfolio.locator("table").waitFor({ state: "visible" });
  assert.equal(await briefing(page).isVisible(), false);
  assert.equal(await rows.count(), seeds.length);
  assert.deepEqual(await order(), bySeats, "the sort is kept");
  await waitFocus(page, "#rep-portfolio tbody th button", "the row's company button");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Seed 4 Ltd");
  await assertClean(ctx);
  await ctx.close();
});

test("a hostile company name stays text (briefing and portfolio)", { timeout: 60000 }, async () => {
  const evil = `<img src=x onerror="window.__xss=1">`;
  const code = E.encodeCode(assessment(1, evil), contact(1, evil), takenOn(1));
  const ctx = await open(env, "/rep.html");
  const { page } = ctx;
  await paste(page, code);
  await waitBriefing(page);
  assert.equal((await briefing(page).locator("h2").textContent()).trim(), evil);
  assert.equal(await page.locator("#rep-main img").count(), 0);

  // Two codes pasted one per line: a portfolio.
  await page.fill("#rep-input", `${code}\n${codeFor(2)}`);
  await page.click("#rep-open");
  const rows = page.locator("#rep-portfolio tbody tr");
  await page.locator("#rep-portfolio table").waitFor();
  assert.equal(await rows.count(), 2);
  assert.equal((await rows.nth(0).locator("th button").textContent()).trim(), evil);
  assert.equal(await page.locator("#rep-main img").count(), 0);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__xss), undefined);

  // A pasted line that fails is named by its line number.
  await page.fill("#rep-input", `${codeFor(0)}\n\nnot a code`);
  await page.click("#rep-open");
  await page.locator("#rep-failed li").first().waitFor();
  assert.equal(await rows.count(), 1);
  assert.match(await page.locator("#rep-failed li").first().textContent(), /line 3/);
  await assertClean(ctx);
  await ctx.close();
});

test("at 320 px: no sideways page scroll; the portfolio scrolls in its own box", { timeout: 60000 }, async () => {
  const ctx = await open(env, "/rep.html", { viewport: { width: 320, height: 640 } });
  const { page } = ctx;
  await paste(page, codeFor(0));
  await waitBriefing(page);
  assert.ok((await overflowX(page)) <= 0, `briefing: the page scrolls sideways by ${await overflowX(page)}px`);
  await page.fill("#rep-input", [0, 1, 2].map(codeFor).join("\n"));
  await page.click("#rep-open");
  await page.locator("#rep-portfolio table").waitFor();
  assert.ok((await overflowX(page)) <= 0, `portfolio: the page scrolls sideways by ${await overflowX(page)}px`);
  const wrap = page.locator("#rep-portfolio .rep-table-wrap");
  assert.ok(await wrap.evaluate((e) => e.scrollWidth > e.clientWidth), "the table scrolls inside its wrapper");
  await assertClean(ctx);
  await ctx.close();
});

test("no CSP violation under rep.html?csp", { timeout: 60000 }, async () => {
  const ctx = await open(env, "/rep.html?csp");
  const { page } = ctx;
  await paste(page, codeFor(4));
  await waitBriefing(page);
  await briefing(page).locator("svg").waitFor();
  assert.equal((await briefing(page).locator(".rep-itcq").textContent()).trim(), itcqOf(4));
  await page.fill("#rep-input", [3, 4].map(codeFor).join("\n"));
  await page.click("#rep-open");
  await page.locator("#rep-portfolio table").waitFor();
  await page.locator('#rep-portfolio thead th[data-key="itcq"] button').click();
  assert.deepEqual(await noViolations(ctx), []);
  await assertClean(ctx);
  await ctx.close();
});
