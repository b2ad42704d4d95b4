// @ts-check
// The configurator's forms, built from the engine's own data (its questions, blocks, areas)
// and rules (languages, segments, weights, the most questions of one's own, the lead form's
// fields), every label in the configurator's language.
import { RULES } from "../rules.js";
import { $, el } from "../dom.js";
import { EXTRA } from "./file.js";

/** @typedef {import("../words.js").Words} Words */
/** @typedef {import("./file.js").Path} Path */
/** @typedef {ReturnType<typeof import("../pkg/itcq_engine.js").framework>} Framework */
/** @typedef {ReturnType<typeof import("../pkg/itcq_engine.js").questions>} Bank */

/**
 * @typedef {object} FieldOptions
 * @property {string} [placeholder]
 * @property {string} [type] an input's type
 * @property {Array<[string, string]>} [options] a select's options: value, label
 * @property {boolean} [multiline]
 * @property {"number" | "flag"} [kind] how the value is written into the file
 * @property {number} [min]
 * @property {number} [max]
 */

export class Forms {
  /**
   * @param {Words} w
   * @param {{ changed: () => void, addExtra: () => void, removeExtra: (n: number) => void }} page
   */
  constructor(w, page) {
    this.w = w;
    this.page = page;
    this.uid = 0;
    /** @type {Framework} */
    this.framework = { areas: [], blocks: [] };
  }

  /**
   * A labelled input bound to a path of the file.
   * @param {HTMLElement} parent
   * @param {string} label
   * @param {Path} path
   * @param {FieldOptions} [opts]
   * @returns {HTMLInputElement}
   */
  field(parent, label, path, opts = {}) {
    const id = `cfg-f${this.uid++}`;
    const wrap = parent.appendChild(el("div", "cfg-field"));
    const l = wrap.appendChild(el("label", null, label));
    l.htmlFor = id;
    const input = /** @type {any} */ (wrap.appendChild(el(opts.multiline ? "textarea" : opts.options ? "select" : "input")));
    input.id = id;
    if (opts.options) {
      for (const [v, text] of opts.options) {
        const o = input.appendChild(el("option", null, text));
        o.value = v;
      }
    } else if (!opts.multiline) {
      input.type = opts.type || "text";
    } else {
      input.rows = 2;
    }
    if (opts.placeholder) input.placeholder = opts.placeholder;
    if (opts.type === "number") {
      input.min = opts.min;
      input.max = opts.max;
      input.step = 1;
    }
    input.dataset.path = JSON.stringify(path);
    if (opts.kind) input.dataset.kind = opts.kind;
    return input;
  }

  /**
   * One input per language for a text that may differ by language.
   * @param {HTMLElement} parent
   * @param {string} label
   * @param {Path} path
   * @param {FieldOptions} [opts]
   */
  local(parent, label, path, opts = {}) {
    const group = parent.appendChild(el("div", "cfg-local"));
    const legend = group.appendChild(el("p", "cfg-local-label", label));
    legend.id = `cfg-l${this.uid++}`;
    for (const { code, name } of RULES.langs) {
      const input = this.field(group, name, path, opts);
      input.dataset.lang = code;
      input.setAttribute("aria-describedby", legend.id);
    }
  }

  /** A block's name in the configurator's language. @param {{ id: string, name: string }} b */
  blockName(b) {
    return this.w.texts[`block.${b.id}.name`] ?? b.name;
  }

  /** A delivery area's name in the configurator's language. @param {{ id: string, name: string }} a */
  areaName(a) {
    return this.w.texts[`area.${a.id}.name`] ?? a.name;
  }

  /** The weight menu: the framework's or one from 1 to 5. @param {string} keep the empty choice's label */
  weights(keep) {
    const T = (/** @type {string} */ k) => this.w.T(k);
    /** @type {Array<[string, string]>} */
    const options = [["", keep]];
    for (let n = 1; n <= RULES.weights.high; n++) {
      const named = n === RULES.weights.low ? T("cfg.weight_low") : n === RULES.weights.medium ? T("cfg.weight_medium") : n === RULES.weights.high ? T("cfg.weight_high") : "";
      options.push([String(n), named ? `${n} (${named})` : String(n)]);
    }
    return options;
  }

