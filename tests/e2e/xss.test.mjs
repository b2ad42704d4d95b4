// Injection: a corpus of payloads (script tags, event handlers, javascript: URLs, SVG and
// MathML tricks, an iframe, CSS injection, template syntax, spreadsheet formulas) typed by a
// prospect into every free-text field, set by an MSP in every configurable string, carried
// in result codes to the rep page and exported as CSV. Nothing may run (window.__pwned stays
// unset), no element may be injected, every link is http(s), mailto or in-page, and every
// CSV cell a spreadsheet would run as a formula is neutralised. (Configuration-file texts:
// config.test.mjs; a hostile company name in the portfolio: rep.test.mjs.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  openShare, LEAD, assertClean, hookServer, journey, open, setup, until, waitStep, widget,
} from "./harness.mjs";

const env = await setup();

/** Every payload mentions "pwned", so an injected element or rule can be found by it. */
export const PAYLOADS = [
  `<script>window.__pwned="script"</script>`,
  `<img src=x onerror="window.__pwned='img'">`,
  `"><svg onload="window.__pwned='svg'">`,
  `'><a href="javascript:window.__pwned='a'">pwned</a>`,
  `<svg><a xlink:href="javascript:window.__pwned='svg-a'"><text y="20">pwned</text></a></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned='math'">`,
  `<iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe>`,
  `<details open ontoggle="window.__pwned='details'">`,
  `javascript:window.__pwned='url'`,
  `</style><style>*{--pwned:1;display:none!important}</style>`,
  `{{constructor.constructor("window.__pwned='tpl'")()}} \${window.__pwned='tpl2'}`,
  `=HYPERLINK("https://evil.example/?pwned","Click me")`,
  `+cmd|'/C calc'!A0 pwned`,
  `-2+3+cmd|' /C calc'!A0 pwned`,
  `@SUM(1+1)*cmd|' /C calc'!A0 pwned`,
  `\t=1+1 pwned`,
  `\r=1+1 pwned`,
];

/**
 * What a page shows that it should not: elements with event-handler attributes, dangerous
 * elements whose markup mentions "pwned", style rules mentioning it, and links that are not
 * http(s), mailto, in-page or a download (blob:). Searches the document and every open shadow
 * root.
 */
export function scan(page) {
  return page.evaluate(() => {
    const found = [];
    const DANGER = new Set(["script", "style", "img", "svg", "math", "iframe", "object", "embed", "details", "a", "mglyph"]);
    const walk = (root) => {
      for (const el of root.querySelectorAll("*")) {
        for (const a of el.attributes) {
          if (/^on/i.test(a.name)) found.push(`handler: <${el.localName} ${a.name}="${a.value.slice(0, 40)}">`);
          if (/href$|^src$|^action$|^formaction$|^data$/i.test(a.name) && /^\s*javascript:/i.test(a.value)) found.push(`javascript: in <${el.localName} ${a.name}>`);
        }
        // A mailto: link may carry a typed text in its subject or body (the rep page's
        // follow-up email quotes the company): as data, every character percent-encoded.
        const mailData = el.localName === "a" && /^mailto:[^?<>"'\s]*\?[^<>"'\s]*$/.test(el.getAttribute("href") || "");
        if (DANGER.has(el.localName) && !mailData && /pwned/.test(el.localName === "a" ? el.getAttribute("href") || "" : el.outerHTML.split(">")[0] + (["script", "style"].includes(el.localName) ? el.textContent : ""))) {
          found.push(`injected <${el.localName}>: ${el.outerHTML.slice(0, 80)}`);
        }
        const href = el.localName === "a" ? el.getAttribute("href") : null;
        if (href !== null && /^\s*[a-z][a-z0-9+.-]*:/i.test(href) && !/^(https?|mailto|blob):/i.test(href)) {
          found.push(`link to ${el.getAttribute("href").slice(0, 60)}`);
        }
        if (el.shadowRoot) walk(el.shadowRoot);
      }
      for (const sheet of [...(root.styleSheets || []), ...(root.adoptedStyleSheets || [])]) {
        try {
          for (const r of sheet.cssRules) if (/pwned/.test(r.cssText)) found.push(`style rule: ${r.cssText.slice(0, 60)}`);
        } catch { /* a cross-origin sheet cannot be read, and holds no payload */ }
      }
    };
    walk(document);
    return { found, pwned: window.__pwned ?? null };
  });
}

/** Every cell of a CSV text (RFC 4180 quoting). */
function cells(csv) {
  const out = [];
  let cell = "", quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { out.push(cell); cell = ""; }
    else if (c === "\n") { out.push(cell.replace(/\r$/, "")); cell = ""; }
    else cell += c;
  }
  if (cell) out.push(cell);
  return out;
}

