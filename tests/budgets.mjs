// The widget's size budgets (gzip -9, KB = 1000 bytes), one place for every test that
// checks them: what every page view of the MSP's site pays for the loader, and what the
// first screen needs in any language (loader + stylesheet + JS glue + wasm + that
// language's first file).
export const LOADER_GZIP = 5_000;
// The first screen's module has no results in it (they come in the second module, fetched
// while the prospect answers). Lowered to what it measures, so it cannot grow back
// unnoticed: 143.6 / 143.8 / 143.7 KB (en / de / es) on 2026-12-05, so 144 KB.
export const FIRST_PAYLOAD_GZIP = 144_000;
// The module with the results (its wasm and JS glue), fetched after the first question:
// 162.9 KB on 2026-12-05, so 163 KB.
export const RESULTS_MODULE_GZIP = 163_000;
