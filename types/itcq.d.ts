// Types of what ITCq hands to JavaScript: the loader's `ITCq.mount` and the widget's events,
// the engine API's results (`pkg/itcq_engine.js`, declared in pkg/itcq_engine.d.ts), the
// report and the JSON export, and the rules the pages read (www/rules.js). The site's own
// scripts are checked against them (`tsc -p types`, part of `make test`).

// ---------------------------------------------------------------- identifiers

export type BlockId = "continuous" | "competent" | "charged" | "conscious" | "controlled" | "clear" | "cost_effective";
export type BankId = "quick" | "full";
export type Band = "initial" | "developing" | "defined" | "managed" | "optimized";
export type BlockStatus = "not_assessed" | "on_target" | "near_target" | "below_target";
export type UnknownLevel = "none" | "minor" | "notable" | "significant";
export type Industry =
  | "professional_services" | "legal" | "finance" | "healthcare" | "manufacturing" | "construction" | "retail"
  | "hospitality" | "logistics" | "education" | "nonprofit" | "public_sector" | "technology" | "other";
export type ItManagement = "executive_part_time" | "internal_admin" | "outsourced_msp" | "internal_department";
export type Goal = "grow_revenue" | "cut_costs" | "continuity" | "compliance" | "scale";
export type Segment = "1-19" | "20-50" | "51-150" | "151-300" | "301+";
export type Effort = "small" | "medium" | "large";
export type Role = "executive" | "internal_it" | "msp" | "vcio" | "vendor";
export type PhaseId = "quick_wins" | "next90_days" | "next12_months";
export type LangCode = "en" | "de" | "es";
/** A day, `YYYY-MM-DD`. */
export type Day = string;

// ---------------------------------------------------------------- input

/** A level 0–4, "dont_know", or (full bank only) "na". */
export type Answer = 0 | 1 | 2 | 3 | 4 | "dont_know" | "na";

export interface Profile {
  company?: string;
  seats: number;
  industry: Industry;
  it_management: ItManagement;
  goals?: Goal[];
}

/** What `assess` and `encodeCode` take. */
export interface Assessment {
  bank: BankId;
  profile: Profile;
  answers?: Record<string, Answer>;
}

/** The prospect's contact details (the lead form). */
export interface Lead {
  name: string;
  email: string;
  company: string;
  phone: string;
  consent: boolean;
}

// ---------------------------------------------------------------- the report (schema_version 1)

export interface Report {
  schema_version: 1;
  bank: BankId;
  bank_version: number;
  profile: Profile;
  segment: Segment;
  itcq: number;
  band: Band;
  target_itcq: number;
  completion: number;
  unknown_share: number;
  answers: {
    total: number;
    answered: number;
    dont_know: number;
    not_applicable: number;
    /** Questions the profile is not asked (not in `total`). */
    not_asked: number;
    missing: number;
    missing_ids: string[];
  };
  unknown: {
    level: UnknownLevel;
    share: number;
    count: number;
    message: string;
    blocks: Array<{ block: BlockId; count: number }>;
    questions: string[];
  };
  blocks: Array<{
    id: BlockId;
    name: string;
    score: number | null;
    target: number;
    gap: number | null;
    band: Band | null;
    questions: number;
    answered: number;
    dont_know: number;
    status: BlockStatus;
    meaning: string;
  }>;
  areas: Array<{ id: string; block: BlockId; name: string; score: number | null; target: number; gap: number | null }>;
  plan: {
    phases: Array<{
      id: PhaseId;
      name: string;
      horizon_days: number;
      actions: Action[];
      projected_itcq: number;
    }>;
    projected_itcq: number;
    /** Actions not needed to reach the recommendation; their gains are not in the projection. */
    beyond_target: Action[];
  };
}

export interface Action {
  rank: number;
  area: string;
  /** The catalogue name (for the rep and exports). */
  name: string;
  /** The name in plain words (what the prospect sees). */
  plain_name: string;
  block: BlockId;
  /** The services the answers do not imply yet; `plain` is the service in plain words. */
  services: Array<{ id: string; name: string; plain: string }>;
  /** The questions whose answers the action raises. */
  questions: string[];
  responsible: Role;
  accountable: Role;
  effort: Effort;
  goals: Goal[];
  score: number;
  target: number;
  gap: number;
  /** ITCq points added; the plan's gains add up to its projections. */
  gain: number;
  /** Points added to its block's score (up to the recommendation); the what-if adds these. */
  block_gain: number;
  /** Whether the plan counts it only up to the recommendation. */
  reaches_target: boolean;
  /** What an insurer or auditor asks about it: CIS Controls v8 IG1 and NIST CSF 2.0. */
  insurers_ask: { cis: Array<{ id: string; name: string }>; nist: Array<{ id: string; name: string }> };
  /** The area's risk weight, 1–3. */
  risk: number;
  priority: number;
}

