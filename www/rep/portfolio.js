// @ts-check
// Many results side by side, one row per prospect (their repeated results merged, with
// their ITCq over time): filters by band, segment, industry and date, a sortable table with
// headers that stay in view (a page of rows at a time: thousands of rows would take the
// browser seconds per layout), the inputs that could not be read, and the CSV of the
// results shown for a CRM, made by the engine a chunk at a time.
import { el, put, link, isNum } from "../dom.js";
import { CHUNK, breather } from "./inputs.js";

/** @typedef {import("../words.js").Words} Words */
/** @typedef {import("../itcq").PortfolioRow} Row */
/** One result: its row, its position among the inputs and the input's text. */
/** @typedef {{ row: Row, index: number, text: string }} Result */
/**
 * One prospect: their results (oldest first; the same email or company is one prospect),
 * the latest of them, and the table row once built.
 * @typedef {{ results: Result[], row: Row, index: number, text: string, tr?: HTMLTableRowElement, button?: HTMLButtonElement }} Item
 */
/** @typedef {{ key: string, label: string, num?: boolean, get: (p: Item) => unknown, th?: HTMLTableCellElement }} Column */

/**
 * @typedef {object} Page
 * @property {(text: string) => void} announce says something to screen readers
 * @property {(item: Item, result?: Result) => void} open opens a prospect's (latest or given) briefing
 * @property {(texts: string[]) => string} csv the engine's CSV of some inputs
 * @property {(name: string, parts: string[], type: string) => void} save offers a file
 */

/** Rows per page of the table. */
export const PAGE = 100;

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/** Oldest first; a result without a date counts as older than any dated one. @param {Result} a @param {Result} b */
const byDate = (a, b) => collator.compare(a.row.taken_on || "", b.row.taken_on || "") || a.index - b.index;

/**
 * Results grouped by prospect: rows that share an email, a company (the engine's
 * `prospect` keys) or a result ID are one prospect, also through a third row.
 * @param {Result[]} results
 * @returns {Item[]} in the order of each prospect's first input
 */
export function prospects(results) {
  /** @type {number[]} */
  const parent = results.map((_, i) => i);
  /** @param {number} i @returns {number} */
  const find = (i) => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  /** @type {Map<string, number>} */
  const owner = new Map();
  results.forEach((r, i) => {
    for (const key of [...(r.row.prospect || []), `result:${r.row.result_id || r.row.code}`]) {
      const j = owner.get(key);
      if (j === undefined) owner.set(key, i);
      else parent[find(i)] = find(j);
    }
  });
  /** @type {Map<number, Result[]>} */
  const groups = new Map();
  results.forEach((r, i) => {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(r);
    else groups.set(root, [r]);
  });
  return [...groups.values()].map((rs) => {
    rs.sort(byDate);
    const last = rs[rs.length - 1];
    // The contact of the latest result that has one (a later share link carries none).
    const reached = [...rs].reverse().find((r) => r.row.email || r.row.contact_name);
    const row = reached && reached !== last
      ? { ...last.row, contact_name: reached.row.contact_name, email: reached.row.email, mailto: reached.row.mailto }
      : last.row;
    return { results: rs, row, index: Math.min(...rs.map((r) => r.index)), text: last.text };
  }).sort((a, b) => a.index - b.index);
}

/** The filters' choices. @typedef {{ band: string, segment: string, industry: string, from: string, to: string }} Filter */

