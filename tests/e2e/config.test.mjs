// The MSP's configuration file and the configurator: the snippet it writes, pasted into a
// blank page, shows the brand, the language, a renamed question and the MSP's own service in
// the action plan; existing files open in it; a wrong file is never half-applied.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openShare, answer, setup, open, goto, widget, waitStep, assertClean, toQuestions, engine, shot, shotOf, ROOT, SITE } from "./harness.mjs";

const env = await setup();
const texts = (name) => JSON.parse(readFileSync(join(SITE, "lang", name), "utf8")).texts;
const DE = { ...texts("de.json"), ...texts("de.more.json") };
const BANK = JSON.parse(readFileSync(join(SITE, "lang", "en.more.json"), "utf8")).texts;
const REP = JSON.parse(readFileSync(join(SITE, "lang", "en.rep.json"), "utf8")).texts;

/** Serves `html` as /blank/page.html and `files` (path -> body) on the test server's origin. */
async function blankPage(snippet, files = {}, options = {}) {
  const ctx = await open(env, "/blank/page.html", { goto: false, ...options });
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body>\n${snippet}\n</body></html>`;
  await ctx.page.route(`${env.origin}/blank/page.html`, (r) => r.fulfill({ contentType: "text/html", body: html }));
  for (const [path, body] of Object.entries(files)) {
    await ctx.page.route(`${env.origin}${path}`, (r) =>
      body === 404 ? r.fulfill({ status: 404, body: "not found" }) : r.fulfill({ contentType: "application/json", body }));
  }
  await goto(ctx);
  return ctx;
}

async function configurator() {
  const ctx = await open(env, "/configure.html");
  await ctx.page.locator("body[data-ready=true]").waitFor();
  return ctx;
}

/** Shows one step of the configurator (its fields are hidden on the others). */
async function go(page, step) {
  await page.locator(`#cfg-steps button[data-step="${step}"]`).click();
  await page.locator(`#cfg-step-${step}`).waitFor();
  if (step === "publish") await page.locator("#cfg-hosted").evaluate((d) => { d.open = true; });
}

const fieldOf = (page, path, lang) =>
  page.locator(`[data-path='${JSON.stringify(path)}']${lang ? `[data-lang="${lang}"]` : ""}`);

/** Answers every asked question with the lowest level, in whatever language is shown. */
async function answerAll(w) {
  for (let guard = 0; guard < 40; guard++) {
    const step = await w.locator("div.itcq").getAttribute("data-step");
    if (step !== "question") return;
    const title = await w.locator(".itcq-question .itcq-title").innerText();
    await w.locator('input[name="itcq-answer"][value="0"]').check(); // moves on by itself
    await w.page().waitForFunction(
      ([host, before]) => {
        const root = host.shadowRoot.querySelector("div.itcq");
        const t = root.querySelector(".itcq-question .itcq-title");
        return root.dataset.step !== "question" || (t && t.textContent !== before);
      },
      [await w.elementHandle(), title],
    );
  }
  throw new Error("more questions than expected");
}

