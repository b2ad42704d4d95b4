// Settings → ITCq: checks the fields with the widget's own engine as they are typed, shows
// each problem under its field, and keeps the form from saving while any would block the
// assessment. Text only (no HTML parsing), so pages that enforce Trusted Types allow it.

const form = document.getElementById('itcq-settings');
if (form) start(form);

/** Wires the checks to the form. */
function start(form) {
  const status = document.getElementById('itcq-check');
  const configField = document.getElementById('itcq-config');
  const configSummary = document.getElementById('itcq-problem-config');
  const configList = document.getElementById('itcq-problems-config');
  const fields = new Map();  // setting key → its input, select or textarea (page order)
  for (const el of form.elements) {
    const m = /^itcq_settings\[(\w+)\]$/.exec(el.name || '');
    if (m) fields.set(m[1], el);
  }

  let engine = null;     // the engine module once loaded
  let invalid = [];      // the fields that block saving
  let blocking = false;  // whether anything blocks saving
  let timer = 0;

  /** Writes text into an element only when it differs (live regions speak on changes). */
  function say(el, text) {
    if (el.textContent !== text) el.textContent = text;
    el.hidden = text === '';
  }

  /** Adds or removes one id in an element's aria-describedby. */
  function describe(el, id, on) {
    const ids = (el.getAttribute('aria-describedby') || '').split(/\s+/).filter((x) => x && x !== id);
    if (on) ids.push(id);
    if (ids.length) el.setAttribute('aria-describedby', ids.join(' '));
    else el.removeAttribute('aria-describedby');
  }

  /** Marks a field invalid or valid. */
  function mark(el, bad) {
    if (bad) el.setAttribute('aria-invalid', 'true');
    else el.removeAttribute('aria-invalid');
  }

  /** data-brand-color → brandColor. */
  function keyOf(attribute) {
    return String(attribute).replace(/^data-/, '').replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
  }

  /** A problem as said under its own field: what was found and what is accepted (the field names the attribute). */
  function underField(p) {
    return p.found ? `“${p.found}” is not accepted: ${p.accepted}.` : `${p.accepted.charAt(0).toUpperCase()}${p.accepted.slice(1)}.`;
  }

  /** An issue's line: its path, then its message (which may already start with the path). */
  function line(path, message) {
    return !path || path.startsWith('(') || message.startsWith(path) ? message : `${path}: ${message}`;
  }

  /** Checks the options against the engine and shows the problems under their fields. */
  function checkOptions() {
    const options = {};
    for (const [key, el] of fields) {
      const value = el.value.trim();
      if (key !== 'config' && value) options[key] = value;
    }
    const byKey = new Map();
    const loose = [];
    for (const p of engine.checkOptions(options)) {
      const key = keyOf(p.attribute);
      if (key !== 'config' && fields.has(key)) {
        if (!byKey.has(key)) byKey.set(key, []);
        byKey.get(key).push(p);
      } else if (p.visible) {
        loose.push(p.message);
      }
    }
    let count = loose.length;
    for (const [key, el] of fields) {
      if (key === 'config') continue;
      const box = document.getElementById('itcq-problem-' + key);
      const found = byKey.get(key) || [];
      const bad = found.some((p) => p.visible);
      count += found.filter((p) => p.visible).length;
      say(box, found.map((p) => (p.visible ? '' : 'Note: ') + underField(p)).join(' '));
      box.classList.toggle('itcq-note', found.length > 0 && !bad); // advice only: not an error
      mark(el, bad);
      describe(el, box.id, found.length > 0);
      if (bad) invalid.push(el);
    }
    return { count, loose };
  }

  /** Checks the configuration file and lists its issues and warnings. */
  function checkConfig() {
    const text = configField.value.trim();
    const items = [];
    let issues = 0;
    if (text) {
      const result = engine.checkConfig(text);
      if (!result.valid) issues = result.issues.length || 1;
      for (const i of result.issues) items.push(line(i.path, i.message));
      for (const w of result.warnings) items.push('Note: ' + line(w.path, w.message));
    }
    configList.replaceChildren(...items.map((t) => {
      const li = document.createElement('li');
      li.textContent = t;
      return li;
    }));
    configList.hidden = items.length === 0;
    say(configSummary, issues === 0 ? '' : issues === 1
      ? 'The configuration file has 1 problem:'
      : `The configuration file has ${issues} problems:`);
    mark(configField, issues > 0);
    describe(configField, configSummary.id, issues > 0);
    describe(configField, configList.id, items.length > 0);
    if (issues > 0) invalid.push(configField);
    return issues;
  }

  /** Runs every check and updates the status line. */
  function check() {
    clearTimeout(timer);
    if (!engine) return;
    invalid = [];
    try {
      const { count, loose } = checkOptions();
      const total = count + checkConfig();
      blocking = total > 0;
      const summary = total === 0 ? 'Checked: no problems.'
        : total === 1 ? '1 problem: fix it to save.' : `${total} problems: fix them to save.`;
      say(status, [summary, ...loose].join(' '));
    } catch (e) {
      unchecked(e);
    }
  }

  /** Gives up checking: saving is allowed, the widget checks again where it shows. */
  function unchecked(e) {
    engine = null;
    invalid = [];
    blocking = false;
    say(status, `The settings could not be checked here (${e && e.message ? e.message : e}); ` +
      'they are checked again where the assessment shows.');
  }

  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(check, 250);
  });
  form.addEventListener('change', check);
  form.addEventListener('submit', (event) => {
    check();
    if (!blocking) return;
    event.preventDefault();
    const first = [...fields.values()].find((el) => invalid.includes(el));
    if (first) first.focus();
  });

  (async () => {
    const { engine: src, engineWasm: wasm } = form.dataset;
    if (!src || !wasm) throw new Error("the plugin's files are missing");
    const mod = await import(src);
    await mod.default({ module_or_path: wasm });
    return mod;
  })().then((mod) => {
    engine = mod;
    check();
  }, unchecked);
}
