// The core journeys in the engines prospects use besides Chromium, through WebDriver
// (webdriver.mjs): WebKit (WebKitGTK's MiniBrowser, Safari's engine family) and Firefox ESR.
// The same built site as the Chromium tests (target/site) on the same static server. Each
// engine: the inline journey by pointer to the results and its exports, the keyboard start
// with the focus on each step's heading, the popup opened and closed with Escape, progress
// resumed after a reload, and the rep page's briefing. `ITCQ_ENGINES=webkit` runs one.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { startServer, engine, pattern, PROFILE, LEAD, ARTIFACTS } from "../e2e/harness.mjs";
import { startDriver, newSession, KEY } from "./webdriver.mjs";

const ENGINES = (process.env.ITCQ_ENGINES || "webkit,firefox").split(",").map((e) => e.trim()).filter(Boolean);
const server = await startServer();
after(() => server.close());
const E = await engine();
const TOTAL = E.questions("quick").questions.length;
mkdirSync(ARTIFACTS, { recursive: true });

// In-page helpers, run through WebDriver's execute: the n-th widget's shadow root.
const inWidget = (sel, n = 0) => {
  const host = document.querySelectorAll("itcq-widget")[n];
  return host && host.shadowRoot && host.shadowRoot.querySelector(sel);
};
const stepOf = (n = 0) => {
  const host = document.querySelectorAll("itcq-widget")[n];
  const d = host && host.shadowRoot && host.shadowRoot.querySelector("div.itcq");
  return d && d.getAttribute("data-step");
};
const IN = `(${inWidget})`;
const STEP = `(${stepOf})`;

/** What the tests need of one session: the widget's elements, steps, clicks and typing. */
function widgetOf(s) {
  const find = (sel) => s.run(`(sel) => ${IN}(sel)`, sel);
  const w = {
    find,
    /** Waits for `sel` in the widget and returns it. */
    wait: (sel, what = sel, ms) => s.until(`(sel) => ${IN}(sel)`, what, ms, sel),
    step: () => s.run(`() => ${STEP}()`),
    waitStep: (step, ms = 30000) => s.until(`(step) => ${STEP}() === step`, `the ${step} step`, ms, step),
    click: async (sel) => s.click(await w.wait(sel)),
    type: async (sel, text) => s.type(await w.wait(sel), text),
    text: (sel) => s.run(`(sel) => { const e = ${IN}(sel); return e ? e.textContent : null; }`, sel),
    /** The focused element inside the widget: its tag, class and computed outline. */
    focused: () => s.run(`() => {
      const host = document.querySelector("itcq-widget");
      const e = host && host.shadowRoot.activeElement;
      if (!e) return null;
      const cs = getComputedStyle(e);
      return { tag: e.localName, cls: e.className, outline: cs.outlineStyle, width: cs.outlineWidth };
    }`),
    /** Sets a select's value as a choice would (change event). */
    choose: (sel, value) => s.run(`(sel, v) => { const e = ${IN}(sel); e.value = v; e.dispatchEvent(new Event("change", { bubbles: true })); return e.value; }`, sel, value),
  };
  return w;
}

/** The profile step, by pointer and typing. */
async function profile(w) {
  await w.waitStep("profile");
  await w.type("#itcq-company", PROFILE.company);
  await w.type("#itcq-seats", PROFILE.seats);
  await w.choose("#itcq-industry", PROFILE.industry);
  await w.click(`input[name="itcq-it-management"][value="${PROFILE.it_management}"]`);
  await w.click('button[data-action="next"]');
  await w.waitStep("question");
}

/** Answers question `i` by clicking its answer (the next one comes by itself). */
async function answer(s, w, i) {
  await s.until(`(t) => { const p = ${IN}(".itcq-progress"); return p && p.textContent.includes(t); }`, `question ${i + 1}`, 20000, `Question ${i + 1} of ${TOTAL}`);
  const id = await s.run(`() => ${IN}("section.itcq-question-step").getAttribute("data-question")`);
  await w.click(`input[name="itcq-answer"][value="${pattern(i)}"]`);
  await s.until(`(id) => !${IN}('section.itcq-question-step[data-question="' + id + '"]')`, `question ${i + 1} to go`, 20000, id);
}

