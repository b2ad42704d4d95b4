/*! ITCq embed loader (docs/embedding.md) */
/* One <script src=".../embed.js" data-msp-name="…"> puts the IT
 * assessment on any page. No dependencies, no build step; see tests/e2e/CONTRACT.md.
 *
 * DOM it creates (styled by itcq.css; no style attributes, only a brand-colour custom
 * property set through the CSSOM, so `style-src 'self'` works):
 *   <itcq-widget [class=itcq-popup]> #shadow-root(open)
 *     <link rel=stylesheet href="<base>itcq.css">
 *     <p class=itcq-target-error role=alert>     (only for a bad data-target)
 *     inline: <div class=itcq-root>              (the app's root; placeholder until mounted)
 *     popup:  <button class=itcq-launcher> + on first click
 *             <dialog class=itcq-dialog><button class=itcq-close><div class=itcq-root>
 *   Placeholder: <p class=itcq-loading role=status>; failure: <p class=itcq-load-error role=alert>.
 *
 * JS API: ITCq.mount(element, options) -> { host, ready, destroy() }; `ready` resolves with the
 * handle once mounted (rejects if loading fails; an invalid element gives an inert handle).
 * `options.preview` ('welcome', 'question', 'lead' or 'results') opens the widget at that
 * point of a made-up journey, saved progress aside: the configurator's preview.
 * `#itcq=<code>` in the address opens those results in the first widget. pkg/itcq_engine.js
 * (exports, lead delivery) loads on the widget's first call.
 *
 * Language: the prospect's own choice (saved when they switch), else data-lang, else the
 * browser's languages, else English. Only that language is fetched: lang/<code>.json (the
 * welcome screen) and lang/<code>.more.json (every later step) with the wasm.
 * Switching fetches the other language and keeps the answers.
 *
 * Release: in a release's loader every file it loads (the glue, the wasm, the language files,
 * the stylesheet) is checked against the SHA-384 of its release; a file that does not match
 * is not run, and the box and the console say so (docs/embedding.md, "Releases").
 */
