// Writes the versioned release from the built site (target/site, `bash .ci/build-web.sh`):
//
//   dist/itcq-<version>/
//     embed.<hash>.js          the loader, with the table of its files' names and SHA-384
//     itcq.<hash>.css
//     pkg/<module>.<hash>.js, pkg/<module>_bg.<hash>.wasm    (itcq, itcq_results, itcq_engine)
//     lang/<code>.<hash>.json, lang/<code>.more.<hash>.json
//     itcq-config-1.schema.json  the configuration file's schema (plain name: files cite it)
//     manifest.json            version, every file's name, bytes and integrity, the snippet
//     snippet.html             the tag, with integrity (SHA-384) and crossorigin
//
// The hash in a name is the start of the file's SHA-384, so a release can be cached for
// ever and two releases never share a name. The release is also copied into the site
// (target/site/itcq-<version>/, with target/site/release.json = its manifest) so that the
// configurator writes snippets for it. Usage: node .ci/dist.mjs
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { ROOT, langFiles, version } from "./workspace.mjs";

const SITE = join(ROOT, "target/site");
const NAME = `itcq-${version}`;
const OUT = join(ROOT, "dist", NAME);

const sha384 = (bytes) => createHash("sha384").update(bytes).digest();
/** `pkg/itcq_bg.wasm` → `pkg/itcq_bg.<hash>.wasm`; `lang/en.more.json` → `lang/en.more.<hash>.json`. */
const hashed = (path, digest) => path.replace(/(\.[a-z]+)$/, `.${digest.toString("hex").slice(0, 12)}$1`);

// What the loader loads, by the plain paths it asks for.
const modules = ["itcq", "itcq_results", "itcq_engine"].flatMap((m) => [`pkg/${m}.js`, `pkg/${m}_bg.wasm`]);
const langs = langFiles(SITE).map((f) => `lang/${f}`);
const FILES = ["itcq.css", ...modules, ...langs];

rmSync(OUT, { recursive: true, force: true });
const files = {};
const table = {};
function put(path, bytes) {
  mkdirSync(dirname(join(OUT, path)), { recursive: true });
  writeFileSync(join(OUT, path), bytes);
}
for (const path of FILES) {
  const bytes = readFileSync(join(SITE, path));
  const digest = sha384(bytes);
  const file = hashed(path, digest);
  const integrity = `sha384-${digest.toString("base64")}`;
  put(file, bytes);
  files[path] = { file, bytes: bytes.length, integrity };
  table[path] = [file, integrity];
}

// The loader: the source with its table filled in, minified as the site's is.
const source = readFileSync(join(ROOT, "www/embed.js"), "utf8");
const marker = "  const RELEASE = null;\n";
if (!source.includes(marker)) throw new Error("www/embed.js has no `const RELEASE = null;` line to fill in");
const filled = source.replace(marker, `  const RELEASE = ${JSON.stringify(table)};\n`);
const loader = Buffer.from(execFileSync(join(ROOT, "node_modules/.bin/terser"), ["--compress", "--mangle", "--comments", "/^!/"],
  { input: filled, maxBuffer: 1 << 24 }));
const loaderDigest = sha384(loader);
const loaderFile = hashed("embed.js", loaderDigest);
const loaderIntegrity = `sha384-${loaderDigest.toString("base64")}`;
put(loaderFile, loader);
put("itcq-config-1.schema.json", readFileSync(join(SITE, "itcq-config-1.schema.json")));

const snippet = `<script src="${loaderFile}" integrity="${loaderIntegrity}" crossorigin="anonymous" data-msp-name="Your IT partner"></script>`;
const manifest = {
  name: "itcq",
  version,
  loader: { file: loaderFile, bytes: loader.length, integrity: loaderIntegrity },
  files,
  snippet,
};
put("manifest.json", `${JSON.stringify(manifest, null, 2)}\n`);
put("snippet.html", `<!-- ITCq ${version}: host this folder, then paste the tag with src set to its address
     (for example https://www.your-site.example/${NAME}/${loaderFile}); keep integrity and crossorigin.
     The configurator (configure.html) writes it with your settings. -->
${snippet}
`);

// The site carries the release too: the configurator's snippets point at it.
rmSync(join(SITE, NAME), { recursive: true, force: true });
cpSync(OUT, join(SITE, NAME), { recursive: true });
writeFileSync(join(SITE, "release.json"), JSON.stringify({ ...manifest, folder: `${NAME}/` }));
const total = Object.values(files).reduce((n, f) => n + f.bytes, loader.length);
console.log(`dist/${NAME}/: ${Object.keys(files).length + 1} files, ${total} B; loader ${loaderFile} ${loaderIntegrity}`);
