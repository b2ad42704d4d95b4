// Shared helpers for the end-to-end tests: a static server for the built site, Debian's
// Chromium driven by playwright-core (no browser download), shadow-root helpers, the
// engine loaded in Node, and a click-through journey. See CONTRACT.md for the selectors.
//
//   /                  target/site            (what `bash .ci/build-web.sh` assembles)
//   /test/             tests/e2e/pages        (test-only pages, never shipped)
//   /vendor/bootstrap/ node_modules/bootstrap/dist
//   /broken/           target/site without pkg/ (404s: the loader's failure path)
//   /tampered/         target/tampered        (copies of the release that tests change)
//   /npm/              target/npm-scratch     (a project with the npm package installed)
//   any HTML with ?csp in its URL is served with a strict Content-Security-Policy (CSP), and
//   with ?nonce with a nonce-based one, the nonce added to its <script> and <link> tags; ?tt
//   adds Trusted Types enforcement (TRUSTED_TYPES) to either, or sends it alone.
import { after } from "node:test";
import { createServer } from "node:http";
import { createServer as createTcpServer } from "node:net";
import { randomBytes } from "node:crypto";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, normalize, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { CHROMIUM, launch, serveStatic } from "./chromium.mjs";

// Chromium's path and launch flags, and the static server, are shared with benches/web/.
export { CHROMIUM, launch };

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SITE = join(ROOT, "target/site");
export const PAGES = join(ROOT, "tests/e2e/pages");
export const BOOTSTRAP = join(ROOT, "node_modules/bootstrap/dist");
export const ARTIFACTS = join(ROOT, "artifacts/e2e");
/** Where tests put copies of the release to change (served as /tampered/). */
export const TAMPERED = join(ROOT, "target/tampered");
/** A scratch project the npm test installs the package into (served as /npm/). */
export const SCRATCH = join(ROOT, "target/npm-scratch");
/** The strict policy of docs/security.md, sent with any HTML requested with `?csp`. */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; connect-src 'self'";
/** This server's nonce: HTML requested with `?nonce` gets it on every <script> and <link>. */
export const NONCE = randomBytes(16).toString("base64");
/** A nonce-based policy as sites that require one send it (`?nonce`): nothing runs or styles without the nonce. */
export const NONCE_CSP = `default-src 'self'; script-src 'nonce-${NONCE}' 'strict-dynamic' 'wasm-unsafe-eval'; ` +
  `style-src 'nonce-${NONCE}'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'`;

/** Trusted Types enforced with no policy allowed (`?tt`): no string reaches an HTML, script or script-URL sink. */
export const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types 'none'";

/** Maps a URL path to a file, or null (404). Never leaves the mounted folders. */
function resolve(path) {
  const mounts = [["/test/", PAGES], ["/vendor/bootstrap/", BOOTSTRAP], ["/broken/", SITE], ["/tampered/", TAMPERED], ["/npm/", SCRATCH], ["/", SITE]];
  for (const [prefix, dir] of mounts) {
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length);
    if (prefix === "/broken/" && rest.startsWith("pkg/")) return null;
    const file = normalize(join(dir, rest));
    if (file !== dir && !file.startsWith(dir + sep)) return null;
    return file;
  }
  return null;
}

/** A free TCP port on 127.0.0.1, for a server another program starts (PHP, a WebDriver). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createTcpServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Starts the static server on 127.0.0.1 with an ephemeral port. */
export async function startServer() {
  for (const [what, file] of [["the built site", join(SITE, "embed.js")], ["the wasm", join(SITE, "pkg/itcq_bg.wasm")],
    ["the glue", join(SITE, "pkg/itcq.js")], ["Bootstrap", join(BOOTSTRAP, "css/bootstrap.min.css")]]) {
    if (!existsSync(file)) {
      throw new Error(`${what} is missing (${file}); run \`bash .ci/build-web.sh\` and \`npm ci\` first`);
    }
  }
  return serveStatic({
    resolve,
    headers: (url, type) => {
      if (!type.startsWith("text/html")) return {};
      const q = url.searchParams;
      const policy = [q.has("nonce") ? NONCE_CSP : q.has("csp") ? CSP : null, q.has("tt") ? TRUSTED_TYPES : null]
        .filter(Boolean).join("; ");
      return policy ? { "content-security-policy": policy } : {};
    },
    encode: (req, { body, type }) => {
      if (!type.startsWith("text/html") || !new URL(req.url, "http://x").searchParams.has("nonce")) return null;
      const html = String(body).replace(/<(script|link)\b/g, `<$1 nonce="${NONCE}"`);
      return { body: Buffer.from(html), encoding: "identity" };
    },
  });
}