(function () {
  'use strict';
  // rules: generated from the engine (src/rules.rs); do not edit
  const VERSION = '0.2.0';
  const LANGS = ['en', 'de', 'es'];
  const MAX_CONFIG = 262144;
  const MAX_CODE = 4096;
  // end of the generated rules
  // A release's files (`make dist`, .ci/dist.mjs, writes this table into the release's
  // loader): each file's hashed name and SHA-384. The loader fetches and imports only
  // files that match; null in a development build, where files keep their plain names.
  const RELEASE = null;
  // Must be read synchronously: document.currentScript is null once this script has run.
  const script = document.currentScript;
  // Sites whose Content-Security-Policy requires a nonce give it to this tag; the
  // stylesheet link the loader adds carries it too (see docs/security.md).
  const nonce = (script && script.nonce) || '';
  // Fallback for the base URL only (e.g. if loaded in a way that leaves currentScript null).
  const any = script || [].slice.call(document.querySelectorAll('script[src*="embed"]')).pop();
  const P = '[ITCq]';
  const warn = function (m) { try { console.warn(P + ' ' + m); } catch (e) { /* no console */ } };
  const fail = function (m, e) { try { console.error(P + ' ' + m, e); } catch (x) { /* no console */ } };

  try {
    // Included twice? The same loader reuses the first copy's API (and its page-wide counter
    // and loads); another release's loader (or a development build's) keeps its own, since
    // it names and checks its own files.
    const id = VERSION + ' ' + (RELEASE ? RELEASE['pkg/itcq.js'][0] : 'dev');
    let api = window.ITCq;
    if (api && typeof api._auto === 'function' && api._id === id) { api._auto(script); return; }
    const taken = !!api;
    api = create();
    api._id = id;
    if (!taken) window.ITCq = api;
    else if (typeof window.ITCq._auto !== 'function') warn('window.ITCq is already taken by another script; the JS API is not installed.');
    api._auto(script);
  } catch (e) {
    fail('the loader failed:', e);
  }

  function create() {
    let count = 0;   // widgets on this page, auto-mounted and API-mounted alike
    let autos = 0;   // script tags mounted so far, in page order
    const tags = {};   // each mounted script tag's address, attributes and configuration
    const loads = {};  // base URL -> promise of the initialised wasm module (one per page)
    const engines = {};  // base URL -> promise of the initialised engine API module
    const langs = {};    // base URL + language -> promise of its language file
    const LANG_KEY = 'itcq:v1:lang';
    // From the page's address, for the first widget: a shared result code (with the plan's
    // ticked actions), or a partial lead's resume link.
    let shared = fromAddress('itcq', '[A-Za-z0-9_-]{1,' + MAX_CODE + '}');
    let sharedPlan = fromAddress('itcq-plan', '[0-9.]{1,200}');
    let resume = fromAddress('itcq-resume', '[A-Za-z0-9]{1,64}\\.[A-Za-z0-9_-]{1,' + MAX_CODE + '}');
    // What the loader itself shows before the widget's texts arrive, per language:
    // loading, load failure, popup button, dialog name, close.
    const SAY = {
      en: ['Loading the IT assessment\u2026', 'The assessment could not be loaded. Please reload the page.',
        'Check your IT score', 'IT assessment', 'Close',
        'The assessment was stopped: one of its files is not the one that was published. Please let the owner of this site know.'],
      de: ['Der IT-Check wird geladen\u2026', 'Der IT-Check konnte nicht geladen werden. Bitte laden Sie die Seite neu.',
        'Wie gut ist Ihre IT?', 'IT-Check', 'Schlie\u00dfen',
        'Der IT-Check wurde angehalten: Eine seiner Dateien ist nicht die ver\u00f6ffentlichte. Bitte informieren Sie den Betreiber dieser Website.'],
      es: ['Cargando la evaluaci\u00f3n de TI\u2026', 'No se pudo cargar la evaluaci\u00f3n. Vuelva a cargar la p\u00e1gina.',
        'Eval\u00fae su TI', 'Evaluaci\u00f3n de TI', 'Cerrar',
        'La evaluaci\u00f3n se detuvo: uno de sus archivos no es el que se public\u00f3. Avise al responsable de este sitio.']
    };

    // Styles for what shows before the widget loads: the host box, the placeholder and the
    // popup launcher. A constructable stylesheet is allowed under `style-src 'self'`; the
    // `:host` rules are !important so the host page's own !important rules cannot win.
    const FIRST_CSS =
      ':host{all:initial!important;display:block!important;visibility:visible!important;opacity:1!important;' +
      'position:static!important;width:auto!important;margin:24px auto!important;' +
      'font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif!important;' +
      'color:#1b1f24!important;text-align:left!important;direction:ltr}' +
      ':host(.itcq-popup){position:fixed!important;right:16px!important;bottom:16px!important;margin:0!important;z-index:2147483000!important}' +
      '.itcq-root{max-width:760px;margin:0 auto}' +
      '.itcq-loading,.itcq-target-error{margin:0;padding:16px;border:1px solid #c4cad1;border-radius:12px;background:#fff;color:#1b1f24}' +
      '.itcq-target-error{border-color:#b00020;color:#7a0016;font-weight:600}' +
      '.itcq-launcher{display:inline-flex;align-items:center;min-height:44px;padding:10px 20px;font:inherit;font-weight:600;' +
      'background:#fff;color:#1b1f24;border:3px solid var(--itcq-launcher-accent,#0b5cad);border-radius:8px;' +
      'box-shadow:0 4px 14px rgba(0,0,0,.25);cursor:pointer}' +
      '.itcq-launcher:focus-visible{outline:3px solid #1b1f24;outline-offset:2px}';
    let firstSheet = null;
    function firstStyles(shadow) {
      try {
        if (!firstSheet) {
          firstSheet = new CSSStyleSheet();
          firstSheet.replaceSync(FIRST_CSS);
        }
        shadow.adoptedStyleSheets = [firstSheet];
        return true;
      } catch (e) {
        return false;
      }
    }

    function el(tag, cls, text) {
      const e = document.createElement(tag);
      if (cls) e.className = cls;
      if (text) e.textContent = text;
      return e;
    }

    // The script's directory, e.g. "https://cdn.example/itcq/".
    function baseOf(s) {
      try { return new URL('.', s && s.src ? s.src : location.href).href; } catch (e) { return './'; }
    }

    // A file of the widget by its plain path ('pkg/itcq.js'): its address and, in a
    // release, its SHA-384.
    function asset(base, path) {
      const f = RELEASE && RELEASE[path];
      return f ? { path, url: base + f[0], integrity: f[1] } : { path, url: base + path, integrity: '' };
    }
    // A file that failed its integrity check, or a network failure: fetch does not say
    // which, so the file is fetched again, unchecked and never used, to tell them apart.
    function checkFailed(a, e) {
      return fetch(a.url, { cache: 'no-store', credentials: 'omit' }).then((r) => r.ok, () => false).then((reachable) => {
        if (!reachable) throw e;
        const x = new Error(a.url + ' does not match ITCq release ' + VERSION + ' (expected ' + a.integrity +
          '): it was changed after the release was made, so it is not used. Put back the release\'s own files.');
        x.tampered = true;
        throw x;
      });
    }
    function checkedFetch(a) {
      if (!a.integrity) return fetch(a.url);
      return fetch(a.url, { integrity: a.integrity, credentials: 'omit' }).catch((e) => checkFailed(a, e));
    }
    // A module imported only once the browser has checked it: a modulepreload link with
    // the file's integrity puts the checked module in the page's module map, where the
    // import finds it (a link's address is no Trusted Types sink; a script's is).
    function checkedImport(a) {
      if (!a.integrity) return import(a.url);
      const link = el('link');
      if (!link.relList || !link.relList.supports || !link.relList.supports('modulepreload')) {
        return checkedFetch(a).then(() => import(a.url));
      }
      return new Promise((res, rej) => {
        link.rel = 'modulepreload';
        link.crossOrigin = 'anonymous';
        link.integrity = a.integrity;
        if (nonce) link.nonce = nonce;
        link.onload = res;
        link.onerror = () => { rej(new Error('could not load ' + a.url)); };
        link.href = a.url;
        (document.head || document.documentElement).appendChild(link);
      }).then(() => import(a.url), (e) => checkFailed(a, e));
    }

    // `name`: 'itcq' (welcome to lead form, what the first screen needs) or 'itcq_results'
    // (the whole widget, fetched while the prospect answers).
    function load(base, name) {
      const key = base + name;
      if (!loads[key]) {
        // The wasm download starts together with the JS glue's, not after it (init takes
        // a pending fetch); where fetch is missing, init fetches the URL itself.
        const bin = asset(base, 'pkg/' + name + '_bg.wasm');
        let wasm = bin.url;
        if (window.fetch) {
          wasm = checkedFetch(bin);
          wasm.catch(() => { /* reported through init below */ });
        }
        loads[key] = checkedImport(asset(base, 'pkg/' + name + '.js')).then((mod) => mod.default({ module_or_path: wasm }).then(() => mod));
        // A failed load may be retried (e.g. by ITCq.mount after a network hiccup).
        loads[key].catch(() => { delete loads[key]; });
      }
      return loads[key];
    }

    // A supported language code from a tag such as "de-AT", or null.
    function supported(tag) {
      const c = String(tag || '').trim().split(/[-_]/)[0].toLowerCase();
      return LANGS.indexOf(c) >= 0 ? c : null;
    }
    function chosenLang(o) {
      let saved = null;
      try { saved = localStorage.getItem(LANG_KEY); } catch (e) { /* storage off */ }
      const file = o.config && typeof o.config === 'object' ? o.config.lang : null;
      const list = [saved, o.lang, file].concat(navigator.languages || [navigator.language]);
      for (let i = 0; i < list.length; i++) if (supported(list[i])) return supported(list[i]);
      return 'en';
    }
    // A language file (fetched once per page); English when another language fails.
    // `part` is '' (the welcome screen) or '.more' (every later step, results, exports).
    function texts(base, code, part) {
      const key = base + code + part;
      if (!langs[key]) {
        langs[key] = checkedFetch(asset(base, 'lang/' + code + part + '.json')).then((r) => {
          if (!r.ok) throw new Error('HTTP ' + r.status);
          return r.json();
        });
        langs[key].catch(() => { delete langs[key]; });
      }
      return langs[key].catch((e) => {
        if (code === 'en' || e.tampered) throw e;
        warn('lang/' + code + part + '.json could not be loaded (' + e.message + '); using English');
        return texts(base, 'en', part);
      });
    }
    // Both parts of a language as one file.
    function merged(a, b) {
      return { format: a.format, version: a.version, lang: b.lang, texts: Object.assign({}, a.texts, b.texts) };
    }
    // The second part, retried a few times (the questions wait for it).
    function more(base, code, tries) {
      return texts(base, code, '.more').catch((e) => {
        if (tries <= 1 || e.tampered) throw e;
        return new Promise((r) => { setTimeout(r, 1500); }).then(() => more(base, code, tries - 1));
      });
    }

    // A parameter of the page's address: #name=<value> (or ?name=, &name=).
    function fromAddress(name, pattern) {
      try {
        // A value longer than the pattern allows is cut, and the widget says the link is damaged.
        const m = new RegExp('[#&?]' + name + '=(' + pattern + ')').exec(location.hash + '&' + location.search);
        return m ? m[1] : null;
      } catch (e) { return null; }
    }

    function engine(base) {
      if (!engines[base]) {
        const bin = asset(base, 'pkg/itcq_engine_bg.wasm');
        engines[base] = checkedImport(asset(base, 'pkg/itcq_engine.js'))
          .then((mod) => mod.default({ module_or_path: bin.integrity ? checkedFetch(bin) : bin.url }).then(() => mod));
        engines[base].catch(() => { delete engines[base]; });
      }
      return engines[base];
    }

    // Runs engine `name(...args)` for a widget; a load failure goes to its status line.
    function call(base, name, args, status) {
      engine(base).then((m) => m[name].apply(null, args)).catch((e) => {
        fail('the export module could not be used (' + name + '):', e);
        if (status) status.textContent = e && e.tampered ? 'Sorry, that did not work: the export module is not the one that was published, so it was not run. Your results are still here.'
          : 'Sorry, that did not work: the export module could not be loaded. Your results are still here; please try again.';
      });
    }

    // Copies every option as a string, unknown ones too: the wasm validates and reports them
    // (it accepts the loader's own keys: target, manual, buttonLabel, config). A
    // configuration passed to ITCq.mount as an object stays an object.
    function strings(o) {
      const out = {};
      if (o) Object.keys(o).forEach((k) => {
        if (o[k] != null) out[k] = k === 'config' && typeof o[k] === 'object' ? o[k] : String(o[k]);
      });
      return out;
    }

    // The MSP's configuration file: data-config as a URL, as "#id" of a JSON script, or the
    // JSON itself (the <script type="application/json"> right after the tag). Resolves to
    // the parsed object for the engine to check, or a message saying why it could not be
    // read, which the widget shows in its box.
    function tooBig(where, n) {
      return where + ' is ' + Math.ceil(n / 1024) + ' KB; a configuration file is at most ' +
        MAX_CONFIG / 1024 + ' KB';
    }
    function parseConfig(text, where) {
      if (text.length > MAX_CONFIG) return tooBig(where, text.length);
      try {
        const file = JSON.parse(text);
        // Anything but an object or a list goes to the engine as a list, which it names as
        // not a configuration file (a bare string would read as a loading problem).
        return file !== null && typeof file === 'object' ? file : [file];
      } catch (e) {
        return where + ' is not valid JSON (' + e.message + '); check it in the configurator (configure.html)';
      }
    }
    function configOf(c) {
      if (c == null || typeof c === 'object') return Promise.resolve(c);
      c = c.trim();
      if (!c) return Promise.resolve(undefined);
      if (c.charAt(0) === '{') return Promise.resolve(parseConfig(c, 'the configuration next to the script tag'));
      if (c.charAt(0) === '#') {
        const e = document.getElementById(c.slice(1));
        return Promise.resolve(e ? parseConfig(e.textContent, 'the element ' + c)
          : 'no element with id "' + c.slice(1) + '" on this page; use the id of a <script type="application/json"> holding the configuration');
      }
      const where = '"' + c + '"';
      return fetch(c, { credentials: 'omit' }).then((r) => {
        if (!r.ok) throw new Error('HTTP ' + r.status);
        // A file announced as too large is not downloaded.
        const n = +r.headers.get('content-length');
        if (n > MAX_CONFIG) {
          if (r.body && r.body.cancel) r.body.cancel().catch(() => { /* gone already */ });
          return tooBig(where, n);
        }
        return r.text().then((t) => parseConfig(t, where));
      }).catch((e) => 'could not load "' + c + '" (' + e.message + '); use the address of your configuration file (JSON), reachable from this page');
    }

    // Builds one widget: host + shadow root + placeholder or launcher; returns its handle.
    // `place(host)` inserts the host into the page; `o` = raw options (dataset or API object).
    // `slot` names the widget stably on its page (script order, data-target, element id),
    // so saved progress survives reloads and a destroy + mount.
    // `preview`: 'preview:<point>', a made-up journey to open at (the configurator's), API only.
    function widget(place, o, base, notice, slot, preview) {
      const n = count++;
      const opts = strings(o);
      let showShared = false;
      if (shared && !opts.resultCode) {
        opts.resultCode = shared;
        if (sharedPlan) opts.resultPlan = sharedPlan;
        shared = null;
        showShared = true;
      } else if (resume && !opts.resumeCode && !opts.resultCode) {
        opts.resumeCode = resume;
        resume = null;
        showShared = true;
      }
      if (!opts.storageKey) opts.storageKey = location.pathname.slice(0, 150) + '#' + String(slot).slice(0, 40);
      const popup = String(o.mode || '').trim().toLowerCase() === 'popup';
      const say = SAY[chosenLang(opts)] || SAY.en;
      const host = el('itcq-widget');
      let wasm = null, observer = null, dialog = null, launcher = null, root = null, lang = null;
      let done = false, started = false, settle;
      const ready = new Promise((res, rej) => { settle = { res, rej }; });
      ready.catch(() => { /* reported in the box and the console */ });
      const handle = { host, ready, destroy };

      const shadow = host.attachShadow({ mode: 'open' });
      // The launcher shows the brand colour before the widget (which validates it) loads.
      try {
        if (o.brandColor && window.CSS && CSS.supports('color', o.brandColor)) {
          host.style.setProperty('--itcq-launcher-accent', o.brandColor);
        }
      } catch (e) { /* cosmetic only */ }
      // The widget's full stylesheet is linked only when the widget loads (or at once where
      // constructable stylesheets are missing): a page view that never reaches the widget
      // pays for embed.js alone.
      let linked = false;
      function linkCss() {
        if (linked) return;
        linked = true;
        const link = el('link');
        const css = asset(base, 'itcq.css');
        link.rel = 'stylesheet';
        if (nonce) link.nonce = nonce;
        if (css.integrity) {
          link.integrity = css.integrity;
          link.crossOrigin = 'anonymous';
        }
        link.addEventListener('error', () => { fail('the stylesheet ' + css.url + ' could not be loaded or does not match this release'); });
        link.href = css.url;
        shadow.insertBefore(link, shadow.firstChild);
      }
      if (!firstStyles(shadow)) linkCss();
      if (notice) {
        shadow.appendChild(el('p', 'itcq-target-error', notice)).setAttribute('role', 'alert');
      }

      function newRoot() {
        root = el('div', 'itcq-root');
        const p = root.appendChild(el('p', 'itcq-loading', say[0]));
        p.setAttribute('role', 'status');
        return root;
      }

      // Why the widget cannot go on, in its box: a file that is not the release's, or one
      // that could not be loaded.
      function stopped(e) {
        try { if (wasm) wasm.destroy(); } catch (x) { /* already gone */ }
        wasm = null;
        root.textContent = '';
        root.appendChild(el('p', 'itcq-load-error', say[e && e.tampered ? 5 : 1])).setAttribute('role', 'alert');
      }

      // Downloads (once per page) and mounts; any failure shows a message in the box.
      function start() {
        if (started) return;
        started = true;
        linkCss();
        let code = null;
        // A shared result opens on the results: the whole widget at once.
        const wasmLoad = load(base, opts.resultCode || preview ? 'itcq_results' : 'itcq');
        configOf(opts.config).then((file) => {
          if (file !== undefined) opts.config = file;
          code = chosenLang(opts);
          // The later steps' words start downloading with the wasm, not after it: on a slow
          // network that is one round trip less before the profile (fetched once; the
          // mount below takes the same download).
          texts(base, code, '.more').catch(() => { /* retried after the mount */ });
          return Promise.all([wasmLoad, texts(base, code, '')]);
        }).then((got) => {
          if (done) return;
          root.textContent = '';  // the wasm expects an empty root
          lang = got[1];
          // Engine calls get the language in use as their last argument.
          const engineCall = (name, args, status) => {
            call(base, name, args.concat([lang]), status);
          };
          const switchLang = (next) => {
            Promise.all([texts(base, next, ''), more(base, next, 3)]).then((two) => {
              if (done || !wasm) return;
              lang = merged(two[0], two[1]);
              wasm.setTexts(lang);
              try { localStorage.setItem(LANG_KEY, lang.lang); } catch (e) { /* storage off */ }
            }).catch((e) => { fail('the language could not be changed:', e); });
          };
          // The module without results asks for the one with them: null to fetch it while
          // the prospect answers, the journey's text to hand over to it.
          let upgraded = false;
          const upgrade = (handover) => {
            const full = load(base, 'itcq_results');
            if (handover == null) { full.catch(() => { /* retried on hand-over */ }); return; }
            if (upgraded) return;
            upgraded = true;
            full.then((mod) => {
              if (done) return;
              if (wasm) wasm.destroy();
              wasm = mod.mount(host, root, opts, engineCall, lang, switchLang, upgrade, handover);
            }).catch((e) => {
              upgraded = false;
              fail('the results could not be loaded:', e);
              stopped(e);
            });
          };
          wasm = got[0].mount(host, root, opts, engineCall, lang, switchLang, upgrade, preview || undefined);
          more(base, code, 3).then((m) => {
            if (done || !wasm || lang.lang !== got[1].lang) return;
            lang = merged(got[1], m);
            wasm.setTexts(lang);
          }).catch((e) => {
            fail('the questions could not be loaded:', e);
            if (e.tampered && !done) stopped(e);
          });
          if (showShared && host.scrollIntoView) host.scrollIntoView({ block: 'start' });
          settle.res(handle);
        }).catch((e) => {
          if (done) return;
          fail('the assessment could not be loaded:', e);
          stopped(e);
          settle.rej(e);
        });
      }

      if (popup) {
        host.classList.add('itcq-popup');
        launcher = shadow.appendChild(el('button', 'itcq-launcher', o.buttonLabel || say[2]));
        launcher.type = 'button';
        launcher.addEventListener('click', open);
      } else {
        shadow.appendChild(newRoot());
      }

      // Popup: the dialog is built, and the wasm downloaded, on the first click only.
      function open() {
        try {
          if (!dialog) {
            dialog = el('dialog', 'itcq-dialog');
            dialog.setAttribute('aria-label', say[3]);
            const close = dialog.appendChild(el('button', 'itcq-close', '\u00d7'));
            close.type = 'button';
            close.setAttribute('aria-label', say[4]);
            close.addEventListener('click', () => { dialog.close ? dialog.close() : dialog.removeAttribute('open'); });
            // Esc (cancel) and the close button both end in `close`: focus goes back.
            dialog.addEventListener('close', () => { launcher.focus(); });
            dialog.appendChild(newRoot());
            shadow.appendChild(dialog);
          }
          if (!dialog.open) dialog.showModal ? dialog.showModal() : dialog.setAttribute('open', '');
          start();
        } catch (e) {
          fail('the assessment could not be opened:', e);
        }
      }

      function destroy() {
        if (done) return;
        done = true;
        if (observer) observer.disconnect();
        if (launcher) launcher.removeEventListener('click', open);
        try { if (wasm && wasm.destroy) wasm.destroy(); } catch (e) { fail('destroy failed:', e); }
        wasm = null;
        if (dialog && dialog.open && dialog.close) dialog.close();
        if (host.parentNode) host.parentNode.removeChild(host);
        settle.rej(new Error('destroyed before it was mounted'));
      }

      place(host);
      // A configuration may ask for the site's own font: the host's parent knows it.
      try {
        if (host.parentNode) host.style.setProperty('--itcq-host-font', getComputedStyle(host.parentNode).fontFamily);
      } catch (e) { /* cosmetic only */ }

      if (showShared) {
        if (popup) open(); else start();
      }
      // Inline (and any unknown mode, which the wasm reports): load when ~300px from view.
      else if (!popup) {
        if (typeof IntersectionObserver === 'function') {
          observer = new IntersectionObserver((entries) => {
            if (entries.some((e) => e.isIntersecting)) {
              observer.disconnect();
              start();
            }
          }, { rootMargin: '300px' });
          observer.observe(host);
        } else {
          start();
        }
      }
      return handle;
    }

    // Places the host after the script (or inside data-target), once the DOM is parsed.
    // The same tag pasted twice (same address, same data-* attributes, same configuration
    // next to it: page builders and plugins do this) shows one widget, the first, with a
    // console note; tags that differ in anything are independent widgets.
    function auto(s) {
      if (!s || 'manual' in s.dataset) return;
      const base = baseOf(s);
      const o = {};
      for (const k in s.dataset) o[k] = s.dataset[k];
      function go() {
        try {
          // The configuration may sit in a JSON script right after the tag (parsed by now).
          const next = s.nextElementSibling;
          if (o.config == null && next && next.tagName === 'SCRIPT' && /^application\/json$/i.test(next.type)) o.config = next.textContent;
          const same = JSON.stringify([s.src, Object.keys(o).sort().map((k) => [k, o[k]])]);
          if (tags[same]) {
            warn('the same ITCq tag is on this page twice; only the first shows an assessment. ' +
              'To show two, make the tags differ (for example data-target, or data-mode="popup" on one)');
            return;
          }
          tags[same] = true;
          const slot = autos++;
          const sel = o.target;
          let target = null, notice = null;
          if (sel != null) {
            try { target = document.querySelector(sel); } catch (e) { /* invalid selector */ }
            if (!target) {
              notice = 'data-target: no element matches "' + sel + '"; accepted: a CSS selector of an element on this page';
              warn(notice);
            }
          }
          widget((host) => {
            if (target) target.appendChild(host);
            else if (s.parentNode && document.body && document.body.contains(s)) s.parentNode.insertBefore(host, s.nextSibling);
            else (document.body || document.documentElement).appendChild(host);  // script in <head>
          }, o, base, notice, o.target || slot);
        } catch (e) {
          fail('the widget could not be created:', e);
        }
      }
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', go);
      else go();
    }

    return {
      version: VERSION,
      /** Mounts a widget inside `element`; options as the data-* attributes, camelCase. */
      mount (element, options) {
        try {
          if (!element || typeof element.appendChild !== 'function') throw new TypeError('element must be a DOM element');
          const o = Object.assign({}, options || {});
          const preview = typeof o.preview === 'string' ? 'preview:' + o.preview : null;
          delete o.preview;
          return widget((host) => { element.appendChild(host); }, o, baseOf(any), null, element.id || 'api', preview);
        } catch (e) {
          // Never break the calling page: log, and hand back an inert handle.
          fail('ITCq.mount(element, options) failed:', e);
          const ready = Promise.reject(e);
          ready.catch(() => { /* reported above */ });
          return { host: null, ready, destroy () {} };
        }
      },
      _auto: auto
    };
  }
})();
