// Results that travel: the share link reopens the same results in a fresh browser, the JSON
// and CSV downloads carry the report, the printable report renders on A4 and US Letter with
// nothing cut off (PDF pages kept as PNGs in artifacts/e2e/), and leads reach a real local
// webhook exactly once, also when it is down at first.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import {
  openShare, ARTIFACTS, LEAD, PROFILE, assertClean, engine, fillLead, goto, hookServer, journey, open, outbox, setup, shot, until, waitStep, widget,
} from "./harness.mjs";

const env = await setup();
const E = await engine();

const score = (w) => w.locator(".itcq-score-value").innerText();
const shareLink = (w) => w.locator("#itcq-share-link").inputValue();

/** Clicks an export button and returns the downloaded file's text and name. */
async function download(ctx, w, action) {
  await openShare(w);
  const [dl] = await Promise.all([ctx.page.waitForEvent("download"), w.locator(`button[data-action="${action}"]`).click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), text: readFileSync(path, "utf8") };
}

test("the share link reopens the same results in a fresh browser, without the contact details", async () => {
  const ctx = await open(env, "/index.html");
  const w = widget(ctx.page);
  await journey(w);
  const itcq = await score(w);
  const link = await shareLink(w);
  assert.match(link, new RegExp(`^${env.origin}/index\\.html#itcq=B[A-Za-z0-9_-]+$`));
  const code = link.split("#itcq=")[1];
  assert.ok(code.length < 80, `quick-bank code is ${code.length} characters`);
  // The engine reads the same result from the link, and the link has no contact details.
  const b = E.briefing(link);
  assert.equal(b.itcq.toFixed(1), itcq);
  assert.equal(b.contact, null);
  assert.equal(b.company, PROFILE.company);
  await assertClean(ctx);
  await ctx.close();

  const other = await open(env, new URL(link).pathname + new URL(link).hash);
  const w2 = widget(other.page);
  await waitStep(w2, "results");
  assert.equal(await score(w2), itcq);
  await w2.locator(".itcq-shared").waitFor();
  const saved = await other.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("itcq:v1:") && k !== "itcq:v1:outbox"));
  assert.deepEqual(saved, [], "opening a shared result saves nothing as this browser's assessment");
  await assertClean(other);
  await other.close();
});

test("a damaged results link says so and offers the assessment", async () => {
  const ctx = await open(env, "/index.html#itcq=BBAAAAFowBJJJJJJJJJJJJJJJGDh");
  const w = widget(ctx.page);
  await waitStep(w, "welcome");
  assert.match(await w.locator(".itcq-notice").innerText(), /could not be opened: it is incomplete or was changed/);
  await assertClean(ctx);
  await ctx.close();
});

