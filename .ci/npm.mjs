// Builds the npm package from the built site (target/site, `bash .ci/build-web.sh`) and
// packs it: target/npm/itcq-<version>.tgz (`npm pack`). The package holds
//
//   node.js / index.js     the engine's JSON API (assess, decodeCode, exportJson, …): in
//                          Node ready on import; elsewhere after `await init()`
//   index.d.ts, types.d.ts its declarations (types/pkg/itcq_engine.d.ts, types/itcq.d.ts)
//   widget.js, widget.d.ts `mount(element, options)`: the loader as an ES module, loading
//                          pkg/, lang/ and itcq.css from next to itself
//   pkg/, lang/, itcq.css  the files the widget and the engine load
//
// Usage: node .ci/npm.mjs
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, langFiles, license, version } from "./workspace.mjs";

const SITE = join(ROOT, "target/site");
const OUT = join(ROOT, "target/npm");
const PKG = join(OUT, "itcq");

rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(PKG, "pkg"), { recursive: true });
mkdirSync(join(PKG, "lang"), { recursive: true });
const write = (file, text) => writeFileSync(join(PKG, file), text);

// The files loaded at run time, as the site ships them (minified glue, optimised wasm).
for (const f of readdirSync(join(SITE, "pkg")).filter((f) => /\.(js|wasm)$/.test(f))) cpSync(join(SITE, "pkg", f), join(PKG, "pkg", f));
for (const f of langFiles(SITE)) cpSync(join(SITE, "lang", f), join(PKG, "lang", f));
cpSync(join(SITE, "itcq.css"), join(PKG, "itcq.css"));
cpSync(join(SITE, "itcq-config-1.schema.json"), join(PKG, "itcq-config-1.schema.json"));

// The engine API.
write("index.js", `// ITCq's engine API for browsers and bundlers: call \`await init()\` once, then any function.
export * from "./pkg/itcq_engine.js";
export { default } from "./pkg/itcq_engine.js";
`);
write("node.js", `// ITCq's engine API for Node: the wasm is read and instantiated on import, so every
// function can be called at once; \`init()\` is there too and does nothing more.
import { readFileSync } from "node:fs";
import { initSync } from "./pkg/itcq_engine.js";

initSync({ module: readFileSync(new URL("./pkg/itcq_engine_bg.wasm", import.meta.url)) });
export * from "./pkg/itcq_engine.js";
export { default } from "./pkg/itcq_engine.js";
`);
const engineTypes = readFileSync(join(ROOT, "types/pkg/itcq_engine.d.ts"), "utf8");
if (!engineTypes.includes('from "../itcq";')) throw new Error("types/pkg/itcq_engine.d.ts no longer imports from \"../itcq\"");
// Relative imports carry their extension, as Node's ES module resolution requires.
write("index.d.ts", engineTypes.replace('from "../itcq";', 'from "./types.js";'));
write("types.d.ts", readFileSync(join(ROOT, "types/itcq.d.ts"), "utf8"));

// The widget: the loader (www/embed.js) as an ES module. It finds its files next to itself
// (import.meta.url) instead of next to a script tag, mounts only through `mount`, and
// installs window.ITCq as the tag does (a tag on the same page shares it).
let loader = readFileSync(join(ROOT, "www/embed.js"), "utf8");
const swaps = [
  ["  const script = document.currentScript;\n", "  const script = null;  // a module has no script tag: it mounts through mount()\n"],
  ["  const any = script || [].slice.call(document.querySelectorAll('script[src*=\"embed\"]')).pop();\n",
    "  const any = { src: import.meta.url };\n"],
  ["    api = create();\n", "    api = create();\n    installed = api;\n"],
];
for (const [from, to] of swaps) {
  if (!loader.includes(from)) throw new Error(`www/embed.js has changed: no ${JSON.stringify(from.trim())} to adapt for the module`);
  loader = loader.replace(from, to);
}
const widget = `let installed = null;
${loader}
/** Mounts a widget inside \`element\` (options as the tag's data-* attributes, camelCase); see ITCq.mount. */
export function mount(element, options) {
  return (installed || window.ITCq).mount(element, options);
}
/** The package's version. */
export const version = ${JSON.stringify(version)};
`;
write("widget.js", execFileSync(join(ROOT, "node_modules/.bin/terser"), ["--module", "--compress", "--mangle", "--comments", "/^!/"],
  { input: widget, maxBuffer: 1 << 24 }));
write("widget.d.ts", `import type { WidgetHandle, WidgetOptions } from "./types.js";
export type { WidgetHandle, WidgetOptions } from "./types.js";
/** Mounts a widget inside \`element\`; never throws: a failure is logged and \`ready\` rejects. The widget loads pkg/, lang/ and itcq.css from next to this module. */
export function mount(element: Element, options?: WidgetOptions): WidgetHandle;
/** The package's version. */
export const version: string;
`);

write("package.json", `${JSON.stringify({
  name: "itcq",
  version,
  description: "ITCq, the IT Competitiveness quotient: the engine (score, plan, result codes, exports) as WebAssembly for Node and browsers, and the embeddable assessment widget",
  license,
  type: "module",
  main: "./node.js",
  types: "./index.d.ts",
  exports: {
    ".": { types: "./index.d.ts", node: "./node.js", default: "./index.js" },
    "./widget": { types: "./widget.d.ts", default: "./widget.js" },
    "./types": { types: "./types.d.ts" },
    "./itcq.css": "./itcq.css",
    "./itcq-config-1.schema.json": "./itcq-config-1.schema.json",
    "./package.json": "./package.json",
  },
  sideEffects: ["./node.js", "./widget.js"],
  engines: { node: ">=18" },
  files: ["index.js", "node.js", "index.d.ts", "types.d.ts", "widget.js", "widget.d.ts", "pkg/", "lang/", "itcq.css", "itcq-config-1.schema.json", "README.md"],
}, null, 2)}\n`);
write("README.md", `# itcq ${version}

ITCq measures how well a 20–300 seat company manages its IT across the seven blocks of the
7C IT Management Framework, scores it 0–100 and writes a phased plan.

## The engine

\`\`\`js
import { assess, encodeCode, decodeCode, questions } from "itcq";  // Node: ready on import
// In a browser or bundler: import init, { assess } from "itcq"; await init();
const report = assess({ bank: "quick", profile: { seats: 45, industry: "finance", it_management: "internal_admin", goals: [] },
  answers: { /* question id: 0–4, "dont_know" or "na" */ } });
console.log(report.itcq, report.band);
\`\`\`

Every function throws an Error naming what was wrong and what is accepted. The types are in
\`index.d.ts\` and \`types.d.ts\`.

## The widget

\`\`\`js
import { mount } from "itcq/widget";
const handle = mount(document.getElementById("assessment"), { mspName: "Acme IT", brandColor: "#0a5c36" });
await handle.ready;
\`\`\`

\`widget.js\` loads \`pkg/\`, \`lang/\` and \`itcq.css\` from next to itself: serve this package's
folder as it is (or copy it to one folder of your site). Options are those of the script
tag's \`data-*\` attributes, camelCase. Without a build step, the script tag of the versioned
release does the same.
`);

const tgz = execFileSync("npm", ["pack", "--silent", "--pack-destination", OUT], { cwd: PKG, encoding: "utf8" }).trim().split("\n").pop();
console.log(`target/npm/${tgz}`);
