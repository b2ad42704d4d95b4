// @ts-check
// Many results side by side: a sortable table (a page of rows at a time: thousands of rows
// would take the browser seconds per layout), the inputs that could not be read, and the
// CSV of them all for a CRM, made by the engine a chunk at a time.
import { el, put, link, isNum } from "../dom.js";
import { CHUNK, breather } from "./inputs.js";

/** @typedef {import("../words.js").Words} Words */
/** @typedef {import("../itcq").PortfolioRow} Row */
/** @typedef {{ row: Row, index: number, text: string, tr?: HTMLTableRowElement, button?: HTMLButtonElement }} Item */
/** @typedef {{ key: string, label: string, full?: string, num?: boolean, block?: string, get: (r: Row) => unknown, th?: HTMLTableCellElement }} Column */

/**
 * @typedef {object} Page
 * @property {(text: string) => void} announce says something to screen readers
 * @property {(item: Item) => void} open opens a row's briefing
 * @property {(texts: string[]) => string} csv the engine's CSV of some inputs
 * @property {(name: string, parts: string[], type: string) => void} save offers a file
 */

/** Rows per page of the table. */
export const PAGE = 100;

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/** @param {Row} r */
const topAction = (r) => r.top_action || null;

/**
 * A short column header: the first word, cut to five letters ("Continuous" → "Conti").
 * @param {unknown} name
 */
function short(name) {
  const word = String(name || "").split(/\s+/)[0];
  return word.length <= 5 ? word : word.slice(0, 5);
}

export class Portfolio {
  /**
   * @param {Row[]} rows the engine's rows, each with the `index` of its input in `texts`
   * @param {Array<{ label: string, message: string }>} failed inputs that could not be read
   * @param {string[]} texts the inputs the rows were made from
   * @param {Words} w
   * @param {Page} page what the table asks of the page
   */
  constructor(rows, failed, texts, w, page) {
    /** @type {Item[]} */
    this.items = rows.map((row, i) => ({ row, index: i, text: texts[row.index] }));
    this.failed = failed;
    this.w = w;
    this.page = page;
    /** @type {{ key: string, dir: number } | null} */
    this.sort = null;
    this.cols = this.columns(rows);
    this.at = 0;
    /** @type {HTMLTableSectionElement | null} */
    this.body = null;
    /** @type {{ prev: HTMLButtonElement, next: HTMLButtonElement, where: HTMLElement } | null} */
    this.pager = null;
    /** @type {HTMLButtonElement | null} */
    this.csvButton = null;
  }

  /** @param {Row[]} rows @returns {Column[]} */
  columns(rows) {
    const w = this.w;
    const blocks = (rows[0] && rows[0].blocks) || [];
    return [
      { key: "company", label: w.T("rep.col_company"), get: (r) => r.company },
      { key: "contact", label: w.T("rep.col_contact"), get: (r) => r.contact_name || r.email },
      { key: "date", label: w.T("rep.col_date"), get: (r) => r.taken_on },
      { key: "seats", label: w.T("rep.col_seats"), num: true, get: (r) => r.seats },
      { key: "industry", label: w.T("rep.col_industry"), get: (r) => (r.industry ? w.label(`industry.${r.industry}`, r.industry) : "") },
      { key: "itcq", label: "ITCq", num: true, get: (r) => r.itcq },
      ...blocks.map((b) => ({
        key: `block:${b.id}`, label: short(b.name), full: b.name, num: true, block: b.id,
        get: (/** @type {Row} */ r) => (r.blocks || []).find((x) => x.id === b.id)?.score ?? null,
      })),
      { key: "top", label: w.T("rep.col_top"), get: topAction },
    ];
  }

