// The engine compiled to wasm (the exact bundle the site ships, target/site/pkg) must give
// the same reports as the native engine behind the `itcq` CLI, and reject bad input with
// the same messages. Run by `make test` after the web build: node --test tests/wasm/
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";

const root = new URL("../../", import.meta.url);
const { initSync, assess, questions, framework } = await import(new URL("target/site/pkg/itcq_engine.js", root));
initSync({ module: readFileSync(new URL("target/site/pkg/itcq_engine_bg.wasm", root)) });

const cli = new URL("target/debug/itcq", root).pathname;
function native(input) {
  const r = spawnSync(cli, ["assess", "--answers", "-", "--format", "json"], { input: JSON.stringify(input), encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const profile = { company: "Example Ltd", seats: 45, industry: "professional_services", it_management: "outsourced_msp", goals: ["continuity"] };

function filled(bank, pick) {
  const answers = {};
  questions(bank).questions.forEach((q, i) => {
    const a = pick(i);
    if (a !== undefined) answers[q.id] = a;
  });
  return { bank, profile, answers };
}

const inputs = {
  "quick, mixed": filled("quick", (i) => [0, 1, 2, 3, 4, "dont_know", undefined][i % 7]),
  "full, mixed": filled("full", (i) => [0, 2, 4, "dont_know", "na", undefined][i % 6]),
  "quick, empty": { bank: "quick", profile, answers: {} },
  "full, regulated and every goal": {
    ...filled("full", (i) => [4, 2, 0][i % 3]),
    profile: { seats: 280, industry: "healthcare", it_management: "internal_admin", goals: ["grow_revenue", "cut_costs", "continuity", "compliance", "scale"] },
  },
};

for (const [name, input] of Object.entries(inputs)) {
  test(`wasm and native reports agree: ${name}`, () => {
    const n = native(input);
    assert.equal(n.code, 0, n.err);
    assert.deepEqual(assess(input), JSON.parse(n.out));
  });
}

test("bad input is rejected with the same message as the CLI", () => {
  const cases = [
    { bank: "quick", profile: { ...profile, seats: 0 }, answers: {} },
    { bank: "quick", profile, answers: { backup_restore: 9 } },
    { bank: "quick", profile, answers: { "continuous.backup.policy": 2 } },
    { bank: "full", profile, answers: { "continuous.backup.policy": 3 } },
    { bank: "quick", profile: { ...profile, industry: "spaceflight" } },
  ];
  for (const input of cases) {
    const n = native(input);
    assert.equal(n.code, 2);
    assert.throws(() => assess(input), (e) => {
      assert.ok(n.err.includes(e.message), `CLI said ${n.err}, wasm said ${e.message}`);
      return true;
    });
  }
});

test("non-object input gets a clear message, never a crash", () => {
  for (const bad of [undefined, null, 42, "text", [], { bank: "quick" }]) {
    assert.throws(() => assess(bad), /input|profile|bank|expected/);
  }
});

test("banks and framework are served as plain objects", () => {
  assert.equal(questions("quick").questions.length >= 25, true);
  assert.equal(questions("full").questions.length, 139);
  assert.throws(() => questions("medium"), /bank: "medium" is not accepted; expected "quick" or "full"/);
  const fw = framework();
  assert.equal(fw.blocks.length, 7);
  assert.equal(fw.areas.length, 27);
  assert.equal(fw.areas.flatMap((a) => a.services).length, 139);
  assert.equal(Object.getPrototypeOf(fw), Object.prototype);
});