/** The JSON export (`exportJson`, the widget's "Download JSON"). */
export interface ExportDocument {
  format: "itcq-export";
  schema_version: 1;
  result_code: string;
  result_link?: string;
  taken_on: Day | null;
  contact: Lead | null;
  report: Report;
}

// ---------------------------------------------------------------- the rep page

export interface Offer {
  name: string;
  pitch: string | null;
  price: string | null;
  url: string | null;
}

/** One result's briefing (`briefing`). */
export interface Briefing {
  code: string;
  /** The result code without contact details: one ID per result, whatever link it came by. */
  result_id: string;
  /** The link to the result without contact details, when the briefing was opened from a link. */
  share_link: string | null;
  taken_on: Day | null;
  contact: Lead | null;
  /** `mailto:` of the contact's email, when it is a well-formed address. */
  mailto: string | null;
  /** `tel:` of the contact's phone, when it has digits to dial. */
  tel: string | null;
  company: string | null;
  /** The profile in words (industry, IT management and goals are the language's labels). */
  profile: { seats: number; segment: Segment; industry: string; it_management: string; goals: string[] };
  /** The opening question that fits who runs IT today. */
  it_angle: string;
  /** A discovery question about what the prospect's industry asks of IT. */
  industry_question: string;
  itcq: number;
  /** The band's name in the briefing's language. */
  band: string;
  band_description: string;
  target_itcq: number;
  /** How far the ITCq is below the recommendation (0 once reached). */
  itcq_gap: number;
  completion: number;
  /** Questions asked of this company; of those answered ("Don't know" included); "Don't know". */
  asked: number;
  answered: number;
  dont_know: number;
  /** The answers in a line: "36 of 36 questions answered, 4 of them "Don't know"". */
  answered_line: string;
  /** SVG markup of the block chart (every text in it escaped). */
  chart_svg: string;
  blocks: Array<{ id: BlockId; name: string; score: number | null; target: number; gap: number | null; status: BlockStatus }>;
  weakest: Array<{
    id: BlockId;
    name: string;
    score: number | null;
    target: number;
    gap: number | null;
    /** The prospect's own weakest answers in this block, quoted (at most two). */
    quotes: Array<{ question_id: string; question: string; answer: string }>;
    /** CIS Controls v8 IG1 safeguards and NIST CSF 2.0 categories, with official names. */
    insurers_ask: string;
    stakes: string;
    openers: string[];
    questions: string[];
  }>;
  /** Names below (`block`, `effort`) are in the briefing's language. */
  first_project: {
    area: string;
    name: string;
    block: string;
    effort: string;
    gain: number;
    pitch: string;
    /** How to frame it for who runs IT today. */
    angle: string;
    services: string[];
    offer: Offer | null;
  } | null;
  /** At most three areas to propose: the first project's, then the other weak blocks'. */
  services: Array<{ area: string; name: string; block: string; services: string[]; offer: Offer | null }>;
  /** The call, step by step. */
  agenda: Array<{ minutes: number; text: string }>;
  /** The follow-up email in the briefing's language; `mailto` opens it. */
  followup: { subject: string; body: string; mailto: string };
  /** The briefing as a note for a CRM: plain text and Markdown. */
  crm_text: string;
  crm_markdown: string;
  unknowns: {
    level: UnknownLevel;
    message: string;
    count: number;
    reveals: Array<{ question: string; block: string; reveal: string }>;
  };
  plan: Array<{
    name: string;
    projected_itcq: number;
    actions: Array<{ name: string; block: string; effort: string; gain: number }>;
  }>;
  /** Actions beyond the recommendation (not in the projection; gain after the plan). */
  beyond: Array<{ name: string; block: string; effort: string; gain: number }>;
}

/** A row of the portfolio, with the position of its input in the call's list. */
export interface PortfolioRow {
  index: number;
  code: string;
  /** The result code without contact details. */
  result_id: string;
  /** `email:<address>` and `company:<name>`, normalised: rows sharing one are the same prospect. */
  prospect: string[];
  company: string | null;
  contact_name: string | null;
  email: string | null;
  mailto: string | null;
  taken_on: Day | null;
  seats: number;
  segment: Segment;
  /** The industry's label in the portfolio's language. */
  industry: string;
  itcq: number;
  target_itcq: number;
  /** The band's name in the portfolio's language. */
  band: string;
  blocks: Array<{ id: BlockId; name: string; score: number | null }>;
  top_action: string | null;
}