/** One server and one browser per test file, closed after the file's tests. */
export async function setup() {
  const server = await startServer();
  const browser = await launch();
  mkdirSync(ARTIFACTS, { recursive: true });
  after(async () => {
    await browser.close();
    await server.close();
  });
  return { server, browser, origin: server.origin };
}

/**
 * Opens `path` in a fresh context (own localStorage). Collects page errors, console messages,
 * requests and CSP violations; throws if the page does not load.
 * options: viewport, deviceScaleFactor, locale (the browser's language, default en-US), touch (a
 * phone: touch events and a mobile viewport), init (a
 * function run before the page's scripts), goto=false.
 */
export async function open(env, path, options = {}) {
  const context = await env.browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    locale: options.locale ?? "en-US",
    hasTouch: options.touch ?? false,
    isMobile: options.touch ?? false,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(options.timeout ?? 15000);
  const ctx = { context, page, errors: [], console: [], requests: [], url: env.origin + path };
  page.on("pageerror", (e) => ctx.errors.push(e));
  page.on("console", (m) => ctx.console.push({ type: m.type(), text: m.text() }));
  page.on("request", (r) => ctx.requests.push(r.url()));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`), true);
  });
  if (options.init) await page.addInitScript(options.init, options.initArg);
  ctx.close = () => context.close();
  if (options.goto !== false) await goto(ctx);
  return ctx;
}

/** Navigates (or reloads when no path is given) and checks the response. */
export async function goto(ctx, path) {
  const url = path ? new URL(path, ctx.url).href : ctx.url;
  const res = await ctx.page.goto(url, { waitUntil: "load" });
  if (!res || !res.ok()) throw new Error(`page did not load: ${url} (${res ? res.status() : "no response"})`);
}

export async function reload(ctx) {
  const res = await ctx.page.reload({ waitUntil: "load" });
  if (!res || !res.ok()) throw new Error(`page did not reload: ${ctx.url}`);
}

/** Asserts no uncaught exception happened in the page and no widget crashed. */
export async function assertClean(ctx) {
  assert.deepEqual(ctx.errors.map((e) => String(e.stack || e)), [], "uncaught errors in the page");
  assert.equal(await ctx.page.locator("itcq-widget .itcq-crash").count(), 0, "a widget crashed (.itcq-crash)");
}

/** The n-th widget host; locators under it pierce its open shadow root. */
export const widget = (page, n = 0) => page.locator("itcq-widget").nth(n);

/** Waits for the widget to show `step` (welcome, profile, goals, question, lead, results). */
export async function waitStep(w, step, timeout) {
  await w.locator(`div.itcq[data-step="${step}"]`).waitFor({ state: "visible", timeout });
}

export async function currentStep(w) {
  return w.locator("div.itcq[data-step]").first().getAttribute("data-step");
}

/** Describes the focused element, following open shadow roots. */
export function activeInfo(page) {
  return page.evaluate(() => {
    let el = document.activeElement, path = [];
    while (el) {
      path.push(el.tagName.toLowerCase() + (el.id ? `#${el.id}` : "") + (el.className && typeof el.className === "string" ? `.${el.className.trim().split(/\s+/).join(".")}` : ""));
      if (!el.shadowRoot || !el.shadowRoot.activeElement) break;
      el = el.shadowRoot.activeElement;
    }
    return { path: path.join(" > "), inShadow: path.length > 1 };
  });
}

/** True if the deepest focused element matches `selector`. */
export function activeMatches(page, selector) {
  return page.evaluate((sel) => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    return !!el && el.matches(sel);
  }, selector);
}

/** Waits until the deepest focused element matches `selector`. */
export async function waitFocus(page, selector, what = selector) {
  try {
    await page.waitForFunction((sel) => {
      let el = document.activeElement;
      while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
      return !!el && el.matches(sel);
    }, selector, { timeout: 5000, polling: 50 });
  } catch {
    assert.fail(`focus should be on ${what}, but is on ${(await activeInfo(page)).path}`);
  }
}