test("the configurator's snippet in a blank page: brand, language, renamed question, the MSP's services", async () => {
  const c = await configurator();
  const p = c.page;
  await fieldOf(p, ["brand", "name"]).fill("Configured IT GmbH");
  await fieldOf(p, ["brand", "color"]).fill("#7b2cbf");
  await go(p, "languages");
  await p.locator("#cfg-lang").selectOption("de");
  await go(p, "questions");
  const first = "backup_restore";
  await p.locator(`details[data-question="${first}"] summary`).click();
  const renamed = "Wann haben Sie zuletzt eine Datei aus Ihrer Sicherung zurückgeholt?";
  await fieldOf(p, ["assessment", "questions", first, "text"], "de").fill(renamed);
  await go(p, "services");
  await p.locator('details[data-area="continuous.backup"] summary').click();
  await fieldOf(p, ["catalogue", "continuous.backup", "name"], "en").fill("Configured SafeBackup");
  await fieldOf(p, ["catalogue", "continuous.backup", "price"], "de").fill("ab 4 € pro Arbeitsplatz");
  await fieldOf(p, ["catalogue", "continuous.backup", "url"]).fill("https://configured.example/backup");
  await go(p, "contact");
  await fieldOf(p, ["lead", "position"]).selectOption("off");
  const configUrl = `${env.origin}/hosted/itcq-config.json`;
  await go(p, "publish");
  await p.locator("#cfg-host").fill(configUrl);
  await p.waitForFunction(() => document.getElementById("cfg-snippet").value.includes("data-config"));
  await p.locator("#cfg-check.cfg-valid").waitFor();
  // The live preview already follows the forms.
  const preview = widget(p);
  await preview.locator(".itcq-brand-name", { hasText: "Configured IT GmbH" }).waitFor();
  assert.equal((await preview.locator(".itcq-title").first().innerText()).trim(), DE["ui.welcome.title"]);
  await shot(p, "configurator.png");
  const snippet = await p.locator("#cfg-snippet").inputValue();
  const json = await p.locator("#cfg-json").inputValue();
  // The release this site carries, pinned by its loader's integrity.
  const release = JSON.parse(readFileSync(join(SITE, "release.json"), "utf8"));
  assert.equal(snippet, `<script src="${env.origin}/${release.folder}${release.loader.file}" integrity="${release.loader.integrity}" ` +
    `crossorigin="anonymous" data-config="${env.origin}/hosted/itcq-config.json"></script>`);
  assert.match(release.loader.integrity, /^sha384-[A-Za-z0-9+/]{64}$/);
  await assertClean(c);
  await c.close();

  const ctx = await blankPage(snippet, { "/hosted/itcq-config.json": json });
  const w = widget(ctx.page);
  await waitStep(w, "welcome");
  assert.equal((await w.locator(".itcq-title").innerText()).trim(), DE["ui.welcome.title"]);
  assert.equal((await w.locator(".itcq-brand-name").innerText()).trim(), "Configured IT GmbH");
  const brand = await w.locator('button[data-action="start"]').evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.equal(brand, "rgb(123, 44, 191)");
  await toQuestions(w);
  assert.equal((await w.locator(".itcq-question .itcq-title").innerText()).trim(), renamed);
  assert.notEqual(renamed, DE[`quick.${first}.text`]);
  await answerAll(w);
  await waitStep(w, "results");
  // The MSP's offers are in the full plan, folded below the first screen.
  await w.locator("details.itcq-plan-more > summary").click();
  const offer = w.locator(".itcq-offer", { hasText: "Configured SafeBackup" });
  await offer.waitFor();
  const text = await offer.innerText();
  assert.match(text, /Angebot von Configured IT GmbH/);
  assert.match(text, /Richtpreis: ab 4 € pro Arbeitsplatz/);
  assert.equal(await offer.locator("a").getAttribute("href"), "https://configured.example/backup");
  await shot(ctx.page, "config-results.png");
  await offer.locator("xpath=..").screenshot({ path: join(ROOT, "artifacts/e2e/config-offer.png") });
  await assertClean(ctx);
  await ctx.close();
});

test("the snippet with the configuration inside works without hosting a file", async () => {
  const c = await configurator();
  await c.page.locator("#cfg-example").click();
  await c.page.locator("#cfg-file-status", { hasText: "Opened the example" }).waitFor();
  await c.page.locator("#cfg-check.cfg-valid").waitFor();
  const inline = await c.page.locator("#cfg-inline").inputValue();
  await c.close();
  const ctx = await blankPage(inline);
  const w = widget(ctx.page);
  await waitStep(w, "welcome");
  assert.equal((await w.locator(".itcq-brand-name").innerText()).trim(), "Northwind IT");
  assert.match(await w.locator(".itcq-step").innerText(), /Ten minutes to see where your IT stands/);
  await assertClean(ctx);
  await ctx.close();
});

