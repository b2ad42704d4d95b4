// @ts-check
// The configurator: forms in six steps (brand, contact and booking, questions, services,
// languages, publish) that write an ITCq configuration file (schema itcq-config 1), a live
// widget beside them shown at the welcome, a question, the lead form or the results, the
// engine's own check of the file (problems, and fields that cannot take effect, counted per
// step), and the snippet that works on its own first.
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

/** The steps, in order. */
const STEPS = ["brand", "contact", "questions", "services", "languages", "publish"];

const w = new Words();
const forms = new Forms(w, { changed, addExtra, removeExtra });
/** What the page has open: the file as the forms last described it, and the preview. */
const page = {
  /** @type {ConfigFile} */
  current: { itcq_config: 1 },
  /** @type {import("./itcq").WidgetHandle | null} */
  widget: null,
  timer: 0,
  step: "brand",
  /**
   * The release this site carries (release.json, written by `make dist`): its folder, its
   * loader's hashed name and integrity. null where the site has none (a development build).
   * @type {{ version: string, folder: string, loader: { file: string, integrity: string } } | null}
   */
  release: null,
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
  return new URL(page.release ? page.release.folder : ".", location.href).href;
}

/**
 * The step a path's field is on (publish for what the forms have no field for).
 * @param {string} path
 */
function stepOf(path) {
  const input = inputsAt(path)[0];
  const step = input ? /** @type {HTMLElement | null} */ (input.closest(".cfg-step")) : null;
  return (step && step.dataset.step) || "publish";
}

/**
 * Shows one step of the forms, and moves the focus to its heading.
 * @param {string} name
 * @param {boolean} [focus]
 */
function showStep(name, focus = true) {
  flush();
  page.step = name;
  for (const s of document.querySelectorAll(".cfg-step")) /** @type {HTMLElement} */ (s).hidden = /** @type {HTMLElement} */ (s).dataset.step !== name;
  for (const b of document.querySelectorAll("#cfg-steps button")) {
    if (/** @type {HTMLElement} */ (b).dataset.step === name) b.setAttribute("aria-current", "step");
    else b.removeAttribute("aria-current");
  }
  const i = STEPS.indexOf(name);
  $("cfg-prev").hidden = i === 0;
  $("cfg-next").hidden = i === STEPS.length - 1;
  if (i < STEPS.length - 1) $("cfg-next").textContent = w.T("cfg.next", { step: w.T(`cfg.step_${STEPS[i + 1]}`) });
  if (focus) {
    const h = $(`cfg-step-${name}-h`);
    h.tabIndex = -1;
    h.focus();
  }
}

/**
 * Goes to a field an issue names: its step, then the field.
 * @param {string} path
 */
function goTo(path) {
  showStep(stepOf(path), false);
  const input = inputsAt(path)[0];
  if (input) {
    input.closest("details")?.setAttribute("open", "");
    input.focus();
  }
}

/**
 * The count of problems and of notes on each step's button.
 * @param {import("./itcq").ConfigCheck} check
 */
function countSteps(check) {
  /** @type {Record<string, [number, number]>} */
  const n = Object.fromEntries(STEPS.map((s) => [s, [0, 0]]));
  for (const i of check.issues) n[stepOf(i.path)][0] += 1;
  for (const x of check.warnings || []) n[stepOf(x.path)][1] += 1;
  for (const b of document.querySelectorAll("#cfg-steps button")) {
    const [bad, notes] = n[/** @type {HTMLElement} */ (b).dataset.step || ""] || [0, 0];
    const count = /** @type {HTMLElement} */ (b.querySelector(".cfg-step-count"));
    count.className = `cfg-step-count${bad ? " cfg-count-bad" : notes ? " cfg-count-note" : ""}`;
    count.textContent = bad ? w.plural(bad, "cfg.step_problems") : notes ? w.plural(notes, "cfg.step_notes") : "";
  }
}

/**
 * Marks the fields an issue or a note points at, with its message right below them.
 * @param {import("./itcq").ConfigCheck["issues"]} issues
 * @param {import("./itcq").ConfigCheck["warnings"]} [warnings]
 */
