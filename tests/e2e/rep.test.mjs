// The sales rep's briefing page (rep.html): a result code, a link or JSON exports in, the
// briefing or a sortable portfolio out. Codes are made with the engine's encodeCode from
// assessments built here; expected figures come from the engine (assess, briefing), never
// hard-coded.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  setup, open, assertClean, engine, shot, shotOf, waitFocus, overflowX, hookServer, until, journey, widget, fillLead, LEAD, ARTIFACTS, SITE,
} from "./harness.mjs";

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
    ...ctx.console.filter((m) => /Content Security Policy|Trusted/i.test(m.text)).map((m) => m.text),
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
  assert.equal(await b.locator('.rep-who a[href="mailto:contact1@example.com"]').count(), 1, "the email is a mailto link");
  assert.equal(await b.locator('.rep-who a[href="tel:+15550101"]').count(), 1, "the phone is a tel link");
  assert.ok(text.includes(expected.profile.industry), "the industry label");
  if (expected.band_description) assert.ok(text.includes(expected.band_description), "the band's description");

  // Where to start: the engine's three weakest blocks, each with the prospect's answer, one
  // opener and one discovery question; all of them in the fold below.
  const weak = b.locator(".rep-weak");
  assert.equal(await weak.count(), 3);
  assert.equal(expected.weakest.length, 3);
  for (const [i, w] of expected.weakest.entries()) {
    const card = weak.nth(i);
    assert.equal(await card.getAttribute("data-block"), w.id);
    assert.equal(await card.locator(".rep-opener").count(), 1);
    assert.equal(await card.locator(".rep-question").count(), 1);
    assert.ok((await card.locator(".rep-opener").textContent()).endsWith(w.openers[0]));
    assert.ok((await card.locator(".rep-question").textContent()).endsWith(w.questions[0]));
    if (w.quotes.length) assert.ok((await card.locator(".rep-quote").textContent()).includes(`“${w.quotes[0].answer}”`));
  }
  assert.equal(await b.locator(".rep-more-opener").count(), expected.weakest.reduce((n, w) => n + w.openers.length, 0));
  assert.ok(expected.first_project, "a low score has a first project");
  const first = b.locator("#rep-first-project");
  assert.ok((await first.textContent()).includes(expected.first_project.name));
  assert.ok((await first.textContent()).includes(expected.first_project.pitch));
  assert.ok(expected.weakest.some((w) => w.name === expected.first_project.block), "the first project is in a weak block");
  assert.ok(expected.services.length <= 3 && expected.services.length > 0);
  assert.equal(await b.locator(".rep-area").count(), expected.services.length, "at most three services");
  assert.equal(await b.locator(".rep-agenda-list li").count(), expected.agenda.length);
  assert.equal(await b.locator(".rep-reveal").count(), expected.unknowns.reveals.length);
  assert.ok(expected.unknowns.reveals.length > 0, "the test answers include Don't know");
  assert.ok(text.includes(expected.answered_line) && /Don't know/.test(expected.answered_line), "the answers line names the Don't know answers");
  assert.equal(await b.locator("svg").count(), 1, "the chart");
  for (const ph of expected.plan) assert.ok(text.includes(ph.name), `plan phase ${ph.name}`);
  for (const id of ["rep-plan", "rep-unknowns", "rep-more"]) assert.equal(await b.locator(`details#${id}`).getAttribute("open"), null, `${id} is folded`);
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

test("where no worker can start, many files are read in the page: the same portfolio and failures", async () => {
  const dir = mkdtempSync(join(tmpdir(), "itcq-rep-"));
  try {
    // More than a handful (a few are always read in the page), one company each.
    const paths = Array.from({ length: 60 }, (_, i) => {
      const path = join(dir, `result-${String(i).padStart(2, "0")}.json`);
      writeFileSync(path, E.exportJson(E.encodeCode(assessment(i % 5, `Company ${i}`), null, null), "https://msp.example/assess"));
      return path;
    });
    const garbage = join(dir, "garbage.json");
    writeFileSync(garbage, "this is not an ITCq export {");
    const big = join(dir, "too-big.json");
    writeFileSync(big, Buffer.alloc(5 * 1024 * 1024 + 1, 0x20));
    // As on a site whose policy forbids workers: constructing one throws.
    const ctx = await open(env, "/rep.html", { init: () => { window.Worker = function () { throw new Error("workers are not allowed here"); }; } });
    const { page } = ctx;
    await page.setInputFiles("#rep-files", [paths[0], garbage, ...paths.slice(1, 30), big, ...paths.slice(30)]);
    await page.locator("#rep-portfolio table").waitFor();
    assert.match(await page.locator("#rep-status").textContent(), /Loaded 60 results, 2 failed/);
    const failed = page.locator("#rep-failed li");
    assert.match(await failed.nth(0).textContent(), /garbage\.json/);
    assert.match(await failed.nth(1).textContent(), /too-big\.json.*5 MB/);
    assert.equal(await page.locator("#rep-portfolio tbody tr").count(), 60, "one row per company");
    assert.ok(!ctx.requests.some((u) => new URL(u).pathname === "/rep/reader.js"), "no worker was fetched");
    await assertClean(ctx);
    await ctx.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
  assert.equal(await portfolio.locator("thead th").count(), 10, "Prospect, date, seats, industry, ITCq, recommended, gap, history, blocks, top action");
  assert.equal(await portfolio.locator("thead th button").count(), 9, "every column but the block bars sorts");
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

for (const path of ["/rep.html?csp", "/rep.html?csp&tt"]) test(`no CSP violation under ${path}`, { timeout: 60000 }, async () => {
  const ctx = await open(env, path);
  const { page } = ctx;
  await paste(page, codeFor(4));
  await waitBriefing(page);
  await briefing(page).locator("svg").waitFor({ state: "attached" }); // in the folded part
  // The engine's chart, rebuilt element by element: seven bars, their targets, the label.
  const chart = await briefing(page).locator("svg.rep-chart-svg").evaluate((svg) => ({
    rects: svg.querySelectorAll("rect").length, lines: svg.querySelectorAll("line").length,
    label: svg.getAttribute("aria-label"), title: svg.querySelector("title").textContent,
  }));
  assert.deepEqual({ rects: chart.rects, lines: chart.lines }, { rects: 14, lines: 7 });
  assert.match(chart.label, /^Block scores against/);
  assert.equal(chart.title, chart.label);
  assert.equal((await briefing(page).locator(".rep-itcq").textContent()).trim(), itcqOf(4));
  await page.fill("#rep-input", [3, 4].map(codeFor).join("\n"));
  await page.click("#rep-open");
  await page.locator("#rep-portfolio table").waitFor();
  await page.locator('#rep-portfolio thead th[data-key="itcq"] button').click();
  assert.deepEqual(await noViolations(ctx), []);
  await assertClean(ctx);
  await ctx.close();
});

test("the chart is built only from the engine's chart elements", { timeout: 30000 }, async () => {
  const ctx = await open(env, "/rep.html?csp&tt");
  const read = (svg) => ctx.page.evaluate(async (text) => {
    const E = await import("/pkg/itcq_engine.js");
    await E.default({ module_or_path: "/pkg/itcq_engine_bg.wasm" });
    const node = E.chartNode(text);
    return node ? node.outerHTML : null;
  }, svg);
  const NS = 'xmlns="http://www.w3.org/2000/svg"';
  // Escaped text comes back as text; event handlers, styles and script addresses are dropped.
  assert.equal(await read(`<svg ${NS} viewBox="0 0 10 10" onload="window.__pwned=1" style="x"><title>A &amp; B &lt;C&gt; &#39;D&#39;</title>` +
    `<a href="javascript:window.__pwned=1"><rect x="1" y="2" width="3" height="4" fill="#fff"/></a></svg>`),
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>A &amp; B &lt;C&gt; 'D'</title><a><rect x="1" y="2" width="3" height="4" fill="#fff"></rect></a></svg>`);
  // Anything active, unfinished or not one <svg> gives no chart at all.
  for (const bad of [`<svg ${NS}><script>window.__pwned=1</script></svg>`, `<svg ${NS}><foreignObject><p>x</p></foreignObject></svg>`,
    `<div>x</div>`, `<svg ${NS}><rect></svg>`, `<svg ${NS}></svg><svg ${NS}></svg>`, `<svg ${NS}><rect x='1'/></svg>`, "<svg", ""]) {
    assert.equal(await read(bad), null, bad);
  }
  assert.equal(await ctx.page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(await noViolations(ctx), []);
  await ctx.close();
});

/** The three language files of `lang` as built (lang/<lang>.json, .more.json, .rep.json), merged. */
function langFile(lang) {
  const texts = {};
  for (const part of ["", ".more", ".rep"]) Object.assign(texts, JSON.parse(readFileSync(join(SITE, `lang/${lang}${part}.json`), "utf8")).texts);
  return { format: "itcq-texts", lang, texts };
}

/** The words on each page of a PDF (pdftotext). */
function pdfPages(pdf) {
  const pages = Number(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }).match(/Pages:\s+(\d+)/)[1]);
  return Array.from({ length: pages }, (_, i) =>
    execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), "-layout", pdf, "-"], { encoding: "utf8" }));
}

test("a lead's webhook link: the one-page briefing with the contact, the quoted answers, the follow-up in the prospect's language, notes, CRM copy, two printed pages at most", { timeout: 180000 }, async (t) => {
  // A prospect takes the assessment in English; the lead arrives at a real local webhook. The
  // rep reads German: the briefing is in German, the follow-up email in the prospect's English.
  const hook = await hookServer();
  t.after(() => hook.close());
  const taker = await open(env, `/test/webhook.html?hook=http://127.0.0.1:${hook.port}/catch`);
  const w = widget(taker.page);
  await journey(w);
  await fillLead(w);
  await w.locator(".itcq-thanks").waitFor();
  await until("the lead at the webhook", () => hook.received.length === 1);
  const lead = hook.received[0];
  await taker.close();
  assert.equal(lead.lang, "en");
  assert.match(lead.result_link, /#itcq=[A-Za-z0-9_-]+&itcq-lang=en$/, "the link names the prospect's language");

  const de = langFile("de");
  const expected = E.briefing(lead.result_link, de);
  const ctx = await open(env, "/rep.html?lang=de");
  const { page, context } = ctx;
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.origin });
  await paste(page, lead.result_link);
  await waitBriefing(page);
  const b = briefing(page);

  // Who and how to reach them: a clickable email (this form asks no phone; a pasted code's
  // phone is a tel: link, tested above).
  assert.equal(await b.locator(`.rep-who a[href="mailto:${LEAD.email}"]`).count(), 1);
  assert.equal(lead.contact.phone, "");
  assert.equal(await b.locator('.rep-who a[href^="tel:"]').count(), 0);
  assert.equal(await b.locator(".rep-no-contact").count(), 0);
  assert.equal((await b.locator(".rep-itcq").textContent()).trim(), lead.summary.itcq.toFixed(1).replace(".", ","), "German decimals");
  // The three weakest areas, each quoting what the prospect chose, as the engine has it.
  const cards = b.locator(".rep-weak");
  assert.equal(await cards.count(), 3);
  for (const [i, w] of expected.weakest.entries()) {
    assert.ok(w.quotes.length, `${w.id} has a quote`);
    assert.equal((await cards.nth(i).locator(".rep-quote p").first().textContent()).trim(), `${de.texts["brief.told_us"]}: “${w.quotes[0].answer}”`);
  }
  assert.ok(expected.weakest.some((w) => w.name === expected.first_project.block), "the first project follows from the weakest areas");
  assert.ok(expected.services.length <= 3);
  assert.equal(await b.locator(".rep-agenda-list li").count(), expected.agenda.length);

  // The follow-up email: in English, the prospect's language, as the engine writes it.
  assert.equal(await page.locator("#rep-mail-lang").inputValue(), "en");
  const english = E.briefing(lead.result_link).followup;
  await until("the English follow-up", async () => (await page.locator("#rep-followup").getAttribute("href")) === english.mailto);
  assert.ok(english.mailto.startsWith(`mailto:${LEAD.email}?subject=`));
  const body = new URL(english.mailto).searchParams.get("body") ?? "";
  assert.ok(body.startsWith(`Hello ${LEAD.name},`), body.slice(0, 60));
  assert.ok(!body.includes(LEAD.email), "no contact details in the email's text");
  const shared = body.match(/https?:\/\/\S+#itcq=[A-Za-z0-9_-]+/);
  assert.ok(shared, "the email links to the results");
  assert.equal(E.briefing(shared[0]).contact, null, "the link carries no contact details");
  assert.equal(E.briefing(shared[0]).itcq, expected.itcq);
  await page.locator("#rep-mail-lang").selectOption("es");
  const spanish = E.briefing(lead.result_link, langFile("es")).followup.mailto;
  await until("the Spanish follow-up", async () => (await page.locator("#rep-followup").getAttribute("href")) === spanish);

  // Copy for a CRM: the engine's text and Markdown, to the clipboard.
  await page.click("#rep-copy-text");
  await page.locator("#rep-status").filter({ hasText: de.texts["rep.copied_text"] }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected.crm_text);
  await page.click("#rep-copy-md");
  await page.locator("#rep-status").filter({ hasText: de.texts["rep.copied_md"] }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected.crm_markdown);

  // Notes: kept in this browser for this result, also when it comes by the share link.
  await page.fill("#rep-notes-text", "Call Tuesday 10:00; ask about the backup contract.");
  await page.locator("#rep-notes-status").filter({ hasText: de.texts["rep.notes_saved"] }).waitFor();
  await shot(page, "rep-one-page-desktop.png");
  await page.reload();
  await paste(page, lead.share_link);
  await waitBriefing(page);
  assert.equal(await page.inputValue("#rep-notes-text"), "Call Tuesday 10:00; ask about the backup contract.");
  // The share link carries no contact: the page says where it comes from.
  assert.equal((await b.locator(".rep-no-contact").textContent()).trim(), de.texts["rep.contact_arrives"]);

  // Print: at most two A4 pages, none near-empty, with the contact, the quotes and the notes.
  await paste(page, lead.result_link);
  await waitBriefing(page);
  await page.emulateMedia({ media: "print" });
  mkdirSync(ARTIFACTS, { recursive: true });
  const pdf = join(ARTIFACTS, "rep-briefing-A4.pdf");
  writeFileSync(pdf, await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true }));
  await page.emulateMedia({ media: "screen" });
  execFileSync("pdftoppm", ["-png", "-r", "60", pdf, join(ARTIFACTS, "rep-briefing-A4")]);
  const pages = pdfPages(pdf);
  console.log(`# rep briefing printed: ${pages.length} A4 page(s), words per page ${pages.map((p) => p.split(/\s+/).filter(Boolean).length).join(", ")}`);
  assert.ok(pages.length <= 2, `${pages.length} pages`);
  for (const [i, text] of pages.entries()) assert.ok(text.split(/\s+/).filter(Boolean).length >= 120, `page ${i + 1} is near-empty`);
  const all = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " "); // in reading order
  for (const s of [LEAD.email, LEAD.name, expected.weakest[0].quotes[0].answer.slice(0, 30), expected.first_project.name, "Call Tuesday 10:00"]) {
    assert.ok(all.includes(s), `the printed briefing has ${s}`);
  }
  assert.ok(!all.includes(expected.unknowns.reveals[0]?.reveal?.slice(0, 40) ?? "\u0000"), "the folded findings are not printed");
  await assertClean(ctx);
  await ctx.close();
});

test("the one-page briefing on a phone and a desktop, in English, German and Spanish", { timeout: 120000 }, async () => {
  const code = codeFor(1);
  for (const lang of ["en", "de", "es"]) {
    for (const [name, viewport] of [["phone", { width: 375, height: 740 }], ["desktop", { width: 1280, height: 900 }]]) {
      const ctx = await open(env, `/rep.html?lang=${lang}#itcq=${code}`, { viewport, touch: name === "phone" });
      const { page } = ctx;
      await waitBriefing(page);
      assert.equal(await page.locator("html").getAttribute("lang"), lang);
      assert.ok((await overflowX(page)) <= 0, `${lang} ${name}: sideways scroll`);
      const T = langFile(lang).texts;
      assert.equal((await page.locator("#rep-agenda-h").innerText()).trim(), T["rep.agenda"]);
      const one = await page.locator("#rep-one").boundingBox();
      const agenda = await page.locator(".rep-agenda").boundingBox();
      console.log(`# rep ${lang} ${name}: the briefing through its agenda is ${Math.round(agenda.y + agenda.height - one.y)} px, ${((agenda.y + agenda.height - one.y) / viewport.height).toFixed(1)} screens`);
      await page.locator("#rep-briefing-h").scrollIntoViewIfNeeded();
      await shot(page, `rep-${lang}-${name}.png`, name === "desktop");
      await assertClean(ctx);
      await ctx.close();
    }
  }
});

test("a portfolio merges a prospect's repeated results with their ITCq over time; filters; no sideways scroll at 1280 px; headers stay in view", { timeout: 90000 }, async () => {
  // Alpha three times (the same email twice, then the company alone, spelled otherwise), Beta
  // once, and 60 others so the table scrolls.
  const alpha = (seed, day) => E.encodeCode(assessment(seed, "Alpha Dental Ltd"),
    { name: "Ann Alpha", email: "ann@alpha.example", company: "Alpha Dental Ltd", phone: "" }, day);
  const history = [alpha(0, "2026-01-10"), alpha(2, "2026-04-12"), E.encodeCode(assessment(4, "ALPHA DENTAL"), null, "2026-09-01")];
  const beta = E.encodeCode(assessment(1, "Beta Law"), contact(1, "Beta Law"), "2026-05-05");
  const day = (i) => `2026-0${1 + (i % 9)}-1${i % 10}`;
  const others = Array.from({ length: 60 }, (_, i) => E.encodeCode(assessment(i % 5, `Other ${i} GmbH`), null, day(i)));
  // Each prospect by their latest result, and its day.
  const latest = [{ code: history[2], day: "2026-09-01" }, { code: beta, day: "2026-05-05" }, ...others.map((code, i) => ({ code, day: day(i) }))];
  const ctx = await open(env, "/rep.html", { viewport: { width: 1280, height: 800 } });
  const { page } = ctx;
  await page.fill("#rep-input", [history[1], beta, history[0], ...others, history[2]].join("\n"));
  await page.click("#rep-open");
  const portfolio = page.locator("#rep-portfolio");
  const rows = portfolio.locator("tbody tr");
  await portfolio.locator("table").waitFor();
  assert.equal(await rows.count(), 62, "64 results, 62 prospects");
  assert.match(await portfolio.textContent(), /64 results from 62 prospects/);
  const row = rows.filter({ has: page.locator('th button:text-is("ALPHA DENTAL")') });
  assert.equal(await row.count(), 1, "the latest result names the prospect");
  const steps = row.locator(".rep-history-step");
  assert.deepEqual(await steps.allTextContents(), history.map((c) => E.briefing(c).itcq.toFixed(1)), "ITCq over time, oldest first");
  // No sideways scroll at 1280 px, and no header cut.
  assert.ok((await overflowX(page)) <= 0, "the page scrolls sideways");
  const wrap = portfolio.locator(".rep-table-wrap");
  assert.ok(await wrap.evaluate((e) => e.scrollWidth <= e.clientWidth), "the table scrolls sideways at 1280 px");
  for (const th of await portfolio.locator("thead th").all()) {
    assert.ok(await th.evaluate((e) => e.scrollWidth <= e.clientWidth + 1), `header cut: ${await th.textContent()}`);
  }
  // The headers stay in view while the rows scroll.
  await wrap.evaluate((e) => { e.scrollTop = 600; });
  const top = (await wrap.boundingBox()).y;
  const thTop = (await portfolio.locator('thead th[data-key="itcq"]').boundingBox()).y;
  assert.ok(Math.abs(thTop - top) <= 2, `the header moved away: ${thTop} vs ${top}`);
  await wrap.evaluate((e) => { e.scrollTop = 0; });
  await shot(page, "rep-portfolio-merged.png", false);
  await shotOf(wrap, "rep-portfolio-merged-table.png");
  // An older result opens its own briefing.
  await steps.first().click();
  await waitBriefing(page);
  assert.equal((await briefing(page).locator(".rep-itcq").textContent()).trim(), E.briefing(history[0]).itcq.toFixed(1));
  await page.click("#rep-back");
  await portfolio.locator("table").waitFor({ state: "visible" });

  // Filters, each against the engine's labels of the latest results.
  const industry = E.briefing(beta).profile.industry;
  await page.selectOption("#rep-filter-industry", industry);
  assert.equal(await rows.count(), latest.filter((x) => E.briefing(x.code).profile.industry === industry).length);
  await page.selectOption("#rep-filter-industry", "");
  const band = E.briefing(beta).band;
  await page.selectOption("#rep-filter-band", band);
  assert.equal(await rows.count(), latest.filter((x) => E.briefing(x.code).band === band).length);
  await page.selectOption("#rep-filter-band", "");
  await page.fill("#rep-filter-from", "2026-09-01");
  const since = latest.filter((x) => x.day >= "2026-09-01").length;
  assert.equal(await rows.count(), since);
  assert.equal((await page.locator("#rep-shown").textContent()).trim(), `Showing ${since} of 62 prospects.`);
  const dates = await rows.locator("td.rep-nowrap").allTextContents();
  assert.ok(dates.every((d) => d >= "2026-09-01"), `dates: ${dates}`);
  await assertClean(ctx);
  await ctx.close();
});