/** Presses Tab until the focused element matches `selector` (keyboard-only navigation). */
export async function tabTo(page, selector, max = 60) {
  for (let i = 0; i <= max; i++) {
    if (await activeMatches(page, selector)) return i;
    await page.keyboard.press("Tab");
  }
  assert.fail(`Tab never reached ${selector}; focus is on ${(await activeInfo(page)).path}`);
}

/** Saves a screenshot to artifacts/e2e/<name>. */
export async function shot(page, name, fullPage = true) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, name), fullPage });
}

/** Saves a screenshot of one element (e.g. a widget host) to artifacts/e2e/<name>. */
export async function shotOf(locator, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await locator.screenshot({ path: join(ARTIFACTS, name) });
}

/**
 * The shipped engine loaded in Node, as tests/wasm/engine.test.mjs does (initSync + assess):
 * target/site/pkg/itcq.js as CONTRACT.md says, or pkg/itcq_engine.js when the build ships the
 * engine's JSON API as a separate bundle.
 */
let engineModule;
export async function engine() {
  for (const name of ["itcq", "itcq_engine"]) {
    if (engineModule) break;
    const js = join(SITE, `pkg/${name}.js`);
    if (!existsSync(js)) continue;
    const m = await import(pathToFileURL(js).href);
    if (typeof m.assess !== "function" || typeof m.questions !== "function") continue;
    m.initSync({ module: readFileSync(join(SITE, `pkg/${name}_bg.wasm`)) });
    engineModule = m;
  }
  if (!engineModule) throw new Error("no engine API (assess, questions) in target/site/pkg/itcq.js or itcq_engine.js");
  return engineModule;
}

/** Starts listening to the widget's CustomEvents on its host; read them with `events()`. */
export async function recordEvents(w) {
  await w.evaluate((host) => {
    host.__itcqEvents = [];
    for (const type of ["itcq:started", "itcq:block-completed", "itcq:completed", "itcq:lead-submitted"]) {
      host.addEventListener(type, (e) => host.__itcqEvents.push({ type, detail: JSON.parse(JSON.stringify(e.detail ?? null)) }));
    }
  });
}
export const events = (w) => w.evaluate((host) => host.__itcqEvents);

// A company with an IT administrator of its own is asked every question of the bank (one with
// an outside provider and under 51 seats is not asked `it_organization`), so the journeys can
// walk the bank's questions in order.
export const PROFILE = { company: "Journey Test Ltd", seats: "45", industry: "professional_services", it_management: "internal_admin" };
export const LEAD = { name: "Pat Example", email: "pat@example.com", company: "Journey Test Ltd", phone: "+1 555 0199" };

/** Fills the profile step (with `p.goals`, if any) by mouse and goes on. */
export async function fillProfile(w, p = PROFILE) {
  await waitStep(w, "profile");
  await w.locator("#itcq-company").fill(p.company);
  await w.locator("#itcq-seats").fill(p.seats);
  await w.locator("#itcq-industry").selectOption(p.industry);
  await w.locator(`input[name="itcq-it-management"][value="${p.it_management}"]`).check();
  for (const g of p.goals || []) await w.locator(`input[name="itcq-goal"][value="${g}"]`).check();
  await w.locator('button[data-action="next"]').click();
}

/** From the welcome step to the first question: start, the profile (goals on the same screen, none chosen). */
export async function toQuestions(w, p = PROFILE) {
  await waitStep(w, "welcome");
  await w.locator('button[data-action="start"]').click();
  await fillProfile(w, p);
  await waitStep(w, "question");
}

/** The ID of the question on screen. */
export const questionId = (w) => w.locator("section.itcq-question-step").getAttribute("data-question");

/**
 * Answers the question at index `i` (0-based) of `total` with `value` as a prospect does: a
 * tap on the answer, after which the next step comes by itself (auto-advance). With
 * `next: true` (auto-advance turned off) it presses Next instead of waiting.
 */
export async function answer(w, i, total, value, { next = false } = {}) {
  await waitStep(w, "question");
  await w.locator(".itcq-progress").filter({ hasText: `Question ${i + 1} of ${total}` }).waitFor();
  const id = await questionId(w);
  await w.locator(`input[name="itcq-answer"][value="${value}"]`).check();
  if (next) await w.locator('button[data-action="next"]').click();
  await w.locator(`section.itcq-question-step[data-question="${id}"]`).waitFor({ state: "detached" });
}