/** CSV cells a spreadsheet would run as a formula. */
const formulas = (csv) => cells(csv).filter((c) => /^[=+\-@\t\r]/.test(c));

const clean = { found: [], pwned: null };

test("payloads typed by a prospect: widget, results, exports, printed report, webhook, rep page", { timeout: 240000 }, async (t) => {
  const hook = await hookServer();
  t.after(() => hook.close());
  // Three free-text fields per journey: the profile's company, the lead's name and company.
  const rounds = [];
  for (let i = 0; i < PAYLOADS.length; i += 3) rounds.push(PAYLOADS.slice(i, i + 3));
  const links = [];
  for (const [company, name, leadCompany = "Plain Ltd"] of rounds) {
    const options = { mspName: "Safe IT", contactEmail: "sales@safe.example", privacyUrl: "https://safe.example/privacy", webhook: `http://127.0.0.1:${hook.port}/catch`, leadPosition: "after", storageKey: "xss" };
    const ctx = await open(env, `/test/xss.html?options=${encodeURIComponent(JSON.stringify(options))}`);
    const w = widget(ctx.page);
    await journey(w, { profile: { company, seats: "45", industry: "legal", it_management: "internal_admin" } });
    assert.deepEqual(await scan(ctx.page), clean, `results with company ${JSON.stringify(company)}`);
    await w.locator("#itcq-lead-name").fill(name);
    await w.locator("#itcq-lead-email").fill(LEAD.email);
    await w.locator("#itcq-lead-company").fill(leadCompany);
    await w.locator("#itcq-lead-consent").check();
    await w.locator('button[data-action="submit-lead"]').click();
    await w.locator(".itcq-thanks").waitFor();
    assert.ok((await w.locator(".itcq-thanks").innerText()).length > 0);
    assert.deepEqual(await scan(ctx.page), clean, `thank-you with name ${JSON.stringify(name)}`);

    // Exports: the CSV neutralises formulas; the JSON keeps the text exactly; the printed report shows it as text.
    await openShare(w);
    const [csv] = await Promise.all([ctx.page.waitForEvent("download"), w.locator('button[data-action="export-csv"]').click()]);
    const csvText = readFileSync(await csv.path(), "utf8");
    assert.deepEqual(formulas(csvText), [], "no CSV cell starts a formula");
    // What the form keeps of a typed value: a text field drops line breaks, the lead is trimmed.
    const stored = (x) => x.replace(/[\r\n]/g, "").trim();
    // The downloads carry no contact details: the company is the profile's.
    for (const typed of [company].map(stored)) {
      const asText = /^[=+\-@\t\r]/.test(typed) ? `'${typed}` : typed;
      assert.ok(cells(csvText).includes(asText), `${JSON.stringify(typed)} is in the CSV as text: ${JSON.stringify(cells(csvText).filter((c) => /pwned/.test(c)))}`);
    }
    const [json] = await Promise.all([ctx.page.waitForEvent("download"), w.locator('button[data-action="export-json"]').click()]);
    assert.equal(JSON.parse(readFileSync(await json.path(), "utf8")).contact, null, "the JSON carries no contact details");
    const [tab] = await Promise.all([ctx.context.waitForEvent("page"), w.locator('button[data-action="export-pdf"]').click()]);
    await tab.waitForFunction(() => document.querySelector(".score strong"), null, { timeout: 10000 });
    const squash = (x) => x.replace(/\s+/g, " ").trim();
    assert.ok(squash(await tab.locator("body").innerText()).includes(squash(stored(company))), "the report shows the company as text");
    assert.deepEqual(await scan(tab), clean, "the printed report");
    await tab.close();

    await until("the lead at the webhook", () => hook.received.length === links.length + 1);
    const lead = hook.received[links.length];
    assert.equal(lead.contact.name, stored(name), "the webhook gets the name exactly as typed");
    links.push(lead.result_link);
    assert.deepEqual(await scan(ctx.page), clean, "after the exports");
    await assertClean(ctx);
    await ctx.close();
  }

  // The rep page: each lead's link opens a briefing with the contact; all of them a portfolio.
  const ctx = await open(env, "/rep.html");
  const { page } = ctx;
  for (const link of links) {
    await page.fill("#rep-input", link);
    await page.click("#rep-open");
    await page.locator("#rep-briefing h2").waitFor();
    assert.deepEqual(await scan(page), clean, `briefing of ${link}`);
  }
  await page.fill("#rep-input", links.join("\n"));
  await page.click("#rep-open");
  await page.locator("#rep-portfolio table").waitFor();
  // One prospect (the same email every time), with every result in their history.
  assert.equal(await page.locator("#rep-portfolio tbody tr").count(), 1);
  assert.equal(await page.locator("#rep-portfolio .rep-history-step").count(), links.length);
  assert.deepEqual(await scan(page), clean, "the portfolio");
  const [dl] = await Promise.all([page.waitForEvent("download"), page.locator("#rep-portfolio").getByRole("button", { name: /CSV/ }).click()]);
  assert.deepEqual(formulas(readFileSync(await dl.path(), "utf8")), [], "the portfolio CSV has no formula");
  await assertClean(ctx);
  await ctx.close();
});

