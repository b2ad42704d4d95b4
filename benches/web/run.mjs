// Browser benchmark: what the ITCq widget costs a host page, next to SurveyJS rendering the
// same questions, in Debian's headless Chromium; and how fast the engine's `assess` runs.
//
//   make bench-web                      # builds target/site, then runs this
//   node benches/web/run.mjs [--runs N] [--cpu 1,4] [--native] [--engine-calls N]
//                            [--encoding auto|br|gzip|identity] [--network loopback,fast4g,slow4g (all)]
//                            [--strict]
//
// Pages, served from 127.0.0.1 by a static server in this process (benches/web/pages/):
//   empty        the host page alone (the baseline)
//   itcq         the same page with the one-line embed, inline mode, in view
//   surveyjs     the same page with SurveyJS (survey-core + survey-js-ui UMD bundles and the
//                default theme survey-core.min.css, from node_modules) rendering the quick bank,
//                generated here from the shipped engine (`questions("quick")`)
//   loader       the same page with the embed below a 3000px spacer: only the loader's cost
//   floor        the same page with the same screens as a static HTML form and no script at
//                all (welcome, profile and the questions on one page, words from the widget's
//                English language files): what any assessment costs at the least
// ITCq and SurveyJS are timed twice: to their first screen (the welcome with its Start button;
// SurveyJS is given the same start page and profile page) and to their first question
// answerable, each driven the same way through Start and the profile (DRIVE).
// Each run is a fresh browser context with the cache disabled; the pages take turns within
// each round. Every run's numbers go to artifacts/bench/raw.json, the summary to
// artifacts/bench/results.md and stdout. Any failure exits non-zero with nothing written.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, normalize, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { spawnSync } from "node:child_process";
import { cpus, availableParallelism, loadavg } from "node:os";
import { gzipSync, brotliCompressSync, constants as zlib } from "node:zlib";
import { CHROMIUM, LAUNCH_ARGS, launch, serveStatic, mimeOf } from "../../tests/e2e/chromium.mjs";
import { RULES } from "../../www/rules.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SITE = join(ROOT, "target/site");
const PAGES = join(ROOT, "benches/web/pages");
const MODULES = join(ROOT, "node_modules");
const OUT = join(ROOT, "artifacts/bench");
const VIEWPORT = { width: 1280, height: 900 };
const READY_TIMEOUT = 30_000;  // from navigation start to "ready"
const QUIET_MS = 500;           // the network counts as settled after this long with nothing in flight
const SURVEY_VERSION = "2.5.38";
const KB = 1000;                // as the size budgets (docs/performance.md)
// SurveyJS's default theme (survey-core.min.css) loads Open Sans from Google Fonts. This
// machine reaches no such host, and a third party's CDN would not measure the library anyway:
// those requests are blocked (CDP Network.setBlockedURLs), listed, and not counted.
const BLOCKED_HOSTS = ["fonts.gstatic.com", "fonts.googleapis.com"];
// The network every page of a run is loaded over (CDP Network.emulateNetworkConditions):
// the loopback as it is, or Chromium DevTools' throttling presets (bytes per second, ms).
const NETWORKS = {
  loopback: null,
  fast4g: { label: "Fast 4G (DevTools preset: 8.1 Mbit/s down, 1.35 Mbit/s up, 165 ms latency)", downloadThroughput: (9e6 / 8) * 0.9, uploadThroughput: (1.5e6 / 8) * 0.9, latency: 60 * 2.75 },
  slow4g: { label: "Slow 4G (DevTools preset: 1.44 Mbit/s down, 675 kbit/s up, 562.5 ms latency)", downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9, latency: 150 * 3.75 },
};

const PAGE_DEFS = [
  { id: "empty", path: "/bench/empty.html", label: "empty host page" },
  { id: "itcq", path: "/bench/itcq.html", label: "ITCq (one-line embed)" },
  { id: "surveyjs", path: "/bench/surveyjs.html", label: `SurveyJS ${SURVEY_VERSION}` },
  { id: "loader", path: "/bench/itcq-below-fold.html", label: "ITCq loader only (embed below the fold)" },
  { id: "floor", path: "/bench/generated/floor.html", label: "the floor: the same screens as a static HTML form, no script" },
];
// The profile both assessments are driven through to their first question, the same way in
// every run (seats typed, industry chosen, who runs IT chosen, then Next).
const DRIVE = { seats: "45", industry: "professional_services", it_management: "internal_admin" };

// ---------------------------------------------------------------------------------------------
// Options

function usage(msg) {
  if (msg) console.error(`bench-web: ${msg}`);
  console.error("usage: node benches/web/run.mjs [--runs N (default 20)] [--cpu 1,4] [--native] " +
    "[--engine-calls N (default 2000)] [--encoding auto|br|gzip|identity] [--network loopback,fast4g,slow4g] [--strict]");
  process.exit(2);
}

function parseArgs(argv) {
  const o = { runs: 20, cpu: [1, 4], native: false, engineCalls: 2000, encoding: "auto", networks: Object.keys(NETWORKS), strict: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const [k, inline] = a.split(/=(.*)/s);
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length) usage(`${k} needs a value`);
      return argv[++i];
    };
    const int = (s, k, min) => {
      if (!/^\d+$/.test(s) || Number(s) < min) usage(`${k}: "${s}" is not accepted; expected a whole number ≥ ${min}`);
      return Number(s);
    };
    if (a === "--help" || a === "-h") usage();
    else if (a.startsWith("--runs")) o.runs = int(value(), "--runs", 1);
    else if (a.startsWith("--engine-calls")) o.engineCalls = int(value(), "--engine-calls", 10);
    else if (a.startsWith("--cpu")) {
      o.cpu = value().split(",").map((s) => int(s.trim(), "--cpu", 1));
      if (!o.cpu.length) usage("--cpu needs at least one rate");
    } else if (a.startsWith("--encoding")) {
      o.encoding = value();
      if (!["auto", "br", "gzip", "identity"].includes(o.encoding)) usage(`--encoding: "${o.encoding}" is not accepted; expected auto, br, gzip or identity`);
    } else if (a.startsWith("--network")) {
      o.networks = value().split(",").map((x) => x.trim());
      for (const n of o.networks) if (!(n in NETWORKS)) usage(`--network: "${n}" is not accepted; expected one or more of ${Object.keys(NETWORKS).join(", ")}, separated by commas`);
    } else if (a === "--native") o.native = true;
    else if (a === "--strict") o.strict = true;
    else usage(`unknown argument "${a}"`);
  }
  return o;
}

// ---------------------------------------------------------------------------------------------
// Inputs: the built site, SurveyJS from node_modules, the quick bank from the shipped engine