  buildBrand() {
    const T = (/** @type {string} */ k) => this.w.T(k);
    const f = $("cfg-brand");
    this.field(f, T("cfg.brand_name"), ["brand", "name"], { placeholder: "Northwind IT" });
    this.field(f, T("cfg.brand_logo"), ["brand", "logo"], { type: "url" });
    this.field(f, T("cfg.brand_color"), ["brand", "color"], { placeholder: "#0a5c36" });
    this.field(f, T("cfg.brand_font"), ["brand", "font"], {
      options: [["", T("cfg.font_default")], ["system", T("cfg.font_system")], ["inherit", T("cfg.font_inherit")]],
    });
    this.local(f, T("cfg.welcome"), ["brand", "welcome"], { multiline: true });
  }

  /** How prospects reach the MSP: email, privacy page, the call to action and booking. */
  buildContact() {
    const T = (/** @type {string} */ k) => this.w.T(k);
    const f = $("cfg-contact");
    this.field(f, T("cfg.brand_email"), ["brand", "contact_email"], { type: "email" });
    this.field(f, T("cfg.brand_privacy"), ["brand", "privacy_url"], { type: "url" });
    this.local(f, T("cfg.cta_label"), ["brand", "cta", "label"]);
    this.field(f, T("cfg.cta_url"), ["brand", "cta", "url"], { type: "url" });
    this.field(f, T("cfg.cta_booking"), ["brand", "cta", "booking"], { type: "url", placeholder: "https://calendly.com/your-team/it-review" });
    this.local(f, T("cfg.thanks"), ["brand", "thanks"], { multiline: true });
  }

  /** @param {Bank} bank */
  buildQuestions(bank) {
    const w = this.w;
    const f = $("cfg-questions");
    for (const q of bank.questions) {
      const d = f.appendChild(el("details", "cfg-question"));
      d.dataset.question = q.id;
      d.appendChild(el("summary", null, `${w.texts[`quick.${q.id}.text`] ?? q.text} (${q.id})`));
      const hide = this.field(d, w.T("cfg.hide"), ["assessment", "questions", q.id, "hide"], { type: "checkbox", kind: "flag" });
      hide.parentElement?.classList.add("cfg-field-check");
      this.field(d, w.T("cfg.weight_framework", { weight: RULES.weights[q.weight] ?? q.weight }), ["assessment", "questions", q.id, "weight"], {
        options: this.weights(w.T("cfg.weight_as_framework")),
        kind: "number",
      });
      this.local(d, w.T("cfg.wording"), ["assessment", "questions", q.id, "text"], { multiline: true });
    }
  }

  /**
   * The form of the MSP's own question number `n` (from 0), bound to `assessment.extra[n]`.
   * @param {HTMLElement} list
   * @param {number} n
   */
  extraForm(list, n) {
    const w = this.w;
    const box = list.appendChild(el("fieldset", "cfg-extra"));
    box.appendChild(el("legend", null, w.T("cfg.extra_n", { n: n + 1 })));
    const at = (/** @type {Path} */ ...rest) => [...EXTRA, n, ...rest];
    this.field(box, w.T("cfg.extra_id"), at("id"), { placeholder: "our_ticket_portal" });
    const area = this.field(box, w.T("cfg.extra_area"), at("area"), { options: [["", w.T("cfg.extra_area_choose")]] });
    for (const b of this.framework.blocks) {
      const group = area.appendChild(el("optgroup"));
      group.label = this.blockName(b);
      for (const a of this.framework.areas.filter((x) => x.block === b.id)) {
        const o = group.appendChild(el("option", null, this.areaName(a)));
        o.value = a.id;
      }
    }
    this.field(box, w.T("cfg.weight"), at("weight"), { options: this.weights(w.T("cfg.weight_default", { n: RULES.weights.medium })), kind: "number" });
    this.local(box, w.T("cfg.extra_text"), at("text"), { multiline: true });
    this.local(box, w.T("cfg.extra_help"), at("help"), { multiline: true });
    for (let level = 0; level < 5; level++) this.local(box, w.T(`cfg.extra_o${level}`), at("options", level));
    const remove = box.appendChild(el("button", "cfg-secondary", w.T("cfg.extra_remove", { n: n + 1 })));
    remove.type = "button";
    remove.addEventListener("click", () => this.page.removeExtra(n));
  }

  /** Shows `count` forms for the MSP's own questions. @param {number} count */
  extras(count) {
    const list = $("cfg-extra-list");
    list.textContent = "";
    for (let n = 0; n < count; n++) this.extraForm(list, n);
    const add = $("cfg-add-extra");
    const full = count >= RULES.maxOwnQuestions;
    add.disabled = full;
    add.textContent = full ? this.w.T("cfg.extra_add_full", { n: RULES.maxOwnQuestions }) : this.w.T("cfg.extra_add");
  }

