// Builds the WordPress plugin's installable zip from the plugin's source
// (integrations/wordpress/itcq/) and the versioned release (dist/itcq-<version>/, written by
// .ci/dist.mjs): target/wordpress/itcq-<version>.zip, holding itcq/ with the release in
// itcq/assets/ and the plugin's version set to the release's. Usage: node .ci/wordpress.mjs
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, version } from "./workspace.mjs";

const SOURCE = join(ROOT, "integrations/wordpress/itcq");
const OUT = join(ROOT, "target/wordpress");
const PLUGIN = join(OUT, "itcq");
const release = join(ROOT, "dist", `itcq-${version}`);
if (!existsSync(join(release, "manifest.json"))) throw new Error(`${release} is missing; run \`make dist\` first`);

rmSync(OUT, { recursive: true, force: true });
cpSync(SOURCE, PLUGIN, { recursive: true, filter: (src) => !src.startsWith(join(SOURCE, "assets")) });
cpSync(release, join(PLUGIN, "assets"), { recursive: true });

// The plugin's version is the release's: its header, its readme's stable tag, the editor
// script's version.
const stamp = (file, pattern) => {
  const path = join(PLUGIN, file);
  const text = readFileSync(path, "utf8");
  if (!pattern.test(text)) throw new Error(`${file} has no ${pattern} to set the version in`);
  writeFileSync(path, text.replace(pattern, (_, head) => `${head}${version}`));
};
stamp("itcq.php", /^( \* Version:\s*)\S+/m);
stamp("readme.txt", /^(Stable tag:\s*)\S+/m);
stamp("block/editor.asset.php", /('version'\s*=>\s*')[^']+(?=')/);

// A zip with itcq/ at its root, as WordPress's upload form expects.
const zip = join(OUT, `itcq-${version}.zip`);
execFileSync("python3", ["-c", `
import os, sys, zipfile
out, base = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for root, dirs, files in os.walk(os.path.join(base, "itcq")):
        dirs.sort()
        for f in sorted(files):
            path = os.path.join(root, f)
            z.write(path, os.path.relpath(path, base))
`, zip, OUT]);
console.log(`target/wordpress/itcq-${version}.zip`);
