// No page states a rule of the engine's itself: the languages, the seat segments, the limits
// on what the pages read, the question weights, the lead form's required fields and the
// email check come from www/rules.js (generated from the engine, see tests/rules.rs), or from
// the engine's own answers. A copy written by hand would drift the day the engine changes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { RULES } from "../../www/rules.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const WWW = join(ROOT, "www");
const MARKS = ["// rules: generated from the engine", "// end of the generated rules"];

/** Every page script and page of the site, but the generated rules themselves. */
function pages(dir = WWW) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...pages(path));
    else if (/\.(js|html)$/.test(name) && name !== "rules.js") out.push(path);
  }
  return out;
}

/** A file's text without comments' worth of prose that may name a rule, and without the
 * loader's generated block. */
function code(path) {
  let text = readFileSync(path, "utf8");
  const start = text.indexOf(MARKS[0]);
  const end = text.indexOf(MARKS[1]);
  if (start >= 0 && end > start) text = text.slice(0, start) + text.slice(end + MARKS[1].length);
  return text.replace(/^\s*(\/\/|\*|\/\*).*$/gm, "");
}

/** The ways a page could state each rule. */
function stated() {
  const numbers = [RULES.maxConfigBytes, RULES.maxExportBytes, RULES.maxPortfolio, RULES.maxCodeChars, RULES.maxSeats];
  const checks = [];
  for (const n of numbers) {
    checks.push([`the limit ${n}`, new RegExp(`\\b${n}\\b|\\b${n.toLocaleString("en").replace(/,/g, "_")}\\b`)]);
  }
  // 256 * 1024, 5 * 1024 * 1024: a limit written as a product.
  checks.push(["a limit written as a product of 1024", {
    test: (s) => [...s.matchAll(/\b(\d+)\s*\*\s*1024(\s*\*\s*1024)?\b/g)]
      .some((m) => numbers.includes(Number(m[1]) * 1024 * (m[2] ? 1024 : 1))),
  }]);
  for (const s of RULES.segments) checks.push([`the seat segment ${s}`, new RegExp(`["'\`]${s.replace("+", "\\+")}["'\`]`)]);
  const codes = RULES.langs.map((l) => l.code);
  checks.push(["the list of languages", new RegExp(`["']${codes[0]}["']\\s*,\\s*["']${codes[1]}["']`)]);
  checks.push(["a language's option", new RegExp(`<option value="(${codes.join("|")})"`)]);
  for (const l of RULES.langs.slice(1)) checks.push([`the language name ${l.name}`, new RegExp(`["'>]${l.name}["'<]`)]);
  checks.push(["the question weights", /\blow:\s*1\b|\bhigh:\s*5\b/]);
  checks.push(["the lead form's required fields", /["'`]email,name,company["'`]|\["email",\s*"name",\s*"company"\]/]);
  checks.push(["an email check", /\[\^\\s@/]);
  return checks;
}

test("the rules module holds what the pages need", () => {
  assert.deepEqual(RULES.langs.map((l) => l.code), ["en", "de", "es"]);
  assert.equal(RULES.maxConfigBytes, 256 * 1024);
  assert.ok(Object.isFrozen(RULES));
});

test("no page states one of the engine's rules itself", () => {
  const problems = [];
  for (const path of pages()) {
    const text = code(path);
    for (const [what, re] of stated()) {
      if (re.test(text)) problems.push(`${relative(ROOT, path)} states ${what}; import it from rules.js`);
    }
  }
  assert.deepEqual(problems, []);
});

test("the check finds a rule stated by hand", () => {
  const hits = (s) => stated().filter(([, re]) => re.test(s)).map(([what]) => what);
  assert.ok(hits("if (f.size > 256 * 1024) {").includes("a limit written as a product of 1024"));
  assert.ok(hits("const LANGS = ['en', 'de', 'es'];").includes("the list of languages"));
  assert.ok(hits('const SEGMENTS = ["1-19", "20-50"];').includes("the seat segment 1-19"));
  assert.ok(hits("/^[^\\s@]+@[^\\s@]+$/.test(email)").includes("an email check"));
  assert.deepEqual(hits("const x = RULES.maxConfigBytes;"), []);
});
