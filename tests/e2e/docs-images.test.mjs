// The README's pictures, taken from the real widget on the sample MSP page: the welcome
// screen as a visitor first sees it, and the top of the results after a whole journey.
// Every run writes them to artifacts/e2e/; with ITCQ_WRITE_DOCS_IMAGES=1 they also replace
// docs/img/widget.png and docs/img/results.png, which the README shows.
import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { setup, open, assertClean, widget, waitStep, journey, shot, ARTIFACTS, ROOT } from "./harness.mjs";

const env = await setup();
const DOCS = join(ROOT, "docs/img");
const PNG = [0x89, 0x50, 0x4e, 0x47];

function publish(name, as) {
  if (process.env.ITCQ_WRITE_DOCS_IMAGES) copyFileSync(join(ARTIFACTS, name), join(DOCS, as));
  const file = join(DOCS, as);
  assert.ok(existsSync(file), `${file} is missing: run ITCQ_WRITE_DOCS_IMAGES=1 node --test tests/e2e/docs-images.test.mjs`);
  assert.deepEqual([...readFileSync(file).subarray(0, 4)], PNG, `${file} is a PNG`);
}

test("the README's pictures: the widget on a desktop page, then its results", { timeout: 180000 }, async () => {
  const ctx = await open(env, "/", { viewport: { width: 1280, height: 860 } });
  const { page } = ctx;
  const w = widget(page);
  await w.scrollIntoViewIfNeeded();
  await waitStep(w, "welcome");
  await w.evaluate((host) => host.scrollIntoView({ block: "start" }));
  await page.evaluate(() => window.scrollBy(0, -120));
  await shot(page, "docs-widget.png", false);
  publish("docs-widget.png", "widget.png");

  await journey(w);
  await waitStep(w, "results");
  await w.evaluate((host) => host.scrollIntoView({ block: "start" }));
  await shot(page, "docs-results.png", false);
  publish("docs-results.png", "results.png");
  await assertClean(ctx);
});
