// The engine's JSON API (crates/api, built as pkg/itcq_engine.js + pkg/itcq_engine_bg.wasm):
// what each function takes and returns. Every function throws an Error whose message names
// what was wrong and what is accepted. tests/node/types.test.mjs checks these are exactly
// the functions the built bundle exports.
import type {
  Assessment, Briefing, ConfigCheck, LangFile, Lead, Portfolio, Report, WidgetOptions,
} from "../itcq";

/** Loads and instantiates the wasm; call once before anything else. */
export default function init(options?: { module_or_path?: string | URL | Request | Response | BufferSource | WebAssembly.Module }): Promise<unknown>;
/** The same, synchronously, from the wasm's bytes or module (Node, tests). */
export function initSync(options: { module: BufferSource | WebAssembly.Module }): unknown;

/** Scores an assessment and returns its report, in English. */
export function assess(input: Assessment): Report;
/** The ITCq, band, block scores and statuses if the plan's actions of these ranks were done. */
export function whatIf(input: Assessment, ranks: number[]): {
  itcq: number;
  band: Report["band"];
  blocks: Array<number | null>;
  status: Array<"not_assessed" | "on_target" | "near_target" | "below_target">;
};
/** A question bank (`quick` or `full`) with its questions' words in English. */
export function questions(bank: "quick" | "full"): {
  id: "quick" | "full";
  version: number;
  extras: number;
  questions: Array<{
    id: string;
    block: string;
    areas: string[];
    services: string[];
    weight: "low" | "medium" | "high";
    text: string;
    help: string;
    scale: { kind: "levels"; options: string[] } | { kind: "in_place" };
  }>;
};
/** The 7C framework: blocks and delivery areas with their services, in English. */
export function framework(): {
  blocks: Array<{ id: string; name: string; question: string; benefit: string; risk: string }>;
  areas: Array<{
    id: string;
    block: string;
    name: string;
    description: string;
    effort: string;
    responsible: string;
    accountable: string;
    goals: string[];
    services: Array<{ id: string; name: string; help: string; weight: string }>;
  }>;
};
/** The result code of an assessment, with the contact details (or null) and the day taken. */
export function encodeCode(assessment: Assessment, contact: Lead | null, takenOn: string | null): string;
/** A briefing's block chart (`chart_svg`) as an `<svg>` element of this page, built node by node (no HTML parser, so Trusted Types allow it); undefined if the text is not the engine's chart. */
export function chartNode(svg: string): SVGSVGElement | undefined;
/** The rep briefing of a code, link or JSON export, in `lang`'s words, with the MSP's file. */
export function briefing(text: string, lang: LangFile | null | undefined, config?: string): Briefing;
/** Portfolio rows for many inputs (at most `RULES.maxPortfolio`). */
export function portfolio(inputs: string[], lang: LangFile | null | undefined, config?: string): Portfolio;
/** One CSV sheet of the readable inputs. */
export function portfolioCsv(inputs: string[], linkBase?: string, config?: string): string;
/** The JSON export document of a result (text). */
export function exportJson(text: string, linkBase?: string): string;
/** The CSV sheet (header and one row) of a result. */
export function exportCsv(text: string, linkBase?: string): string;
/** The printable report of a result, branded with the widget's options. */
export function reportHtml(text: string, options: WidgetOptions, linkBase: string | undefined, lang: LangFile | null | undefined): string;
/** Checks a configuration file's JSON text. */
export function checkConfig(text: string): ConfigCheck;
/** Checks a widget's options (the tag's data-* attributes, camelCase) as the widget reads them; empty when all are accepted. */
export function checkOptions(options: WidgetOptions): Array<{ attribute: string; found: string; accepted: string; message: string; visible: boolean }>;
/** A language file with the configuration file's text overrides for that language on top. */
export function withOverrides(lang: LangFile, config?: string): LangFile;
/** Saves or opens an export of a result (the widget's export buttons). */
export function saveExport(
  kind: string,
  code: string,
  options: WidgetOptions,
  linkBase: string,
  file: string,
  window: Window | null,
  status: Element | null,
  lang: LangFile | null | undefined,
): void;
/** Queues and sends the lead to the MSP's webhook or HubSpot form. */
export function deliverLead(code: string, options: WidgetOptions, pageUrl: string, pageTitle: string, leadId: string | undefined, lang: LangFile | null | undefined): Promise<unknown>;
/** Sends what waits in the outbox. */
export function flushOutbox(): Promise<unknown>;
