// The vCIO's full assessment (assess.html): all services of the full bank by keyboard, a note,
// save and resume, and a result that is the engine's: the same code as `itcq assess
// --taken-on` for the same answers, the same exports, and the briefing on the rep page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setup, open, assertClean, engine, shot, waitFocus, overflowX, ROOT, SITE } from "./harness.mjs";

const env = await setup();
const E = await engine();
const BANK = E.questions("full").questions;
const RULES = (await import(join(ROOT, "www/rules.js"))).RULES;
const CLI = join(ROOT, "target/debug/itcq");

const PROFILE = { company: "Keyboard Dental Group", seats: "85", industry: "healthcare", it_management: "internal_admin" };
const GOALS = ["continuity", "compliance"];
/** The key pressed for the i-th service: every choice, in a pattern. */
const keyFor = (i) => String(((i * 7) % 5) + 1);

async function fillProfile(page) {
  await page.fill("#fa-company", PROFILE.company);
  await page.fill("#fa-seats", PROFILE.seats);
  await page.selectOption("#fa-industry", PROFILE.industry);
  await page.selectOption("#fa-itm", PROFILE.it_management);
  for (const g of GOALS) await page.check(`#fa-goal-${g}`);
}

const expectedAssessment = () => ({
  bank: "full",
  profile: { company: PROFILE.company, seats: Number(PROFILE.seats), industry: PROFILE.industry, it_management: PROFILE.it_management, goals: GOALS },
  answers: Object.fromEntries(BANK.map((q, i) => [q.id, RULES.inPlaceChoices[Number(keyFor(i)) - 1]])),
});

test("all services by keyboard, with a note: the same ITCq and code as itcq assess; exports; the briefing; resumed after a reload", { timeout: 240000 }, async () => {
  assert.equal(BANK.length, 139, "the full bank");
  const ctx = await open(env, "/assess.html");
  const { page } = ctx;
  await page.locator("#fa-status").filter({ hasText: "139 services to go through" }).waitFor();
  await fillProfile(page);
  const day = await page.inputValue("#fa-date");
  assert.match(day, /^\d{4}-\d{2}-\d{2}$/, "the day defaults to today");

  // Keyboard: the first service's first choice, then one key per service; a note on the 11th.
  await page.locator(".fa-row").first().locator("input[type=radio]").first().focus();
  let presses = 0;
  const t0 = Date.now();
  for (let i = 0; i < BANK.length; i++) {
    if (i === 10) {
      await page.keyboard.press("n");
      await page.keyboard.type("Restore last tested in 2024.");
      await page.keyboard.press("Escape");
      presses += 2 + "Restore last tested in 2024.".length;
      assert.equal(await page.evaluate(() => document.activeElement?.closest(".fa-row")?.getAttribute("data-index")), "10", "Esc goes back to the service");
    }
    await page.keyboard.press(keyFor(i));
    presses += 1;
  }
  const seconds = (Date.now() - t0) / 1000;
  console.log(`# full assessment: ${BANK.length} answers and one note in ${presses} key presses (${BANK.length} of them answers), ${seconds.toFixed(1)} s of simulated typing; at a deliberate 2 s per answer that is ${((BANK.length * 2) / 60).toFixed(1)} minutes`);
  await waitFocus(page, "#fa-see", "See the results, after the last service");
  assert.equal((await page.locator("#fa-progress").textContent()).trim(), "139 of 139 services answered");
  await page.keyboard.press("Enter");
  const results = page.locator("#fa-results");
  await results.locator("h2").waitFor();
  await waitFocus(page, "#fa-results h2", "the result's heading");

  // The same answers through the CLI: the same code, and the engine's ITCq.
  const a = expectedAssessment();
  const dir = mkdtempSync(join(tmpdir(), "itcq-full-"));
  const file = join(dir, "answers.json");
  const [dl] = await Promise.all([page.waitForEvent("download"), page.click("#fa-answers")]);
  const downloaded = JSON.parse(readFileSync(await dl.path(), "utf8"));
  assert.deepEqual(downloaded, a, "the downloaded answers are the keys pressed");
  writeFileSync(file, JSON.stringify(downloaded));
  const cliCode = execFileSync(CLI, ["assess", "--answers", file, "--code", "--taken-on", day], { encoding: "utf8" }).trim();
  const code = (await results.locator(".fa-code").textContent()).trim();
  assert.equal(code, cliCode, "the page's code is itcq assess's");
  const report = E.assess(a);
  assert.equal((await results.locator(".rep-itcq").textContent()).trim(), report.itcq.toFixed(1));
  const cliJson = JSON.parse(execFileSync(CLI, ["assess", "--answers", file, "--format", "json"], { encoding: "utf8" }));
  assert.equal(cliJson.itcq, report.itcq, "the CLI's ITCq");

  // Exports are the engine's for that code.
  const [json] = await Promise.all([page.waitForEvent("download"), page.click("#fa-json")]);
  assert.equal(readFileSync(await json.path(), "utf8"), E.exportJson(code));
  const [csv] = await Promise.all([page.waitForEvent("download"), page.click("#fa-csv")]);
  assert.equal(readFileSync(await csv.path(), "utf8"), E.exportCsv(code));
  const [html] = await Promise.all([page.waitForEvent("download"), page.click("#fa-report")]);
  assert.match(readFileSync(await html.path(), "utf8"), /^<!doctype html>/i);
  const [notes] = await Promise.all([page.waitForEvent("download"), page.click("#fa-notes-md")]);
  assert.match(readFileSync(await notes.path(), "utf8"), /Restore last tested in 2024\./);
  assert.match(await results.textContent(), /Restore last tested in 2024\./, "the note shows with the result");
  await shot(page, "assess-results.png", false);

  // Resume: the draft comes back after a reload, note and all, and gives the same code.
  await page.reload();
  await page.locator("#fa-resume").filter({ hasText: "139 of 139 answered" }).waitFor();
  assert.equal(await page.inputValue("#fa-company"), PROFILE.company);
  const row = page.locator(".fa-row").nth(10);
  assert.equal(await row.locator(".fa-note").inputValue(), "Restore last tested in 2024.");
  assert.equal(await row.locator("input:checked").getAttribute("value"), String(Number(keyFor(10)) - 1));
  await page.click("#fa-see");
  await results.locator("h2").waitFor();
  assert.equal((await results.locator(".fa-code").textContent()).trim(), cliCode);
  // A changed answer takes the result away (no stale score), and it comes back on request.
  await row.locator("input[type=radio]").first().focus();
  await page.keyboard.press(keyFor(10) === "1" ? "2" : "1");
  await results.waitFor({ state: "hidden" });
  await page.locator(".fa-row").nth(10).locator("input[type=radio]").first().focus();
  await page.keyboard.press(keyFor(10));
  await page.click("#fa-see");
  await results.locator("h2").waitFor();
  assert.equal((await results.locator(".fa-code").textContent()).trim(), cliCode);

  // The briefing of the result on the rep page.
  await page.click("#fa-open-briefing");
  await page.locator("#rep-briefing h2").waitFor();
  assert.equal((await page.locator("#rep-briefing .rep-itcq").textContent()).trim(), report.itcq.toFixed(1));
  assert.match(await page.locator("#rep-briefing h2").textContent(), /Keyboard Dental Group/);
  await assertClean(ctx);
  await ctx.close();
});