function preflight() {
  const need = [
    ["the built site (run `bash .ci/build-web.sh`)", join(SITE, "embed.js")],
    ["the widget's wasm (run `bash .ci/build-web.sh`)", join(SITE, "pkg/itcq_bg.wasm")],
    ["the widget's glue (run `bash .ci/build-web.sh`)", join(SITE, "pkg/itcq.js")],
    ["the engine API bundle (run `bash .ci/build-web.sh`)", join(SITE, "pkg/itcq_engine.js")],
    ["survey-core (run `npm ci`)", join(MODULES, "survey-core/survey.core.min.js")],
    ["survey-core's default theme (run `npm ci`)", join(MODULES, "survey-core/survey-core.min.css")],
    ["survey-js-ui (run `npm ci`)", join(MODULES, "survey-js-ui/survey-js-ui.min.js")],
  ];
  for (const [what, file] of need) {
    if (!existsSync(file)) throw new Error(`${what} is missing: ${file}`);
  }
  for (const pkg of ["survey-core", "survey-js-ui"]) {
    const v = JSON.parse(readFileSync(join(MODULES, pkg, "package.json"), "utf8")).version;
    if (v !== SURVEY_VERSION) throw new Error(`${pkg} ${v} is installed, the benchmark compares with ${SURVEY_VERSION}; run \`npm ci\``);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get install -y chromium`);
}

/** The shipped engine in Node, as tests/wasm/engine.test.mjs loads it. */
async function loadEngine() {
  const m = await import(pathToFileURL(join(SITE, "pkg/itcq_engine.js")).href);
  m.initSync({ module: readFileSync(join(SITE, "pkg/itcq_engine_bg.wasm")) });
  return m;
}

/**
 * The quick bank as SurveyJS JSON: one radiogroup per page (title = question, description =
 * help, the five option texts plus "Don't know"), required like ours, with a progress bar.
 */
function surveyJson(bank) {
  const pages = bank.questions.map((q, i) => {
    const options = q.scale?.options;
    if (!Array.isArray(options) || options.length !== 5) {
      throw new Error(`quick bank question ${q.id}: expected 5 option texts, found ${JSON.stringify(q.scale)}`);
    }
    return {
      name: `page${i + 1}`,
      elements: [{
        type: "radiogroup",
        name: q.id,
        title: q.text,
        description: q.help,
        isRequired: true,
        choices: [...options.map((text, level) => ({ value: level, text })), { value: "dont_know", text: "Don't know" }],
      }],
    };
  });
  // The same first screens as the widget: a start page with a Start button, then the profile.
  const start = {
    name: "start",
    elements: [{ type: "html", name: "welcome", html: `<h3>${escapeHtml(en["ui.welcome.title"] ?? "How competitive is your IT?")}</h3><p>${escapeHtml(en["ui.welcome.intro"] ?? "")}</p>` }],
  };
  const profile = {
    name: "profile",
    elements: [
      { type: "text", name: "seats", inputType: "number", title: en["ui.profile.seats"] ?? "Seats", isRequired: true, min: 1 },
      { type: "radiogroup", name: "industry", title: en["ui.profile.industry"] ?? "Industry", isRequired: true,
        choices: RULES.industries.map((id) => ({ value: id, text: en[`industry.${id}`] ?? id })) },
      { type: "radiogroup", name: "it_management", title: en["ui.profile.it"] ?? "Who runs IT", isRequired: true,
        choices: RULES.itManagement.map((id) => ({ value: id, text: en[`itm.${id}`] ?? id })) },
    ],
  };
  return { title: "Acme IT: IT assessment", showProgressBar: true, firstPageIsStartPage: true, startSurveyText: en["ui.welcome.start"] ?? "Start", pages: [start, profile, ...pages] };
}

/** The widget's English words (lang/en.json and lang/en.more.json), read by main(). */
let en = {};
const readWords = () => Object.assign({}, ...["en.json", "en.more.json"].map((f) => {
  const j = JSON.parse(readFileSync(join(SITE, "lang", f), "utf8"));
  return j.texts ?? j;
}));

const escapeHtml = (t) => String(t).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/**
 * The floor: the host page with the same screens as a static HTML form and no script: the
 * welcome, the profile and every quick-bank question (its five options and "Don't know") on
 * one page, in the widget's English words.
 */
function floorHtml(bank) {
  const host = readFileSync(join(PAGES, "empty.html"), "utf8");
  const radios = (name, choices) => choices.map(([value, text]) =>
    `<label><input type="radio" name="${name}" value="${value}" required> ${escapeHtml(text)}</label>`).join("\n");
  const questions = bank.questions.map((q, i) => `<fieldset class="q" data-question="${q.id}"><legend>${i + 1}. ${escapeHtml(q.text)}</legend>
<p>${escapeHtml(q.help ?? "")}</p>
${radios(q.id, [...q.scale.options.map((t, l) => [l, t]), ["dont_know", "Don't know"]])}
</fieldset>`).join("\n");
  const form = `<form id="floor" method="post" action="#">
<h3>${escapeHtml(en["ui.welcome.title"] ?? "")}</h3><p>${escapeHtml(en["ui.welcome.intro"] ?? "")}</p>
<p><a class="start" href="#profile">${escapeHtml(en["ui.welcome.start"] ?? "Start")}</a></p>
<fieldset id="profile"><legend>${escapeHtml(en["ui.profile.title"] ?? "")}</legend>
<label>${escapeHtml(en["ui.profile.seats"] ?? "Seats")} <input type="number" name="seats" min="1" required></label>
<label>${escapeHtml(en["ui.profile.industry"] ?? "Industry")} <select name="industry" required>${RULES.industries.map((id) => `<option value="${id}">${escapeHtml(en[`industry.${id}`] ?? id)}</option>`).join("")}</select></label>
${radios("it_management", RULES.itManagement.map((id) => [id, en[`itm.${id}`] ?? id]))}
</fieldset>
${questions}
<button type="submit">${escapeHtml(en["ui.see_results"] ?? "See results")}</button>
</form>`;
  const page = host.replace('href="host.css"', 'href="/bench/host.css"').replace("</h2>", `</h2>\n${form}`);
  if (page === host) throw new Error("benches/web/pages/empty.html has no </h2> to put the floor's form after");
  return page;
}

// ---------------------------------------------------------------------------------------------
// The server: target/site at /, the pages at /bench/, SurveyJS at /vendor/, the generated
// survey at /bench/generated/; responses compressed as a CDN would serve them (max levels).

const compressedCache = new Map();
function compress(body, encoding, key) {
  if (encoding === "identity") return body;
  const k = `${key}\0${encoding}`;
  if (!compressedCache.has(k)) {
    compressedCache.set(k, encoding === "br"
      ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : gzipSync(body, { level: 9 }));
  }
  return compressedCache.get(k);
}

function startServer(generated, encoding, seen) {
  const mounts = [
    ["/bench/generated/", null],
    ["/bench/", PAGES],
    ["/vendor/survey-core/", join(MODULES, "survey-core")],
    ["/vendor/survey-js-ui/", join(MODULES, "survey-js-ui")],
    ["/", SITE],
  ];
  const resolve = (path) => {
    for (const [prefix, dir] of mounts) {
      if (!path.startsWith(prefix)) continue;
      if (!dir) return generated[path] ?? null;
      const file = normalize(join(dir, path.slice(prefix.length)));
      return file === dir || file.startsWith(dir + sep) ? file : null;
    }
    return null;
  };
  const accepts = (header, name) => header.split(",").some((p) => {
    const [token, ...params] = p.trim().split(";");
    return token.trim().toLowerCase() === name && !params.some((x) => /^\s*q=0(\.0*)?\s*$/.test(x));
  });
  const encode = (req, { body, key }) => {
    const header = String(req.headers["accept-encoding"] || "");
    let use = "identity";
    if (encoding === "auto") use = accepts(header, "br") ? "br" : accepts(header, "gzip") ? "gzip" : "identity";
    else if (encoding !== "identity" && accepts(header, encoding)) use = encoding;
    seen.add(`${header || "(none)"} -> ${use}`);
    return { body: compress(body, use, key), encoding: use };
  };
  return { resolve, server: serveStatic({ resolve, encode }) };
}

/** raw / gzip -9 / brotli 11 of what the server sends for `pathname`. */
function assetSizes(resolve, pathname) {
  const found = resolve(pathname);
  if (!found || (typeof found === "string" && !existsSync(found))) return null;  // e.g. /favicon.ico (204)
  const body = typeof found === "string" ? readFileSync(found) : found.body;
  const key = typeof found === "string" ? found : `generated:${pathname}`;
  return { raw: body.length, gzip: compress(body, "gzip", key).length, brotli: compress(body, "br", key).length };
}

// ---------------------------------------------------------------------------------------------
// In the page (installed with addInitScript, so before any of the page's own scripts)

function benchInit({ kind, radios, firstQuestion }) {
  const B = (window.__bench = { kind, longtasks: [], readyAt: null, questionAt: null, checks: 0, notes: [] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch (e) {
    B.notes.push(`no longtask observer: ${e}`);
  }
  if (kind !== "surveyjs" && kind !== "itcq" && kind !== "floor") return;

  // Rendered, laid out, not hidden by display, visibility or opacity.
  const shown = (el) => {
    if (!el || !el.isConnected) return false;
    const r = el.getBoundingClientRect();
    if (!(r.width > 0 && r.height > 0)) return false;
    return typeof el.checkVisibility !== "function" ||
      el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true, opacityProperty: true, visibilityProperty: true });
  };
  // A question is answerable when all `radios` of its options exist, are enabled, and their
  // labels (what a person taps; the inputs themselves may be visually hidden) show.
  const answerable = (inputs) => inputs.length === radios &&
    inputs.every((r) => !r.disabled && shown(r.closest("label") || r.parentElement));
  const widget = () => document.querySelector("itcq-widget")?.shadowRoot;
  // The first screen and the first question, per page.
  const conditions = {
    surveyjs: {
      // SurveyJS's start page: its Start button shows and is enabled.
      readyAt: () => {
        const b = document.querySelector("#surveyContainer .sd-navigation__start-btn");
        return !!b && !b.disabled && shown(b);
      },
      questionAt: () => answerable([...document.querySelectorAll(`#surveyContainer [data-name="${firstQuestion}"] input[type=radio]`)]),
    },
    // ITCq (a cross-check of the widget's own mark): the welcome step's Start button shows,
    // is enabled, and the widget's stylesheet has loaded.
    itcq: {
      readyAt: () => {
        const s = widget();
        const b = s?.querySelector('div.itcq[data-step="welcome"] button[data-action="start"]');
        const link = s?.querySelector('link[rel="stylesheet"]');
        return !!b && !b.disabled && shown(b) && !!link?.sheet;
      },
      questionAt: () => answerable([...(widget()?.querySelectorAll(`section.itcq-question-step[data-question="${firstQuestion}"] input[name="itcq-answer"]`) ?? [])]),
    },
    // The floor: everything is on its one page, so its first screen is its first question.
    floor: {
      readyAt: () => answerable([...document.querySelectorAll(`#floor [data-question="${firstQuestion}"] input[type=radio]`)]),
      questionAt: () => answerable([...document.querySelectorAll(`#floor [data-question="${firstQuestion}"] input[type=radio]`)]),
    },
  }[kind];
  const ready = () => {
    const now = performance.now();
    for (const [key, holds] of Object.entries(conditions)) if (B[key] === null && holds()) B[key] = now;
    return Object.keys(conditions).every((k) => B[k] !== null);
  };

  // Any DOM change (in the document or an open shadow root) schedules one check in the next
  // animation frame; the first frame in which a condition holds is its moment.
  let pending = false;
  let done = false;
  const check = () => {
    pending = false;
    if (done) return;
    B.checks++;
    if (ready()) {
      done = true;
      observer.disconnect();
    }
  };
  const schedule = () => {
    if (!pending && !done) {
      pending = true;
      requestAnimationFrame(check);
    }
  };
  const observed = new WeakSet();
  const observe = (root) => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, { childList: true, subtree: true, attributes: true });
    root.addEventListener("load", schedule, true);  // stylesheets and images finishing
  };
  const observer = new MutationObserver((records) => {
    if (kind === "itcq") {
      // The widget renders inside its host's open shadow root: watch that too.
      for (const rec of records) {
        for (const n of rec.addedNodes) {
          if (n.shadowRoot) observe(n.shadowRoot);
          if (n.querySelectorAll) for (const h of n.querySelectorAll("itcq-widget")) if (h.shadowRoot) observe(h.shadowRoot);
        }
      }
    }
    schedule();
  });
  observe(document);
  window.addEventListener("load", schedule);
}