test("the configurator opens an existing file, and lists a wrong file's problems as the engine words them", async () => {
  const c = await configurator();
  const p = c.page;
  await p.locator("#cfg-file").setInputFiles(join(ROOT, "tests/config/good.json"));
  await p.locator("#cfg-file-status", { hasText: "Opened good.json" }).waitFor();
  assert.equal(await fieldOf(p, ["brand", "name"]).inputValue(), "Northwind IT");
  assert.equal(await fieldOf(p, ["brand", "welcome"], "de").inputValue(), "Zehn Minuten, und Sie wissen, wo Ihre IT steht.");
  assert.equal(await fieldOf(p, ["assessment", "questions", "it_purchasing", "hide"]).isChecked(), true);
  assert.equal(await fieldOf(p, ["targets", "20-50", "continuous"]).inputValue(), "80");
  assert.equal(await p.locator('[data-required="phone"]').isChecked(), true);
  assert.equal(await p.locator(".cfg-text-row .cfg-text-key").inputValue(), "ui.welcome.title");
  await p.locator("#cfg-check.cfg-valid").waitFor();
  const round = JSON.parse(await p.locator("#cfg-json").inputValue());
  const original = JSON.parse(readFileSync(join(ROOT, "tests/config/good.json"), "utf8"));
  assert.deepEqual(round.catalogue, original.catalogue);
  assert.deepEqual(round.targets, original.targets);

  const bad = join(ROOT, "tests/config/bad/06-brand-values.json");
  await p.locator("#cfg-file").setInputFiles(bad);
  await p.locator("#cfg-file-status", { hasText: "it has problems" }).waitFor();
  const expected = readFileSync(bad.replace(/\.json$/, ".txt"), "utf8").trim().split("\n");
  const shown = await p.locator("#cfg-problems li").allInnerTexts();
  assert.deepEqual([...shown].sort(), expected);
  // Each problem is also shown under its field.
  assert.equal(await fieldOf(p, ["brand", "color"]).getAttribute("aria-invalid"), "true");
  assert.match(await p.locator(".cfg-field-error").filter({ hasText: "brand.color" }).innerText(), /use a hex colour/);
  // The steps bar counts the problems on the step that has their fields.
  assert.match(await p.locator('#cfg-steps button[data-step="brand"] .cfg-step-count').innerText(), /^\d+ to fix$/);
  // Fixing the field clears its mark.
  await go(p, "brand");
  await fieldOf(p, ["brand", "color"]).fill("#0a5");
  await p.locator(".cfg-field-error", { hasText: "brand.color" }).waitFor({ state: "detached" });

  await p.locator("#cfg-file").setInputFiles(join(ROOT, "tests/config/bad/01-syntax.json"));
  await p.locator("#cfg-file-status", { hasText: "is not valid JSON" }).waitFor();
  assert.equal(await fieldOf(p, ["brand", "name"]).inputValue(), "", "the wrong file's values were cleared, not half-kept");
  await assertClean(c);
  await c.close();
});

test("a strict file with problems is not applied: the box and the console name each problem", async () => {
  const file = JSON.stringify({ itcq_config: 1, brand: { name: "Half Applied IT", color: "purple" }, lang: "fr" });
  const ctx = await blankPage('<script src="/embed.js" data-config="/hosted/bad.json"></script>', { "/hosted/bad.json": file });
  const w = widget(ctx.page);
  const box = w.locator(".itcq-config-error");
  await box.waitFor();
  const items = await box.locator("li").allInnerTexts();
  assert.deepEqual(items.sort(), [
    'data-config brand.color: "purple" is not accepted; use a hex colour such as #0a5 or #00aa55',
    'data-config lang: "fr" is not accepted; use one of "en" (English), "de" (Deutsch), "es" (Español)',
  ]);
  assert.equal(await w.locator('button[data-action="start"]').count(), 0, "the assessment does not start");
  assert.notEqual((await w.locator(".itcq-brand-name").innerText()).trim(), "Half Applied IT");
  const logged = ctx.console.filter((m) => m.text.startsWith("[ITCq] data-config"));
  assert.equal(logged.length, 2);
  await assertClean(ctx);
  await ctx.close();
});

test("strict: false applies what is right and still names what is wrong", async () => {
  const file = JSON.stringify({ itcq_config: 1, strict: false, brand: { name: "Lenient IT", color: "purple" } });
  const ctx = await blankPage('<script src="/embed.js" data-config="/hosted/lenient.json"></script>', { "/hosted/lenient.json": file });
  const w = widget(ctx.page);
  await waitStep(w, "welcome");
  assert.equal((await w.locator(".itcq-brand-name").innerText()).trim(), "Lenient IT");
  assert.match(await w.locator(".itcq-config-error").innerText(), /brand\.color: "purple" is not accepted/);
  await assertClean(ctx);
  await ctx.close();
});

test("a configuration file that cannot be loaded or read says why", async () => {
  for (const [files, message] of [
    [{ "/hosted/missing.json": 404 }, /could not load "\/hosted\/missing\.json" \(HTTP 404\)/],
    [{ "/hosted/missing.json": "{ not json" }, /"\/hosted\/missing\.json" is not valid JSON/],
    [{ "/hosted/missing.json": `{"itcq_config": 1, "brand": {"welcome": "${"x".repeat(10 * 1024 * 1024)}"}}` }, /is 1024[01] KB; a configuration file is at most 256 KB/],
  ]) {
    const ctx = await blankPage('<script src="/embed.js" data-config="/hosted/missing.json"></script>', files);
    const box = widget(ctx.page).locator(".itcq-config-error");
    await box.waitFor();
    assert.match(await box.innerText(), message);
    await assertClean(ctx);
    await ctx.close();
  }
});

