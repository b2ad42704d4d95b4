// A real WordPress for the plugin's tests, from Debian's packages (`wordpress`, `php-cli`,
// `php-mysql`, `mariadb-server`, installed by `make test`): MariaDB started on a socket in
// target/wp/, a copy of Debian's WordPress with its own wp-config.php, installed by
// wp_install() and served by PHP's built-in server on 127.0.0.1. Nothing reaches the
// network (WP_HTTP_BLOCK_EXTERNAL) and everything stops when the test file ends.
import { after } from "node:test";
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { ROOT, freePort } from "./harness.mjs";

export const WP = join(ROOT, "target/wp");
const SITE = join(WP, "site");
const SOCKET = join(WP, "mysqld.sock");
const LOG = join(WP, "debug.log");
export const ADMIN = { user: "admin", password: "itcq-admin-password" };

const need = [["/usr/share/wordpress/wp-load.php", "wordpress"], ["/usr/bin/php", "php-cli"], ["/usr/sbin/mariadbd", "mariadb-server"]];

/** Waits until `check()` is true, polling; throws `what` after `ms`. */
async function until(check, what, ms = 30000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Runs PHP code inside the WordPress install (wp-load.php loaded), returns its output. */
export function php(code) {
  const file = join(WP, "run.php");
  writeFileSync(file, `<?php\nrequire ${JSON.stringify(join(SITE, "wp-load.php"))};\n${code}\n`);
  return execFileSync("php", [file], { cwd: SITE, encoding: "utf8" });
}

/** Lines of WordPress's debug log (PHP notices, warnings, errors) since the start. */
export const debugLog = () => (existsSync(LOG) ? readFileSync(LOG, "utf8") : "");

/**
 * Starts MariaDB and WordPress; returns { origin, db(sql) }. Stopped after the test file.
 * Throws a clear message when a package is missing.
 */
export async function startWordPress() {
  for (const [file, pkg] of need) {
    if (!existsSync(file)) throw new Error(`${file} is missing: install Debian's ${pkg} (make test installs it)`);
  }
  const procs = [];
  after(() => { for (const p of procs) p.kill("SIGTERM"); });
  rmSync(WP, { recursive: true, force: true });
  mkdirSync(WP, { recursive: true });

  // MariaDB on a socket only, with its own data folder.
  execFileSync("mariadb-install-db", ["--no-defaults", `--datadir=${join(WP, "db")}`, "--user=root", "--skip-test-db",
    "--auth-root-authentication-method=socket"], { stdio: "ignore" });
  const db = spawn("mariadbd", ["--no-defaults", `--datadir=${join(WP, "db")}`, `--socket=${SOCKET}`, "--skip-networking",
    "--user=root", `--pid-file=${join(WP, "mysqld.pid")}`, `--log-error=${join(WP, "mysqld.err")}`], { stdio: "ignore" });
  procs.push(db);
  const sql = (q) => execFileSync("mariadb", ["--no-defaults", `--socket=${SOCKET}`, "-uroot", "-N", "-B", "-e", q], { encoding: "utf8" });
  await until(() => { try { sql("SELECT 1"); return true; } catch { return false; } }, "MariaDB to start");
  sql("CREATE DATABASE wp; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO 'wp'@'localhost';");

  // WordPress: Debian's files (without its many translations) and our own wp-config.php.
  cpSync("/usr/share/wordpress", SITE, { recursive: true, dereference: true,
    filter: (src) => !src.startsWith("/usr/share/wordpress/wp-content/languages") });
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const salt = () => randomBytes(24).toString("hex");
  writeFileSync(join(SITE, "wp-config.php"), `<?php
define('DB_NAME', 'wp');
define('DB_USER', 'wp');
define('DB_PASSWORD', 'wp');
define('DB_HOST', 'localhost:${SOCKET}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT"]
    .map((k) => `define('${k}', '${salt()}');`).join("\n")}
$table_prefix = 'wp_';
define('WP_HOME', '${origin}');
define('WP_SITEURL', '${origin}');
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', '${LOG}');
define('WP_DEBUG_DISPLAY', false);
define('FS_METHOD', 'direct');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`);
  writeFileSync(join(WP, "install.php"), `<?php
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
require ${JSON.stringify(join(SITE, "wp-load.php"))};
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$r = wp_install('Acme IT', '${ADMIN.user}', 'admin@acme.example', false, '', '${ADMIN.password}');
echo $r['user_id'];
`);
  execFileSync("php", [join(WP, "install.php")], { cwd: SITE, stdio: "ignore" });
  // Several workers: the block editor asks for many things at once.
  const web = spawn("php", ["-S", `127.0.0.1:${port}`, "-t", SITE], { cwd: SITE, stdio: "ignore", env: { ...process.env, PHP_CLI_SERVER_WORKERS: "4" } });
  procs.push(web);
  await until(async () => { try { return (await fetch(`${origin}/wp-login.php`)).ok; } catch { return false; } }, "PHP's server");
  return { origin, sql: (q) => sql(`USE wp; ${q}`) };
}

/** Logs in as the administrator in `page`. */
export async function login(page, origin) {
  await page.goto(`${origin}/wp-login.php`);
  await page.fill("#user_login", ADMIN.user);
  await page.fill("#user_pass", ADMIN.password);
  await Promise.all([page.waitForURL(/wp-admin/), page.click("#wp-submit")]);
}
