// @ts-check
// The engine's rules the pages need, generated from the engine (src/rules.rs) by
// `ITCQ_WRITE_RULES=1 cargo test --test rules`: do not edit. A test fails when this file
// is out of date, and another when a page states one of these rules itself.

export const RULES = /** @type {import("./itcq").PageRules} */ (Object.freeze({
  "exportHeadBytes": 8192,
  "goals": [
    "grow_revenue",
    "cut_costs",
    "continuity",
    "compliance",
    "scale"
  ],
  "inPlaceChoices": [
    4,
    2,
    0,
    "dont_know",
    "na"
  ],
  "industries": [
    "professional_services",
    "legal",
    "finance",
    "healthcare",
    "manufacturing",
    "construction",
    "retail",
    "hospitality",
    "logistics",
    "education",
    "nonprofit",
    "public_sector",
    "technology",
    "other",
    "accounting"
  ],
  "itManagement": [
    "executive_part_time",
    "internal_admin",
    "outsourced_msp",
    "internal_department"
  ],
  "langs": [
    {
      "code": "en",
      "name": "English"
    },
    {
      "code": "de",
      "name": "Deutsch"
    },
    {
      "code": "es",
      "name": "Español"
    }
  ],
  "leadFields": [
    "name",
    "email",
    "company",
    "phone"
  ],
  "leadRequired": [
    "name",
    "email",
    "company"
  ],
  "maxCodeChars": 4096,
  "maxConfigBytes": 262144,
  "maxExportBytes": 5242880,
  "maxOwnQuestions": 5,
  "maxPortfolio": 10000,
  "maxSeats": 100000,
  "nearTarget": 10.0,
  "segments": [
    "1-19",
    "20-50",
    "51-150",
    "151-300",
    "301+"
  ],
  "weights": {
    "high": 5,
    "low": 1,
    "medium": 3
  }
}));