test("hidden questions are not asked and the progress counts only the asked ones", async () => {
  const file = { itcq_config: 1, assessment: { questions: { backup_restore: { hide: true }, disaster_recovery: { hide: true } } } };
  const ctx = await blankPage(`<script src="/embed.js" data-lead-position="off"></script>\n<script type="application/json">${JSON.stringify(file)}</script>`);
  const w = widget(ctx.page);
  await waitStep(w, "welcome");
  await toQuestions(w);
  const E = await engine();
  const next = E.questions("quick").questions.find((q) => !["backup_restore", "disaster_recovery"].includes(q.id));
  assert.equal((await w.locator(".itcq-question .itcq-title").innerText()).trim(), BANK[`quick.${next.id}.text`]);
  const asked = E.questions("quick").questions.length - 2;
  assert.match(await w.locator(".itcq-progress").innerText(), new RegExp(`Question 1 of ${asked}`));
  await assertClean(ctx);
  await ctx.close();
});

test("the rep page reads a result as the MSP's widget showed it, with their configuration file", async () => {
  const E = await engine();
  const answers = Object.fromEntries(E.questions("quick").questions.map((q) => [q.id, 0]));
  const input = { bank: "quick", profile: { seats: 45, industry: "professional_services", it_management: "outsourced_msp", goals: [] }, answers };
  const code = E.encodeCode(input, null, null);
  const target = async (page) => (await page.locator(".rep-target").innerText()).trim();
  const plain = await open(env, `/rep.html#itcq=${code}`);
  await plain.page.locator(".rep-target").waitFor();
  const before = await target(plain.page);
  assert.equal(await plain.page.locator(".rep-offer").count(), 0);
  await plain.close();

  const ctx = await open(env, `/rep.html?config=itcq-config.example.json#itcq=${code}`);
  await ctx.page.locator("#rep-config-status", { hasText: "Using the configuration in itcq-config.example.json" }).waitFor();
  await ctx.page.locator(".rep-offer", { hasText: "Your service: Northwind SafeBackup" }).first().waitFor();
  assert.notEqual(await target(ctx.page), before, "the file's targets apply (Continuous 80, Clear 55 for 20-50 seats)");
  await shot(ctx.page, "rep-config.png", false);

  // A wrong file is listed with the engine's messages and changes nothing.
  await ctx.page.locator("#rep-config").setInputFiles(join(ROOT, "tests/config/bad/06-brand-values.json"));
  await ctx.page.locator("#rep-config-status", { hasText: "has problems and is not applied" }).waitFor();
  assert.match(await ctx.page.locator("#rep-config-status").innerText(), /brand\.color: found "blue"/);
  await ctx.page.waitForFunction(() => !document.querySelector(".rep-offer"));
  assert.equal(await target(ctx.page), before);

  // The file's overrides of the page's own words apply too.
  const own = { itcq_config: 1, texts: { en: { "rep.page_title": "Northwind sales briefing" } } };
  await ctx.page.locator("#rep-config").setInputFiles({ name: "own.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(own)) });
  await ctx.page.locator("h1", { hasText: "Northwind sales briefing" }).waitFor();
  await assertClean(ctx);
  await ctx.close();
});

test("markup and script in every configurable text stay text; javascript: addresses are refused", async () => {
  const evil = (tag) => `${tag} <img src=x onerror="window.__pwned='${tag}'"><script>window.__pwned='${tag}'</script><svg onload="window.__pwned='${tag}'"></svg>`;
  const file = {
    itcq_config: 1,
    strict: false,
    brand: {
      name: evil("name"),
      welcome: evil("welcome"),
      cta: { label: evil("cta"), url: "javascript:window.__pwned='cta-url'" },
      privacy_url: "javascript:window.__pwned='privacy'",
    },
    assessment: { questions: { backup_restore: { text: evil("question"), help: evil("help") } } },
    catalogue: { "continuous.backup": { name: evil("offer"), pitch: evil("pitch"), price: evil("price"), url: "javascript:window.__pwned='offer-url'" } },
    lead: { position: "after", consent: evil("consent") },
    texts: { en: { "ui.welcome.title": evil("title") } },
  };
  const ctx = await blankPage(`<script src="/embed.js"></script>\n<script type="application/json">${JSON.stringify(file).replace(/</g, "\\u003c")}</script>`);
  const w = widget(ctx.page);
  await waitStep(w, "welcome");
  // The three javascript: addresses are named as problems; everything else is applied as text.
  const problems = await w.locator(".itcq-config-error li").allInnerTexts();
  assert.equal(problems.length, 3, problems.join("\n"));
  for (const p of problems) assert.match(p, /javascript:/);
  assert.match(await w.locator(".itcq-brand-name").innerText(), /^name <img src=x onerror=/);
  assert.match(await w.locator(".itcq-title").innerText(), /^title <img/);
  await toQuestions(w);
  assert.match(await w.locator(".itcq-question .itcq-title").innerText(), /^question <img/);
  await answerAll(w);
  await waitStep(w, "results");
  await w.locator("details.itcq-plan-more > summary").click();
  await w.locator(".itcq-offer", { hasText: "offer <img" }).waitFor();
  assert.match(await w.locator(".itcq-consent").innerText(), /consent <img/);
  const injected = await w.evaluate((host) => {
    const all = [...host.shadowRoot.querySelectorAll("*")];
    return {
      handlers: all.filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).map((e) => e.outerHTML.slice(0, 80)),
      scripts: all.filter((e) => e.localName === "script").length,
      images: all.filter((e) => e.localName === "img").length,
      hrefs: all.filter((e) => e.localName === "a").map((a) => a.getAttribute("href")).filter((h) => h !== null && !/^(https?:|mailto:|#)/.test(h)),
    };
  });
  assert.deepEqual(injected, { handlers: [], scripts: 0, images: 0, hrefs: [] });
  assert.equal(await ctx.page.evaluate(() => window.__pwned), undefined);
  await assertClean(ctx);
  await ctx.close();
});

for (const path of ["/configure.html?csp", "/configure.html?csp&tt"]) test(`the configurator works under ${path}`, async () => {
  const ctx = await open(env, path);
  await ctx.page.locator("body[data-ready=true]").waitFor();
  await ctx.page.locator("#cfg-example").click();
  await ctx.page.locator("#cfg-check.cfg-valid").waitFor();
  await widget(ctx.page).locator(".itcq-brand-name", { hasText: "Northwind IT" }).waitFor();
  assert.deepEqual(await ctx.page.evaluate(() => window.__csp), []);
  await assertClean(ctx);
  await ctx.close();
});

test("the configurator's Download gives the JSON file it shows", async () => {
  const ctx = await configurator();
  const { page } = ctx;
  await fieldOf(page, ["brand", "name"]).fill("Download IT");
  await page.waitForFunction(() => document.getElementById("cfg-json").value.includes("Download IT"));
  await go(page, "publish");
  const [dl] = await Promise.all([page.waitForEvent("download"), page.click("#cfg-download")]);
  assert.equal(dl.suggestedFilename(), "itcq-config.json");
  const text = readFileSync(await dl.path(), "utf8");
  assert.equal(text, (await page.inputValue("#cfg-json")) + "\n");
  assert.equal(JSON.parse(text).brand.name, "Download IT");
  await assertClean(ctx);
  await ctx.close();
});

test("the MSP's own question: written in the configurator, asked in its block, counted, and reopened on the rep page with the file", async () => {
  const OWN = "Can your staff see where their IT requests stand?";
  const c = await configurator();
  const p = c.page;
  await go(p, "questions");
  await p.locator("#cfg-add-extra").click();
  const at = (...rest) => ["assessment", "extra", 0, ...rest];
  // A wrong ID is named under its field, as the engine words it.
  await fieldOf(p, at("id")).fill("Our Portal");
  await p.locator(".cfg-field-error", { hasText: "assessment.extra[0].id" }).waitFor();
  assert.match(await p.locator(".cfg-field-error", { hasText: "assessment.extra[0].id" }).innerText(), /lower-case letters, digits and _/);
  assert.match(await p.locator("#cfg-problems").innerText(), /assessment\.extra\[0\]\.area: missing/);
  await fieldOf(p, at("id")).fill("own_portal");
  await fieldOf(p, at("area")).selectOption("clear.tools");
  await fieldOf(p, at("weight")).selectOption("5");
  await fieldOf(p, at("text"), "en").fill(OWN);
  await fieldOf(p, at("text"), "de").fill("Sehen Ihre Leute, wie weit ihre IT-Anfragen sind?");
  const levels = ["Not at all", "By asking around", "By e-mail", "In a portal", "In a portal, with agreed times"];
  for (const [l, text] of levels.entries()) await fieldOf(p, at("options", l), "en").fill(text);
  await p.locator("#cfg-check.cfg-valid").waitFor();
  const file = JSON.parse(await p.locator("#cfg-json").inputValue());
  assert.deepEqual(file.assessment.extra, [{
    id: "own_portal",
    area: "clear.tools",
    weight: 5,
    text: { en: OWN, de: "Sehen Ihre Leute, wie weit ihre IT-Anfragen sind?" },
    options: levels.map((en) => ({ en })),
  }]);
  // At most five; removing one keeps the others as they were.
  for (let n = 2; n <= 5; n++) await p.locator("#cfg-add-extra").click();
  assert.equal(await p.locator("#cfg-extra-list .cfg-extra").count(), 5);
  assert.equal(await p.locator("#cfg-add-extra").isDisabled(), true);
  await p.locator("#cfg-check.cfg-invalid").waitFor();
  assert.match(await p.locator("#cfg-problems").innerText(), /assessment\.extra\[4\]\.id: missing/);
  for (let n = 5; n >= 2; n--) await p.getByRole("button", { name: `Remove question ${n}` }).click();
  assert.equal(await p.locator("#cfg-extra-list .cfg-extra").count(), 1);
  assert.equal(await p.locator("#cfg-add-extra").isDisabled(), false);
  await p.locator("#cfg-check.cfg-valid").waitFor();
  assert.deepEqual(JSON.parse(await p.locator("#cfg-json").inputValue()), file);
  const inline = (await p.locator("#cfg-inline").inputValue()).replace("<script src=", '<script data-lead-position="off" src=');
  await shotOf(p.locator("#cfg-extra"), "config-own-question-form.png");
  await c.close();

  // In a blank page: asked right after the Clear block's own questions, in its block.
  const ctx = await blankPage(inline);
  const w = widget(ctx.page);
  await toQuestions(w);
  const E = await engine();
  const bank = E.questions("quick").questions;
  const total = bank.length + 1;
  const lastClear = BANK[`quick.${bank.filter((q) => q.block === "clear").at(-1).id}.text`];
  let previous = "";
  for (let i = 0; i < total; i++) {
    await w.locator(".itcq-progress").filter({ hasText: `Question ${i + 1} of ${total}` }).waitFor();
    const title = (await w.locator(".itcq-question .itcq-title").innerText()).trim();
    const own = title === OWN;
    if (own) {
      assert.equal(previous, lastClear, "asked after the last Clear question");
      assert.match(await w.locator(".itcq-progress").innerText(), /^Clear/);
      assert.deepEqual(await w.locator(".itcq-option span:not(.itcq-key)").allInnerTexts(), [...levels, "Don't know"]);
      assert.equal(await w.locator('button[data-action="help"]').count(), 0, "no help given, no help button");
      await shot(ctx.page, "config-own-question-asked.png", false);
    }
    previous = title;
    await answer(w, i, total, own ? "dont_know" : "4");
  }
  await waitStep(w, "results");
  // Everything else in place: the one gap is the own question's area ("Don't know" counts
  // as not in place); Clear is above the recommendation anyway, so it is listed beyond it.
  await w.locator("details.itcq-plan-more > summary").click();
  await w.locator(".itcq-beyond summary").click();
  assert.ok((await w.locator(".itcq-beyond").innerText()).includes(BANK["area.clear.tools.plain"]));
  await openShare(w);
  await w.locator("#itcq-share-link").waitFor();
  const link = await w.locator("#itcq-share-link").inputValue();
  const code = link.split("#itcq=")[1];
  assert.match(code, /^C/, "a format-2 code");
  // The exports read the result with the same file: the JSON export's report has the gap.
  const [dl] = await Promise.all([ctx.page.waitForEvent("download"), w.locator('button[data-action="export-json"]').click()]);
  const exported = JSON.parse(readFileSync(await dl.path(), "utf8"));
  assert.equal(exported.result_code, code);
  assert.deepEqual(exported.report.plan.phases.flatMap((ph) => ph.actions.map((a) => a.area)), []);
  assert.deepEqual(exported.report.plan.beyond_target.map((a) => a.area), ["clear.tools"]);
  await assertClean(ctx);
  await ctx.close();

  // The rep page without the file says what is missing; with it, the briefing reads.
  const plain = await open(env, `/rep.html#itcq=${code}`);
  await plain.page.locator("#rep-error", { hasText: "1 question the MSP added" }).waitFor();
  assert.match(await plain.page.locator("#rep-error").innerText(), /configuration file/);
  await plain.close();
  const rep = await open(env, `/rep.html?config=/hosted/own.json#itcq=${code}`, { goto: false });
  await rep.page.route(`${env.origin}/hosted/own.json`, (r) => r.fulfill({ contentType: "application/json", body: JSON.stringify(file) }));
  await goto(rep);
  await rep.page.locator(".rep-target").waitFor();
  // The briefing names the question nobody could answer, and the area's project (in the
  // folded parts, opened here).
  for (const d of await rep.page.locator("#rep-briefing details").all()) await d.locator("summary").click();
  const briefing = await rep.page.locator("main").innerText();
  assert.ok(briefing.includes(OWN), briefing);
  assert.ok(briefing.includes(REP["brief.reveal_own"]), "the reveal for the MSP's own questions");
  assert.ok(briefing.includes(BANK["area.clear.tools.name"]));
  await shot(rep.page, "rep-own-question.png", false);
  await assertClean(rep);
  await rep.close();
});

/** The configurator's words in a language, as built. */
const cfgWords = (lang) => ({ ...texts(`${lang}.json`), ...texts(`${lang}.more.json`), ...texts(`${lang}.rep.json`) });

for (const lang of ["en", "de", "es"]) {
  test(`in ${lang}: from an empty configurator, step by step, to a snippet that works pasted unchanged into a blank page; the preview at each point`, { timeout: 120000 }, async () => {
    const T = cfgWords(lang);
    const c = await open(env, `/configure.html?lang=${lang}`);
    const p = c.page;
    await p.locator("body[data-ready=true]").waitFor();
    await p.locator("#cfg-reset").click();
    await fieldOf(p, ["brand", "name"]).fill(`Stepwise IT ${lang}`);
    // Next, Next, …: every step in turn, its heading in the configurator's language.
    const steps = ["brand", "contact", "questions", "services", "languages", "publish"];
    for (const [i, step] of steps.entries()) {
      assert.equal((await p.locator(`#cfg-step-${step}-h`).innerText()).trim(), T[`cfg.step_${step}`]);
      assert.equal(await p.locator(`#cfg-steps button[data-step="${step}"]`).getAttribute("aria-current"), "step");
      if (i < steps.length - 1) {
        assert.equal((await p.locator("#cfg-next").innerText()).trim(), T["cfg.next"].replace("{step}", T[`cfg.step_${steps[i + 1]}`]));
        await p.locator("#cfg-next").click();
      }
    }
    await p.locator("#cfg-check.cfg-valid").waitFor();
    // The snippet that works on its own comes first; no placeholder address in it.
    const inline = await p.locator("#cfg-inline").inputValue();
    assert.ok(!/example\.com/.test(inline), inline);
    assert.ok(inline.includes(`"name": "Stepwise IT ${lang}"`), inline);
    assert.equal(await p.locator("#cfg-snippet").inputValue(), T["cfg.host_first"], "no file address yet: the short snippet waits for it");
    // The preview at a question, the lead form and the results, from sample answers.
    const preview = widget(p);
    for (const mode of ["question", "lead", "results"]) {
      await p.locator(`input[name=cfg-preview-mode][value=${mode}]`).check();
      await preview.locator(`div.itcq[data-step="${mode}"]`).waitFor();
    }
    assert.match(await preview.locator(".itcq-score-value").first().innerText(), /^\d{1,3}[.,]\d$/);
    assert.match(await preview.locator(".itcq-thanks").innerText(), /Alex Sample/);
    await shot(p, `configurator-${lang}-results-preview.png`, false);
    await assertClean(c);
    await c.close();

    const ctx = await blankPage(inline);
    const w = widget(ctx.page);
    await waitStep(w, "welcome");
    assert.equal((await w.locator(".itcq-brand-name").innerText()).trim(), `Stepwise IT ${lang}`);
    await assertClean(ctx);
    await ctx.close();
  });
}

test("fields that cannot take effect are flagged under them and counted on their step; an http:// logo is refused", { timeout: 60000 }, async () => {
  const c = await configurator();
  const p = c.page;
  await fieldOf(p, ["brand", "logo"]).fill("http://logo.example/logo.png");
  await p.locator(".cfg-field-error", { hasText: "brand.logo" }).waitFor();
  assert.match(await p.locator(".cfg-field-error", { hasText: "brand.logo" }).innerText(), /https:\/\//);
  await p.locator("#cfg-check.cfg-invalid").waitFor();
  assert.equal((await p.locator('#cfg-steps button[data-step="brand"] .cfg-step-count').innerText()).trim(), "1 to fix");
  await fieldOf(p, ["brand", "logo"]).fill("https://logo.example/logo.png");
  await p.locator("#cfg-check.cfg-valid").waitFor();

  // A thank-you text with the lead form off; a price in English only.
  await go(p, "contact");
  await fieldOf(p, ["brand", "thanks"], "en").fill("Thanks, we will call you.");
  await fieldOf(p, ["lead", "position"]).selectOption("off");
  await p.locator(".cfg-field-note", { hasText: "brand.thanks" }).first().waitFor();
  assert.match(await p.locator(".cfg-field-note", { hasText: "brand.thanks: the lead form is off" }).first().innerText(), /never shows/);
  await go(p, "services");
  await p.locator('details[data-area="continuous.backup"] summary').click();
  await fieldOf(p, ["catalogue", "continuous.backup", "name"], "en").fill("Backup Care");
  await fieldOf(p, ["catalogue", "continuous.backup", "name"], "de").fill("Backup-Pflege");
  await fieldOf(p, ["catalogue", "continuous.backup", "name"], "es").fill("Cuidado de copias");
  await fieldOf(p, ["catalogue", "continuous.backup", "price"], "en").fill("From $990");
  const price = p.locator(".cfg-field-note", { hasText: "catalogue[\"continuous.backup\"].price: no German text" });
  await price.waitFor();
  assert.match(await price.innerText(), /German-speaking visitors see the English text/);
  // Still valid: notes, not problems; each step counts its own.
  await p.locator("#cfg-check.cfg-valid").waitFor();
  assert.match(await p.locator("#cfg-check").innerText(), /cannot take effect/);
  assert.match(await p.locator('#cfg-steps button[data-step="services"] .cfg-step-count').innerText(), /^2 notes$/);
  assert.match(await p.locator('#cfg-steps button[data-step="contact"] .cfg-step-count').innerText(), /notes?$/);
  // The publish step lists them; each goes to its field.
  await go(p, "publish");
  const notes = await p.locator("#cfg-warnings li").allInnerTexts();
  assert.ok(notes.some((n) => n.startsWith("brand.thanks")) && notes.some((n) => n.includes("price")), notes.join("\n"));
  await p.locator("#cfg-warnings button", { hasText: "brand.thanks" }).first().click();
  await p.locator("#cfg-step-contact").waitFor();
  assert.equal(await p.evaluate(() => document.activeElement?.closest(".cfg-local, .cfg-field")?.querySelector("[data-path]")?.dataset.path), JSON.stringify(["brand", "thanks"]));
  // An address of the files that is not a full one is named, and the snippets keep this
  // page's folder meanwhile.
  await go(p, "publish");
  const before = await p.locator("#cfg-inline").inputValue();
  await p.fill("#cfg-files", "www.site.example/itcq/");
  await p.locator("#cfg-files-error").waitFor();
  assert.match(await p.locator("#cfg-files-error").innerText(), /is not a full address/);
  assert.equal(await p.locator("#cfg-files").getAttribute("aria-invalid"), "true");
  await p.waitForTimeout(400);
  assert.equal((await p.locator("#cfg-inline").inputValue()).split("\n")[0], before.split("\n")[0]);
  await p.fill("#cfg-files", "https://www.site.example/itcq");
  await p.locator("#cfg-files-error").waitFor({ state: "hidden" });
  await p.waitForFunction(() => /^<script src="https:\/\/www\.site\.example\/itcq\/embed\.[0-9a-f]{12}\.js" integrity="sha384-[^"]+" crossorigin="anonymous">/.test(document.getElementById("cfg-inline").value));
  // The preview asked for the lead form shows the results and says why.
  await p.locator("input[name=cfg-preview-mode][value=lead]").check();
  await widget(p).locator('div.itcq[data-step="results"]').waitFor();
  await p.locator("#cfg-preview-note", { hasText: "lead form is off" }).waitFor();
  await assertClean(c);
  await c.close();
});
