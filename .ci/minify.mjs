// Minifies the assembled site in place: stylesheets with csso (structure kept as written:
// no rule merging, so the cascade is the one in www/), and JSON files (language files, the
// example configuration) without their indentation. Usage: node .ci/minify.mjs target/site
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "csso";

const site = process.argv[2];
if (!site) throw new Error("usage: node .ci/minify.mjs <site folder>");
const files = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? (e.name === "pkg" ? [] : files(join(dir, e.name))) : [join(dir, e.name)]);
for (const file of files(site)) {
  if (file.endsWith(".css")) {
    writeFileSync(file, minify(readFileSync(file, "utf8"), { restructure: false }).css);
  } else if (file.endsWith(".json")) {
    writeFileSync(file, JSON.stringify(JSON.parse(readFileSync(file, "utf8"))));
  }
}
