// Languages: the widget speaks the MSP's or the browser's language, fetches only that
// language's files, and the prospect can switch at any time without losing an answer.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { answer, openShare, select, setup, open, widget, waitStep, assertClean, toQuestions, engine, SITE, shot } from "./harness.mjs";

const env = await setup();
const file = (name) => JSON.parse(readFileSync(join(SITE, "lang", name), "utf8")).texts;
const T = {
  en: { ...file("en.json"), ...file("en.more.json") },
  de: { ...file("de.json"), ...file("de.more.json") },
  es: { ...file("es.json"), ...file("es.more.json") },
};
const langRequests = (ctx) => ctx.requests.filter((u) => /\/lang\//.test(u)).map((u) => new URL(u).pathname);

/** The question on screen (its text) and the value of the checked answer, if any. */
async function onScreen(w) {
  const title = (await w.locator(".itcq-question .itcq-title").innerText()).trim();
  const checked = w.locator('input[name="itcq-answer"]:checked');
  return { title, checked: (await checked.count()) ? await checked.getAttribute("value") : null };
}

test("data-lang=de: German from the first screen, and only German files are fetched", async () => {
  const ctx = await open(env, "/test/lang-de.html");
  const w = widget(ctx.page);
  await waitStep(w, "welcome");
  assert.equal((await w.locator(".itcq-title").innerText()).trim(), T.de["ui.welcome.title"]);
  assert.equal(await w.locator("div.itcq").getAttribute("lang"), "de");
  await toQuestions(w);
  const bank = (await engine()).questions("quick").questions;
  assert.equal((await onScreen(w)).title, T.de[`quick.${bank[0].id}.text`]);
  assert.match(await w.locator(".itcq-progress").innerText(), /Frage 1 von/);
  await shot(ctx.page, "i18n-de-question.png");
  assert.deepEqual(langRequests(ctx).sort(), ["/lang/de.json", "/lang/de.more.json"]);
  await assertClean(ctx);
  await ctx.close();
});

test("without data-lang the browser's language is used (es-ES), English otherwise", async () => {
  const es = await open(env, "/index.html", { locale: "es-ES" });
  await waitStep(widget(es.page), "welcome");
  assert.equal((await widget(es.page).locator(".itcq-title").innerText()).trim(), T.es["ui.welcome.title"]);
  await es.close();
  const fr = await open(env, "/index.html", { locale: "fr-FR" });
  await waitStep(widget(fr.page), "welcome");
  assert.equal((await widget(fr.page).locator(".itcq-title").innerText()).trim(), T.en["ui.welcome.title"]);
  await fr.close();
});

test("switching language mid-assessment keeps every answer and the step", async () => {
  const ctx = await open(env, "/index.html");
  const w = widget(ctx.page);
  await toQuestions(w);
  const bank = (await engine()).questions("quick").questions;
  const given = ["3", "dont_know", "1"];
  for (let i = 0; i < given.length; i++) await answer(w, i, bank.length, given[i]);
  await select(w, "2"); // chosen, not yet confirmed

  await w.locator("select.itcq-lang").selectOption("es");
  await w.locator(".itcq-question .itcq-title", { hasText: T.es[`quick.${bank[3].id}.text`] }).waitFor();
  assert.deepEqual(await onScreen(w), { title: T.es[`quick.${bank[3].id}.text`], checked: "2" });
  assert.match(await w.locator(".itcq-progress").innerText(), /Pregunta 4 de/);
  for (let i = 2; i >= 0; i--) {
    await w.locator('button[data-action="back"]').click();
    await w.locator(".itcq-question .itcq-title", { hasText: T.es[`quick.${bank[i].id}.text`] }).waitFor();
    assert.equal((await onScreen(w)).checked, given[i], `answer ${i + 1} kept`);
  }
  await w.locator("select.itcq-lang").selectOption("de");
  await w.locator(".itcq-question .itcq-title", { hasText: T.de[`quick.${bank[0].id}.text`] }).waitFor();
  assert.equal((await onScreen(w)).checked, given[0]);
  // The choice is remembered: a reload comes back in German with the answers saved.
  await ctx.page.reload({ waitUntil: "load" });
  await waitStep(w, "welcome");
  assert.equal((await w.locator(".itcq-title").innerText()).trim(), T.de["ui.welcome.title"]);
  await w.locator('button[data-action="resume"]').click();
  await waitStep(w, "question");
  assert.equal(await w.locator('input[name="itcq-answer"]:checked').count(), 1);
  await assertClean(ctx);
  await ctx.close();
});

test("the results and the rep briefing read in the chosen language", async () => {
  const ctx = await open(env, "/test/lang-de.html");
  const w = widget(ctx.page);
  await toQuestions(w);
  const total = (await engine()).questions("quick").questions.length;
  for (let i = 0; i < total; i++) {
    await w.locator(".itcq-progress").filter({ hasText: `Frage ${i + 1} von ${total}` }).waitFor();
    await w.locator(`input[name="itcq-answer"][value="${i % 5}"]`).check(); // moves on by itself
  }
  await waitStep(w, "lead");
  await w.locator("#itcq-lead-name").fill("Maria Muster");
  await w.locator("#itcq-lead-email").fill("maria@muster.example");
  await w.locator("#itcq-lead-company").fill("Muster AG");
  await w.locator("#itcq-lead-consent").check();
  await w.locator('button[data-action="submit-lead"]').click();
  await waitStep(w, "results");
  assert.equal((await w.locator(".itcq-score-label").innerText()).trim(), T.de["ui.results.heading"]);
  assert.equal((await w.locator(".itcq-status-word").first().innerText()).trim().length > 0, true);
  const rows = await w.locator(".itcq-status-name").allInnerTexts();
  assert.deepEqual(rows, ["continuous", "competent", "charged", "conscious", "controlled", "clear", "cost_effective"]
    .map((b) => T.de[`block.${b}.name`]));
  // Scores use the German decimal comma.
  assert.match(await w.locator(".itcq-score-value").innerText(), /^\d{1,3},\d$/);
  await w.locator("details.itcq-more", { has: ctx.page.locator(".itcq-cards") }).locator("summary").click();
  const names = await w.locator(".itcq-block-card h4").allInnerTexts();
  assert.deepEqual(names, ["continuous", "competent", "charged", "conscious", "controlled", "clear", "cost_effective"]
    .map((b) => T.de[`block.${b}.name`]));
  await shot(ctx.page, "i18n-de-results.png", false);

  // The rep page opens the shared link's result in German talking points.
  await openShare(w);
  const link = await w.locator("#itcq-share-link").inputValue();
  const rep = await open(env, "/rep.html");
  await rep.page.locator("#rep-lang").selectOption("de");
  await rep.page.locator("#rep-input").fill(link);
  await rep.page.locator("#rep-open").click();
  const stakes = rep.page.locator(".rep-stakes").first(); // in the folded part
  await stakes.waitFor({ state: "attached" });
  const de = { ...file("de.rep.json") };
  const any = Object.entries(de).filter(([k]) => /^talk\.[a-z_]+\.stakes$/.test(k)).map(([, v]) => v);
  const text = await stakes.textContent();
  assert.ok(any.some((s) => text.includes(s)), `German talking points expected, got: ${text.slice(0, 120)}`);
  // The page around the briefing speaks German too: its headings, labels and buttons.
  assert.equal((await rep.page.locator("h1").innerText()).trim(), de["rep.page_title"]);
  assert.equal((await rep.page.locator("#rep-talk-h").innerText()).trim(), de["rep.talk"]);
  assert.equal((await rep.page.locator("#rep-open").innerText()).trim(), de["rep.open"]);
  assert.equal(await rep.page.locator("html").getAttribute("lang"), "de");
  assert.match(await rep.page.locator(".rep-target").innerText(), /^7C-Empfehlung \d+,\d/);
  await shot(rep.page, "i18n-de-rep.png", false);
  await assertClean(rep);
  await rep.close();
  await assertClean(ctx);
  await ctx.close();
});

test("the loader's own words follow the language too (popup button, dialog)", async () => {
  const ctx = await open(env, "/test/lang-de.html");
  const host = await ctx.page.evaluateHandle(() => {
    const slot = document.body.appendChild(document.createElement("div"));
    return window.ITCq.mount(slot, { mode: "popup", lang: "es" }).host;
  });
  const launcher = ctx.page.locator("itcq-widget.itcq-popup .itcq-launcher");
  assert.equal((await launcher.innerText()).trim(), "Evalúe su TI");
  await launcher.click();
  assert.equal(await ctx.page.locator("itcq-widget.itcq-popup dialog").getAttribute("aria-label"), "Evaluación de TI");
  await host.dispose();
  await assertClean(ctx);
  await ctx.close();
});
