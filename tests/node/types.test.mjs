// The TypeScript declarations (types/) against what is built: the engine bundle's exports are
// exactly the functions types/pkg/itcq_engine.d.ts declares, and the report the engine
// writes has every field types/itcq.d.ts gives `Report` (the site's own scripts are checked
// against these types by `tsc -p types`, which make test runs before this).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const engine = await import(pathToFileURL(`${ROOT}target/site/pkg/itcq_engine.js`).href);
engine.initSync({ module: readFileSync(`${ROOT}target/site/pkg/itcq_engine_bg.wasm`) });

/** The members an interface of a declaration file lists (top level only). */
function members(dts, name) {
  const start = dts.indexOf(`export interface ${name} {`);
  assert.ok(start >= 0, `interface ${name}`);
  const out = [];
  let depth = 0;
  for (const line of dts.slice(dts.indexOf("{", start)).split("\n")) {
    const m = /^\s*([a-z_]+)\??:/.exec(line);
    if (m && depth === 1) out.push(m[1]);
    for (const c of line) {
      if ("{(<".includes(c)) depth++;
      else if ("})>".includes(c)) depth--;
    }
    if (depth === 0) break;
  }
  return out;
}

test("the engine bundle exports exactly the declared functions", () => {
  const dts = readFileSync(`${ROOT}types/pkg/itcq_engine.d.ts`, "utf8");
  const declared = [...dts.matchAll(/^export (?:default )?function (\w+)/gm)].map((m) => m[1]).filter((n) => n !== "init").sort();
  const built = Object.keys(engine).filter((k) => typeof engine[k] === "function" && k !== "default" && !/^[A-Z]/.test(k)).sort();
  assert.deepEqual(built, declared);
});

test("a report has every field its declaration lists, and no other", () => {
  const dts = readFileSync(`${ROOT}types/itcq.d.ts`, "utf8");
  const report = engine.assess({ bank: "quick", profile: { seats: 45, industry: "legal", it_management: "outsourced_msp", goals: ["continuity"] }, answers: { backup_restore: 2 } });
  assert.deepEqual(Object.keys(report).sort(), members(dts, "Report").sort());
  assert.deepEqual(Object.keys(report.plan.phases[0].actions[0] ?? report.plan.phases[1].actions[0]).sort(), members(dts, "Action").sort());
});
