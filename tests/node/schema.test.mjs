// docs/itcq-config-1.schema.json, checked with a standard validator (Ajv, JSON Schema
// 2020-12): the good example files pass, and every file of the bad corpus
// (tests/config/bad/, each a file the engine refuses) fails, except the checks the schema
// says it cannot make. The schema itself is the engine's (tests/schema.rs keeps it so).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const read = (path) => readFileSync(ROOT + path, "utf8");
const schema = JSON.parse(read("docs/itcq-config-1.schema.json"));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

/** Whether a file's text is a configuration the schema accepts (not JSON: no). */
function accepts(text) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    return false;
  }
  return validate(doc);
}

test("the schema compiles in strict mode and accepts the good files", () => {
  for (const file of ["tests/config/good.json", "www/itcq-config.example.json"]) {
    assert.ok(accepts(read(file)), `${file}: ${JSON.stringify(validate.errors, null, 1)}`);
  }
  assert.ok(accepts('{"itcq_config": 1}'), "only the version is required");
});

test("every file of the bad corpus is refused", () => {
  const bad = readdirSync(ROOT + "tests/config/bad").filter((f) => f.endsWith(".json"));
  assert.ok(bad.length >= 20, `${bad.length} bad files`);
  for (const file of bad) {
    assert.equal(accepts(read(`tests/config/bad/${file}`)), false, `${file} passes the schema`);
  }
});

test("the schema holds the engine's rules one by one", () => {
  const ok = (doc) => validate(doc);
  const base = { itcq_config: 1 };
  assert.ok(ok({ ...base, lang: "de-AT" }), "a language tag with a region");
  assert.ok(!ok({ ...base, lang: "fr" }), "a language ITCq does not speak");
  assert.ok(ok({ ...base, brand: { color: "#0a5" } }));
  assert.ok(!ok({ ...base, brand: { color: "#0a5g" } }));
  assert.ok(!ok({ ...base, brand: { logo: "javascript:alert(1)" } }));
  assert.ok(ok({ ...base, brand: { logo: "/logo.svg" } }));
  assert.ok(!ok({ ...base, brand: { logo: "//evil.example/x.png" } }));
  assert.ok(ok({ ...base, assessment: { questions: { backup_restore: { weight: 5 } } } }));
  assert.ok(!ok({ ...base, assessment: { questions: { backup_restore: { weight: 6 } } } }));
  assert.ok(!ok({ ...base, assessment: { questions: { backup_restor: { hide: true } } } }), "a misspelt question");
  const extra = { id: "own_check", area: "clear.tools", text: "Q", options: ["a", "b", "c", "d", "e"] };
  assert.ok(ok({ ...base, assessment: { extra: [extra] } }));
  assert.ok(!ok({ ...base, assessment: { extra: [{ ...extra, id: "backup_restore" }] } }), "a quick-bank ID");
  assert.ok(!ok({ ...base, assessment: { extra: Array(6).fill(extra) } }), "more than five");
  assert.ok(ok({ ...base, targets: { "51-150": { clear: 0, continuous: 100 } } }));
  assert.ok(!ok({ ...base, targets: { "51-150": { clear: 101 } } }));
  assert.ok(!ok({ ...base, lead: { required: ["name"] } }), "email is always required");
  assert.ok(ok({ ...base, texts: { de: { "ui.welcome.title": "Hallo" } } }));
  assert.ok(!ok({ ...base, texts: { de: { "welcome.title": "Hallo" } } }), "not a text key's shape");
});