test("JSON and CSV downloads carry the report and the link, never the contact details", async () => {
  const ctx = await open(env, "/index.html");
  const w = widget(ctx.page);
  await journey(w);
  const itcq = await score(w);

  const json = await download(ctx, w, "export-json");
  assert.equal(json.name, "itcq-journey-test-ltd.json");
  const doc = JSON.parse(json.text);
  assert.equal(doc.format, "itcq-export");
  assert.equal(doc.schema_version, 1);
  assert.equal(doc.report.itcq.toFixed(1), itcq);
  assert.equal(doc.contact, null, "a file the prospect may forward carries no contact details");
  assert.equal(E.briefing(doc.result_link).contact, null);
  assert.match(doc.result_link, /\/index\.html#itcq=B/);
  // The export reads back to the same result on the rep page's engine.
  assert.equal(E.briefing(json.text).itcq, doc.report.itcq);
  await w.locator(".itcq-export-status", { hasText: "downloading" }).waitFor();

  const csv = await download(ctx, w, "export-csv");
  const lines = csv.text.trimEnd().split("\r\n");
  assert.equal(lines.length, 2);
  assert.ok(lines[0].startsWith("name,email,company,phone,consent,taken_on,seats,industry"), lines[0]);
  // Name and email empty; the company is the profile's.
  assert.ok(lines[1].startsWith(`,,${PROFILE.company},,`), `no contact details in the CSV: ${lines[1]}`);
  assert.ok(!lines[1].includes(LEAD.email) && !lines[1].includes(LEAD.name), lines[1]);
  assert.ok(lines[1].includes(`,${itcq},`), lines[1]);
  // Only the engine bundle's first use downloads it.
  assert.equal(ctx.requests.filter((u) => u.endsWith("/pkg/itcq_engine_bg.wasm")).length, 1);
  await assertClean(ctx);
  await ctx.close();
});

// Page content width in CSS pixels at the report's 15 mm side margins.
const FORMATS = { A4: { width: 210 }, Letter: { width: 215.9 } };
const contentPx = (mm) => ((mm - 30) / 25.4) * 96;

test("Save as PDF opens the print-ready report; on A4 and Letter every page has text and nothing is cut off", async () => {
  const ctx = await open(env, "/index.html");
  const w = widget(ctx.page);
  await journey(w);
  const itcq = await score(w);
  await openShare(w);
  const [tab] = await Promise.all([ctx.context.waitForEvent("page"), w.locator('button[data-action="export-pdf"]').click()]);
  await tab.waitForFunction(() => document.querySelector(".score strong"), null, { timeout: 10000 });
  assert.equal(await tab.locator(".score strong").innerText(), itcq);
  assert.match(await tab.title(), /Journey Test Ltd/);
  // The tab's styles are adopted (no inline <style>, for sites with a strict CSP): the copy
  // laid out below gets them back as a <style> element.
  const html = await tab.evaluate(() => {
    const css = document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join("\n");
    return "<!doctype html>" + document.documentElement.outerHTML.replace("</head>", `<style>${css}</style></head>`);
  });
  await w.locator(".itcq-export-status", { hasText: "new tab" }).waitFor();
  // The printed report's link and code open the results without the contact details.
  const printed = /#itcq=([A-Za-z0-9_-]+)/.exec(html);
  assert.ok(printed, "the printed report links the results");
  assert.equal(E.briefing(printed[1]).contact, null, "the printed report carries no contact details");

  const code = (await shareLink(w)).split("#itcq=")[1];
  const report = JSON.parse(E.exportJson(code, null)).report;
  // The printed report names actions in plain words.
  const actions = report.plan.phases.flatMap((p) => p.actions.map((a) => a.plain_name));
  const page = await ctx.context.newPage();
  for (const [format, { width }] of Object.entries(FORMATS)) {
    // Nothing wider than the printable width, laid out as for print.
    await page.setViewportSize({ width: Math.floor(contentPx(width)), height: 900 });
    await page.setContent(html, { waitUntil: "load" });
    await page.emulateMedia({ media: "print" });
    const overflow = await page.evaluate(() => {
      const limit = document.documentElement.clientWidth + 0.5;
      return [...document.querySelectorAll("body *")]
        .filter((el) => el.getBoundingClientRect().right > limit)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    });
    assert.deepEqual(overflow, [], `${format}: elements wider than the page`);

    const pdf = join(ARTIFACTS, `report-${format}.pdf`);
    writeFileSync(pdf, await page.pdf({ format, printBackground: true }));
    for (const f of readdirSync(ARTIFACTS).filter((f) => f.startsWith(`report-${format}-`))) rmSync(join(ARTIFACTS, f));
    execFileSync("pdftoppm", ["-png", "-r", "60", pdf, join(ARTIFACTS, `report-${format}`)]);
    const pages = execFileSync("pdfinfo", [pdf], { encoding: "utf8" }).match(/Pages:\s+(\d+)/)[1] * 1;
    assert.ok(pages >= 2, `${format}: ${pages} pages`);
    let all = "";
    for (let p = 1; p <= pages; p++) {
      const text = execFileSync("pdftotext", ["-f", String(p), "-l", String(p), "-layout", pdf, "-"], { encoding: "utf8" });
      assert.ok(text.trim().length > 40, `${format} page ${p} is (nearly) empty`);
      all += text;
    }
    const flat = all.replace(/\s+/g, " ");
    for (const must of [PROFILE.company, itcq, "Your action plan", "Next steps", ...report.blocks.map((b) => b.name), ...actions]) {
      assert.ok(flat.includes(must), `${format}: "${must}" missing from the PDF`);
    }
    assert.equal(readdirSync(ARTIFACTS).filter((f) => f.startsWith(`report-${format}-`) && f.endsWith(".png")).length, pages);
  }
  await assertClean(ctx);
  await ctx.close();
});


test("a lead reaches the webhook once, with the contact and a code that reopens the results", async (t) => {
  const hook = await hookServer();
  t.after(() => hook.close());
  const ctx = await open(env, `/test/webhook.html?hook=http://127.0.0.1:${hook.port}/catch`);
  const w = widget(ctx.page);
  await journey(w);
  assert.equal(hook.received.length, 0, "nothing is sent before the prospect submits the lead form");
  const itcq = await score(w);
  await fillLead(w);
  await w.locator(".itcq-thanks").waitFor();
  await until("the lead at the webhook", () => hook.received.length === 1);
  const lead = hook.received[0];
  assert.equal(lead.event, "itcq.lead");
  assert.equal(lead.contact.email, LEAD.email);
  assert.equal(lead.contact.consent, true);
  assert.equal(lead.summary.itcq.toFixed(1), itcq);
  assert.match(lead.delivery_id, /\S+-webhook$/);
  const b = E.briefing(lead.result_link);
  assert.equal(b.contact.email, LEAD.email, "the MSP's link carries the contact details");
  // What an automation sends the prospect carries no contact details.
  assert.equal(E.briefing(lead.share_link).contact, null);
  assert.equal(E.briefing(lead.share_link).itcq, b.itcq);
  assert.match(lead.report_html, /^<!doctype html>/i);
  assert.ok(lead.report_html.includes(PROFILE.company) && !lead.report_html.includes(LEAD.email), "the printable report, without the contact");
  assert.equal(lead.send_report, false);
  assert.equal(lead.supersedes, null, "no partial lead was possible");
  assert.equal(b.itcq.toFixed(1), itcq);
  await new Promise((r) => setTimeout(r, 2500));
  assert.equal(hook.received.length, 1, "delivered exactly once");
  assert.equal(await outbox(ctx), null, "the outbox is empty once delivered");
  await assertClean(ctx);
  await ctx.close();
  await hook.close();
});

test("with the webhook down the results still show; the lead waits and arrives once on the next visit", async (t) => {
  const probe = await hookServer();
  const port = probe.port;
  await probe.close(); // nothing listens: connections are refused
  const path = `/test/webhook.html?hook=http://127.0.0.1:${port}/catch`;
  const ctx = await open(env, path);
  const w = widget(ctx.page);
  await journey(w);
  await fillLead(w);
  await w.locator(".itcq-thanks").waitFor({ timeout: 3000 });
  await until("a failed attempt recorded in the outbox", async () => ((await outbox(ctx))?.pending?.[0]?.attempts ?? 0) >= 1);
  assert.equal((await outbox(ctx)).pending.length, 1);
  await shot(ctx.page, "webhook-down-results.png");
  await ctx.page.goto("about:blank"); // the visit ends with the endpoint still down

  const hook = await hookServer({ port });
  t.after(() => hook.close());
  await goto(ctx, path); // the next visit flushes the outbox
  await until("the lead at the webhook after the next visit", () => hook.received.length === 1);
  assert.equal(hook.received[0].contact.email, LEAD.email);
  await until("the outbox emptied", async () => (await outbox(ctx)) === null);
  await goto(ctx, path);
  await waitStep(widget(ctx.page), "welcome");
  await new Promise((r) => setTimeout(r, 2000));
  assert.equal(hook.received.length, 1, "the lead arrived exactly once");
  const warned = ctx.console.filter((m) => m.text.includes("could not be delivered") && m.text.includes("[ITCq]"));
  assert.ok(warned.length >= 1, "the failed attempt is logged");
  await ctx.close();
  await hook.close();
});
