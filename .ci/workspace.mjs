// What the release scripts (dist.mjs, npm.mjs, wordpress.mjs) read from the workspace: the
// version and licence of Cargo.toml's [workspace.package], and the widget's language files.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../", import.meta.url));
const cargo = readFileSync(join(ROOT, "Cargo.toml"), "utf8");
const field = (key) => new RegExp(`\\[workspace\\.package\\][^[]*?\\n${key} = "([^"]+)"`).exec(cargo)?.[1];

/** The workspace's semantic version, such as "0.2.0". */
export const version = field("version");
if (!version || !/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) throw new Error(`no semantic version in Cargo.toml's [workspace.package] (found ${version})`);
/** The workspace's licence. */
export const license = field("license") ?? "UNLICENSED";

/** The widget's language files in a built site (lang/<code>.json and lang/<code>.more.json), sorted. */
export const langFiles = (site) => readdirSync(join(site, "lang")).filter((f) => /^[a-z]{2}(\.more)?\.json$/.test(f)).sort();
