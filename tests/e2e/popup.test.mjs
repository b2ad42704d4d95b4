// Popup mode: a launcher only; nothing of the wasm is downloaded before the first click;
// the dialog opens on the welcome step; Esc and the close button return focus.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, open, assertClean, widget, waitStep, waitFocus, wasmRequests, shot } from "./harness.mjs";

const env = await setup();

for (const path of ["/test/popup.html", "/popup.html"]) {
  test(`popup mode (${path}): lazy download, dialog, Esc and close return focus`, { timeout: 60000 }, async () => {
    const ctx = await open(env, path);
    const { page } = ctx;
    const w = widget(page);
    const launcher = w.locator("button.itcq-launcher");
    await launcher.waitFor();
    assert.equal((await launcher.textContent()).trim(), "Check your IT score");
    assert.ok(await launcher.isVisible());
    assert.equal(await w.evaluate((h) => h.classList.contains("itcq-popup")), true);
    assert.equal(await w.evaluate((h) => getComputedStyle(h).position), "fixed", "the popup host floats (itcq.css :host(.itcq-popup))");
    const box = await launcher.boundingBox();
    const vp = page.viewportSize();
    assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= vp.width && box.y + box.height <= vp.height, "launcher in view");

    await page.waitForTimeout(800);
    assert.deepEqual(wasmRequests(ctx), [], "no wasm before the click");
    assert.equal(ctx.requests.filter((u) => u.includes("/pkg/")).length, 0, "nothing from pkg/ before the click");
    assert.equal(await w.locator("dialog").count(), 0);
    await shot(page, `popup-closed${path.startsWith("/test") ? "" : "-site"}.png`, false);

    await launcher.click();
    const dialog = w.locator("dialog.itcq-dialog");
    await dialog.waitFor();
    assert.equal(await dialog.getAttribute("aria-label"), "IT assessment");
    assert.equal(await dialog.evaluate((d) => d.open && d.matches(":modal")), true, "a modal dialog");
    await waitStep(w, "welcome");
    assert.equal(wasmRequests(ctx).length, 1);
    assert.ok(await w.locator('dialog button.itcq-close[aria-label="Close"]').isVisible());
    assert.ok(await w.locator('dialog div.itcq button[data-action="start"]').isVisible());
    await shot(page, `popup-open${path.startsWith("/test") ? "" : "-site"}.png`, false);

    // Esc closes; focus goes back to the launcher.
    await page.keyboard.press("Escape");
    await page.waitForFunction((h) => !h.shadowRoot.querySelector("dialog").open, await w.elementHandle());
    await waitFocus(page, "button.itcq-launcher", "the launcher");

    // Reopen (keyboard): same widget, state kept, no second download.
    await page.keyboard.press("Enter");
    await page.waitForFunction((h) => h.shadowRoot.querySelector("dialog").open, await w.elementHandle());
    await w.locator('button[data-action="start"]').click();
    await waitStep(w, "profile");
    assert.equal(await w.locator("dialog").count(), 1);
    await w.locator("button.itcq-close").click();
    await page.waitForFunction((h) => !h.shadowRoot.querySelector("dialog").open, await w.elementHandle());
    await waitFocus(page, "button.itcq-launcher", "the launcher");
    await launcher.click();
    await waitStep(w, "profile");
    assert.equal(wasmRequests(ctx).length, 1, "downloaded once");
    await assertClean(ctx);
    await ctx.close();
  });
}