/** Times `assess` in the page: a full mixed answer set (as benches/assess.rs builds it). */
async function engineBench({ bank, calls, batches }) {
  const E = window.__engine;
  const levels = bank === "quick" ? [0, 1, 2, 3, 4, "dont_know", 2] : [0, 2, 4, "dont_know", "na", 2, 0];
  const qs = E.questions(bank).questions;
  const answers = {};
  qs.forEach((q, i) => { answers[q.id] = levels[i % levels.length]; });
  const input = {
    bank,
    profile: { seats: 45, industry: "professional_services", it_management: "outsourced_msp", goals: ["continuity", "cut_costs"] },
    answers,
  };
  const report = E.assess(input);
  let sink = 0;
  const warmup = Math.max(50, Math.round(calls / 10));
  for (let i = 0; i < warmup; i++) sink += E.assess(input).itcq;
  const perCall = [];
  for (let b = 0; b < batches; b++) {
    await new Promise((r) => setTimeout(r, 0));
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) sink += E.assess(input).itcq;
    perCall.push(((performance.now() - t0) * 1000) / calls);
  }
  return { perCall, questions: qs.length, missing: report.answers.missing, itcq: report.itcq, warmup, sink };
}

// ---------------------------------------------------------------------------------------------
// One measured page load

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function measure(env, def, cpu, network) {
  const context = await env.browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const problems = [];
  const consoleMessages = [];
  try {
    const page = await context.newPage();
    page.on("pageerror", (e) => problems.push(`uncaught error in the page: ${e.message}`));
    page.on("crash", () => problems.push("the page crashed"));
    page.on("console", (m) => {
      consoleMessages.push({ type: m.type(), text: m.text() });
      if (m.type() === "error") problems.push(`console error: ${m.text()}`);
    });
    const cdp = await context.newCDPSession(page);
    const requests = new Map();
    const blocked = [];
    const blockedIds = new Set();
    let inflight = 0;
    let lastActivity = Date.now();
    const done = (r) => { if (!r.done) { r.done = true; inflight--; lastActivity = Date.now(); } };
    cdp.on("Network.requestWillBeSent", (e) => {
      if (requests.has(e.requestId) || !/^https?:/.test(e.request.url)) return;
      const url = new URL(e.request.url);
      if (BLOCKED_HOSTS.includes(url.hostname)) {
        blockedIds.add(e.requestId);
        blocked.push(e.request.url);
        return;
      }
      if (url.origin !== env.origin) problems.push(`requested a resource outside the benchmark's server: ${e.request.url}`);
      requests.set(e.requestId, { path: url.pathname, type: e.type, status: null, encoding: null, bytes: 0, done: false });
      inflight++;
      lastActivity = Date.now();
    });
    cdp.on("Network.responseReceived", (e) => {
      const r = requests.get(e.requestId);
      if (!r) return;
      r.status = e.response.status;
      const h = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
      r.encoding = h["content-encoding"] || "identity";
      if (r.status >= 400) problems.push(`HTTP ${r.status} for ${r.path}`);
    });
    cdp.on("Network.loadingFinished", (e) => {
      const r = requests.get(e.requestId);
      if (!r) return;
      r.bytes = e.encodedDataLength;
      done(r);
    });
    cdp.on("Network.loadingFailed", (e) => {
      const r = requests.get(e.requestId);
      if (!r) {
        if (blockedIds.has(e.requestId) && e.blockedReason !== "inspector") {
          problems.push(`a request to ${BLOCKED_HOSTS.join(" or ")} was not blocked as intended: ${e.errorText || e.blockedReason}`);
        }
        return;
      }
      problems.push(`loading ${r.path} failed: ${e.errorText}${e.canceled ? " (canceled)" : ""}`);
      done(r);
    });
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Network.setBlockedURLs", { urls: BLOCKED_HOSTS.flatMap((h) => [`http://${h}/*`, `https://${h}/*`]) });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });
    const net = NETWORKS[network];
    if (net) {
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false, latency: net.latency, downloadThroughput: net.downloadThroughput, uploadThroughput: net.uploadThroughput,
      });
    }
    await page.addInitScript(benchInit, { kind: def.id, radios: 6, firstQuestion: env.quick.questions[0].id });

    const started = Date.now();
    const remaining = () => Math.max(1, READY_TIMEOUT - (Date.now() - started));
    const res = await page.goto(env.origin + def.path, { waitUntil: "load", timeout: READY_TIMEOUT });
    if (!res || !res.ok()) throw new Error(`the page did not load: ${def.path} (${res ? `HTTP ${res.status()}` : "no response"})`);

    const waitFor = async (fn, what) => {
      try {
        await page.waitForFunction(fn, undefined, { timeout: remaining(), polling: 50 });
      } catch (e) {
        if (problems.length) throw new Error(problems.join("; "));
        throw new Error(`${what} within ${READY_TIMEOUT / 1000} s of navigation start (${e.message.split("\n")[0]})`);
      }
    };
    if (def.id === "itcq") {
      await waitFor(() => performance.getEntriesByName("itcq:ready").length > 0,
        'the widget\'s performance mark "itcq:ready" never appeared (is the widget built with it?)');
      await waitFor(() => window.__bench.readyAt !== null, "the widget's Start button never became visible and enabled");
      // Driven to the first question the same way in every run: Start, the profile, Next.
      const w = page.locator("itcq-widget");
      await w.locator('button[data-action="start"]').click({ timeout: remaining() });
      await w.locator("#itcq-seats").fill(DRIVE.seats, { timeout: remaining() });
      await w.locator("#itcq-industry").selectOption(DRIVE.industry, { timeout: remaining() });
      await w.locator(`input[name="itcq-it-management"][value="${DRIVE.it_management}"]`).check({ timeout: remaining() });
      await w.locator('button[data-action="next"]').click({ timeout: remaining() });
      await waitFor(() => window.__bench.questionAt !== null, "the widget's first question never became answerable");
    } else if (def.id === "surveyjs") {
      await waitFor(() => window.__bench.readyAt !== null, "SurveyJS's Start button never became visible and enabled");
      const c = page.locator("#surveyContainer");
      await c.locator(".sd-navigation__start-btn").click({ timeout: remaining() });
      await c.locator('[data-name="seats"] input').fill(DRIVE.seats, { timeout: remaining() });
      await c.locator(`[data-name="industry"] input[value="${DRIVE.industry}"]`).check({ force: true, timeout: remaining() });
      await c.locator(`[data-name="it_management"] input[value="${DRIVE.it_management}"]`).check({ force: true, timeout: remaining() });
      await c.locator(".sd-navigation__next-btn").click({ timeout: remaining() });
      await waitFor(() => window.__bench.questionAt !== null, "SurveyJS's first question never became answerable");
    } else if (def.id === "floor") {
      await waitFor(() => window.__bench.questionAt !== null, "the static form's first question never showed");
    }

    // Let the network settle so late requests are counted.
    for (;;) {
      if (inflight === 0 && Date.now() - lastActivity >= QUIET_MS) break;
      if (Date.now() - started > 2 * READY_TIMEOUT) throw new Error(`the network never went quiet (${inflight} requests in flight)`);
      await sleep(50);
    }

    const list = [...requests.values()];
    const seen = await page.evaluate(([quickTitle, firstId]) => {
      const nav = performance.getEntriesByType("navigation")[0];
      const s = window.__survey;
      const host = document.querySelector("itcq-widget");
      return {
        bench: JSON.parse(JSON.stringify(window.__bench)),
        marks: performance.getEntriesByName("itcq:ready").map((m) => m.startTime),
        timeline: performance.getEntriesByType("resource").map((e) => ({
          path: new URL(e.name).pathname, start: e.startTime, responseEnd: e.responseEnd })),
        load: nav ? nav.loadEventEnd : null,
        dcl: nav ? nav.domContentLoadedEventEnd : null,
        survey: s ? {
          pages: s.pageCount,
          progressBar: s.showProgressBar,
          firstTitle: s.getQuestionByName(firstId)?.title,
          titleMatches: s.getQuestionByName(firstId)?.title === quickTitle,
          onQuestion: s.currentPage?.questions?.[0]?.name === firstId,
        } : null,
        widget: host ? { step: host.shadowRoot?.querySelector("div.itcq[data-step]")?.getAttribute("data-step") ?? null } : null,
      };
    }, [env.quick.questions[0].text, env.quick.questions[0].id]);

    // JS heap after a full GC, and (ITCq) the wasm module's linear memory, which lives outside it.
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("Performance.enable");
    const metrics = Object.fromEntries((await cdp.send("Performance.getMetrics")).metrics.map((m) => [m.name, m.value]));
    let usage = null;
    try { usage = await cdp.send("Runtime.getHeapUsage"); } catch { /* older Chromium */ }
    let wasmMemory = null;
    if (def.id === "itcq") {
      wasmMemory = await page.evaluate(async () => (await (await import("/pkg/itcq.js")).default()).memory.buffer.byteLength);
    }

    const unfinished = list.filter((r) => !r.done);
    if (unfinished.length) problems.push(`requests never finished: ${unfinished.map((r) => r.path).join(", ")}`);
    if (problems.length) throw new Error(problems.join("; "));

    // What each page must have shown, so a number never stands for a broken page.
    if (def.id === "itcq") {
      if (seen.widget?.step !== "question") throw new Error(`the widget shows step "${seen.widget?.step}", expected its first question`);
      const wasm = list.filter((r) => r.path === "/pkg/itcq_bg.wasm").length;
      if (wasm !== 1) throw new Error(`the widget's wasm was requested ${wasm} times, expected once`);
    }
    if (def.id === "surveyjs") {
      if (!seen.survey) throw new Error("the SurveyJS model is missing (window.__survey)");
      if (seen.survey.pages !== env.quick.questions.length + 2) throw new Error(`SurveyJS has ${seen.survey.pages} pages, expected a start page, a profile page and ${env.quick.questions.length} questions`);
      if (!seen.survey.titleMatches) throw new Error(`SurveyJS's first question is "${seen.survey.firstTitle}", expected the quick bank's first`);
      if (!seen.survey.progressBar) throw new Error("SurveyJS shows no progress bar");
      if (!seen.survey.onQuestion) throw new Error("SurveyJS is not on the quick bank's first question");
    }
    if (def.id === "loader") {
      const lazy = list.filter((r) => r.path.startsWith("/pkg/"));
      if (lazy.length) throw new Error(`the lazy loader fetched ${lazy.map((r) => r.path).join(", ")} with the widget 3000px below the fold; the loader's own cost cannot be measured`);
      if (seen.widget === null) throw new Error("the loader created no <itcq-widget> below the fold");
    }
    if (seen.bench.notes.length) throw new Error(seen.bench.notes.join("; "));

    const ready = def.id === "itcq" ? seen.marks[0] : ["surveyjs", "floor"].includes(def.id) ? seen.bench.readyAt : null;
    return {
      page: def.id,
      cpu,
      bytes: list.reduce((a, r) => a + r.bytes, 0),
      requests: list.map(({ done: _, ...r }) => r),
      blocked,
      requestCount: list.length,
      readyMs: ready,
      questionMs: seen.bench.questionAt,
      // What had arrived by the first screen: the page itself, and every resource whose
      // response ended by then (Resource Timing, matched by path).
      bytesFirstScreen: ready == null ? null : list.filter((r) => r.type === "Document" ||
        seen.timeline.some((t) => t.path === r.path && t.responseEnd <= ready)).reduce((a, r) => a + r.bytes, 0),
      startVisibleMs: def.id === "itcq" ? seen.bench.readyAt : null,
      readyMarks: seen.marks.length,
      loadMs: seen.load,
      timeline: seen.timeline,
      domContentLoadedMs: seen.dcl,
      longTasks: seen.bench.longtasks,
      longTaskCount: seen.bench.longtasks.length,
      longTaskMs: seen.bench.longtasks.reduce((a, t) => a + t.duration, 0),
      heapUsed: metrics.JSHeapUsedSize,
      heapTotal: metrics.JSHeapTotalSize,
      backingStorage: usage && typeof usage.backingStorageSize === "number" ? usage.backingStorageSize : null,
      wasmMemory,
      console: consoleMessages,
    };
  } finally {
    await context.close();
  }
}