  /** @param {Framework["blocks"]} blocks */
  buildTargets(blocks) {
    const w = this.w;
    const f = $("cfg-targets");
    const table = f.appendChild(el("table", "cfg-targets"));
    const head = table.appendChild(el("thead")).appendChild(el("tr"));
    head.appendChild(el("th", null, w.T("cfg.seats")));
    for (const b of blocks) head.appendChild(el("th", null, this.blockName(b))).scope = "col";
    const body = table.appendChild(el("tbody"));
    for (const s of RULES.segments) {
      const tr = body.appendChild(el("tr"));
      tr.appendChild(el("th", null, s)).scope = "row";
      for (const b of blocks) {
        const td = tr.appendChild(el("td"));
        const input = this.field(td, w.T("cfg.target_of", { block: this.blockName(b), seats: s }), ["targets", s, b.id], { type: "number", min: 0, max: 100, kind: "number" });
        if (input.previousElementSibling) input.previousElementSibling.className = "cfg-sr";
      }
    }
  }

  /** @param {Framework["areas"]} areas @param {Framework["blocks"]} blocks */
  buildCatalogue(areas, blocks) {
    const w = this.w;
    const f = $("cfg-catalogue");
    const blockName = Object.fromEntries(blocks.map((b) => [b.id, this.blockName(b)]));
    for (const a of areas) {
      const d = f.appendChild(el("details", "cfg-area"));
      d.dataset.area = a.id;
      d.appendChild(el("summary", null, `${blockName[a.block] ?? a.block} · ${this.areaName(a)}`));
      this.local(d, w.T("cfg.offer_name"), ["catalogue", a.id, "name"]);
      this.local(d, w.T("cfg.offer_pitch"), ["catalogue", a.id, "pitch"], { multiline: true });
      this.local(d, w.T("cfg.offer_price"), ["catalogue", a.id, "price"]);
      this.field(d, w.T("cfg.offer_url"), ["catalogue", a.id, "url"], { type: "url" });
    }
  }

  buildLead() {
    const w = this.w;
    const f = $("cfg-lead");
    this.field(f, w.T("cfg.lead_position"), ["lead", "position"], {
      options: [["", w.T("cfg.lead_default")], ["start", w.T("cfg.lead_start")], ["before", w.T("cfg.lead_before")], ["after", w.T("cfg.lead_after")], ["off", w.T("cfg.lead_off")]],
    });
    const req = f.appendChild(el("fieldset", "cfg-required"));
    req.appendChild(el("legend", null, w.T("cfg.lead_required")));
    for (const v of RULES.leadFields.filter((x) => x !== "email")) {
      const label = req.appendChild(el("label", "cfg-check"));
      const box = label.appendChild(el("input"));
      box.type = "checkbox";
      box.dataset.required = v;
      box.checked = RULES.leadRequired.includes(v);
      label.append(` ${w.T(`cfg.field_${v}`)}`);
    }
    this.local(f, w.T("cfg.consent"), ["lead", "consent"], { multiline: true });
    const report = this.field(f, w.T("cfg.send_report"), ["lead", "send_report"], { type: "checkbox", kind: "flag" });
    report.parentElement?.classList.add("cfg-field-check");
  }

  /**
   * A row for a text of any key in one language.
   * @param {string} [lang]
   * @param {string} [key]
   * @param {string} [text]
   */
  textRow(lang = "en", key = "", text = "") {
    const w = this.w;
    const row = $("cfg-text-rows").appendChild(el("div", "cfg-text-row"));
    const n = this.uid++;
    const sel = row.appendChild(el("select"));
    sel.setAttribute("aria-label", w.T("cfg.text_lang"));
    for (const { code, name } of RULES.langs) {
      const o = sel.appendChild(el("option", null, name));
      o.value = code;
    }
    sel.value = lang;
    sel.className = "cfg-text-lang";
    const k = row.appendChild(el("input", "cfg-text-key"));
    k.placeholder = "ui.welcome.title";
    k.setAttribute("aria-label", w.T("cfg.text_key", { n }));
    k.value = key;
    const t = row.appendChild(el("input", "cfg-text-value"));
    t.setAttribute("aria-label", w.T("cfg.text_value", { n }));
    t.value = text;
    const rm = row.appendChild(el("button", "cfg-secondary", w.T("cfg.text_remove")));
    rm.type = "button";
    rm.addEventListener("click", () => {
      row.remove();
      this.page.changed();
    });
    return row;
  }
}
