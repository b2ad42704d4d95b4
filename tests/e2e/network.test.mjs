// Bad networks between the widget and the MSP's lead endpoint, with a real local HTTP server
// as the endpoint: slow, failing with HTTP 500, answering too late (so the lead is sent
// again, with the same delivery_id for the endpoint to drop the repeat), and a prospect who
// clicks Send twice. The results never wait for the endpoint, no lead is lost, and none is
// delivered twice where the endpoint's answer arrived. (The endpoint down for a whole visit
// is in exports.test.mjs.)
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  LEAD, assertClean, hookServer, journey, open, outbox, setup, until, widget,
} from "./harness.mjs";

const env = await setup();
const path = (hook) => `/test/webhook.html?hook=http://127.0.0.1:${hook.port}/catch`;

/**
 * Opens the page delivering to `hook`, takes the assessment, fills the lead form,
 * double-clicks Send and waits for the thank-you; returns the page's context.
 */
async function sendLead(hook) {
  const ctx = await open(env, path(hook));
  const w = widget(ctx.page);
  await journey(w);
  await w.locator("#itcq-lead-name").fill(LEAD.name);
  await w.locator("#itcq-lead-email").fill(LEAD.email);
  await w.locator("#itcq-lead-company").fill(LEAD.company);
  await w.locator("#itcq-lead-consent").check();
  await w.locator('button[data-action="submit-lead"]').dblclick();
  await w.locator(".itcq-thanks").waitFor();
  return ctx;
}

const settle = (ms) => new Promise((r) => setTimeout(r, ms));

test("a slow endpoint: the results do not wait; a double-clicked Send delivers once", { timeout: 60000 }, async (t) => {
  const hook = await hookServer({ answer: () => ({ delay: 8000 }) });
  t.after(() => hook.close());
  const ctx = await sendLead(hook);
  await until("the lead at the endpoint", () => hook.received.length >= 1);
  assert.equal(hook.answered, 0, "the thank-you showed before the endpoint answered");
  await until("the outbox emptied after the slow answer", async () => (await outbox(ctx)) === null, 20000);
  await settle(3000);
  assert.equal(hook.received.length, 1, "delivered exactly once");
  assert.equal(hook.received[0].contact.email, LEAD.email);
  await assertClean(ctx);
  await ctx.close();
});

test("HTTP 500 at first: the lead is retried and arrives; the failure is logged", { timeout: 60000 }, async (t) => {
  const hook = await hookServer({ answer: (n) => ({ status: n === 0 ? 500 : 200 }) });
  t.after(() => hook.close());
  const ctx = await sendLead(hook);
  await until("the retry after the 500", () => hook.received.length === 2);
  await until("the outbox emptied", async () => (await outbox(ctx)) === null);
  await settle(3000);
  assert.equal(hook.received.length, 2, "one failed attempt, one delivery, nothing more");
  assert.equal(hook.received[0].delivery_id, hook.received[1].delivery_id, "the retry is the same delivery");
  assert.deepEqual(hook.received[1], hook.received[0], "the same lead, unchanged");
  assert.ok(ctx.console.some((m) => m.text.includes("[ITCq]") && m.text.includes("HTTP 500")), "the 500 is logged");
  await assertClean(ctx);
  await ctx.close();
});

test("an answer that comes too late: sent again with the same delivery_id, then no more", { timeout: 90000 }, async (t) => {
  // The first request gets its answer after the sender's 15 s timeout: the endpoint has the
  // lead but the widget cannot know, so it sends it again; the endpoint can drop the repeat.
  const hook = await hookServer({ answer: (n) => ({ delay: n === 0 ? 17000 : 0 }) });
  t.after(() => hook.close());
  const ctx = await sendLead(hook);
  await until("the repeat after the timeout", () => hook.received.length === 2, 40000);
  await until("the outbox emptied", async () => (await outbox(ctx)) === null);
  await settle(3000);
  assert.equal(hook.received.length, 2);
  assert.equal(hook.received[0].delivery_id, hook.received[1].delivery_id, "the endpoint can tell the repeat");
  await assertClean(ctx);
  await ctx.close();
});