async function measureEngine(env, cpu, calls) {
  const context = await env.browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });
    const res = await page.goto(env.origin + "/bench/engine.html", { waitUntil: "load", timeout: READY_TIMEOUT });
    if (!res || !res.ok()) throw new Error("the engine page did not load");
    try {
      await page.waitForFunction(() => window.__engineReady || window.__engineError, undefined, { timeout: READY_TIMEOUT, polling: 50 });
    } catch {
      throw new Error(`the engine page never loaded the engine within ${READY_TIMEOUT / 1000} s`);
    }
    const failed = await page.evaluate(() => window.__engineError || null);
    if (failed || errors.length) throw new Error(`the engine page failed: ${failed || errors.join("; ")}`);
    const out = {};
    for (const bank of ["quick", "full"]) {
      const r = await page.evaluate(engineBench, { bank, calls, batches: 5 });
      if (r.missing !== 0) throw new Error(`engine bench, ${bank} bank: ${r.missing} questions left unanswered`);
      out[bank] = { ...r, calls };
    }
    return out;
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Native figures (criterion)

const NATIVE = [["assess_quick", "quick", "assess"], ["assess_full", "full", "assess"], ["parse+assess_quick", "quick", "parse JSON + assess"],
  // The same work as the engine API's `assess` in the browser: JSON text in, the report with
  // its words out as JSON text.
  ["api-assess_quick", "quick", "the API's assess"], ["api-assess_full", "full", "the API's assess"]];