  /**
   * The portfolio's elements and its heading (to move the focus to).
   * @returns {{ nodes: Node[], heading: HTMLElement }}
   */
  render() {
    const w = this.w;
    const n = this.items.length;
    /** @type {Node[]} */
    const out = [];
    const h2 = el("h2", "rep-title", w.plural(n, "rep.portfolio"));
    h2.id = "rep-portfolio-h";
    h2.tabIndex = -1;
    out.push(h2);

    if (this.failed.length) {
      const box = el("div", "rep-failed");
      box.id = "rep-failed";
      const h = el("h3", null, w.plural(this.failed.length, "rep.failed"));
      h.id = "rep-failed-h";
      box.setAttribute("role", "group");
      box.setAttribute("aria-labelledby", h.id);
      const ul = el("ul");
      for (const f of this.failed) ul.append(put(el("li"), el("strong", null, f.label), `: ${f.message}`));
      box.append(h, ul);
      out.push(box);
    }

    if (!n) {
      out.push(el("p", null, w.T("rep.nothing")));
      return { nodes: out, heading: h2 };
    }
    const bar = el("div", "rep-toolbar");
    const csv = el("button", "rep-button", w.T("rep.csv"));
    csv.type = "button";
    csv.id = "rep-csv";
    csv.addEventListener("click", () => this.downloadCsv());
    this.csvButton = csv;
    bar.append(csv, el("p", "rep-muted", w.T("rep.sort_hint")));
    out.push(bar);

    const wrap = el("div", "rep-table-wrap");
    wrap.tabIndex = 0;
    wrap.setAttribute("role", "region");
    wrap.setAttribute("aria-labelledby", "rep-portfolio-caption");
    const table = el("table", "rep-portfolio-table");
    const caption = el("caption", "rep-visually-hidden", w.plural(n, "rep.caption"));
    caption.id = "rep-portfolio-caption";
    table.append(caption);
    const head = table.createTHead().insertRow();
    for (const col of this.cols) {
      const th = el("th", col.num ? "rep-num" : null);
      th.scope = "col";
      th.dataset.key = col.key;
      const b = el("button", "rep-sort");
      b.type = "button";
      if (col.full) {
        const abbr = el("abbr", null, col.label);
        abbr.title = col.full;
        th.title = col.full;
        b.append(abbr, el("span", "rep-visually-hidden", ` (${col.full})`));
      } else {
        b.textContent = col.label;
      }
      b.addEventListener("click", () => this.sortBy(col.key));
      th.append(b);
      col.th = th;
      head.append(th);
    }
    this.body = table.createTBody();
    this.at = 0;
    if (n > PAGE) wrap.setAttribute("aria-describedby", "rep-page-range");
    wrap.append(table);
    out.push(wrap);
    if (n > PAGE) out.push(this.pagerNav());
    this.showPage();
    const blockCols = this.cols.filter((c) => c.full);
    if (blockCols.length) out.push(el("p", "rep-legend rep-muted", w.T("rep.legend", { list: blockCols.map((c) => `${c.label} = ${c.full}`).join(", ") })));
    return { nodes: out, heading: h2 };
  }

  /** Previous / next buttons and which rows are shown. */
  pagerNav() {
    const w = this.w;
    const nav = el("nav", "rep-toolbar rep-pager");
    nav.setAttribute("aria-label", w.T("rep.pages"));
    const prev = el("button", "rep-button rep-secondary rep-no-print", w.T("rep.page_prev"));
    const next = el("button", "rep-button rep-secondary rep-no-print", w.T("rep.page_next"));
    prev.type = next.type = "button";
    const where = el("p", "rep-muted");
    where.id = "rep-page-range";
    const go = (/** @type {number} */ step, /** @type {HTMLButtonElement} */ other) => {
      this.at += step;
      this.showPage();
      this.page.announce(where.textContent || "");
      // A button that has just been disabled would drop the focus to the page: the other one takes it.
      if (document.activeElement instanceof HTMLButtonElement && document.activeElement.disabled) other.focus();
    };
    prev.addEventListener("click", () => go(-1, next));
    next.addEventListener("click", () => go(1, prev));
    nav.append(prev, where, next);
    this.pager = { prev, next, where };
    return nav;
  }

  /** Shows the current page of rows (all of them up to one page). */
  showPage() {
    if (!this.body) return;
    const w = this.w;
    const last = Math.max(0, Math.ceil(this.items.length / PAGE) - 1);
    this.at = Math.min(Math.max(this.at, 0), last);
    const from = this.at * PAGE;
    const shown = this.items.slice(from, from + PAGE);
    const frag = document.createDocumentFragment();
    for (const item of shown) frag.append(this.rowElement(item));
    this.body.replaceChildren(frag);
    if (this.pager) {
      this.pager.prev.disabled = this.at === 0;
      this.pager.next.disabled = this.at === last;
      this.pager.where.textContent = w.T("rep.page_range", { from: w.int(from + 1), to: w.int(from + shown.length), n: w.int(this.items.length) });
    }
  }