function markFields(issues, warnings = []) {
  for (const e of document.querySelectorAll(".cfg-field-error, .cfg-field-note")) e.remove();
  for (const e of document.querySelectorAll("#cfg-form [aria-describedby]")) {
    if (e.id === "cfg-files") continue; // its own check, in filesBase()
    const rest = (e.getAttribute("aria-describedby") || "").split(" ").filter((t) => t && t !== `${e.id}-error` && t !== `${e.id}-note`);
    if (rest.length) e.setAttribute("aria-describedby", rest.join(" "));
    else e.removeAttribute("aria-describedby");
  }
  for (const e of document.querySelectorAll("#cfg-form [aria-invalid]")) {
    if (e.id !== "cfg-files") e.removeAttribute("aria-invalid");
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
  for (const note of warnings) {
    const input = inputsAt(note.path)[0];
    if (!input) continue;
    const id = `${input.id}-note`;
    let msg = document.getElementById(id);
    if (!msg) {
      msg = el("p", "cfg-field-note");
      msg.id = id;
      (input.nextElementSibling?.classList.contains("cfg-field-error") ? input.nextElementSibling : input).after(msg);
      // Read out with the field, as its problems are.
      input.setAttribute("aria-describedby", [input.getAttribute("aria-describedby"), id].filter(Boolean).join(" "));
    }
    msg.append(el("span", null, note.message), " ");
  }
}

/**
 * A list of messages, each a button that goes to its field.
 * @param {HTMLElement} list
 * @param {Array<{ path: string, message: string }>} items
 */
function listWithLinks(list, items) {
  list.replaceChildren(...items.map((i) => {
    const b = el("button", "cfg-goto", i.message);
    b.type = "button";
    b.addEventListener("click", () => goTo(i.path));
    const li = el("li");
    li.append(b);
    return li;
  }));
}

/**
 * The address the snippets load embed.js from: the one given, else this page's folder. An
 * address that is not a full http(s) one is named under the field, and the snippets keep
 * this page's folder until it is fixed.
 */
function filesBase() {
  const field = $("cfg-files");
  const given = field.value.trim();
  const msg = $("cfg-files-error");
  try {
    const u = new URL(given || siteBase());
    if (!given.startsWith("https://") && !given.startsWith("http://") && given) throw new Error(given);
    field.removeAttribute("aria-invalid");
    msg.hidden = true;
    return u.href.endsWith("/") ? u.href : `${u.href}/`;
  } catch {
    field.setAttribute("aria-invalid", "true");
    msg.textContent = w.T("cfg.files_bad", { found: given, here: siteBase() });
    msg.hidden = false;
    return siteBase();
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
  const attr = (/** @type {string} */ v) => v.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  // A release's loader is pinned by its integrity: the browser runs it only as released,
  // and it checks every file it loads in turn.
  const r = page.release;
  const src = `src="${attr(`${filesBase()}${r ? r.loader.file : "embed.js"}`)}"${r ? ` integrity="${attr(r.loader.integrity)}" crossorigin="anonymous"` : ""}`;
  // First the snippet that works on its own: the configuration inside it.
  $("cfg-inline").value = `<script ${src}></script>\n<script type="application/json">\n${text.replace(/</g, "\\u003c")}\n</script>`;
  const host = $("cfg-host").value.trim();
  $("cfg-snippet").value = host ? `<script ${src} data-config="${attr(host)}"></script>` : w.T("cfg.host_first");
  const box = $("cfg-check");
  const notes = check.warnings || [];
  box.className = `cfg-check-result ${check.valid ? "cfg-valid" : "cfg-invalid"}`;
  box.textContent = check.valid
    ? `${w.T("cfg.valid")}${notes.length ? ` ${w.plural(notes.length, "cfg.notes")}` : ""}`
    : `${w.plural(check.issues.length, "cfg.problems")}${check.strict ? ` ${w.T("cfg.problems_strict")}` : ""}:`;
  $("cfg-publish-summary").textContent = box.textContent;
  listWithLinks($("cfg-problems"), check.issues);
  listWithLinks($("cfg-warnings"), notes);
  markFields(check.issues, notes);
  countSteps(check);
}

/**
 * The preview widget, in the language chosen beside it, at the point of a made-up journey
 * chosen above it (the widget makes the journey: a sample company and answers).
 * @param {ConfigFile} file
 */
function preview(file) {
  if (page.widget) page.widget.destroy();
  const box = $("cfg-preview");
  box.textContent = "";
  const mode = /** @type {"welcome" | "question" | "lead" | "results"} */ (/** @type {HTMLInputElement | null} */ (document.querySelector("input[name=cfg-preview-mode]:checked"))?.value || "welcome");
  const note = $("cfg-preview-note");
  note.textContent = "";
  // The preview shows the language chosen beside it, not one the prospect saved earlier.
  try { localStorage.removeItem("itcq:v1:lang"); } catch { /* storage off */ }
  page.widget = window.ITCq ? window.ITCq.mount(box, { config: file, lang: $("cfg-preview-lang").value, storageKey: PREVIEW_KEY, preview: mode }) : null;
  // Asked for the lead form, shown the results: the form comes with them, or is off.
  page.widget?.host?.addEventListener("itcq:step-viewed", (/** @type {Event} */ e) => {
    const step = /** @type {CustomEvent} */ (e).detail?.step;
    if (mode === "lead" && step === "results") {
      note.textContent = w.T(getIn(file, ["lead", "position"]) === "off" ? "cfg.preview_lead_off" : "cfg.preview_lead_after");
    }
  });
}

function changed() {
  clearTimeout(page.timer);
  page.timer = window.setTimeout(() => {
    page.timer = 0;
    update();
  }, 250);
}

/** Runs a change still waiting, so what is copied, downloaded or shown is current. */
function flush() {
  if (!page.timer) return;
  clearTimeout(page.timer);
  page.timer = 0;
  update();
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
  clearTimeout(page.timer);
  page.timer = 0;
  fillForms(f);
  if (typeof f.lang === "string") $("cfg-preview-lang").value = f.lang;
  // What the forms have no place for (or got wrong) still shows in the check.
  const check = engine.checkConfig(JSON.stringify(f));
  status.textContent = check.valid ? w.T("cfg.opened", { from }) : w.T("cfg.opened_problems", { from });
  update();
  if (!check.valid) {
    publish(collect(), check);
    showStep(stepOf(check.issues[0]?.path || ""), false);
  }
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
  for (const id of ["cfg-brand", "cfg-contact", "cfg-questions", "cfg-targets", "cfg-catalogue", "cfg-lead"]) {
    const box = $(id);
    for (const child of [...box.children]) if (!child.matches("legend, .cfg-hint")) child.remove();
  }
  forms.framework = fw;
  forms.buildBrand();
  forms.buildContact();
  forms.buildQuestions(engine.questions("quick"));
  forms.buildTargets(fw.blocks);
  forms.buildCatalogue(fw.areas, fw.blocks);
  forms.buildLead();
  w.applyStatic();
  document.title = w.T("cfg.page_title");
  showStep(page.step, false);
}

async function main() {
  langOptions($("cfg-lang"));
  langOptions($("cfg-preview-lang"));
  langOptions($("cfg-ui-lang"));
  $("cfg-ui-lang").value = uiLang();
  // The preview starts in the configurator's language.
  $("cfg-preview-lang").value = $("cfg-ui-lang").value;
  const release = fetch("./release.json").then((r) => (r.ok ? r.json() : null)).catch(() => null);
  await Promise.all([init({ module_or_path: "./pkg/itcq_engine_bg.wasm" }), chooseLang($("cfg-ui-lang").value)]);
  const got = await release;
  if (got && typeof got.folder === "string" && got.loader && typeof got.loader.file === "string" && typeof got.loader.integrity === "string") page.release = got;
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
  for (const b of document.querySelectorAll("#cfg-steps button")) {
    b.addEventListener("click", () => showStep(/** @type {HTMLElement} */ (b).dataset.step || "brand"));
  }
  $("cfg-prev").addEventListener("click", () => showStep(STEPS[Math.max(0, STEPS.indexOf(page.step) - 1)]));
  $("cfg-next").addEventListener("click", () => showStep(STEPS[Math.min(STEPS.length - 1, STEPS.indexOf(page.step) + 1)]));
  for (const r of document.querySelectorAll("input[name=cfg-preview-mode]")) r.addEventListener("change", () => preview(page.current));
  $("cfg-files").value = siteBase();
  $("cfg-add-extra").addEventListener("click", addExtra);
  const form = $("cfg-form");
  // Choosing a file to open is no change of the forms: the file's own check stays shown.
  const edited = (/** @type {Event} */ e) => {
    if (/** @type {HTMLElement} */ (e.target).id !== "cfg-file") changed();
  };
  form.addEventListener("input", edited);
  form.addEventListener("change", edited);
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
      flush();
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
    flush();
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
