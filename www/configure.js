// @ts-check
// The configurator: forms that write an ITCq configuration file (schema itcq-config 1), a
// live widget beside them, the engine's own check of the file, and the snippet to copy.
// The file is the single source of truth: the forms are filled from it and collected into
// it (configure/file.js); every rule about what is valid lives in the engine (checkConfig)
// or comes from it (rules.js). The forms (configure/forms.js) and every word of the page
// are in the configurator's language (words.js).
import init, * as engine from "./pkg/itcq_engine.js";
import { saveFile } from "./save.js";
import { $, el, message } from "./dom.js";
import { RULES } from "./rules.js";
import { Words } from "./words.js";
import { EXTRA, collect, fill, getIn, inputsAt, setIn } from "./configure/file.js";
import { Forms } from "./configure/forms.js";

/** @typedef {import("./configure/file.js").ConfigFile} ConfigFile */

/** Saved progress of the preview widget, kept apart from any real assessment. */
const PREVIEW_KEY = "configurator-preview";

const w = new Words();
const forms = new Forms(w, { changed, addExtra, removeExtra });
/** What the page has open: the file as the forms last described it, and the preview. */
const page = {
  /** @type {ConfigFile} */
  current: { itcq_config: 1 },
  /** @type {import("./itcq").WidgetHandle | null} */
  widget: null,
  timer: 0,
};

/** The forms' fill, with the forms' own helpers. @param {ConfigFile} file */
const fillForms = (file) => fill(file, { extras: (n) => forms.extras(n), textRow: (l, k, t) => forms.textRow(l, k, t) });

// ---------------------------------------------------------------- the MSP's own questions

function addExtra() {
  const file = collect();
  const extra = getIn(file, EXTRA);
  setIn(file, EXTRA, [...(Array.isArray(extra) ? extra : []), {}]);
  fillForms(file);
  const n = getIn(file, EXTRA).length;
  $("cfg-extra-status").textContent = w.T("cfg.extra_added", { n });
  $("cfg-extra-list").querySelector(`[data-path='${JSON.stringify([...EXTRA, n - 1, "id"])}']`)?.focus();
  update();
}

/** @param {number} n */
function removeExtra(n) {
  const file = collect();
  const extra = getIn(file, EXTRA);
  if (Array.isArray(extra)) extra.splice(n, 1);
  if (Array.isArray(extra) && !extra.length) delete file.assessment.extra;
  fillForms(file);
  $("cfg-extra-status").textContent = w.T("cfg.extra_removed", { n: n + 1 });
  update();
}

// ---------------------------------------------------------------- check, publish, preview

function siteBase() {
  return new URL(".", location.href).href;
}

/**
 * Marks the fields an issue points at, with its message right below them.
 * @param {import("./itcq").ConfigCheck["issues"]} issues
 */
function markFields(issues) {
  for (const e of document.querySelectorAll(".cfg-field-error")) e.remove();
  for (const e of document.querySelectorAll("#cfg-form [aria-invalid]")) {
    e.removeAttribute("aria-invalid");
    const rest = (e.getAttribute("aria-describedby") || "").split(" ").filter((t) => t && t !== `${e.id}-error`);
    if (rest.length) e.setAttribute("aria-describedby", rest.join(" "));
    else e.removeAttribute("aria-describedby");
  }
  for (const issue of issues) {
    for (const input of inputsAt(issue.path)) {
      const id = `${input.id}-error`;
      let msg = document.getElementById(id);
      if (!msg) {
        msg = el("p", "cfg-field-error");
        msg.id = id;
        input.after(msg);
        input.setAttribute("aria-invalid", "true");
        input.setAttribute("aria-describedby", [input.getAttribute("aria-describedby"), id].filter(Boolean).join(" "));
      }
      msg.append(el("span", null, issue.message), " ");
    }
  }
}

/**
 * Shows the file, the snippets and the engine's check of it.
 * @param {ConfigFile} file
 * @param {import("./itcq").ConfigCheck} check
 */
