// A host page with Bootstrap and aggressive !important resets: the widget must still look
// right (its shadow root and :host rules hold), and its CSS must not leak into the page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { setup, open, assertClean, widget, waitStep, journey, shot, shotOf, hex, PAGES } from "./harness.mjs";

const env = await setup();
const BRAND = "#0a5c36";

const px = (v) => parseFloat(v);

test("hostile-plain.html is hostile.html without the embed", () => {
  const withWidget = readFileSync(join(PAGES, "hostile.html"), "utf8").split("\n");
  const plain = readFileSync(join(PAGES, "hostile-plain.html"), "utf8").split("\n");
  const strip = (lines) => lines.filter((l) => !l.includes('src="/embed.js"') && !l.startsWith("<title>"));
  assert.deepEqual(strip(plain), strip(withWidget));
});

test("the widget resists hostile CSS and does not change the host page", { timeout: 120000 }, async () => {
  const ctx = await open(env, "/test/hostile.html");
  const { page } = ctx;
  const w = widget(page);
  await waitStep(w, "welcome");
  await page.waitForFunction(() => document.querySelector("itcq-widget").shadowRoot.querySelector("link").sheet);

  // The host page's own elements: identical computed styles with and without the widget.
  const styles = () => page.evaluate(() => Object.fromEntries(["#host-h2", "#host-button"].map((sel) => {
    const cs = getComputedStyle(document.querySelector(sel));
    return [sel, Object.fromEntries([...cs].map((p) => [p, cs.getPropertyValue(p)]))];
  })));
  const withWidget = await styles();
  const plain = await open(env, "/test/hostile-plain.html");
  const page2 = plain.page;
  const without = await page2.evaluate(() => Object.fromEntries(["#host-h2", "#host-button"].map((sel) => {
    const cs = getComputedStyle(document.querySelector(sel));
    return [sel, Object.fromEntries([...cs].map((p) => [p, cs.getPropertyValue(p)]))];
  })));
  for (const sel of Object.keys(without)) {
    const diff = Object.keys(without[sel]).filter((p) => without[sel][p] !== withWidget[sel][p])
      .map((p) => `${p}: ${without[sel][p]} → ${withWidget[sel][p]}`);
    assert.deepEqual(diff, [], `${sel} changed when the widget was added`);
  }
  assert.ok(Object.keys(without["#host-h2"]).length > 100, "computed styles were read");
  await plain.close();

  // The widget: Start is visible, a sensible size, in the brand colour, readable. Problems are
  // collected and asserted at the end, so the screenshots are taken even when some fail.
  await shot(page, "hostile.png", false);
  const problems = [];
  const check = (ok, message) => { if (!ok) problems.push(message); };
  const start = w.locator('button[data-action="start"]');
  assert.ok(await start.isVisible(), "Start is visible");
  const box = await start.boundingBox();
  const hostBox = await w.boundingBox();
  check(box.width >= 80 && box.width <= hostBox.width, `Start is ${box.width}px wide`);
  check(box.height >= 32 && box.height <= 120, `Start is ${box.height}px high`);
  const cs = await start.evaluate((e) => {
    const s = getComputedStyle(e);
    return { bg: s.backgroundColor, fontSize: s.fontSize, visibility: s.visibility, opacity: s.opacity };
  });
  check(hex(cs.bg) === BRAND, `the Start button's background is ${cs.bg}, not the brand colour ${BRAND}`);
  check(px(cs.fontSize) >= 14, `Start font size ${cs.fontSize}`);
  check(cs.visibility === "visible" && cs.opacity === "1", `Start visibility ${cs.visibility}, opacity ${cs.opacity}`);
  const fontSizes = async (where) => {
    for (const sel of ["h2.itcq-title", ".itcq-step p", ".itcq-step li", "label", "legend", ".itcq-step button"]) {
      const els = w.locator(sel);
      for (let i = 0; i < (await els.count()); i++) {
        const [size, text] = await els.nth(i).evaluate((e) => [getComputedStyle(e).fontSize, e.textContent.trim().slice(0, 40)]);
        if (text) check(px(size) >= 14, `${where}: ${sel} "${text}" font size ${size}`);
      }
    }
  };
  await fontSizes("welcome");
  const host = await w.evaluate((h) => ({ display: getComputedStyle(h).display, width: h.getBoundingClientRect().width }));
  check(host.width >= 280, `the widget is ${host.width}px wide (display ${host.display})`);

  // A whole journey works; answer options and labels stay readable.
  await journey(w, {
    onQuestion: async (i) => {
      if (i !== 0) return;
      await fontSizes("question");
      await shotOf(w, "hostile-question.png");
    },
  });
  await shotOf(w, "hostile-results.png");
  assert.match((await w.locator(".itcq-score-value").textContent()).trim(), /^\d{1,3}\.\d$/);
  assert.equal(await w.locator(".itcq-status-row").count(), 7);
  assert.equal(await w.locator(".itcq-block-card").count(), 7);
  // The chart is in the plan, folded below the first screen.
  await w.locator("details.itcq-plan-more > summary").click();
  assert.ok(await w.locator("svg.itcq-chart").isVisible());
  const chart = await w.locator("svg.itcq-chart").boundingBox();
  check(chart.width >= 100 && chart.height >= 100, `chart ${chart.width}×${chart.height}`);
  assert.deepEqual(problems, [], "the widget under hostile CSS");
  await assertClean(ctx);
  await ctx.close();
});