  /** The row's element, built on first use. @param {Item} item */
  rowElement(item) {
    if (item.tr) return item.tr;
    const w = this.w;
    const r = item.row;
    const tr = el("tr");
    tr.dataset.code = r.code;
    for (const col of this.cols) {
      if (col.key === "company") {
        const th = el("th");
        th.scope = "row";
        const b = el("button", "rep-link-button", r.company || "(no company name)");
        b.type = "button";
        b.addEventListener("click", () => this.page.open(item));
        item.button = b;
        th.append(b);
        tr.append(th);
      } else if (col.key === "contact") {
        const td = el("td", "rep-contact");
        if (r.contact_name) td.append(el("span", null, r.contact_name));
        if (r.email) td.append(put(el("span", "rep-email"), r.mailto ? link(r.mailto, r.email) : r.email));
        if (!r.contact_name && !r.email) td.textContent = "–";
        tr.append(td);
      } else if (col.key === "itcq") {
        tr.append(el("td", "rep-num rep-col-itcq", w.one(r.itcq)));
      } else if (col.block) {
        const td = el("td", "rep-num", w.one(col.get(r)));
        td.dataset.block = col.block;
        tr.append(td);
      } else if (col.key === "seats") {
        tr.append(el("td", "rep-num", isNum(r.seats) ? w.int(r.seats) : "–"));
      } else if (col.key === "date") {
        tr.append(el("td", "rep-nowrap", r.taken_on || "–"));
      } else {
        tr.append(el("td", col.key === "top" ? "rep-top" : null, col.get(r) || "–"));
      }
    }
    item.tr = tr;
    return tr;
  }

  /** Sorts by a column; again by the same column, the other way. @param {string} key */
  sortBy(key) {
    const col = this.cols.find((c) => c.key === key);
    if (!col) return;
    const dir = this.sort && this.sort.key === key ? -this.sort.dir : 1;
    this.sort = { key, dir };
    this.items.sort((a, b) => {
      const x = col.get(a.row), y = col.get(b.row);
      const xNull = x === null || x === undefined || x === "", yNull = y === null || y === undefined || y === "";
      if (xNull || yNull) return xNull && yNull ? a.index - b.index : xNull ? 1 : -1; // nulls last
      const c = col.num ? Number(x) - Number(y) : collator.compare(String(x), String(y));
      return c ? c * dir : a.index - b.index;
    });
    this.at = 0;
    this.showPage();
    for (const c of this.cols) {
      if (c === col) c.th?.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
      else c.th?.removeAttribute("aria-sort");
    }
    this.page.announce(this.w.T(dir === 1 ? "rep.sorted_asc" : "rep.sorted_desc", { column: col.full || col.label }));
  }

  /**
   * Offers the CSV of the rows, in the order the table shows them, made by the engine a
   * chunk at a time (every chunk's header line but the first dropped). One file per click,
   * even while a large one is being made.
   */
  async downloadCsv() {
    const { csv, save } = this.page;
    const button = this.csvButton;
    if (button && button.disabled) return;
    if (button) button.disabled = true;
    try {
      const texts = this.items.map((item) => item.text);
      const parts = [];
      for (let from = 0; from < Math.max(texts.length, 1); from += CHUNK) {
        let part;
        try {
          part = csv(texts.slice(from, from + CHUNK));
        } catch (e) {
          this.page.announce(this.w.T("rep.csv_failed", { error: e instanceof Error ? e.message : String(e) }));
          return;
        }
        parts.push(from === 0 ? part : part.slice(part.indexOf("\r\n") + 2));
        if (texts.length > CHUNK) await breather();
      }
      save("itcq-portfolio.csv", parts, "text/csv;charset=utf-8");
      this.page.announce(this.w.T("rep.downloaded", { n: this.w.int(this.items.length) }));
    } finally {
      if (button) button.disabled = false;
    }
  }
}
