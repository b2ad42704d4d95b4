// Prints raw / gzip / brotli bytes of every asset the browser downloads from target/site,
// and writes them as JSON to artifacts/size-report.json. Compression levels are the
// maximum (gzip -9, brotli 11), as a CDN serving pre-compressed files would use.
import { readFileSync, readdirSync, statSync, mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const root = new URL("..", import.meta.url).pathname;
const site = join(root, "target/site");

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const rows = walk(site)
  .filter((p) => /\.(js|wasm|css|html|json)$/.test(p))
  .sort()
  .map((p) => {
    const buf = readFileSync(p);
    return {
      file: relative(site, p),
      raw: buf.length,
      gzip: gzipSync(buf, { level: 9 }).length,
      brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });

const pad = (s, n) => String(s).padStart(n);
console.log(`${"asset".padEnd(28)}${pad("raw", 10)}${pad("gzip", 10)}${pad("brotli", 10)}`);
for (const r of rows) console.log(`${r.file.padEnd(28)}${pad(r.raw, 10)}${pad(r.gzip, 10)}${pad(r.brotli, 10)}`);
mkdirSync(join(root, "artifacts"), { recursive: true });
writeFileSync(join(root, "artifacts/size-report.json"), JSON.stringify(rows, null, 2) + "\n");