function nativeEstimates(run) {
  if (run) {
    console.error("[bench] cargo bench --bench assess -- --noplot");
    const r = spawnSync("cargo", ["bench", "--bench", "assess", "--", "--noplot"], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
    if (r.status !== 0) throw new Error(`cargo bench failed (exit ${r.status ?? r.signal})`);
  }
  return NATIVE.map(([dir, bank, what]) => {
    const file = join(ROOT, "target/criterion", dir, "new/estimates.json");
    if (!existsSync(file)) return { id: dir, bank, what, status: "not run" };
    const e = JSON.parse(readFileSync(file, "utf8"));
    const m = e.median ?? e.mean;
    return {
      id: dir, bank, what, status: run ? "run now" : "from target/criterion",
      medianUs: m.point_estimate / 1000,
      lowUs: m.confidence_interval.lower_bound / 1000,
      highUs: m.confidence_interval.upper_bound / 1000,
      measured: statSync(file).mtime.toISOString(),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Statistics and formatting

function stats(values) {
  const s = values.filter((v) => typeof v === "number" && Number.isFinite(v)).sort((a, b) => a - b);
  if (!s.length) return null;
  const n = s.length, mid = Math.floor(n / 2);
  return { n, median: n % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, min: s[0], max: s[n - 1], p90: s[Math.ceil(0.9 * n) - 1] };
}

const fmtKB = (b) => (b / KB).toFixed(1);
const fmtMB = (b) => (b / 1e6).toFixed(2);
const fmtMs = (v) => (Math.abs(v) < 100 ? v.toFixed(1) : v.toFixed(0));
const fmtInt = (v) => (Number.isInteger(v) ? String(v) : v.toFixed(1));
const fmtUs = (v) => (v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0));
const cell = (st, f) => (st ? `${f(st.median)} (${f(st.min)}–${f(st.max)}, p90 ${f(st.p90)})` : "—");
const ratio = (a, b) => (a && b && b.median !== 0 ? `${(a.median / b.median).toFixed(2)}×` : "—");

// ---------------------------------------------------------------------------------------------

/** Node warns that the wasm-bindgen glue is an ES module in a package without "type"; quiet that one. */
function quietTypelessWarning() {
  const listeners = process.listeners("warning");
  process.removeAllListeners("warning");
  process.on("warning", (w) => {
    if (w.code === "MODULE_TYPELESS_PACKAGE_JSON") return;
    if (listeners.length) for (const l of listeners) l(w);
    else console.error(`${w.name}: ${w.message}`);
  });
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  quietTypelessWarning();
  preflight();
  // A failed run must not leave an earlier run's figures looking current.
  for (const f of ["results.md", "raw.json"]) rmSync(join(OUT, f), { force: true });
  const t0 = Date.now();
  const loadBefore = loadavg();
  const engine = await loadEngine();
  const quick = engine.questions("quick");
  en = readWords();
  const survey = surveyJson(quick);
  const surveyJs = Buffer.from(`window.ITCQ_SURVEY_JSON = ${JSON.stringify(survey)};\n`);
  const generated = {
    "/bench/generated/survey-quick.js": { body: surveyJs, type: "text/javascript; charset=utf-8" },
    "/bench/generated/floor.html": { body: Buffer.from(floorHtml(quick)), type: "text/html; charset=utf-8" },
  };
  const encodings = new Set();
  const { resolve, server: serverPromise } = startServer(generated, opts.encoding, encodings);
  const server = await serverPromise;
  let browser;
  try {
    browser = await launch();
    const env = { browser, origin: server.origin, quick };
    const chromiumVersion = browser.version();
    const runs = [];
    const warmups = [];
    const engineRuns = {};
    const order = PAGE_DEFS;
    for (const network of opts.networks) {
      for (const cpu of opts.cpu) {
        const at = `${network}, ${cpu}× CPU`;
        // One discarded warm-up load of each page (server compression caches, Chromium's disk
        // state), then the measured rounds; the pages rotate so none always goes first.
        for (const def of order) {
          console.error(`[bench] ${at}: warm-up ${def.id}`);
          warmups.push(await measure(env, def, cpu, network).catch((e) => { throw new Error(`${def.label}, ${at}, warm-up: ${e.message}`); }));
        }
        for (let round = 0; round < opts.runs; round++) {
          const ids = [];
          for (let k = 0; k < order.length; k++) {
            const def = order[(round + k) % order.length];
            let r;
            try {
              r = await measure(env, def, cpu, network);
            } catch (e) {
              throw new Error(`${def.label}, ${at}, run ${round + 1} of ${opts.runs}: ${e.message}`);
            }
            runs.push({ ...r, network, round });
            ids.push(`${def.id} ${fmtKB(r.bytes)} KB${r.readyMs != null ? ` ${fmtMs(r.readyMs)}/${fmtMs(r.questionMs)} ms` : ""}`);
          }
          console.error(`[bench] ${at}, round ${round + 1}/${opts.runs}: ${ids.join(" · ")}`);
        }
        // The engine's speed does not depend on the network: measured once per CPU setting.
        if (!engineRuns[cpu]) {
          console.error(`[bench] ${cpu}× CPU: engine speed (${opts.engineCalls} calls × 5 batches per bank)`);
          engineRuns[cpu] = await measureEngine(env, cpu, opts.engineCalls)
            .catch((e) => { throw new Error(`engine speed, ${cpu}× CPU: ${e.message}`); });
        }
      }
    }
    const native = nativeEstimates(opts.native);

    // Assets per page, from its first measured run.
    const assets = {};
    for (const def of PAGE_DEFS) {
      const first = runs.find((r) => r.page === def.id);
      assets[def.id] = first.requests.map((r) => ({ path: r.path, type: r.type, status: r.status, encoding: r.encoding, transferred: r.bytes, ...assetSizes(resolve, r.path) }));
    }

    const report = summarise({ opts, runs, warmups, engineRuns, native, assets, chromiumVersion, encodings: [...encodings], surveyBytes: surveyJs.length, quick, seconds: (Date.now() - t0) / 1000, load: [loadBefore, loadavg()] });
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, "results.md"), report.markdown);
    writeFileSync(join(OUT, "raw.json"), JSON.stringify(report.raw, null, 1) + "\n");
    writeFileSync(join(OUT, "surveyjs-quick.json"), JSON.stringify(survey, null, 2) + "\n");
    console.log(report.markdown);
    console.log(report.budgetLines.join("\n"));
    console.log(`\nwrote artifacts/bench/results.md, artifacts/bench/raw.json, artifacts/bench/surveyjs-quick.json (${report.raw.meta.durationSeconds.toFixed(0)} s)`);
    if (opts.strict && report.misses) process.exitCode = 3;
  } finally {
    if (browser) await browser.close().catch(() => {});
    await server.close();
  }
}

function cpuModel() {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"));
    if (m) return m[1].trim();
  } catch { /* not Linux */ }
  return cpus()[0]?.model || "unknown";
}

function summarise({ opts, runs, warmups, engineRuns, native, assets, chromiumVersion, encodings, surveyBytes, quick, seconds, load }) {
  const md = [];
  const budgetLines = [];
  let misses = 0;
  const date = new Date().toISOString().replace(/\.\d+Z$/, "Z");
  const cores = availableParallelism();
  const model = cpuModel();
  const sent = [...new Set(runs.flatMap((r) => r.requests.filter((q) => q.status === 200).map((q) => q.encoding)))].join(", ");

  md.push("# ITCq widget vs SurveyJS: browser benchmark", "");
  md.push(`- date: ${date}`);
  md.push(`- Chromium ${chromiumVersion} (${CHROMIUM}, headless, flags ${LAUNCH_ARGS.join(" ")}), driven by playwright-core; Node ${process.version}`);
  md.push(`- networks: ${opts.networks.map((n) => `${n}: ${NETWORKS[n]?.label ?? "127.0.0.1, not throttled"}`).join("; ")} (CDP \`Network.emulateNetworkConditions\`)`);
  md.push(`- CPU: ${model}, ${cores} cores; load average (1 min) ${load[0][0].toFixed(2)} at the start, ${load[1][0].toFixed(2)} at the end (the benchmark itself keeps about one core busy)`);
  md.push(`- ${opts.runs} runs per page and CPU setting (fresh browser context each, cache disabled, one discarded warm-up load per page first), viewport ${VIEWPORT.width}×${VIEWPORT.height}`);
  md.push(`- CPU settings: ${opts.cpu.map((c) => (c === 1 ? "1× (no throttling)" : `${c}× slower (CDP Emulation.setCPUThrottlingRate, standing for a mid-range phone)`)).join("; ")}`);
  md.push(`- served from 127.0.0.1, compressed as a CDN would at maximum levels (encoding option \`${opts.encoding}\`; Content-Encoding sent: ${sent})`);
  md.push(`- SurveyJS: survey-core ${SURVEY_VERSION} (survey.core.min.js) + survey-js-ui ${SURVEY_VERSION} (survey-js-ui.min.js) UMD bundles and the default theme survey-core.min.css; the quick bank (${quick.questions.length} questions, bank version ${quick.version}) as one radiogroup per page with a progress bar, generated from the shipped engine (${fmtKB(surveyBytes)} KB raw, artifacts/bench/surveyjs-quick.json)`);
  md.push("- figures: median (min–max, p90) over the runs; ratios are of medians; KB = 1000 bytes");
  if (opts.runs < 20) md.push(`- **${opts.runs} runs only: indicative, not a reference result (use at least 20)**`);
  md.push("");

  const summaries = {};
  // The like-for-like table first: one row per network and CPU setting, filled below.
  const headline = [
    "## Like for like: first screen, first question, bytes", "",
    "Medians; ms after navigation start; KB transferred to the first question (whole page). ITCq and SurveyJS are driven the same way through Start and the profile; the floor is the same screens as a static HTML form (no script).", "",
    "| network | CPU | first screen ITCq / SurveyJS / floor (ms) | first question ITCq / SurveyJS / floor (ms) | ITCq ÷ SurveyJS, first question | ITCq ÷ floor, first question | KB ITCq / SurveyJS / floor | ITCq ÷ SurveyJS, KB |",
    "|---|---|---|---|---|---|---|---|",
  ];
  const headlineAt = md.length;
  for (const network of opts.networks) for (const cpu of opts.cpu) {
    const pick = (c, page) => runs.filter((r) => r.network === network && r.cpu === c && r.page === page);
    const empty = pick(cpu, "empty");
    const emptyByRound = new Map(empty.map((r) => [r.round, r]));
    // Added cost: each run minus the empty page's run of the same round.
    const added = (rs, key) => rs.map((r) => r[key] - emptyByRound.get(r.round)[key]);
    const S = {};
    for (const def of PAGE_DEFS) {
      const rs = pick(cpu, def.id);
      S[def.id] = {
        bytes: stats(rs.map((r) => r.bytes)),
        bytesFirstScreen: stats(rs.map((r) => r.bytesFirstScreen)),
        bytesAdded: def.id === "empty" ? null : stats(added(rs, "bytes")),
        requests: stats(rs.map((r) => r.requestCount)),
        ready: stats(rs.map((r) => r.readyMs)),
        question: stats(rs.map((r) => r.questionMs)),
        startVisible: stats(rs.map((r) => r.startVisibleMs)),
        load: stats(rs.map((r) => r.loadMs)),
        longTaskCount: stats(rs.map((r) => r.longTaskCount)),
        longTaskMs: stats(rs.map((r) => r.longTaskMs)),
        heap: stats(rs.map((r) => r.heapUsed)),
        heapAdded: def.id === "empty" ? null : stats(added(rs, "heapUsed")),
        backing: stats(rs.map((r) => r.backingStorage)),
        wasmMemory: stats(rs.map((r) => r.wasmMemory)),
      };
    }
    summaries[`${network}/${cpu}`] = S;
    {
      const { itcq: I, surveyjs: V, floor: F } = S;
      const m = (x, f) => (x ? f(x.median) : "—");
      headline.push(`| ${network} | ${cpu}× | ${m(I.ready, fmtMs)} / ${m(V.ready, fmtMs)} / ${m(F.ready, fmtMs)} | ${m(I.question, fmtMs)} / ${m(V.question, fmtMs)} / ${m(F.question, fmtMs)} | ${ratio(I.question, V.question)} | ${ratio(I.question, F.question)} | ${m(I.bytes, fmtKB)} / ${m(V.bytes, fmtKB)} / ${m(F.bytes, fmtKB)} | ${ratio(I.bytes, V.bytes)} |`);
    }
    const { empty: E, itcq: I, surveyjs: V, loader: L, floor: F } = S;
    md.push(`## ${network}, ${cpu === 1 ? "1× CPU (no throttling)" : `${cpu}× CPU throttling`}`, "");
    md.push(`| figure | empty host page | ITCq | SurveyJS | the floor (static form) | ITCq ÷ SurveyJS | ITCq ÷ floor | SurveyJS ÷ floor |`, "|---|---|---|---|---|---|---|---|");
    const row = (name, key, f, withEmpty = true) =>
      md.push(`| ${name} | ${withEmpty ? cell(E[key], f) : "—"} | ${cell(I[key], f)} | ${cell(V[key], f)} | ${cell(F[key], f)} | ${ratio(I[key], V[key])} | ${ratio(I[key], F[key])} | ${ratio(V[key], F[key])} |`);
    row("first screen: the welcome's Start button, the floor's form (ms after navigation start) ¹", "ready", fmtMs, false);
    row("first question answerable, driven through Start and the profile (ms) ¹", "question", fmtMs, false);
    row("transfer by the first screen, whole page (KB)", "bytesFirstScreen", fmtKB, false);
    row("transfer, whole page to the first question (KB)", "bytes", fmtKB);
    row("transfer added over the empty page (KB)", "bytesAdded", fmtKB, false);
    row("requests", "requests", fmtInt);
    md.push(`| ITCq Start button painted, SurveyJS's check (ms) ² | — | ${cell(I.startVisible, fmtMs)} | — | — | ${ratio(I.startVisible, V.ready)} | — | — |`);
    row("load event end (ms)", "load", fmtMs);
    row("long tasks ³ (count)", "longTaskCount", fmtInt);
    row("long tasks ³ (total ms)", "longTaskMs", fmtMs);
    row("JS heap used after ready ⁴ (MB)", "heap", fmtMB);
    row("JS heap added over the empty page (MB)", "heapAdded", fmtMB, false);
    if (I.backing || V.backing) row("ArrayBuffer and wasm backing stores ⁴ (MB)", "backing", fmtMB);
    md.push(`| wasm linear memory ⁴ (MB) | — | ${cell(I.wasmMemory, fmtMB)} | — | — | — | — | — |`, "");
    md.push(`Loader only, before the prospect engages (the embed below a 3000px spacer; the widget is not fetched):`, "");
    md.push("| figure | empty host page | ITCq loader only |", "|---|---|---|");
    md.push(`| transfer, whole page (KB) | ${cell(E.bytes, fmtKB)} | ${cell(L.bytes, fmtKB)} |`);
    md.push(`| transfer added over the empty page (KB) | — | ${cell(L.bytesAdded, fmtKB)} |`);
    md.push(`| requests | ${cell(E.requests, fmtInt)} | ${cell(L.requests, fmtInt)} |`);
    md.push(`| load event end (ms) | ${cell(E.load, fmtMs)} | ${cell(L.load, fmtMs)} |`);
    md.push(`| long tasks (count) | ${cell(E.longTaskCount, fmtInt)} | ${cell(L.longTaskCount, fmtInt)} |`);
    md.push(`| JS heap added over the empty page (MB) | — | ${cell(L.heapAdded, fmtMB)} |`, "");

    // Budgets.
    const label = `${network}, ${cpu === 1 ? "1× CPU" : `${cpu}× CPU`}`;
    const budget = (ok, text) => {
      if (!ok) misses++;
      budgetLines.push(`${ok ? "PASS" : "MISS"}  [${label}] ${text}`);
    };
    {
      const ours = I.bytesAdded.median, limit = V.bytesAdded.median / 3, margin = limit - ours;
      budget(ours <= limit, `whole widget transfer (to the first question, both modules) ≤ 1/3 of SurveyJS's: ${fmtKB(ours)} KB vs limit ${fmtKB(limit)} KB ` +
        `(1/3 × ${fmtKB(V.bytesAdded.median)} KB; added over the empty page, medians) — margin ${margin >= 0 ? "" : "−"}${fmtKB(Math.abs(margin))} KB (${((100 * margin) / limit).toFixed(0)}%)`);
    }
    {
      const ours = I.question.median, limit = V.question.median * 0.4, margin = limit - ours;
      budget(ours <= limit, `first question answerable ≤ 0.4× SurveyJS's time: ${fmtMs(ours)} ms vs limit ${fmtMs(limit)} ms ` +
        `(0.4 × ${fmtMs(V.question.median)} ms; medians) — margin ${margin >= 0 ? "" : "−"}${fmtMs(Math.abs(margin))} ms (${((100 * margin) / limit).toFixed(0)}%)`);
    }
    {
      const ours = L.bytesAdded.median, limit = 5 * KB, margin = limit - ours;
      const extra = assets.loader.filter((a) => a.type !== "Document" && !assets.empty.some((b) => b.path === a.path));
      const doc = (list) => list.find((a) => a.type === "Document")?.transferred ?? 0;
      const parts = [...extra.map((a) => `${a.path} ${a.transferred} B`), `the page's HTML ${doc(assets.loader) - doc(assets.empty)} B more`];
      budget(ours < limit, `loader alone < 5 KB transfer before the prospect engages: ${Math.round(ours)} B added over the empty page ` +
        `(median; first run: ${parts.join(" + ")}; response headers included) vs limit ${limit} B — margin ${Math.round(margin)} B`);
    }
  }

  md.splice(headlineAt, 0, ...headline, "");
  md.push("## Assets each page loaded (first measured run)", "");
  md.push("| page | asset | sent as | transferred (B) ⁵ | raw (B) | gzip -9 (B) | brotli 11 (B) |", "|---|---|---|---|---|---|---|");
  for (const def of PAGE_DEFS) {
    const list = assets[def.id];
    for (const a of list) {
      const sizes = a.raw == null ? "— | — | —" : `${a.raw} | ${a.gzip} | ${a.brotli}`;
      md.push(`| ${def.id} | \`${a.path}\` | ${a.status === 200 ? a.encoding : `HTTP ${a.status}, no body`} | ${a.transferred} | ${sizes} |`);
    }
    const sum = (k) => list.reduce((s, a) => s + (a[k] ?? 0), 0);
    md.push(`| ${def.id} | **all** | | **${sum("transferred")}** | **${sum("raw")}** | **${sum("gzip")}** | **${sum("brotli")}** |`);
  }
  md.push("");
  // The same comparison for each encoding a host might serve (asset bodies only: no headers,
  // no HTML), so the budgets can be read for gzip-only or uncompressed hosting too.
  const own = (id) => assets[id].filter((a) => a.type !== "Document" && a.raw != null && !assets.empty.some((b) => b.path === a.path));
  const total = (id, k) => own(id).reduce((x, a) => x + a[k], 0);
  md.push("Added assets by encoding (bodies only, without the HTML page and response headers):", "");
  md.push("| encoding | ITCq loader only (KB) | ITCq whole widget (KB) | SurveyJS (KB) | ITCq ÷ SurveyJS |", "|---|---|---|---|---|");
  for (const [k, name] of [["raw", "none (raw)"], ["gzip", "gzip -9"], ["brotli", "brotli 11"]]) {
    md.push(`| ${name} | ${fmtKB(total("loader", k))} | ${fmtKB(total("itcq", k))} | ${fmtKB(total("surveyjs", k))} | ${(total("itcq", k) / total("surveyjs", k)).toFixed(2)}× |`);
  }
  md.push("");
  for (const def of PAGE_DEFS) {
    const counts = stats(runs.filter((r) => r.page === def.id).map((r) => r.blocked.length));
    if (!counts || counts.max === 0) continue;
    const hosts = [...new Set(runs.filter((r) => r.page === def.id).flatMap((r) => r.blocked.map((u) => new URL(u).hostname)))];
    md.push(`Not counted: ${def.label} also requested ${counts.min === counts.max ? counts.min : `${counts.min}–${counts.max}`} file(s) per load from ${hosts.join(", ")} ` +
      "(the Open Sans web font its default theme imports); they were blocked, so its figures leave out that download and any wait for the font.", "");
  }

  md.push("## Engine speed", "");
  const cpuCols = opts.cpu.map((c) => `browser, ${c}× CPU (µs/call) ⁶`);
  md.push(`| figure | ${cpuCols.join(" | ")} | native (criterion median, µs) ⁷ | browser at 1× ÷ native, the same work |`, `|---|${cpuCols.map(() => "---|").join("")}---|---|`);
  for (const bank of ["quick", "full"]) {
    const mine = native.filter((x) => x.bank === bank);
    const nat = mine.map((x) => (x.status === "not run" ? `${x.what}: not run` : `${x.what}: ${fmtUs(x.medianUs)} (${fmtUs(x.lowUs)}–${fmtUs(x.highUs)})`)).join("; ");
    const q = engineRuns[opts.cpu[0]][bank].questions;
    const api = mine.find((x) => x.what === "the API's assess" && x.medianUs);
    const browser = stats(engineRuns[1]?.[bank]?.perCall ?? []);
    const same = api && browser ? `${(browser.median / api.medianUs).toFixed(1)}×` : "—";
    md.push(`| \`assess\`, ${bank} bank (${q} answers) | ${opts.cpu.map((c) => cell(stats(engineRuns[c][bank].perCall), fmtUs)).join(" | ")} | ${nat} | ${same} |`);
  }
  md.push(`| result-code decoding | ${opts.cpu.map(() => "not measured").join(" | ")} | not measured here (\`make bench\`: code-decode and code-decode+report) | — |`, "");
  const nativeDates = native.filter((x) => x.measured).map((x) => x.measured.slice(0, 10));
  md.push(`Native figures: ${native.every((x) => x.status === "not run") ? "not run (no target/criterion estimates; pass --native to run `cargo bench --bench assess`)" : `${opts.native ? "measured by this run" : "criterion's latest estimates in target/criterion, not re-run (pass --native)"}, dated ${[...new Set(nativeDates)].join(", ")}`}.`, "");

  md.push("## What the figures mean", "");
  md.push("1. **first screen**, ITCq: the `startTime` of the widget's `performance.mark(\"itcq:ready\")`, which the widget sets once its welcome step (with its Start button) has rendered and is interactive; " +
    "SurveyJS (given the same start page and profile page): `performance.now()` in the first animation frame in which its start page's Start button is laid out, visible and enabled; the floor: its first question's six radio inputs. " +
    "**first question answerable**: each is driven the same way, by the benchmark, through Start and the profile (seats typed, industry and who runs IT chosen, Next; ITCq's industry is a select, SurveyJS's a radio group), then the first animation frame in which the quick bank's first question's radio inputs (all six) exist, are enabled and their labels are laid out and not hidden (by display, visibility or opacity). The driving's own round trips are in both figures alike. " +
    "The floor has no script, so its one page holds every screen: its first question is answerable when its form is. " +
    "Checks run in a MutationObserver (installed before navigation) that schedules a `requestAnimationFrame` check on each DOM change. " +
    "All are milliseconds after navigation start (the page's time origin), on a page whose only work is the host content and the assessment.");
  md.push("2. The same visual check as SurveyJS's Start button, applied to ITCq (the welcome step's Start button laid out, visible, enabled, and the widget's stylesheet loaded; the observer also watches the open shadow root): a cross-check of the mark.");
  md.push("3. Main-thread long tasks (PerformanceObserver `longtask`, buffered, installed before navigation) from navigation start until the page has settled (the first question answerable, then no network request for 500 ms).");
  md.push("4. `JSHeapUsedSize` from CDP `Performance.getMetrics` after two `HeapProfiler.collectGarbage`, once settled. The wasm module's linear memory is an ArrayBuffer outside the JS heap, so it is not in that figure; it is listed separately (the widget module's `memory.buffer.byteLength`), and so are all ArrayBuffer backing stores (CDP `Runtime.getHeapUsage`, when Chromium reports it).");
  md.push("5. `encodedDataLength` of CDP `Network.loadingFinished`: the bytes received for the request, response headers included. The page's transfer is the sum over its requests until settled.");
  md.push(`6. In headless Chromium, through the shipped \`pkg/itcq_engine.js\`: a full mixed answer set per bank (as benches/assess.rs builds it), max(50, calls ÷ 10) warm-up calls first, then 5 batches of ${opts.engineCalls} calls timed with \`performance.now()\`; median of the 5 batches (min–max, p90). Each call includes the JS↔wasm conversion (input serialised to JSON text and parsed, report converted back to a JS object), so it compares with the native \`api-assess\` (the same work: JSON text in, the report with its words out as JSON text), not with \`assess\` alone.`);
  md.push("7. `cargo bench --bench assess` (criterion, native release build): median estimate with its confidence interval.", "");

  md.push("## Budgets", "", "```", ...budgetLines, "```", "");

  const raw = {
    meta: {
      date, chromium: chromiumVersion, chromiumPath: CHROMIUM, launchArgs: LAUNCH_ARGS, node: process.version,
      cpuModel: model, cores, loadAverage: { start: load[0], end: load[1] }, runsPerPage: opts.runs, cpuRates: opts.cpu, viewport: VIEWPORT,
      encodingOption: opts.encoding, acceptEncodingSeen: encodings, surveyjsVersion: SURVEY_VERSION,
      quickBank: { questions: quick.questions.length, version: quick.version }, durationSeconds: seconds,
      definitions: md.slice(md.indexOf("## What the figures mean") + 2, md.indexOf("## Budgets") - 1),
    },
    pages: PAGE_DEFS,
    runs,
    warmups,
    summaries,
    assets,
    engine: { browser: engineRuns, native },
    budgets: budgetLines,
  };
  return { markdown: md.join("\n"), raw, budgetLines, misses };
}

main().catch((e) => {
  console.error(`\nbench-web: FAILED: ${e.message}`);
  console.error("No results were written (artifacts/bench/results.md and raw.json are removed at the start of a run).");
  process.exit(1);
});
