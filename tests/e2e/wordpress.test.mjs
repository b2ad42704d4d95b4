// The WordPress plugin on a real WordPress (tests/e2e/wordpress.mjs: Debian's WordPress,
// PHP and MariaDB): the zip from `make wordpress` installed through the admin's upload form
// and activated, the settings page checking every field with the engine, a page with the
// block published and a visitor completing the assessment, the shortcode with its own
// settings, nothing loaded on pages without them, and an uninstall that leaves no option.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { setup, open, widget, waitStep, currentStep, fillProfile, answer, pattern, fillLead, shot, LEAD, ROOT } from "./harness.mjs";
import { startWordPress, login, php, debugLog, WP } from "./wordpress.mjs";

const env = await setup();
const wp = await startWordPress();
const SOURCE = join(ROOT, "integrations/wordpress/itcq");
const zip = readdirSync(join(ROOT, "target/wordpress")).find((f) => /^itcq-\d+\.\d+\.\d+.*\.zip$/.test(f));
const release = JSON.parse(readFileSync(join(ROOT, "target/site/release.json"), "utf8"));
const EXAMPLE = readFileSync(join(ROOT, "www/itcq-config.example.json"), "utf8");

/** Every file under `dir`. */
const files = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

/** A logged-in administrator's tab. */
async function admin(options = {}) {
  const ctx = await open(env, "/index.html", { goto: false, ...options });
  await login(ctx.page, wp.origin);
  return ctx;
}

/** A published page holding `content`; returns its address. */
function page(title, content) {
  const id = php(`echo wp_insert_post(['post_type' => 'page', 'post_status' => 'publish', 'post_title' => ${JSON.stringify(title)}, 'post_content' => ${JSON.stringify(content)}], true);`).trim();
  assert.match(id, /^\d+$/, `the page was created: ${id}`);
  return { id, url: `${wp.origin}/?page_id=${id}` };
}

test("php -l passes on every PHP file of the plugin", () => {
  const php = files(SOURCE).filter((f) => f.endsWith(".php"));
  assert.ok(php.length >= 3, php.join());
  for (const f of php) assert.match(execFileSync("php", ["-l", f], { encoding: "utf8" }), /No syntax errors detected/, f);
});

test("the zip installs through the admin's upload form and activates", { timeout: 60000 }, async () => {
  assert.ok(zip, "target/wordpress holds the plugin's zip (make wordpress)");
  const ctx = await admin();
  const p = ctx.page;
  await p.goto(`${wp.origin}/wp-admin/plugin-install.php?tab=upload`);
  await p.setInputFiles("#pluginzip", join(ROOT, "target/wordpress", zip));
  await Promise.all([p.waitForURL(/update\.php\?action=upload-plugin/), p.click("#install-plugin-submit")]);
  await p.getByText("Plugin installed successfully.").waitFor();
  await Promise.all([p.waitForURL(/plugins\.php/), p.getByRole("link", { name: "Activate Plugin" }).click()]);
  await p.locator('tr[data-plugin="itcq/itcq.php"].active').waitFor();
  assert.equal(php("echo in_array('itcq/itcq.php', (array) get_option('active_plugins'), true) ? 'yes' : 'no';").trim(), "yes");
  // It ships the release it was built from: no file from elsewhere.
  const assets = join(WP, "site/wp-content/plugins/itcq/assets");
  assert.deepEqual(JSON.parse(readFileSync(join(assets, "manifest.json"), "utf8")).loader, release.loader);
  await ctx.close();
});