export class Portfolio {
  /**
   * @param {Row[]} rows the engine's rows, each with the `index` of its input in `texts`
   * @param {Array<{ label: string, message: string }>} failed inputs that could not be read
   * @param {string[]} texts the inputs the rows were made from
   * @param {Words} w
   * @param {Page} page what the table asks of the page
   */
  constructor(rows, failed, texts, w, page) {
    /** @type {Item[]} every prospect */
    this.all = prospects(rows.map((row, i) => ({ row, index: i, text: texts[row.index] })));
    /** @type {Item[]} the prospects the filters let through, in the table's order */
    this.items = this.all.slice();
    this.results = rows.length;
    this.failed = failed;
    this.w = w;
    this.page = page;
    /** @type {{ key: string, dir: number } | null} */
    this.sort = null;
    this.cols = this.columns();
    /** @type {Filter} */
    this.filter = { band: "", segment: "", industry: "", from: "", to: "" };
    this.at = 0;
    /** @type {HTMLTableSectionElement | null} */
    this.body = null;
    /** @type {{ prev: HTMLButtonElement, next: HTMLButtonElement, where: HTMLElement } | null} */
    this.pager = null;
    /** @type {HTMLButtonElement | null} */
    this.csvButton = null;
    /** @type {HTMLElement | null} */
    this.shown = null;
  }

  /** @returns {Column[]} */
  columns() {
    const w = this.w;
    /** @param {Item} p */
    const gap = (p) => (Number.isFinite(p.row.target_itcq) ? Math.max(0, p.row.target_itcq - p.row.itcq) : null);
    return [
      { key: "company", label: w.T("rep.col_prospect"), get: (p) => p.row.company },
      { key: "date", label: w.T("rep.col_date"), get: (p) => p.row.taken_on },
      { key: "seats", label: w.T("rep.col_seats"), num: true, get: (p) => p.row.seats },
      { key: "industry", label: w.T("rep.col_industry"), get: (p) => p.row.industry },
      { key: "itcq", label: "ITCq", num: true, get: (p) => p.row.itcq },
      { key: "target", label: w.T("rep.col_target"), num: true, get: (p) => p.row.target_itcq },
      { key: "gap", label: w.T("rep.col_gap"), num: true, get: gap },
      { key: "history", label: w.T("rep.col_history"), num: true, get: (p) => p.results.length },
      { key: "blocks", label: w.T("rep.col_blocks"), get: () => null },
      { key: "top", label: w.T("rep.col_top"), get: (p) => p.row.top_action || null },
    ];
  }