test("bad seats are refused with the engine's message and nothing entered is lost", { timeout: 60000 }, async () => {
  const ctx = await open(env, "/assess.html");
  const { page } = ctx;
  await page.locator("#fa-status").filter({ hasText: "services to go through" }).waitFor();
  await page.fill("#fa-company", "No Seats Ltd");
  await page.locator(".fa-row").first().locator("input[type=radio]").first().focus();
  await page.keyboard.press("2");
  await page.click("#fa-see");
  const error = page.locator("#fa-profile-error");
  await error.waitFor();
  assert.match(await error.textContent(), /seats/i);
  assert.equal(await page.inputValue("#fa-company"), "No Seats Ltd");
  assert.equal(await page.locator(".fa-row").first().locator("input:checked").getAttribute("value"), "1");
  assert.equal(await page.locator("#fa-results").isVisible(), false);
  await assertClean(ctx);
  await ctx.close();
});

test("the full assessment on a phone and a desktop, in English, German and Spanish", { timeout: 90000 }, async () => {
  for (const lang of ["en", "de", "es"]) {
    const T = {};
    for (const part of ["", ".more", ".rep"]) Object.assign(T, JSON.parse(readFileSync(join(SITE, `lang/${lang}${part}.json`), "utf8")).texts);
    for (const [name, viewport] of [["phone", { width: 375, height: 740 }], ["desktop", { width: 1280, height: 900 }]]) {
      const ctx = await open(env, `/assess.html?lang=${lang}`, { viewport, touch: name === "phone" });
      const { page } = ctx;
      await page.locator(".fa-row").first().waitFor();
      assert.equal((await page.locator("h1").textContent()).trim(), T["rep.full_page_title"]);
      assert.equal((await page.locator(".fa-row legend").first().textContent()).trim(), T[`service.${BANK[0].services[0]}.name`]);
      assert.ok((await overflowX(page)) <= 0, `${lang} ${name}: sideways scroll`);
      await page.locator(".fa-row").nth(3).scrollIntoViewIfNeeded();
      await shot(page, `assess-${lang}-${name}.png`, false);
      await assertClean(ctx);
      await ctx.close();
    }
  }
});