function publish(file, check) {
  const text = JSON.stringify(file, null, 2);
  $("cfg-json").value = text;
  const host = $("cfg-host").value.trim().replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  $("cfg-snippet").value = `<script src="${siteBase()}embed.js" data-config="${host}"></script>`;
  $("cfg-inline").value = `<script src="${siteBase()}embed.js"></script>\n<script type="application/json">\n${text.replace(/</g, "\\u003c")}\n</script>`;
  const box = $("cfg-check");
  const list = $("cfg-problems");
  list.textContent = "";
  box.className = `cfg-check-result ${check.valid ? "cfg-valid" : "cfg-invalid"}`;
  box.textContent = check.valid
    ? w.T("cfg.valid")
    : `${w.plural(check.issues.length, "cfg.problems")}${check.strict ? ` ${w.T("cfg.problems_strict")}` : ""}:`;
  for (const i of check.issues) list.appendChild(el("li", null, i.message));
  markFields(check.issues);
}

/** The preview widget, in the language chosen beside it. @param {ConfigFile} file */
function preview(file) {
  if (page.widget) page.widget.destroy();
  const box = $("cfg-preview");
  box.textContent = "";
  // The preview shows the language chosen beside it, not one the prospect saved earlier.
  try { localStorage.removeItem("itcq:v1:lang"); } catch { /* storage off */ }
  page.widget = window.ITCq ? window.ITCq.mount(box, { config: file, lang: $("cfg-preview-lang").value, storageKey: PREVIEW_KEY }) : null;
}

function changed() {
  clearTimeout(page.timer);
  page.timer = window.setTimeout(update, 250);
}

function update() {
  page.current = collect();
  publish(page.current, engine.checkConfig(JSON.stringify(page.current)));
  preview(page.current);
}

/**
 * Opens a configuration file in the forms.
 * @param {unknown} file
 * @param {string} from where it came from, for the status line
 */
function load(file, from) {
  const status = $("cfg-file-status");
  if (!file || typeof file !== "object" || Array.isArray(file)) {
    status.textContent = w.T("cfg.not_a_file", { from });
    return;
  }
  const f = /** @type {ConfigFile} */ (file);
  fillForms(f);
  if (typeof f.lang === "string") $("cfg-preview-lang").value = f.lang;
  // What the forms have no place for (or got wrong) still shows in the check.
  const check = engine.checkConfig(JSON.stringify(f));
  status.textContent = check.valid ? w.T("cfg.opened", { from }) : w.T("cfg.opened_problems", { from });
  update();
  if (!check.valid) publish(collect(), check);
}

// ---------------------------------------------------------------- language

/**
 * Fills a language menu with the languages ITCq speaks, each named in itself.
 * @param {HTMLSelectElement} select
 */
function langOptions(select) {
  for (const { code, name } of RULES.langs) {
    const o = select.appendChild(el("option", null, name));
    o.value = code;
    o.lang = code;
  }
}

/** The configurator's own language: `?lang=`, else the browser's, else English. */
function uiLang() {
  const asked = (new URLSearchParams(location.search).get("lang") || navigator.language || "en").slice(0, 2).toLowerCase();
  return RULES.langs.some((l) => l.code === asked) ? asked : "en";
}

/**
 * Takes a language for the configurator's words; when its files cannot be loaded, English
 * (and the menu says so), and when not even those, the words written in the page.
 * @param {string} code
 * @returns {Promise<void>}
 */
async function chooseLang(code) {
  try {
    await w.choose(code);
  } catch (e) {
    $("cfg-file-status").textContent = w.T("cfg.lang_failed", { lang: code, error: message(e) },
      "The {lang} texts could not be loaded ({error}); the configurator stays in English.");
    $("cfg-ui-lang").value = "en";
    if (code !== "en") return chooseLang("en");
  }
}