  /**
   * The portfolio's elements and its heading (to move the focus to).
   * @returns {{ nodes: Node[], heading: HTMLElement }}
   */
  render() {
    const w = this.w;
    const n = this.all.length;
    /** @type {Node[]} */
    const out = [];
    const h2 = el("h2", "rep-title", w.plural(n, "rep.prospects"));
    h2.id = "rep-portfolio-h";
    h2.tabIndex = -1;
    out.push(h2);
    if (this.results !== n) out.push(el("p", "rep-muted", w.T("rep.merged", { results: w.int(this.results), prospects: w.int(n) })));

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
    out.push(this.filters());
    const bar = el("div", "rep-toolbar");
    const csv = el("button", "rep-button", w.T("rep.csv"));
    csv.type = "button";
    csv.id = "rep-csv";
    csv.addEventListener("click", () => this.downloadCsv());
    this.csvButton = csv;
    this.shown = el("p", "rep-muted");
    this.shown.id = "rep-shown";
    bar.append(csv, this.shown, el("p", "rep-muted", w.T("rep.sort_hint")));
    out.push(bar);

    const wrap = el("div", "rep-table-wrap rep-portfolio-wrap");
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
      if (col.key === "blocks") {
        th.textContent = col.label;
      } else {
        const b = el("button", "rep-sort", col.label);
        b.type = "button";
        b.addEventListener("click", () => this.sortBy(col.key));
        th.append(b);
      }
      col.th = th;
      head.append(th);
    }
    this.body = table.createTBody();
    this.at = 0;
    wrap.setAttribute("aria-describedby", n > PAGE ? "rep-shown rep-page-range" : "rep-shown");
    wrap.append(table);
    out.push(wrap);
    out.push(this.pagerNav());
    this.showPage();
    return { nodes: out, heading: h2 };
  }

  /** The filters: band, segment, industry and the date of the latest result. */
  filters() {
    const w = this.w;
    const box = el("div", "rep-filters");
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", w.T("rep.filters"));
    /** @param {keyof Filter} key @param {string} label @param {string[]} values */
    const select = (key, label, values) => {
      const s = el("select");
      s.id = `rep-filter-${key}`;
      s.append(el("option", null, w.T("rep.filter_all")));
      /** @type {HTMLOptionElement} */ (s.firstChild).value = "";
      for (const v of [...new Set(values)].filter(Boolean).sort((a, b) => collator.compare(a, b))) {
        const o = el("option", null, v);
        o.value = v;
        s.append(o);
      }
      s.addEventListener("change", () => this.applyFilter({ [key]: s.value }));
      const l = el("label", null, label);
      l.htmlFor = s.id;
      return put(el("div", "rep-filter"), l, s);
    };
    /** @param {"from" | "to"} key @param {string} label */
    const day = (key, label) => {
      const i = el("input");
      i.type = "date";
      i.id = `rep-filter-${key}`;
      i.addEventListener("change", () => this.applyFilter({ [key]: i.value }));
      const l = el("label", null, label);
      l.htmlFor = i.id;
      return put(el("div", "rep-filter"), l, i);
    };
    const rows = this.all.map((p) => p.row);
    box.append(
      select("band", w.T("rep.filter_band"), rows.map((r) => r.band)),
      select("segment", w.T("rep.filter_segment"), rows.map((r) => r.segment)),
      select("industry", w.T("rep.col_industry"), rows.map((r) => r.industry)),
      day("from", w.T("rep.filter_from")),
      day("to", w.T("rep.filter_to")),
    );
    return box;
  }

  /** Applies a change of the filters. @param {Partial<Filter>} change */
  applyFilter(change) {
    Object.assign(this.filter, change);
    const f = this.filter;
    this.items = this.all.filter((p) => {
      const r = p.row;
      const day = r.taken_on || "";
      return (!f.band || r.band === f.band) && (!f.segment || r.segment === f.segment) && (!f.industry || r.industry === f.industry)
        && (!f.from || (day && day >= f.from)) && (!f.to || (day && day <= f.to));
    });
    if (this.sort) this.order();
    this.at = 0;
    this.showPage();
    this.page.announce(this.shown?.textContent || "");
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

  /** Shows the current page of rows (all of them up to one page), and how many are shown. */
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
    if (this.shown) {
      this.shown.textContent = this.items.length === this.all.length
        ? w.plural(this.all.length, "rep.shown_all")
        : w.T("rep.shown_some", { n: w.int(this.items.length), all: w.int(this.all.length) });
    }
    if (this.pager) {
      this.pager.prev.closest("nav")?.toggleAttribute("hidden", this.items.length <= PAGE);
      this.pager.prev.disabled = this.at === 0;
      this.pager.next.disabled = this.at === last;
      this.pager.where.textContent = w.T("rep.page_range", { from: w.int(Math.min(from + 1, this.items.length)), to: w.int(from + shown.length), n: w.int(this.items.length) });
    }
  }

  /** The prospect's table row, built on first use. @param {Item} item */
  rowElement(item) {
    if (item.tr) return item.tr;
    const w = this.w;
    const r = item.row;
    const tr = el("tr");
    tr.dataset.code = r.code;
    for (const col of this.cols) {
      if (col.key === "company") {
        const th = el("th", "rep-col-company");
        th.scope = "row";
        const b = el("button", "rep-link-button", r.company || w.T("rep.unnamed"));
        b.type = "button";
        b.addEventListener("click", () => this.page.open(item));
        item.button = b;
        th.append(b);
        if (r.contact_name) th.append(el("span", "rep-contact", r.contact_name));
        if (r.email) th.append(put(el("span", "rep-contact rep-email"), r.mailto ? link(r.mailto, r.email) : r.email));
        tr.append(th);
      } else if (col.key === "itcq") {
        tr.append(el("td", "rep-num rep-col-itcq", w.one(r.itcq)));
      } else if (col.key === "seats") {
        tr.append(el("td", "rep-num", isNum(r.seats) ? w.int(r.seats) : "–"));
      } else if (col.key === "date") {
        tr.append(el("td", "rep-nowrap", r.taken_on || "–"));
      } else if (col.key === "history") {
        tr.append(this.history(item));
      } else if (col.key === "blocks") {
        tr.append(blockBars(r));
      } else if (col.num) {
        tr.append(el("td", "rep-num", w.one(col.get(item))));
      } else {
        tr.append(el("td", col.key === "top" ? "rep-top" : null, /** @type {string} */ (col.get(item)) || "–"));
      }
    }
    item.tr = tr;
    return tr;
  }

  /**
   * The prospect's ITCq over time: one result as its count, several as a line of their
   * ITCq by date, each opening its own briefing.
   * @param {Item} item
   */
  history(item) {
    const w = this.w;
    const td = el("td", "rep-history");
    if (item.results.length === 1) {
      td.textContent = w.T("rep.history_one");
      return td;
    }
    const ol = el("ol", "rep-history-list");
    ol.setAttribute("aria-label", w.T("rep.history_label", { company: item.row.company || w.T("rep.unnamed") }));
    for (const res of item.results) {
      const b = el("button", "rep-history-step", w.one(res.row.itcq));
      b.type = "button";
      b.title = res.row.taken_on || w.T("rep.no_date");
      b.setAttribute("aria-label", w.T("rep.history_step", { itcq: w.one(res.row.itcq), date: res.row.taken_on || w.T("rep.no_date") }));
      b.addEventListener("click", () => this.page.open(item, res));
      ol.append(put(el("li"), b));
    }
    td.append(ol);
    return td;
  }

  /** Sorts the prospects shown by the current column. */
  order() {
    if (!this.sort) return;
    const { key, dir } = this.sort;
    const col = this.cols.find((c) => c.key === key);
    if (!col) return;
    this.items.sort((a, b) => {
      const x = col.get(a), y = col.get(b);
      const xNull = x === null || x === undefined || x === "", yNull = y === null || y === undefined || y === "";
      if (xNull || yNull) return xNull && yNull ? a.index - b.index : xNull ? 1 : -1; // nulls last
      const c = col.num ? Number(x) - Number(y) : collator.compare(String(x), String(y));
      return c ? c * dir : a.index - b.index;
    });
  }

  /** Sorts by a column; again by the same column, the other way. @param {string} key */
  sortBy(key) {
    const col = this.cols.find((c) => c.key === key);
    if (!col) return;
    const dir = this.sort && this.sort.key === key ? -this.sort.dir : 1;
    this.sort = { key, dir };
    this.order();
    this.at = 0;
    this.showPage();
    for (const c of this.cols) {
      if (c === col) c.th?.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
      else c.th?.removeAttribute("aria-sort");
    }
    this.page.announce(this.w.T(dir === 1 ? "rep.sorted_asc" : "rep.sorted_desc", { column: col.label }));
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
      const texts = this.items.flatMap((item) => item.results.map((r) => r.text));
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
      this.page.announce(this.w.T("rep.downloaded", { n: this.w.int(texts.length) }));
    } finally {
      if (button) button.disabled = false;
    }
  }
}

/**
 * The seven block scores as small bars, with the scores as text for screen readers and
 * as a tooltip.
 * @param {Row} r
 */
function blockBars(r) {
  const td = el("td", "rep-blocks");
  const text = (r.blocks || []).map((b) => `${b.name} ${isNum(b.score) ? Math.round(b.score) : "–"}`).join(", ");
  const bars = el("span", "rep-bars");
  bars.setAttribute("role", "img");
  bars.setAttribute("aria-label", text);
  bars.title = text;
  for (const b of r.blocks || []) {
    const bar = el("span", "rep-bar");
    const fill = el("span", `rep-bar-fill rep-bar-${isNum(b.score) ? Math.min(10, Math.max(0, Math.round(b.score / 10))) : "none"}`);
    bar.dataset.block = b.id;
    bar.append(fill);
    bars.append(bar);
  }
  td.append(bars);
  return td;
}