/** What `portfolio` returns: the rows read, and the inputs that were not, with why. */
export interface Portfolio {
  rows: PortfolioRow[];
  /** `kind`: "json" (not an export it can read, such as a cut-off file whose head does not hold the code), "code" (the result code) or "too_large". */
  errors: Array<{ index: number; message: string; kind: "json" | "code" | "too_large" }>;
}

/** A configuration file's check (`checkConfig`). */
export interface ConfigCheck {
  valid: boolean;
  strict: boolean;
  issues: Array<{ path: string; found: string; accepted: string; message: string }>;
  /** Fields that cannot take effect under the file's other settings (the file stays valid). */
  warnings: Array<{ path: string; message: string }>;
}

/** A language file (`lang/<code>.json` and its parts). */
export interface LangFile {
  format?: "itcq-texts";
  version?: number;
  lang: string;
  texts: Record<string, string>;
}

// ---------------------------------------------------------------- the rules (www/rules.js)

export interface PageRules {
  langs: Array<{ code: LangCode; name: string }>;
  segments: Segment[];
  maxSeats: number;
  maxConfigBytes: number;
  maxExportBytes: number;
  /** The bytes at the start of a JSON export that hold its result code (the rep page reads only these of each of many files). */
  exportHeadBytes: number;
  maxCodeChars: number;
  maxPortfolio: number;
  maxOwnQuestions: number;
  weights: { low: number; medium: number; high: number };
  leadFields: Array<"name" | "email" | "company" | "phone">;
  leadRequired: Array<"name" | "email" | "company" | "phone">;
  nearTarget: number;
  industries: Industry[];
  itManagement: ItManagement[];
  goals: Goal[];
  /** The full bank's answers in a form's order: in place, partly, not in place, don't know, not applicable. */
  inPlaceChoices: Answer[];
}

// ---------------------------------------------------------------- the loader and the widget

/** The widget's options: the script tag's `data-*` attributes, camelCase. */
export interface WidgetOptions {
  mspName?: string;
  logoUrl?: string;
  brandColor?: string;
  contactEmail?: string;
  webhook?: string;
  hubspotPortal?: string;
  hubspotForm?: string;
  ctaUrl?: string;
  ctaLabel?: string;
  privacyUrl?: string;
  leadPosition?: "start" | "before" | "after" | "off";
  /** A booking page (Calendly and Cal.com open prefilled); replaces `ctaUrl`. */
  bookingUrl?: string;
  /** "off": the prospect presses Next; default "on" (choosing an answer moves on). */
  autoAdvance?: "on" | "off";
  /** "datalayer": the events are also pushed to `window.dataLayer` (no personal data). */
  analytics?: "events" | "datalayer";
  /** "on": the MSP's automation emails the prospect their report; the confirmation says so. */
  sendReport?: "on" | "off";
  mode?: "inline" | "popup";
  buttonLabel?: string;
  target?: string;
  lang?: string;
  storageKey?: string;
  /** The MSP's configuration file, as an object, a URL, or `#id` of a JSON script. */
  config?: object | string;
  /** `ITCq.mount` only, for previews (the configurator's): open a made-up journey at this point; "welcome" ignores saved progress. */
  preview?: "welcome" | "question" | "lead" | "results";
}

/** What `ITCq.mount` returns. */
export interface WidgetHandle {
  /** The `<itcq-widget>` element (null when the element given was not one). */
  host: HTMLElement | null;
  /** Resolves once the widget is mounted; rejects when it could not load. */
  ready: Promise<WidgetHandle>;
  /** Removes the widget. */
  destroy(): void;
}

/** `window.ITCq`, the loader's API. */
export interface ITCqApi {
  version: string;
  /** Mounts a widget inside `element`. Never throws: a failure is logged and `ready` rejects. */
  mount(element: Element, options?: WidgetOptions): WidgetHandle;
}

/** The widget's events, dispatched on its host element; they bubble and cross the shadow root. */
export interface ITCqEventMap {
  "itcq:started": CustomEvent<Record<string, never>>;
  "itcq:block-completed": CustomEvent<{ block: BlockId; index: number }>;
  "itcq:completed": CustomEvent<{ itcq: number; band: Band; target: number; blocks: Array<{ id: BlockId; score: number | null; target: number }> }>;
  "itcq:lead-submitted": CustomEvent<{ name: string; email: string; company: string; phone: string }>;
  "itcq:step-viewed": CustomEvent<{ step: "welcome" | "profile" | "question" | "lead" | "results"; question?: string; index?: number; total?: number }>;
  "itcq:booking-opened": CustomEvent<{ tool: "calendly" | "cal_com" | "hubspot" | "microsoft_bookings" | "other" | "link" }>;
}

declare global {
  interface Window {
    ITCq?: ITCqApi;
  }
  interface HTMLElementEventMap extends ITCqEventMap {}
}
