// Shared by the end-to-end tests (harness.mjs) and the browser benchmark (benches/web/run.mjs):
// Debian's Chromium driven by playwright-core (no browser download), and a small static file
// server on 127.0.0.1. Not a test file itself.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join, extname } from "node:path";
import { chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run"];

export const MIME = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm", ".json": "application/json", ".svg": "image/svg+xml",
  ".png": "image/png", ".ico": "image/x-icon", ".map": "application/json", ".txt": "text/plain; charset=utf-8",
};
export const mimeOf = (file) => MIME[extname(file).toLowerCase()] || "application/octet-stream";

/** Launches Debian's Chromium; throws if it is not installed. */
export async function launch() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get install -y chromium`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
}

/**
 * Starts a static server on 127.0.0.1 with an ephemeral port. Every response is `no-store`.
 *   resolve(pathname) -> a file path, `{ body, type }` (generated content), or null (404);
 *                        a directory serves its index.html
 *   headers(url, type) -> extra response headers (optional)
 *   encode(req, { body, type, key }) -> `{ body, encoding }` to send compressed, or null (optional)
 * Returns { origin, close() }.
 */
export async function serveStatic({ resolve, headers, encode }) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://x");
    if (url.pathname === "/favicon.ico") { res.writeHead(204); return res.end(); }  // keep consoles clean
    try {
      let found = resolve(decodeURIComponent(url.pathname));
      if (typeof found === "string" && (await stat(found)).isDirectory()) found = join(found, "index.html");
      if (!found) throw new Error("no such file");
      const generated = typeof found === "object";
      let body = generated ? found.body : await readFile(found);
      const type = generated ? found.type : mimeOf(found);
      const head = { "content-type": type, "cache-control": "no-store", ...(headers ? headers(url, type) : {}) };
      const enc = encode ? encode(req, { body, type, key: generated ? `generated:${url.pathname}` : found }) : null;
      if (enc) {
        body = enc.body;
        head.vary = "accept-encoding";
        if (enc.encoding !== "identity") head["content-encoding"] = enc.encoding;
      }
      head["content-length"] = body.length;
      res.writeHead(200, head);
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end(`not found: ${url.pathname}`);
    }
  });
  await new Promise((ok, fail) => server.once("error", fail).listen(0, "127.0.0.1", ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }) };
}
