/**
 * The crawler: a polite, bounded, hostile-proof Playwright crawl of one OPD site that returns
 * plain-JSON artifacts (lib/artifacts/types.ts) for the checks to read without a browser.
 */
export { crawlSite } from "./crawl";
export type { CrawlOptions, CrawlProgress, TextCache } from "./options";
export { SKIP_REASONS, type SkipReason } from "./options";
export { classifyError, explainError, isTransient } from "./errors";
export { checkTarget } from "./target-policy";
