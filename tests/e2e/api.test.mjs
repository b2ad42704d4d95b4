// The JS API (ITCq.mount / destroy) and lazy loading of inline widgets.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, open, assertClean, widget, waitStep, wasmRequests, hex } from "./harness.mjs";

const env = await setup();

test("ITCq.mount creates a widget, destroy removes it, mounting again works", { timeout: 60000 }, async () => {
  const ctx = await open(env, "/test/api.html");
  const { page } = ctx;
  assert.equal(await page.locator("itcq-widget").count(), 0, "data-manual: nothing mounted");
  assert.equal(await page.evaluate(() => typeof window.ITCq.version), "string");

  await page.click("#mount");
  const w = page.locator("#container > itcq-widget");
  await waitStep(w, "welcome");
  assert.equal(await page.evaluate(async () => (await window.handle.ready) === window.handle), true, "ready resolves with the handle");
  assert.equal(await page.evaluate(() => window.handle.host === document.querySelector("#container > itcq-widget")), true);
  assert.match(await w.locator("div.itcq").textContent(), /API Networks/);
  assert.equal(hex(await w.locator('button[data-action="start"]').evaluate((e) => getComputedStyle(e).backgroundColor)), "#1f4e9e");
  await w.locator('button[data-action="start"]').click();
  await waitStep(w, "profile");

  await page.click("#destroy");
  assert.equal(await page.locator("itcq-widget").count(), 0, "destroy removes the host");
  await page.evaluate(() => window.handle.destroy()); // a second call is harmless

  await page.click("#mount");
  await waitStep(page.locator("#container > itcq-widget"), "welcome");
  assert.equal(await page.locator("itcq-widget").count(), 1);

  // Several API widgets at once, independent; destroy before mounted is safe too.
  const n = await page.evaluate(async () => {
    const a = document.createElement("div"), b = document.createElement("div");
    document.body.append(a, b);
    const ha = window.ITCq.mount(a, { mspName: "One" }), hb = window.ITCq.mount(b, { mspName: "Two", mode: "popup" });
    const hc = window.ITCq.mount(document.body, { mspName: "Gone" });
    hc.destroy();
    await ha.ready;
    const count = document.querySelectorAll("itcq-widget").length;
    ha.destroy(); hb.destroy(); ha.destroy();
    return [count, document.querySelectorAll("itcq-widget").length, !!hb.host.shadowRoot.querySelector(".itcq-launcher")];
  });
  assert.deepEqual(n, [3, 1, true]);

  // A bad element never breaks the calling page: an [ITCq] error and an inert handle.
  const bad = await page.evaluate(async () => {
    const h = window.ITCq.mount(null, {});
    h.destroy();
    return [h.host, await h.ready.then(() => "resolved", (e) => String(e.message))];
  });
  assert.equal(bad[0], null);
  assert.match(bad[1], /element/);
  assert.ok(ctx.console.some((m) => m.type === "error" && m.text.startsWith("[ITCq] ITCq.mount")));
  await assertClean(ctx);
  await ctx.close();
});

test("lazy: no wasm request until the widget is scrolled near", { timeout: 60000 }, async () => {
  const ctx = await open(env, "/test/lazy.html", { viewport: { width: 1024, height: 700 } });
  const { page } = ctx;
  const w = widget(page);
  await w.locator(".itcq-loading").waitFor();
  await page.waitForTimeout(1000);
  assert.deepEqual(wasmRequests(ctx), [], "nothing downloaded while far below the fold");
  assert.equal(ctx.requests.filter((u) => u.includes("/pkg/")).length, 0);
  // Near (within ~300px) but not yet in view: the download starts.
  await page.evaluate(() => {
    const top = document.querySelector("itcq-widget").getBoundingClientRect().top + scrollY;
    scrollTo(0, top - innerHeight - 200);
  });
  await waitStep(w, "welcome");
  assert.equal(wasmRequests(ctx).length, 1);
  assert.equal(await w.locator(".itcq-loading").count(), 0, "the placeholder is gone");
  await assertClean(ctx);
  await ctx.close();
});