test("the settings page checks every field with the engine, shows each problem under its field, and saves only what is right", { timeout: 60000 }, async () => {
  const ctx = await admin();
  const p = ctx.page;
  await p.goto(`${wp.origin}/wp-admin/options-general.php?page=itcq`);
  await p.locator("#itcq-check").filter({ hasText: /\S/ }).waitFor();
  await p.fill("#itcq-mspName", "Acme IT");
  await p.fill("#itcq-brandColor", "blue-ish");
  await p.fill("#itcq-webhook", "hooks.acme.example/itcq");
  await p.fill("#itcq-config", EXAMPLE.replace('"color": "#1d4ed8"', '"color": "not a colour"'));
  const problem = (key) => p.locator(`#itcq-problem-${key}`);
  await problem("brandColor").filter({ hasText: /blue-ish/ }).waitFor();
  await problem("webhook").filter({ hasText: /https/ }).waitFor();
  await p.locator("#itcq-problems-config li", { hasText: "brand.color" }).waitFor();
  assert.equal(await p.locator("#itcq-brandColor").getAttribute("aria-invalid"), "true");
  assert.equal(await problem("mspName").isHidden(), true, "a right field shows nothing");
  await shot(p, "wordpress-settings-problems.png");
  // Saving is refused while a problem is left: the page stays, the first field is focused.
  await p.click("#submit");
  await p.locator("#itcq-check", { hasText: /problem/ }).waitFor();
  assert.equal(await p.evaluate(() => document.activeElement.id), "itcq-brandColor");
  assert.match(php("echo wp_json_encode(get_option('itcq_settings', 'none'));"), /none/, "nothing was saved");
  // Fixed, it saves.
  await p.fill("#itcq-brandColor", "#0a5c36");
  await p.fill("#itcq-webhook", "");
  await p.fill("#itcq-config", EXAMPLE);
  await p.locator("#itcq-check", { hasText: "no problems" }).waitFor();
  await Promise.all([p.waitForURL(/settings-updated=true/), p.click("#submit")]);
  const saved = JSON.parse(php("echo wp_json_encode(get_option('itcq_settings'));"));
  assert.equal(saved.mspName, "Acme IT");
  assert.equal(saved.brandColor, "#0a5c36");
  assert.equal(JSON.parse(saved.config).brand.name, "Northwind IT");
  assert.equal(saved.webhook, undefined);
  await ctx.close();
});

test("a page with the block: shown in the editor, and published, a visitor completes the assessment", { timeout: 180000 }, async () => {
  const { id, url } = page("IT check", '<!-- wp:paragraph --><p>How well does your company run its IT? Find out in ten minutes.</p><!-- /wp:paragraph -->\n<!-- wp:itcq/assessment /-->');
  // The block editor shows the block (not an unsupported one) and its settings.
  // The block editor loads much at once from PHP's built-in server: it is given time.
  const ed = await admin({ viewport: { width: 1280, height: 800 }, timeout: 45000 });
  await ed.page.goto(`${wp.origin}/wp-admin/post.php?post=${id}&action=edit`);
  await ed.page.waitForFunction(() => window.wp && wp.data && wp.data.select("core/edit-post"));
  await ed.page.evaluate(() => {
    if (wp.data.select("core/edit-post").isFeatureActive("welcomeGuide")) wp.data.dispatch("core/edit-post").toggleFeature("welcomeGuide");
  });
  const frame = ed.page.frameLocator('iframe[name="editor-canvas"]');
  const inEditor = (await ed.page.locator('iframe[name="editor-canvas"]').count()) ? frame : ed.page;
  await inEditor.locator(".itcq-block-placeholder").waitFor();
  await inEditor.locator(".itcq-block-placeholder").click();
  await ed.page.getByRole("combobox", { name: "Mode" }).waitFor();
  await shot(ed.page, "wordpress-block-editor.png", false);
  await ed.close();

  // A visitor on a phone: the tag as released, the brand from the settings, the whole journey.
  const ctx = await open(env, "/index.html", { goto: false, viewport: { width: 375, height: 740 }, touch: true });
  await ctx.page.goto(url);
  const tag = ctx.page.locator(`script[src*="/wp-content/plugins/itcq/assets/${release.loader.file}"]`);
  assert.equal(await tag.getAttribute("integrity"), release.loader.integrity);
  assert.equal(await tag.getAttribute("crossorigin"), "anonymous");
  const w = widget(ctx.page);
  await waitStep(w, "welcome");
  assert.match(await w.locator(".itcq-brand-name").textContent(), /Acme IT/);
  await shot(ctx.page, "wordpress-published-phone.png", false);
  // The settings' configuration file hides a question and adds the MSP's own: the count is its own.
  await w.locator('button[data-action="start"]').click();
  await fillProfile(w);
  await waitStep(w, "question");
  const total = Number((await w.locator(".itcq-progress").textContent()).match(/of (\d+)/)[1]);
  for (let i = 0; i < total; i++) await answer(w, i, total, pattern(i));
  await w.locator('div.itcq[data-step="lead"], div.itcq[data-step="results"]').first().waitFor();
  if ((await currentStep(w)) === "lead") {
    await w.locator("#itcq-lead-phone").fill(LEAD.phone); // the configuration file asks for it
    await fillLead(w);
  }
  await waitStep(w, "results");
  await shot(ctx.page, "wordpress-results-phone.png", false);
  const outside = ctx.requests.filter((u) => !u.startsWith(wp.origin) && !u.startsWith("data:"));
  assert.deepEqual(outside, [], "nothing from outside the site");
  assert.deepEqual(ctx.errors.map(String), []);
  await ctx.close();

  // The same page on a desktop.
  const desk = await open(env, "/index.html", { goto: false });
  await desk.page.goto(url);
  await waitStep(widget(desk.page), "welcome");
  await shot(desk.page, "wordpress-published-desktop.png", false);
  await desk.close();
});