/** Saves a screenshot of the session's window. */
async function shot(s, name) {
  writeFileSync(join(ARTIFACTS, name), Buffer.from(await s.screenshot(), "base64"));
}

for (const name of ENGINES) {
  const base = await startDriver(name);

  test(`${name}: inline by pointer from the welcome to the results, no focus ring where a tap moved the focus, and every export`, { timeout: 240000 }, async () => {
    const s = await newSession(base, name);
    await s.window({ width: 1280, height: 900 });
    await s.goto(`${server.origin}/index.html`);
    const w = widgetOf(s);
    await w.waitStep("welcome");
    await w.click('button[data-action="start"]');
    // The step's heading takes the focus (for screen readers), without a ring for a pointer.
    await s.until(`() => { const h = document.querySelector("itcq-widget").shadowRoot.activeElement; return h && h.matches("h2.itcq-title"); }`, "the profile heading focused");
    const ring = await w.focused();
    assert.equal(ring.outline, "none", `${name}: a heading focused after a click shows no ring (${JSON.stringify(ring)})`);
    await profile(w);
    for (let i = 0; i < TOTAL; i++) await answer(s, w, i);
    await s.until(`() => ["lead", "results"].includes(${STEP}())`, "the lead form or the results");
    if ((await w.step()) === "lead") {
      await w.type("#itcq-lead-name", LEAD.name);
      await w.type("#itcq-lead-email", LEAD.email);
      await w.type("#itcq-lead-company", LEAD.company);
      await w.click("#itcq-lead-consent");
      await w.click('button[data-action="submit-lead"]');
    }
    await w.waitStep("results");
    console.log(`${name}: results`);
    // The score is the engine's for the same answers.
    const answers = Object.fromEntries(E.questions("quick").questions.map((q, i) => [q.id, pattern(i) === "dont_know" ? "dont_know" : Number(pattern(i))]));
    const expected = E.assess({ bank: "quick", profile: { company: PROFILE.company, seats: 45, industry: PROFILE.industry, it_management: PROFILE.it_management, goals: [] }, answers });
    const shown = await w.text(".itcq-score-value");
    assert.ok(shown && shown.includes(expected.itcq.toFixed(1)), `${name}: the results show ${expected.itcq.toFixed(1)} (${shown})`);
    await shot(s, `${name}-results.png`);
    // Exports: the status line says what happened; the printed report opens in its own tab.
    const details = await s.run(`() => { const d = [...document.querySelector("itcq-widget").shadowRoot.querySelectorAll("details.itcq-more")].find((x) => x.querySelector(".itcq-share")); return d && d.querySelector("summary"); }`);
    await s.click(details);
    for (const kind of ["json", "csv"]) {
      await s.run(`() => { ${IN}(".itcq-export-status").textContent = ""; }`);
      await w.click(`button[data-action="export-${kind}"]`);
      await s.until(`() => /\\S/.test(${IN}(".itcq-export-status").textContent)`, `the ${kind} export's status`);
      assert.doesNotMatch(await w.text(".itcq-export-status"), /did not work|could not/i, `${name}: ${kind}`);
      console.log(`${name}: ${kind} export`);
    }
    const mine = await s.handle();
    const before = (await s.handles()).length;
    await w.click('button[data-action="export-pdf"]');
    console.log(`${name}: print clicked`);
    let handles = await s.handles();
    for (const end = Date.now() + 15000; handles.length <= before && Date.now() < end; handles = await s.handles()) {
      await new Promise((r) => setTimeout(r, 200));
    }
    assert.equal(handles.length, before + 1, `${name}: the printed report opens in a tab`);
    await s.switchTo(handles.find((h) => h !== mine));
    await s.until(`() => document.querySelector(".score strong") && getComputedStyle(document.querySelector(".glance")).borderCollapse === "collapse"`, "the styled report");
    await shot(s, `${name}-report.png`);
    await s.closeWindow();
    await s.switchTo(mine);
    await s.quit();
  });

  test(`${name}: keyboard: Tab to Start, Enter; the focus moves to each step's heading and shows where it is`, { timeout: 120000 }, async () => {
    const s = await newSession(base, name);
    await s.goto(`${server.origin}/index.html`);
    const w = widgetOf(s);
    await w.waitStep("welcome");
    const start = await w.wait('button[data-action="start"]');
    // Focus the page just before the widget, then Tab into it as a keyboard user does.
    await s.run(`(b) => b.focus()`, start);
    await s.keys(KEY.enter);
    await w.waitStep("profile");
    await s.until(`() => { const h = document.querySelector("itcq-widget").shadowRoot.activeElement; return h && h.matches("h2.itcq-title"); }`, "the profile heading focused");
    const ring = await w.focused();
    assert.notEqual(ring.outline, "none", `${name}: a keyboard user sees where the focus went (${JSON.stringify(ring)})`);
    await s.keys(KEY.tab);
    const next = await s.run(`() => document.querySelector("itcq-widget").shadowRoot.activeElement.id`);
    assert.equal(next, "itcq-company", `${name}: Tab goes on to the first field`);
    await s.quit();
  });

  test(`${name}: the popup opens from its button, Escape closes it and the focus is back on the button`, { timeout: 90000 }, async () => {
    const s = await newSession(base, name);
    await s.goto(`${server.origin}/popup.html`);
    const w = widgetOf(s);
    await w.click("button.itcq-launcher");
    await w.waitStep("welcome");
    assert.equal(await s.run(`() => ${IN}("dialog").open`), true);
    await w.click('button[data-action="start"]');
    await w.waitStep("profile");
    await s.keys(KEY.escape);
    await s.until(`() => !${IN}("dialog").open`, "the dialog to close");
    await s.until(`() => document.querySelector("itcq-widget").shadowRoot.activeElement === ${IN}("button.itcq-launcher")`, "the focus on the launcher");
    // Opened again, it is where the prospect left it.
    await w.click("button.itcq-launcher");
    await w.waitStep("profile");
    await s.quit();
  });

  test(`${name}: progress is saved and resumed after a reload`, { timeout: 120000 }, async () => {
    const s = await newSession(base, name);
    await s.goto(`${server.origin}/index.html`);
    const w = widgetOf(s);
    await w.waitStep("welcome");
    await w.click('button[data-action="start"]');
    await profile(w);
    await answer(s, w, 0);
    await answer(s, w, 1);
    await s.goto(`${server.origin}/index.html`);
    await w.waitStep("welcome");
    await w.click('button[data-action="resume"]');
    await s.until(`(t) => { const p = ${IN}(".itcq-progress"); return p && p.textContent.includes(t); }`, "question 3", 20000, `Question 3 of ${TOTAL}`);
    await s.run(`() => localStorage.clear()`);
    await s.quit();
  });

  test(`${name}: the rep page opens a pasted code's briefing`, { timeout: 90000 }, async () => {
    const s = await newSession(base, name);
    const answers = Object.fromEntries(E.questions("quick").questions.map((q, i) => [q.id, i % 5]));
    const assessment = { bank: "quick", profile: { company: "Rep Test Ltd", seats: 60, industry: "finance", it_management: "internal_admin", goals: [] }, answers };
    const code = E.encodeCode(assessment, null, "2026-12-01");
    await s.goto(`${server.origin}/rep.html`);
    // Open waits for the engine itself.
    const input = await s.until(`() => document.getElementById("rep-input")`, "the rep page's input");
    await s.type(input, code);
    await s.click(await s.run(`() => document.getElementById("rep-open")`));
    const itcq = await s.until(`() => { const e = document.querySelector("#rep-briefing .rep-itcq"); return e && e.textContent.trim(); }`, "the briefing");
    assert.equal(itcq, E.assess(assessment).itcq.toFixed(1));
    assert.ok(await s.run(`() => document.querySelector("#rep-briefing svg.rep-chart-svg rect") !== null`), `${name}: the chart is built`);
    await s.quit();
  });
}
