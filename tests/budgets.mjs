// The widget's size budgets (gzip -9, KB = 1000 bytes), one place for every test that
// checks them: what every page view of the MSP's site pays for the loader, and what the
// first screen needs in any language (loader + stylesheet + JS glue + wasm + that
// language's first file).
export const LOADER_GZIP = 5_000;
export const FIRST_PAYLOAD_GZIP = 150_000;