/** Opens the results' "Keep and share" section (folded below the first screen). */
export async function openShare(w) {
  const d = w.locator("details.itcq-more").filter({ has: w.page().locator(".itcq-share") });
  if ((await d.getAttribute("open")) === null) await d.locator("summary").click();
}

/** Chooses an answer without moving on, as the keyboard does (Space on the option). */
export async function select(w, value) {
  const input = w.locator(`input[name="itcq-answer"][value="${value}"]`);
  await input.focus();
  await input.press("Space");
  await w.locator(`input[name="itcq-answer"][value="${value}"]:checked`).waitFor();
}

/** Fills and submits the lead form (wherever it is shown). */
export async function fillLead(w, lead = LEAD) {
  await w.locator("#itcq-lead-name").fill(lead.name);
  await w.locator("#itcq-lead-email").fill(lead.email);
  await w.locator("#itcq-lead-company").fill(lead.company);
  await w.locator("#itcq-lead-consent").check();
  await w.locator('button[data-action="submit-lead"]').click();
}

/** The answer pattern shared by the journeys: levels 0–4 cycling, "Don't know" every 6th. */
export const pattern = (i) => (i % 6 === 5 ? "dont_know" : String(i % 5));

/**
 * Clicks from the welcome step to the results: profile (no goals), every question answered
 * with `pattern`, the lead form if it comes before the results. `onQuestion(i)` may take
 * screenshots or checks. Returns the number of questions.
 */
export async function journey(w, { onQuestion, profile = PROFILE } = {}) {
  const total = (await engine()).questions("quick").questions.length;
  await waitStep(w, "welcome");
  await w.locator('button[data-action="start"]').click();
  await fillProfile(w, profile);
  for (let i = 0; i < total; i++) {
    if (onQuestion) await onQuestion(i);
    await answer(w, i, total, pattern(i));
  }
  await w.locator('div.itcq[data-step="lead"], div.itcq[data-step="results"]').first().waitFor();
  if ((await currentStep(w)) === "lead") await fillLead(w);
  await waitStep(w, "results");
  return total;
}

/** Horizontal overflow of the page in CSS pixels (0 = no horizontal scrollbar). */
export const overflowX = (page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Requests for the wasm so far. */
export const wasmRequests = (ctx) => ctx.requests.filter((u) => /\/pkg\/itcq_bg\.wasm(\?|$)/.test(u));

/** Parses a computed CSS colour `rgb(r, g, b)` into "#rrggbb". */
export function hex(rgb) {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(rgb || "");
  return m ? "#" + m.slice(1, 4).map((x) => Number(x).toString(16).padStart(2, "0")).join("") : rgb;
}

/**
 * A real local webhook endpoint (CORS allowed) recording each POST's JSON body in `received`.
 * `answer(n)` decides the reply to the n-th POST (0-based): `{ status = 200, delay = 0 }`,
 * delay in milliseconds (a reply that never comes in time: a delay past the sender's timeout).
 */
export async function hookServer({ port = 0, answer = () => ({}) } = {}) {
  const received = [];
  const timers = new Set();
  let answered = 0;
  const server = createServer((req, res) => {
    res.setHeader("access-control-allow-origin", "*");
    res.setHeader("access-control-allow-headers", "content-type");
    res.setHeader("access-control-allow-methods", "POST");
    if (req.method === "OPTIONS") return res.writeHead(204).end();
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const { status = 200, delay = 0 } = answer(received.length) || {};
      received.push(JSON.parse(body));
      const timer = setTimeout(() => {
        timers.delete(timer);
        answered += 1;
        if (!res.destroyed) res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ ok: status < 300 }));
      }, delay);
      timers.add(timer);
    });
  });
  await new Promise((r) => server.listen(port, "127.0.0.1", r));
  return {
    received,
    /** How many replies have been sent so far. */
    get answered() { return answered; },
    port: server.address().port,
    close: () => new Promise((r) => {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}

/** Polls `cond` every 100 ms until it holds; fails naming `what` after `timeout` ms. */
export async function until(what, cond, timeout = 15000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await cond()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`timed out waiting for ${what}`);
}

/** The lead outbox the engine bundle keeps in localStorage (null when empty). */
export const outbox = (ctx) => ctx.page.evaluate(() => JSON.parse(localStorage.getItem("itcq:v1:outbox") || "null"));
