// Shortens the names the wasm imports its JavaScript glue by. wasm-bindgen names each
// import `__wbg_<function>_<16 hex digits>` (or `__wbindgen_<what>`): about 130 of them,
// written once in the wasm's import section and once as a key of the glue's imports
// object, and their hashes do not compress. This renames each to `_a`, `_b`, … in both
// files, consistently, and stops the build if a name is not exactly once in the glue.
//
// usage: node .ci/short-imports.mjs <bundle>_bg.wasm <bundle>.js   (both rewritten in place)
import { readFileSync, writeFileSync } from "node:fs";

const [wasmPath, jsPath] = process.argv.slice(2);
if (!wasmPath || !jsPath) {
  console.error("usage: node .ci/short-imports.mjs <bundle>_bg.wasm <bundle>.js");
  process.exit(2);
}
const wasm = readFileSync(wasmPath);
if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error(`${wasmPath} is not a wasm module`);

/** Reads an unsigned LEB128 at `o`: [value, next offset]. */
function leb(b, o) {
  let value = 0, shift = 0, byte;
  do {
    byte = b[o++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, o];
}

/** Writes an unsigned LEB128. */
function uleb(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
}

/** The n-th short name: _a … _z, _aa, … */
function shortName(n) {
  let s = "";
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return `_${s}`;
}

const renamed = new Map();
const parts = [wasm.subarray(0, 8)];
let p = 8;
while (p < wasm.length) {
  const id = wasm[p];
  const [size, bodyAt] = leb(wasm, p + 1);
  const end = bodyAt + size;
  if (id !== 2) {
    parts.push(wasm.subarray(p, end));
    p = end;
    continue;
  }
  // The import section: count, then (module, field, kind, type) per import.
  const body = wasm.subarray(bodyAt, end);
  let [count, o] = leb(body, 0);
  const out = [uleb(count)];
  for (let i = 0; i < count; i++) {
    let len;
    [len, o] = leb(body, o);
    const module = body.subarray(o, o + len);
    o += len;
    [len, o] = leb(body, o);
    const field = body.subarray(o, o + len).toString("utf8");
    o += len;
    const descAt = o;
    const kind = body[o++];
    if (kind === 0) {
      [, o] = leb(body, o); // function: type index
    } else if (kind === 1) {
      o++; // table: element type, then limits
      const flags = body[o++];
      [, o] = leb(body, o);
      if (flags & 1) [, o] = leb(body, o);
    } else if (kind === 2) {
      const flags = body[o++]; // memory: limits
      [, o] = leb(body, o);
      if (flags & 1) [, o] = leb(body, o);
    } else if (kind === 3) {
      o += 2; // global: value type, mutability
    } else {
      throw new Error(`${wasmPath}: import ${field} has unknown kind ${kind}`);
    }
    let name = field;
    if (/^__wbg_|^__wbindgen_/.test(field)) {
      if (!renamed.has(field)) renamed.set(field, shortName(renamed.size));
      name = renamed.get(field);
    }
    const bytes = Buffer.from(name, "utf8");
    out.push(uleb(module.length), module, uleb(bytes.length), bytes, body.subarray(descAt, o));
  }
  if (o !== body.length) throw new Error(`${wasmPath}: the import section did not parse to its end`);
  const section = Buffer.concat(out);
  parts.push(Buffer.from([2]), uleb(section.length), section);
  p = end;
}

let js = readFileSync(jsPath, "utf8");
for (const [long, short] of renamed) {
  const re = new RegExp(`\\b${long}\\b`, "g");
  const found = js.match(re)?.length ?? 0;
  if (found !== 1) throw new Error(`${jsPath}: ${long} is there ${found} times, not once`);
  if (new RegExp(`\\b${short}\\b`).test(js)) throw new Error(`${jsPath}: ${short} is already used`);
  js = js.replace(re, short);
}
writeFileSync(wasmPath, Buffer.concat(parts));
writeFileSync(jsPath, js);
console.log(`${wasmPath}: ${renamed.size} import names shortened`);
