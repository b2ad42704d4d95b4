// @ts-check
// One result's briefing, as the engine wrote it (itcq-api `briefing`), laid out for the
// screen and for print. Everything shown is the engine's: this module only builds the DOM.
import { el, put, link, isNum } from "../dom.js";
import { human } from "../words.js";

/** @typedef {import("../words.js").Words} Words */
/** @typedef {import("../itcq").Briefing} Briefing */

const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * The chart: the only markup taken from the engine. Parsed as SVG (never as HTML), used only
 * if the root is <svg>, and cleaned of anything active or styled inline before it is imported.
 * @param {unknown} svg
 * @returns {Element | null}
 */
export function chartNode(svg) {
  if (typeof svg !== "string" || !svg.trim()) return null;
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  const root = doc.documentElement;
  if (!root || root.localName !== "svg" || root.namespaceURI !== SVG_NS || doc.getElementsByTagName("parsererror").length) return null;
  for (const bad of [...root.querySelectorAll("script, style, foreignObject, iframe, object, embed, use, image, a")]) bad.remove();
  for (const node of [root, ...root.querySelectorAll("*")]) {
    for (const attr of [...node.attributes]) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on") || name === "style" || name === "href" || name.endsWith(":href")) node.removeAttribute(attr.name);
    }
  }
  const imported = /** @type {Element} */ (document.importNode(root, true));
  imported.classList.add("rep-chart-svg");
  return imported;
}

/**
 * A section with its heading, labelled by it.
 * @param {string} cls
 * @param {string} title
 * @param {string} [id]
 */
function section(cls, title, id) {
  const s = el("section", cls);
  if (id) s.id = id;
  const h = el("h3", null, title);
  h.id = `${id || cls}-h`;
  s.setAttribute("aria-labelledby", h.id);
  s.append(h);
  return s;
}

/**
 * A definition list of term/value pairs.
 * @param {Array<[string, string | Node | Array<Node | string | null>]>} pairs
 * @param {string} [cls]
 */
function definitions(pairs, cls = "rep-facts") {
  const dl = el("dl", cls);
  for (const [term, value] of pairs) {
    const d = el("dd");
    put(d, ...(Array.isArray(value) ? value : [value]));
    dl.append(put(el("div"), el("dt", null, term), d));
  }
  return dl;
}

/**
 * A list of texts.
 * @param {unknown[] | undefined} items
 * @param {"ul" | "ol"} tag
 * @param {string | null} [itemCls]
 * @param {string | null} [listCls]
 */
export function list(items, tag, itemCls, listCls) {
  const l = el(tag, listCls);
  for (const it of items || []) l.append(el("li", itemCls, it));
  return l;
}

/**
 * The MSP's own service for an area (from their configuration file).
 * @param {{ name: string, pitch?: string | null, price?: string | null, url?: string | null }} o
 * @param {Words} w
 */
function offerBox(o, w) {
  const box = el("div", "rep-offer");
  box.append(el("p", null, w.T("rep.offer", { name: o.name })));
  if (o.pitch) box.append(el("p", "rep-muted", o.pitch));
  if (o.price) box.append(el("p", "rep-muted", o.price));
  if (o.url) box.append(put(el("p"), link(o.url, o.url)));
  return box;
}

/**
 * The briefing's elements, in page order, and its heading (to move the focus to).
 * @param {Briefing} b
 * @param {Words} w
 * @param {{ onBack?: () => void }} [options] `onBack`: a "back to the portfolio" button
 * @returns {{ nodes: Node[], heading: HTMLElement, company: string }}
 */