/** Builds every form in the language in use. @param {ReturnType<typeof engine.framework>} fw */
function build(fw) {
  for (const id of ["cfg-brand", "cfg-questions", "cfg-targets", "cfg-catalogue", "cfg-lead"]) {
    const box = $(id);
    for (const child of [...box.children]) if (!child.matches("legend, .cfg-hint")) child.remove();
  }
  forms.framework = fw;
  forms.buildBrand();
  forms.buildQuestions(engine.questions("quick"));
  forms.buildTargets(fw.blocks);
  forms.buildCatalogue(fw.areas, fw.blocks);
  forms.buildLead();
  w.applyStatic();
  document.title = w.T("cfg.page_title");
}

async function main() {
  langOptions($("cfg-lang"));
  langOptions($("cfg-preview-lang"));
  langOptions($("cfg-ui-lang"));
  $("cfg-ui-lang").value = uiLang();
  // The preview starts in the configurator's language.
  $("cfg-preview-lang").value = $("cfg-ui-lang").value;
  await Promise.all([init({ module_or_path: "./pkg/itcq_engine_bg.wasm" }), chooseLang($("cfg-ui-lang").value)]);
  const fw = engine.framework();
  build(fw);
  fillForms({ itcq_config: 1 });
  $("cfg-ui-lang").addEventListener("change", async () => {
    await chooseLang($("cfg-ui-lang").value);
    // The forms are rebuilt in the new language, with what they hold.
    const file = collect();
    build(fw);
    fillForms(file);
    update();
  });
  $("cfg-add-extra").addEventListener("click", addExtra);
  const form = $("cfg-form");
  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  form.addEventListener("submit", (/** @type {Event} */ e) => e.preventDefault());
  $("cfg-lang").addEventListener("change", () => {
    if ($("cfg-lang").value) $("cfg-preview-lang").value = $("cfg-lang").value;
  });
  $("cfg-preview-lang").addEventListener("change", () => preview(page.current));
  $("cfg-add-text").addEventListener("click", () => forms.textRow().querySelector(".cfg-text-key")?.focus());
  $("cfg-reset").addEventListener("click", () => { fillForms({ itcq_config: 1 }); update(); });
  $("cfg-example").addEventListener("click", async () => {
    try {
      const r = await fetch("itcq-config.example.json");
      load(await r.json(), w.T("cfg.the_example"));
    } catch (e) {
      $("cfg-file-status").textContent = w.T("cfg.example_failed", { error: message(e) });
    }
  });
  $("cfg-file").addEventListener("change", async () => {
    const f = $("cfg-file").files[0];
    if (!f) return;
    if (f.size > RULES.maxConfigBytes) {
      $("cfg-file-status").textContent = w.T("cfg.too_large", { name: f.name, size: Math.round(f.size / 1024), max: RULES.maxConfigBytes / 1024 });
      return;
    }
    let file;
    try {
      file = JSON.parse(await f.text());
    } catch (e) {
      $("cfg-file-status").textContent = w.T("cfg.not_json", { name: f.name, error: message(e) });
      return;
    }
    load(file, f.name);
  });
  for (const b of document.querySelectorAll(".cfg-copy")) {
    const button = /** @type {HTMLButtonElement} */ (b);
    button.addEventListener("click", async () => {
      const box = $(button.dataset.copy || "");
      const text = box.value;
      try {
        await navigator.clipboard.writeText(text);
        $("cfg-copied").textContent = w.T("cfg.copied");
      } catch {
        box.select();
        $("cfg-copied").textContent = w.T("cfg.copy_yourself");
      }
    });
  }
  $("cfg-download").addEventListener("click", () => {
    saveFile("itcq-config.json", [$("cfg-json").value + "\n"], "application/json");
  });
  update();
  document.body.dataset.ready = "true";
}

main().catch((e) => {
  const box = $("cfg-check");
  box.className = "cfg-check-result cfg-invalid";
  box.textContent = w.T("cfg.failed", { error: message(e) },
    "The configurator could not start: {error}. Reload the page; if it persists, check that pkg/ was copied next to this page.");
});
