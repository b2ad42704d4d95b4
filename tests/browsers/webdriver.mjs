// A small W3C WebDriver client (the protocol is HTTP and JSON) and the drivers of the other
// engines prospects use, from Debian: WebKitWebDriver with WebKitGTK's MiniBrowser (Safari's
// engine family) under Xvfb, and geckodriver (cargo install) with Firefox ESR. No driver
// or browser is downloaded.
import { after } from "node:test";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { freePort } from "../e2e/harness.mjs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";

/** The W3C key code of the keys the tests press. */
export const KEY = { tab: "\uE004", enter: "\uE007", escape: "\uE00C", space: "\uE00D", shift: "\uE008" };
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

const MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
const GECKODRIVER = [join(homedir(), ".cargo/bin/geckodriver"), "/usr/local/bin/geckodriver", "/usr/bin/geckodriver"].find(existsSync);

/** The engines: how to start each driver and what to ask it for. */
export const ENGINES = {
  webkit: {
    need: [["/usr/bin/WebKitWebDriver", "webkit2gtk-driver"], [MINIBROWSER, "webkit2gtk-driver"], ["/usr/bin/xvfb-run", "xvfb"]],
    // MiniBrowser needs a display: the driver runs inside a virtual one.
    start: (port) => spawn("xvfb-run", ["-a", "-s", "-screen 0 1280x900x24", "WebKitWebDriver", `--port=${port}`], { stdio: "ignore", detached: true }),
    capabilities: { browserName: "MiniBrowser", "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] } },
  },
  firefox: {
    need: [["/usr/bin/firefox-esr", "firefox-esr"], [GECKODRIVER ?? "geckodriver", "geckodriver (cargo install geckodriver)"]],
    start: (port) => spawn(GECKODRIVER, ["--port", String(port), "--host", "127.0.0.1"], { stdio: "ignore", detached: true }),
    // The print dialog would block the session: printing goes silently to a PDF file instead.
    capabilities: { browserName: "firefox", "moz:firefoxOptions": { binary: "/usr/bin/firefox-esr", args: ["-headless"], prefs: {
      "intl.accept_languages": "en-US",
      "print.always_print_silent": true,
      "print.show_print_progress": false,
      print_printer: "Mozilla Save to PDF",
      "print.printer_Mozilla_Save_to_PDF.print_to_file": true,
      "print.printer_Mozilla_Save_to_PDF.print_to_filename": join(tmpdir(), "itcq-firefox-print.pdf"),
    } } },
  },
};

/** Starts `engine`'s driver (stopped after the test file); returns its base URL. */
export async function startDriver(engine) {
  const e = ENGINES[engine];
  for (const [file, pkg] of e.need) if (!existsSync(file)) throw new Error(`${file} is missing: install ${pkg} (make test installs it)`);
  const port = await freePort();
  const proc = e.start(port);
  after(() => { try { process.kill(-proc.pid, "SIGTERM"); } catch { /* gone */ } });
  const base = `http://127.0.0.1:${port}`;
  const end = Date.now() + 30000;
  while (Date.now() < end) {
    try { if ((await fetch(`${base}/status`)).ok) return base; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${engine}'s WebDriver did not start`);
}

/** One browser session; every command throws with the driver's message when it fails. */
export async function newSession(base, engine) {
  // No command waits for ever: a driver that stops answering fails the test instead.
  const call = async (method, path, body, ms = 60000) => {
    const r = await fetch(`${base}${path}`, { method, headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(ms) });
    const json = await r.json().catch(() => ({}));
    if (!r.ok) throw new Error(`${method} ${path}: ${json.value?.error ?? r.status}: ${json.value?.message ?? ""}`.slice(0, 600));
    return json.value;
  };
  const created = await call("POST", "/session", { capabilities: { alwaysMatch: ENGINES[engine].capabilities } }, 120000);
  const s = `/session/${created.sessionId}`;
  const el = (ref) => ref && ref[ELEMENT];
  const session = {
    engine,
    capabilities: created.capabilities,
    goto: (url) => call("POST", `${s}/url`, { url }),
    url: () => call("GET", `${s}/url`),
    /** Runs `fn` (a function's source) in the page with `args`; elements come back as references. */
    run: (fn, ...args) => call("POST", `${s}/execute/sync`, { script: `return (${fn}).apply(null, arguments);`, args }),
    runAsync: (fn, ...args) => call("POST", `${s}/execute/async`, { script: `const done = arguments[arguments.length - 1]; Promise.resolve((${fn}).apply(null, [].slice.call(arguments, 0, -1))).then((v) => done({ ok: v }), (e) => done({ error: String(e && e.stack || e) }));`, args })
      .then((r) => { if (r && r.error) throw new Error(r.error); return r && r.ok; }),
    click: (ref) => call("POST", `${s}/element/${el(ref)}/click`, {}),
    type: (ref, text) => call("POST", `${s}/element/${el(ref)}/value`, { text }),
    clear: (ref) => call("POST", `${s}/element/${el(ref)}/clear`, {}),
    /** Presses keys on the focused element (W3C actions). */
    keys: async (...keys) => {
      const actions = keys.flatMap((k) => [{ type: "keyDown", value: k }, { type: "keyUp", value: k }]);
      await call("POST", `${s}/actions`, { actions: [{ type: "key", id: "keyboard", actions }] });
      await call("DELETE", `${s}/actions`);
    },
    window: (rect) => call("POST", `${s}/window/rect`, rect),
    screenshot: () => call("GET", `${s}/screenshot`),
    handles: () => call("GET", `${s}/window/handles`),
    handle: () => call("GET", `${s}/window`),
    switchTo: (handle) => call("POST", `${s}/window`, { handle }),
    closeWindow: () => call("DELETE", `${s}/window`),
    quit: () => call("DELETE", s, undefined, 10000).catch(() => {}),
    /** Waits until `fn(...args)` in the page returns something truthy, and returns it. */
    async until(fn, what, ms = 20000, ...args) {
      const end = Date.now() + ms;
      let last;
      while (Date.now() < end) {
        try { last = await session.run(fn, ...args); if (last) return last; } catch (e) { last = e; }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`timed out waiting for ${what} in ${engine}${last instanceof Error ? `: ${last.message}` : ""}`);
    },
  };
  after(() => session.quit());
  return session;
}