test("pages without the block or the shortcode load nothing of the plugin", { timeout: 30000 }, async () => {
  const { url } = page("About us", "<!-- wp:paragraph --><p>We look after IT for 80 companies.</p><!-- /wp:paragraph -->");
  const ctx = await open(env, "/index.html", { goto: false });
  await ctx.page.goto(url);
  await ctx.page.waitForLoadState("load");
  assert.deepEqual(ctx.requests.filter((u) => u.includes("/plugins/itcq/")), []);
  assert.equal(await ctx.page.locator("itcq-widget").count(), 0);
  await ctx.close();
});

test("the shortcode takes the tag's settings (a popup with its own name and label), but not where leads go", { timeout: 60000 }, async () => {
  // A writer cannot send the page's leads elsewhere: delivery is the administrator's setting.
  const { url } = page("Popup", '<!-- wp:shortcode -->[itcq mode="popup" msp-name="Shortcode IT" button_label="Check your IT now" webhook="https://leads.elsewhere.example/" config="https://elsewhere.example/c.json" _config="https://elsewhere.example/c.json" hubspot_portal="1"]<!-- /wp:shortcode -->');
  const ctx = await open(env, "/index.html", { goto: false });
  await ctx.page.goto(url);
  const tag = ctx.page.locator('script[src*="/plugins/itcq/assets/embed."]');
  assert.equal(await tag.getAttribute("data-webhook"), null);
  assert.equal(await tag.getAttribute("data-config"), null);
  assert.equal(await tag.getAttribute("data-hubspot-portal"), null);
  assert.equal(await tag.getAttribute("data-msp-name"), "Shortcode IT");
  const w = widget(ctx.page);
  await w.locator("button.itcq-launcher", { hasText: "Check your IT now" }).click();
  await waitStep(w, "welcome");
  assert.match(await w.locator(".itcq-brand-name").textContent(), /Shortcode IT/);
  assert.deepEqual(ctx.errors.map(String), []);
  await ctx.close();
});

test("deactivated and deleted, the plugin leaves no option and no file behind", { timeout: 60000 }, async () => {
  const ctx = await admin();
  const p = ctx.page;
  p.on("dialog", (d) => d.accept());
  await p.goto(`${wp.origin}/wp-admin/plugins.php`);
  await Promise.all([p.waitForURL(/deactivate=true/), p.locator('tr[data-plugin="itcq/itcq.php"] .deactivate a').click()]);
  await p.locator('tr[data-plugin="itcq/itcq.php"] .delete a').click();
  await p.getByText("ITCq IT assessment was successfully deleted.").waitFor({ timeout: 30000 });
  assert.equal(wp.sql("SELECT option_name FROM wp_options WHERE option_name LIKE '%itcq%'").trim(), "");
  assert.equal(existsSync(join(WP, "site/wp-content/plugins/itcq")), false);
  await ctx.close();
});

test("WordPress logged no notice, warning or error from the plugin", () => {
  assert.deepEqual(debugLog().split("\n").filter((l) => /plugins\/itcq\//.test(l)), []);
});
