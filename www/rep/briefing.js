// @ts-check
// One result's briefing, as the engine wrote it (itcq-api `briefing`), laid out for the
// screen and for print: one page first (who and how to reach them, the score against the
// recommendation, the three weakest areas with the prospect's own answers, the first
// project, at most three services, the call agenda, notes), then, folded, the whole plan,
// the "Don't know" findings and the scores by block. Everything shown is the engine's:
// this module only builds the DOM.
import { el, put, link, isNum, message } from "../dom.js";
import { human } from "../words.js";

/** @typedef {import("../words.js").Words} Words */
/** @typedef {import("../itcq").Briefing} Briefing */

/** Services named per proposed area on the one page. */
const SHOWN_SERVICES = 4;

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
 * A `tel:` link; anything else stays plain text.
 * @param {string | null | undefined} href
 * @param {string} text
 */
function telLink(href, text) {
  if (typeof href !== "string" || !/^tel:\+?[0-9]+$/.test(href)) return document.createTextNode(text);
  const a = el("a", null, text);
  a.href = href;
  return a;
}

/**
 * A folded part of the briefing (not printed).
 * @param {string} id
 * @param {string} title
 * @param {Array<Node | null>} children
 */
function fold(id, title, children) {
  const d = el("details", "rep-fold rep-no-print");
  d.id = id;
  const summary = el("summary", null, title);
  d.append(summary);
  put(d, ...children);
  return d;
}

/**
 * What the briefing page does beyond showing: copy the notes for a CRM, write the follow-up
 * email in another language, keep notes.
 * @typedef {object} Actions
 * @property {() => void} [onBack] a "back to the portfolio" button
 * @property {(text: string, what: string) => void} copy copies a text, and says so
 * @property {(lang: string) => Promise<string>} followup the follow-up email's `mailto:` in a language
 * @property {string} mailLang the language the follow-up email is written in at first
 * @property {Array<{ code: string, name: string }>} langs the languages there are
 * @property {{ load: (id: string) => string, save: (id: string, text: string) => boolean }} notes
 * @property {(svg: string) => Element | undefined} chart the engine's chart as an element (`chartNode`)
 */

/**
 * The briefing's elements, in page order, and its heading (to move the focus to).
 * @param {Briefing} b
 * @param {Words} w
 * @param {Actions} actions
 * @returns {{ nodes: Node[], heading: HTMLElement, company: string }}
 */