test("payloads in every MSP option: text stays text, unsafe addresses are refused", { timeout: 60000 }, async () => {
  const p = (i) => PAYLOADS[i % PAYLOADS.length];
  const options = {
    mspName: p(0), ctaLabel: p(3),
    config: { itcq_config: 1, strict: false, brand: { welcome: p(1), thanks: p(2) }, lead: { consent: p(5) }, texts: { en: { "ui.results.title": p(6) } } },
    ctaUrl: "javascript:window.__pwned='cta'", privacyUrl: "javascript:window.__pwned='privacy'",
    logoUrl: "javascript:window.__pwned='logo'", contactEmail: "x@y.example?subject=<script>pwned</script>",
    brandColor: "red;}</style><style>*{--pwned:1}", lang: "<b>pwned</b>", leadPosition: "after",
  };
  const ctx = await open(env, `/test/xss.html?options=${encodeURIComponent(JSON.stringify(options))}`);
  const w = widget(ctx.page);
  await waitStep(w, "welcome");
  const problems = (await w.locator(".itcq-config-error li").allInnerTexts()).join("\n");
  for (const bad of ["cta", "privacy", "logo", "contact", "color", "lang"]) {
    assert.match(problems, new RegExp(bad, "i"), `the ${bad} option is named as refused:\n${problems}`);
  }
  assert.deepEqual(await scan(ctx.page), clean, "welcome");
  await journey(w);
  assert.deepEqual(await scan(ctx.page), clean, "results");
  await assertClean(ctx);
  await ctx.close();
});

test("payloads given to the rep page: pasted, as a link's code, as files; each refused as text", { timeout: 60000 }, async () => {
  const ctx = await open(env, `/rep.html#itcq=${encodeURIComponent(PAYLOADS[1])}`);
  const { page } = ctx;
  await page.locator("#rep-error").waitFor();
  assert.deepEqual(await scan(page), clean, "a payload as the address's code");
  for (const p of PAYLOADS) {
    await page.evaluate(() => { document.getElementById("rep-error").textContent = ""; });
    await page.fill("#rep-input", p);
    await page.click("#rep-open");
    await page.locator("#rep-error").filter({ hasText: /\S/ }).waitFor();
    assert.equal(await page.locator("#rep-briefing").isVisible(), false, `${JSON.stringify(p)} opened nothing`);
    assert.deepEqual(await scan(page), clean, `pasted ${JSON.stringify(p)}`);
    assert.equal(await page.locator("#rep-error b, #rep-error script, #rep-error img").count(), 0, "the message is text");
  }
  const files = PAYLOADS.map((p, i) => ({
    name: `${p.replace(/[\\/\0]/g, "_").slice(0, 60)}-${i}.json`,
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ format: "itcq-export", schema_version: 1, result_code: p })),
  }));
  await page.setInputFiles("#rep-files", files);
  await page.locator("#rep-failed li").first().waitFor();
  assert.equal(await page.locator("#rep-failed li").count(), PAYLOADS.length, "every file is listed as failed, by name");
  assert.deepEqual(await scan(page), clean, "failed files listed");
  // A configuration file full of payloads on the rep page.
  await goto2(page, `/rep.html?config=${encodeURIComponent("javascript:window.__pwned='config'")}`);
  assert.deepEqual(await scan(page), clean, "a javascript: configuration address");
  await assertClean(ctx);
  await ctx.close();
});

async function goto2(page, path) {
  await page.goto(env.origin + path);
  await page.locator("#rep-config-status").filter({ hasText: /\S/ }).waitFor();
}

test("the scan finds each markup payload when it is injected (the checks above can fail)", async () => {
  const ctx = await open(env, "/test/xss.html?options=%7B%7D");
  const markup = PAYLOADS.filter((p) => /<(?!\/style)/.test(p) || p.startsWith("</style>"));
  for (const p of markup) {
    const found = await ctx.page.evaluate((html) => {
      const div = document.createElement("div");
      document.body.appendChild(div);
      div.innerHTML = html; // inert for <script>, but the element is there to find
      return div;
    }, p).then(() => scan(ctx.page));
    assert.ok(found.found.length > 0 || found.pwned !== null, `the scan missed ${JSON.stringify(p)}`);
    await ctx.page.evaluate(() => { document.body.lastElementChild.remove(); window.__pwned = undefined; });
  }
  await ctx.close();
});