export function renderBriefing(b, w, { onBack } = {}) {
  const blockName = Object.fromEntries((b.blocks || []).map((x) => [x.id, x.name]));
  const nameOf = (/** @type {string} */ id) => blockName[id] ?? human(id);
  const company = b.company || b.contact?.company || w.T("rep.unnamed");
  /** @type {Node[]} */
  const out = [];

  // Toolbar: back to the portfolio (when opened from it) and print.
  const bar = el("div", "rep-toolbar rep-no-print");
  if (onBack) {
    const back = el("button", "rep-button rep-secondary", w.T("rep.back"));
    back.type = "button";
    back.id = "rep-back";
    back.addEventListener("click", onBack);
    bar.append(back);
  }
  const print = el("button", "rep-button rep-secondary", w.T("rep.print"));
  print.type = "button";
  print.addEventListener("click", () => window.print());
  bar.append(print);
  out.push(bar);

  // Who and when.
  const h2 = el("h2", "rep-title", company);
  h2.id = "rep-briefing-h";
  h2.tabIndex = -1;
  out.push(el("p", "rep-kicker", w.T("rep.kicker")), h2);
  /** @type {Array<[string, string | Array<Node | string | null>]>} */
  const who = [];
  if (b.contact) {
    const c = b.contact;
    /** @type {Array<Node | string>} */
    const contact = [];
    if (c.name) contact.push(c.name);
    if (c.email) contact.push(contact.length ? " · " : "", b.mailto ? link(b.mailto, c.email) : c.email);
    if (c.phone) contact.push(contact.length ? " · " : "", c.phone);
    if (c.company && c.company !== company) contact.push(contact.length ? " · " : "", c.company);
    who.push([w.T("rep.contact"), contact.length ? contact : w.T("rep.no_contact")]);
    if (typeof c.consent === "boolean") who.push([w.T("rep.consent"), c.consent ? w.T("rep.yes") : w.T("rep.not_given")]);
  } else {
    who.push([w.T("rep.contact"), w.T("rep.no_contact_left")]);
  }
  who.push([w.T("rep.taken"), b.taken_on ? w.longDate(b.taken_on) : w.T("rep.no_date")]);
  out.push(definitions(who, "rep-facts rep-who"));

  // Score, band, target and the chart.
  const score = el("div", "rep-score-card");
  const value = el("p", "rep-score");
  put(value, el("span", "rep-score-label", "ITCq"), el("span", "rep-itcq", w.one(b.itcq)), el("span", "rep-score-scale", " / 100"));
  score.append(value);
  score.append(put(el("p", "rep-band"), el("strong", null, w.label(`band.${b.band}.name`, b.band)), b.band_description ? ` — ${b.band_description}` : ""));
  const reach = isNum(b.itcq_gap) ? ` ${b.itcq_gap > 0 ? w.T("rep.to_go", { gap: w.one(b.itcq_gap) }) : w.T("rep.reached")}` : "";
  score.append(el("p", "rep-target", `${w.T("rep.target_itcq", { target: w.one(b.target_itcq) })}${reach}`));
  if (isNum(b.completion)) {
    const percent = new Intl.NumberFormat(w.locale, { style: "percent" }).format(Math.round(b.completion * 100) / 100);
    score.append(el("p", "rep-muted", w.T("rep.answered_share", { percent })));
  }
  const chartBox = el("figure", "rep-chart");
  const svg = chartNode(b.chart_svg);
  if (svg) chartBox.append(svg, el("figcaption", "rep-muted", w.T("rep.chart_caption")));
  out.push(put(el("div", "rep-overview"), score, svg ? chartBox : null));

  // Profile.
  const p = b.profile || {};
  const prof = section("rep-profile", w.T("rep.profile"));
  const seats = isNum(p.seats) ? `${w.plural(p.seats, "rep.seats")}${p.segment ? ` ${w.T("rep.segment", { segment: p.segment })}` : ""}` : w.T("rep.not_given");
  prof.append(definitions([
    [w.T("rep.seats"), seats],
    [w.T("rep.industry"), p.industry ? w.label(`industry.${p.industry}`, p.industry) : w.T("rep.not_given")],
    [w.T("rep.it_managed_by"), p.it_management ? w.label(`itm.${p.it_management}`, p.it_management) : w.T("rep.not_given")],
    [w.T("rep.goals"), p.goals && p.goals.length ? p.goals.map((g) => w.label(`goal.${g}.label`, g)).join(", ") : w.T("rep.no_goals")],
  ]));
  out.push(prof);

  // Scores by block (the chart's data as text).
  const blocksSec = section("rep-blocks", w.T("rep.scores"));
  const wrap = el("div", "rep-table-wrap");
  wrap.tabIndex = 0;
  wrap.setAttribute("role", "region");
  wrap.setAttribute("aria-label", w.T("rep.scores_scroll"));
  const t = el("table", "rep-block-table");
  const head = t.createTHead().insertRow();
  for (const h of ["block", "score", "target", "gap", "status"]) {
    const th = el("th", null, w.T(`rep.col_${h}`));
    th.scope = "col";
    head.append(th);
  }
  const body = t.createTBody();
  for (const x of b.blocks || []) {
    const r = body.insertRow();
    const th = el("th", null, x.name);
    th.scope = "row";
    r.append(th, el("td", "rep-num", w.one(x.score)), el("td", "rep-num", w.num(x.target)), el("td", "rep-num", w.one(x.gap)),
      el("td", `rep-status-${x.status}`, w.label(`rep.status_${x.status}`, x.status)));
  }
  wrap.append(t);
  blocksSec.append(wrap);
  out.push(blocksSec);

  // Where to start the conversation.
  const talk = section("rep-talk", w.T("rep.talk"));
  /** @type {[string, string][]} */
  const angles = [];
  if (b.it_angle) angles.push([w.T("brief.it_angle"), b.it_angle]);
  if (b.industry_question) angles.push([w.T("brief.industry_question"), b.industry_question]);
  if (angles.length) talk.append(definitions(angles, "rep-facts rep-angles"));
  if (!b.weakest || !b.weakest.length) talk.append(el("p", null, w.T("rep.all_on_target")));
  const cards = el("div", "rep-cards");
  for (const x of b.weakest || []) {
    const card = el("article", "rep-weak rep-card");
    card.dataset.block = x.id;
    card.append(el("h4", null, x.name || nameOf(x.id)));
    card.append(el("p", "rep-weak-score", x.score === null || x.score === undefined
      ? w.T("rep.not_assessed_target", { target: w.num(x.target) })
      : `${w.T("rep.score_vs_target", { score: w.one(x.score), target: w.num(x.target) })}${isNum(x.gap) ? ` ${w.T("rep.gap_part", { gap: w.one(x.gap) })}` : ""}`));
    for (const q of x.quotes || []) {
      card.append(put(el("blockquote", "rep-quote"),
        put(el("p"), el("strong", null, `${w.T("brief.told_us")}: `), `“${q.answer}”`),
        el("p", "rep-muted", q.question)));
    }
    if (x.stakes) card.append(put(el("p", "rep-stakes"), el("strong", null, `${w.T("rep.stakes")} `), x.stakes));
    if (x.insurers_ask) card.append(put(el("p", "rep-asks rep-muted"), el("strong", null, `${w.T("brief.insurers_ask")}: `), x.insurers_ask));
    card.append(el("h5", null, w.T("rep.openers")), list(x.openers, "ul", "rep-opener"));
    card.append(el("h5", null, w.T("rep.questions")), list(x.questions, "ul", "rep-question"));
    cards.append(card);
  }
  talk.append(cards);
  out.push(talk);

  // The first project.
  const fp = b.first_project;
  const first = section("rep-first", w.T("rep.first"), "rep-first-project");
  if (fp) {
    first.append(el("h4", "rep-project-name", fp.name));
    first.append(definitions([
      [w.T("rep.col_block"), nameOf(fp.block)],
      [w.T("rep.effort"), w.label(`effort.${fp.effort}`, fp.effort)],
      [w.T("rep.gain"), isNum(fp.gain) ? `+${w.one(fp.gain)}` : "–"],
    ], "rep-facts rep-inline"));
    if (fp.pitch) first.append(el("p", "rep-pitch", fp.pitch));
    if (fp.angle) first.append(put(el("p", "rep-angle"), el("strong", null, `${w.T("brief.project_angle")}: `), fp.angle));
    if (fp.services && fp.services.length) first.append(el("h5", null, w.T("rep.its_services")), list(fp.services, "ul", null, "rep-services"));
    if (fp.offer) first.append(offerBox(fp.offer, w));
  } else {
    first.append(el("p", null, w.T("rep.no_project")));
  }
  out.push(first);

  // Services to propose, by delivery area.
  const svc = section("rep-propose", w.T("rep.propose"));
  if (!b.services || !b.services.length) svc.append(el("p", null, w.T("rep.no_services")));
  const areas = el("div", "rep-areas");
  for (const a of b.services || []) {
    const card = el("article", "rep-area rep-card");
    card.append(el("h4", null, a.name || human(a.area)), el("p", "rep-muted", nameOf(a.block)), list(a.services, "ul", null, "rep-services"));
    if (a.offer) card.append(offerBox(a.offer, w));
    areas.append(card);
  }
  svc.append(areas);
  out.push(svc);

  // Don't know.
  const u = b.unknowns || {};
  const unk = section("rep-unknowns", w.T("rep.unknowns"));
  if (u.message) unk.append(el("p", null, u.message));
  if (u.reveals && u.reveals.length) {
    const ul = el("ul", "rep-reveals");
    for (const r of u.reveals) {
      const li = el("li", "rep-reveal");
      put(li, el("strong", null, r.question), el("span", "rep-muted", ` (${nameOf(r.block)})`), el("p", null, r.reveal));
      ul.append(li);
    }
    unk.append(ul);
  }
  out.push(unk);

  // The plan, compact.
  const plan = section("rep-plan", w.T("rep.plan"));
  for (const ph of b.plan || []) {
    const box = el("div", "rep-phase");
    box.append(el("h4", null, `${ph.name}${isNum(ph.projected_itcq) ? ` → ITCq ${w.one(ph.projected_itcq)}` : ""}`));
    const ol = el("ol");
    for (const a of ph.actions || []) {
      ol.append(el("li", null, w.T("rep.plan_action", { name: a.name, block: nameOf(a.block), effort: w.label(`effort.${a.effort}`, a.effort), gain: w.one(a.gain) })));
    }
    if (!(ph.actions || []).length) ol.append(el("li", null, w.T("rep.phase_empty")));
    box.append(ol);
    plan.append(box);
  }
  if (b.beyond && b.beyond.length) {
    const box = el("div", "rep-phase rep-beyond");
    box.append(el("h4", null, w.T("pdf.beyond")), el("p", "rep-muted", w.T("pdf.beyond_intro")));
    const ul = el("ul");
    for (const a of b.beyond) {
      ul.append(el("li", null, w.T("rep.plan_action", { name: a.name, block: nameOf(a.block), effort: w.label(`effort.${a.effort}`, a.effort), gain: w.one(a.gain) })));
    }
    box.append(ul);
    plan.append(box);
  }
  out.push(plan);

  if (b.code) {
    const codeP = el("p", "rep-code rep-muted");
    put(codeP, `${w.T("rep.code")} `, el("code", null, b.code));
    out.push(codeP);
  }
  return { nodes: out, heading: h2, company };
}