export function renderBriefing(b, w, actions) {
  const blockName = Object.fromEntries((b.blocks || []).map((x) => [x.id, x.name]));
  const nameOf = (/** @type {string} */ id) => blockName[id] ?? human(id);
  const company = b.company || b.contact?.company || w.T("rep.unnamed");
  /** @type {Node[]} */
  const out = [];
  const one = el("div", "rep-one");
  one.id = "rep-one";

  // Toolbar: back to the portfolio (when opened from it), print, copy for a CRM, email.
  const bar = el("div", "rep-toolbar rep-no-print");
  bar.setAttribute("role", "group");
  bar.setAttribute("aria-label", w.T("rep.actions"));
  /** @param {string} text @param {string} id @param {() => void} onClick */
  const button = (text, id, onClick) => {
    const x = el("button", "rep-button rep-secondary", text);
    x.type = "button";
    x.id = id;
    x.addEventListener("click", onClick);
    bar.append(x);
    return x;
  };
  if (actions.onBack) button(w.T("rep.back"), "rep-back", actions.onBack);
  button(w.T("rep.print"), "rep-print", () => window.print());
  button(w.T("rep.copy_text"), "rep-copy-text", () => actions.copy(b.crm_text, w.T("rep.copied_text")));
  button(w.T("rep.copy_md"), "rep-copy-md", () => actions.copy(b.crm_markdown, w.T("rep.copied_md")));
  out.push(bar);

  // Who, and how to reach them.
  const h2 = el("h2", "rep-title", company);
  h2.id = "rep-briefing-h";
  h2.tabIndex = -1;
  one.append(el("p", "rep-kicker", w.T("rep.kicker")), h2);
  const who = el("p", "rep-who");
  if (b.contact) {
    const c = b.contact;
    /** @type {Array<Node | string>} */
    const parts = [];
    if (c.name) parts.push(el("strong", null, c.name));
    if (c.email) parts.push(b.mailto ? link(b.mailto, c.email) : c.email);
    if (c.phone) parts.push(telLink(b.tel, c.phone));
    if (c.company && c.company !== company) parts.push(c.company);
    if (typeof c.consent === "boolean") parts.push(c.consent ? w.T("rep.consent_given") : w.T("rep.consent_not_given"));
    parts.forEach((x, i) => put(who, i ? " · " : "", x));
    if (!parts.length) who.textContent = w.T("rep.no_contact");
  } else {
    who.classList.add("rep-no-contact");
    who.textContent = w.T("rep.contact_arrives");
  }
  one.append(who);
  const p = b.profile || {};
  const profile = [
    isNum(p.seats) ? w.plural(p.seats, "rep.seats") : null,
    p.industry || null,
    p.it_management || null,
    p.goals && p.goals.length ? w.T("rep.goals_line", { goals: p.goals.join(", ") }) : w.T("rep.no_goals"),
    b.taken_on ? w.T("rep.taken_on", { date: w.longDate(b.taken_on) }) : w.T("rep.no_date"),
  ].filter(Boolean);
  one.append(el("p", "rep-profile-line rep-muted", profile.join(" · ")));

  // Score against the recommendation, and how many answers it rests on.
  const score = el("div", "rep-score-card");
  const value = el("p", "rep-score");
  put(value, el("span", "rep-score-label", "ITCq"), el("span", "rep-itcq", w.one(b.itcq)), el("span", "rep-score-scale", " / 100"),
    el("span", "rep-band", w.label(`band.${b.band}.name`, b.band)));
  score.append(value);
  if (b.band_description) score.append(el("p", "rep-muted rep-band-desc", b.band_description));
  const reach = isNum(b.itcq_gap) ? ` ${b.itcq_gap > 0 ? w.T("rep.to_go", { gap: w.one(b.itcq_gap) }) : w.T("rep.reached")}` : "";
  score.append(el("p", "rep-target", `${w.T("rep.target_itcq", { target: w.one(b.target_itcq) })}${reach}`));
  if (b.answered_line) score.append(el("p", "rep-muted rep-answered", b.answered_line));
  const angles = el("dl", "rep-facts rep-angles");
  for (const [term, text] of [[w.T("brief.it_angle"), b.it_angle], [w.T("brief.industry_question"), b.industry_question]]) {
    if (text) angles.append(put(el("div"), el("dt", null, term), el("dd", null, text)));
  }
  one.append(put(el("div", "rep-overview"), score, angles));

  // The three weakest areas, each with the prospect's own answer, an opener and a question.
  const talk = section("rep-talk", w.T("rep.talk"));
  if (!b.weakest || !b.weakest.length) talk.append(el("p", null, w.T("rep.all_on_target")));
  const cards = el("div", "rep-cards");
  for (const x of b.weakest || []) {
    const card = el("article", "rep-weak rep-card");
    card.dataset.block = x.id;
    card.append(el("h4", null, x.name || nameOf(x.id)));
    card.append(el("p", "rep-weak-score", x.score === null || x.score === undefined
      ? w.T("rep.not_assessed_target", { target: w.num(x.target) })
      : `${w.T("rep.score_vs_target", { score: w.one(x.score), target: w.num(x.target) })}${isNum(x.gap) ? ` ${w.T("rep.gap_part", { gap: w.one(x.gap) })}` : ""}`));
    const q = (x.quotes || [])[0];
    if (q) {
      card.append(put(el("blockquote", "rep-quote"),
        put(el("p"), el("strong", null, `${w.T("brief.told_us")}: `), `“${q.answer}”`),
        el("p", "rep-muted rep-quote-q", q.question)));
    }
    if (x.openers && x.openers[0]) card.append(put(el("p", "rep-opener"), el("strong", null, `${w.T("brief.opener")}: `), x.openers[0]));
    if (x.questions && x.questions[0]) card.append(put(el("p", "rep-question"), el("strong", null, `${w.T("brief.question")}: `), x.questions[0]));
    cards.append(card);
  }
  talk.append(cards);
  one.append(talk);

  // The first project, and at most three services to propose.
  const fp = b.first_project;
  const first = section("rep-first", w.T("rep.first"), "rep-first-project");
  if (fp) {
    first.append(put(el("p", "rep-project-name"), el("strong", null, fp.name),
      el("span", "rep-muted", ` · ${nameOf(fp.block)} · ${w.label(`effort.${fp.effort}`, fp.effort)}${isNum(fp.gain) ? ` · +${w.one(fp.gain)} ITCq` : ""}`)));
    if (fp.pitch) first.append(el("p", "rep-pitch", fp.pitch));
    if (fp.angle) first.append(put(el("p", "rep-angle"), el("strong", null, `${w.T("brief.project_angle")}: `), fp.angle));
    if (fp.offer) first.append(offerBox(fp.offer, w));
  } else {
    first.append(el("p", null, w.T("rep.no_project")));
  }
  const svc = el("div", "rep-propose");
  svc.id = "rep-propose";
  svc.append(el("h4", null, w.T("rep.propose")));
  if (!b.services || !b.services.length) svc.append(el("p", null, w.T("rep.no_services")));
  const areas = el("ol", "rep-areas");
  for (const a of b.services || []) {
    const li = el("li", "rep-area");
    put(li, el("strong", null, a.name || human(a.area)), el("span", "rep-muted", ` (${nameOf(a.block)})`));
    // The first few services; all of them are in the plan below and in the notes for a CRM.
    const names = a.services || [];
    if (names.length) {
      const more = names.length > SHOWN_SERVICES ? ` ${w.T("rep.and_more", { n: names.length - SHOWN_SERVICES })}` : "";
      li.append(el("span", "rep-area-services", `: ${names.slice(0, SHOWN_SERVICES).join(", ")}${more}`));
    }
    if (a.offer) li.append(offerBox(a.offer, w));
    areas.append(li);
  }
  svc.append(areas);
  first.append(svc);
  one.append(first);

  // The call, step by step.
  const agenda = section("rep-agenda", w.T("rep.agenda"));
  const ol = el("ol", "rep-agenda-list");
  for (const item of b.agenda || []) {
    ol.append(put(el("li"), el("span", "rep-minutes", w.T("brief.minutes", { n: item.minutes })), " ", item.text));
  }
  agenda.append(ol);
  one.append(agenda);

  // Follow-up email, in the prospect's language (chosen here).
  const mail = section("rep-mail", w.T("rep.mail"));
  mail.classList.add("rep-no-print");
  const mailLink = el("a", "rep-button", w.T("rep.mail_open"));
  mailLink.id = "rep-followup";
  mailLink.href = b.followup.mailto;
  const mailLang = el("select", null);
  mailLang.id = "rep-mail-lang";
  for (const { code, name } of actions.langs) {
    const o = mailLang.appendChild(el("option", null, name));
    o.value = code;
    o.lang = code;
  }
  mailLang.value = actions.mailLang;
  const mailStatus = el("p", "rep-hint");
  mailStatus.id = "rep-mail-status";
  mailStatus.setAttribute("role", "status");
  // The latest choice wins: a slower language file arriving later is not used.
  let asked = 0;
  const setMail = async () => {
    const mine = ++asked;
    try {
      const href = await actions.followup(mailLang.value);
      if (mine !== asked) return;
      mailLink.href = href;
      mailStatus.textContent = "";
    } catch (e) {
      if (mine === asked) mailStatus.textContent = w.T("rep.mail_failed", { error: message(e) });
    }
  };
  mailLang.addEventListener("change", setMail);
  if (actions.mailLang !== (w.file ? w.file.lang : "en")) setMail();
  const langLabel = el("label", null, w.T("rep.mail_lang"));
  langLabel.htmlFor = mailLang.id;
  mail.append(el("p", "rep-hint", w.T("rep.mail_hint")), put(el("div", "rep-toolbar"), mailLink, langLabel, mailLang), mailStatus);
  one.append(mail);

  // Notes, kept in this browser per result.
  const notes = section("rep-notes", w.T("rep.notes"));
  const area = el("textarea", "rep-notes-box");
  area.id = "rep-notes-text";
  area.rows = 4;
  area.value = actions.notes.load(b.result_id);
  const notesLabel = el("label", "rep-visually-hidden", w.T("rep.notes"));
  notesLabel.htmlFor = area.id;
  const saved = el("p", "rep-hint");
  saved.id = "rep-notes-status";
  saved.setAttribute("aria-live", "polite");
  saved.textContent = w.T("rep.notes_hint");
  area.setAttribute("aria-describedby", saved.id);
  const printed = el("p", "rep-notes-print", area.value);
  let timer = 0;
  area.addEventListener("input", () => {
    printed.textContent = area.value;
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      saved.textContent = actions.notes.save(b.result_id, area.value) ? w.T("rep.notes_saved") : w.T("rep.notes_not_saved");
    }, 300);
  });
  notes.append(notesLabel, area, printed, saved);
  if (!area.value) notes.classList.add("rep-notes-empty");
  area.addEventListener("input", () => notes.classList.toggle("rep-notes-empty", !area.value), { passive: true });
  one.append(notes);
  out.push(one);

  // Folded: the whole plan, the "Don't know" findings, the scores by block.
  /** @type {Node[]} */
  const planParts = [];
  for (const ph of b.plan || []) {
    const box = el("div", "rep-phase");
    box.append(el("h4", null, `${ph.name}${isNum(ph.projected_itcq) ? ` → ITCq ${w.one(ph.projected_itcq)}` : ""}`));
    const list = el("ol");
    for (const a of ph.actions || []) {
      list.append(el("li", null, w.T("rep.plan_action", { name: a.name, block: nameOf(a.block), effort: w.label(`effort.${a.effort}`, a.effort), gain: w.one(a.gain) })));
    }
    if (!(ph.actions || []).length) list.append(el("li", null, w.T("rep.phase_empty")));
    box.append(list);
    planParts.push(box);
  }
  if (b.beyond && b.beyond.length) {
    const box = el("div", "rep-phase rep-beyond");
    box.append(el("h4", null, w.T("pdf.beyond")), el("p", "rep-muted", w.T("pdf.beyond_intro")));
    const ul = el("ul");
    for (const a of b.beyond) {
      ul.append(el("li", null, w.T("rep.plan_action", { name: a.name, block: nameOf(a.block), effort: w.label(`effort.${a.effort}`, a.effort), gain: w.one(a.gain) })));
    }
    box.append(ul);
    planParts.push(box);
  }
  out.push(fold("rep-plan", w.T("rep.plan"), planParts));

  const u = b.unknowns || {};
  /** @type {Node[]} */
  const unk = [];
  if (u.message) unk.push(el("p", null, u.message));
  if (u.reveals && u.reveals.length) {
    const ul = el("ul", "rep-reveals");
    for (const r of u.reveals) {
      const li = el("li", "rep-reveal");
      put(li, el("strong", null, r.question), el("span", "rep-muted", ` (${nameOf(r.block)})`), el("p", null, r.reveal));
      ul.append(li);
    }
    unk.push(ul);
  }
  out.push(fold("rep-unknowns", w.plural(u.count || 0, "rep.unknowns_n"), unk));

  const wrap = el("div", "rep-table-wrap");
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
  const chartBox = el("figure", "rep-chart");
  const svg = typeof b.chart_svg === "string" && b.chart_svg ? actions.chart(b.chart_svg) : null;
  if (svg) svg.classList.add("rep-chart-svg");
  if (svg) chartBox.append(svg, el("figcaption", "rep-muted", w.T("rep.chart_caption")));
  /** @type {Node[]} */
  const more = [put(el("div", "rep-overview"), svg ? chartBox : null, wrap)];
  for (const x of b.weakest || []) {
    const box = el("div", "rep-more-talk");
    box.append(el("h4", null, x.name || nameOf(x.id)));
    for (const q of x.quotes || []) {
      box.append(put(el("p", "rep-quote"), el("strong", null, `${w.T("brief.told_us")}: `), `“${q.answer}” `, el("span", "rep-muted", `(${q.question})`)));
    }
    if (x.stakes) box.append(put(el("p", "rep-stakes"), el("strong", null, `${w.T("rep.stakes")} `), x.stakes));
    if (x.insurers_ask) box.append(put(el("p", "rep-asks rep-muted"), el("strong", null, `${w.T("brief.insurers_ask")}: `), x.insurers_ask));
    box.append(el("h5", null, w.T("rep.openers")), list(x.openers, "ul", "rep-more-opener"));
    box.append(el("h5", null, w.T("rep.questions")), list(x.questions, "ul", "rep-more-question"));
    more.push(box);
  }
  if (b.code) {
    const codeP = el("p", "rep-code rep-muted");
    put(codeP, `${w.T("rep.code")} `, el("code", null, b.code));
    more.push(codeP);
  }
  out.push(fold("rep-more", w.T("rep.more"), more));
  return { nodes: out, heading: h2, company };
}
