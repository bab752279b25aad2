/**
 * The crawler's public option and progress types, and their defaults with the reason for each.
 */
import os from "node:os";
import type { TextCache } from "./documents";
import { DEFAULT_MAX_OCR_IMAGES, DEFAULT_OCR_BUDGET_MS } from "./documents/images";
import { DEFAULT_OCR_WORKERS } from "./documents/ocr";

export type { TextCache };

export type CrawlProgress = {
  phase: "robots" | "sitemap" | "crawl" | "documents" | "links" | "done";
  pagesVisited: number;
  queued: number;
  currentUrl: string | null;
};

export type CrawlOptions = {
  startUrl: string;
  /** default 60 */
  maxPages?: number;
  /** default 4 */
  maxDepth?: number;
  /** default false */
  ignoreRobots?: boolean;
  /** The whole scan, default 5 min. */
  timeLimitMs?: number;
  /** Per page, default 15 s. */
  pageTimeoutMs?: number;
  /** Pages rendered at once (browser tabs); default suits 2 cores. */
  concurrency?: number;
  /** Evidence screenshots are written here (files, referenced by path); null = none. */
  screenshotDir?: string | null;
  /** Extra priority keywords (the checklist's), merged with the built-in ones. */
  keywords?: string[];
  /**
   * Reading images and scanned PDFs: `maxImages` fetched and measured per scan (default 120),
   * `budgetMs` of OCR time per scan (default 90 s), `workers` OCR threads (default 2).
   */
  ocr?: { enabled: boolean; maxImages?: number; budgetMs?: number; workers?: number; cacheDir?: string };
  /** OCR/PDF text by content hash (the caller backs it with the database). */
  textCache?: TextCache;
  /** Default: env ALLOW_PRIVATE_NETWORK. */
  allowPrivateNetwork?: boolean;
  /** Default identifies Patuh with a contact URL. */
  userAgent?: string;
  signal?: AbortSignal;
  onProgress?: (p: CrawlProgress) => void;
};

/** A typical OPD site keeps its checklist content within 20-40 pages; 60 leaves room for news. */
export const DEFAULT_MAX_PAGES = 60;
/** Checklist content sits within a few clicks of home; deeper is archives. */
export const DEFAULT_MAX_DEPTH = 4;
/** A scan of one OPD must not hold a worker for long; the job runner adds its own watchdog. */
export const DEFAULT_TIME_LIMIT_MS = 5 * 60_000;
/** A government page that takes longer than this fails visitors too (GSA uses similar limits). */
export const DEFAULT_PAGE_TIMEOUT_MS = 15_000;
/**
 * Workers (a browser tab each, plus one page fetched ahead). Pages mostly wait on the server, so
 * two per core keep 2 cores busy; measured on 2 cores: 4 gave the most pages/s within 1 GB.
 */
export const DEFAULT_CONCURRENCY = Math.min(4, Math.max(2, os.cpus().length * 2));
/** Evidence screenshots per scan: home plus the keyword pages checks cite. */
export const MAX_SCREENSHOTS = 15;
/** axe-core runs (home + two key pages): each takes 0.5-3 s of CPU, far more on a busy machine. */
export const MAX_AXE_PAGES = 3;
/** Entries kept in site.skipped; beyond this only the first of each kind matter to a reader. */
export const MAX_SKIPPED = 500;

export const DEFAULT_USER_AGENT =
  "Mozilla/5.0 (compatible; PatuhBot/0.1; +https://github.com/patuh; pemindai kepatuhan pelayanan publik)";

/** Reasons recorded in site.skipped. */
export const SKIP_REASONS = [
  "robots",
  "off_site",
  "off_site_redirect",
  "endless_url_space",
  "max_depth",
  "budget",
  "time_limit",
  "unsupported_content",
  "blocked_target",
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export type ResolvedOptions = Required<
  Pick<CrawlOptions, "maxPages" | "maxDepth" | "ignoreRobots" | "timeLimitMs" | "pageTimeoutMs" | "concurrency" | "keywords" | "userAgent" | "allowPrivateNetwork">
> & { screenshotDir: string | null; ocr: { enabled: boolean; maxImages: number; budgetMs: number; workers: number; cacheDir?: string } };

function positive(v: number | undefined, fallback: number, min = 1): number {
  return typeof v === "number" && Number.isFinite(v) && v >= min ? Math.floor(v) : fallback;
}

export function resolveOptions(o: CrawlOptions, envAllowPrivate: boolean): ResolvedOptions {
  return {
    maxPages: positive(o.maxPages, DEFAULT_MAX_PAGES),
    maxDepth: positive(o.maxDepth, DEFAULT_MAX_DEPTH, 0),
    ignoreRobots: o.ignoreRobots ?? false,
    timeLimitMs: positive(o.timeLimitMs, DEFAULT_TIME_LIMIT_MS, 1_000),
    pageTimeoutMs: positive(o.pageTimeoutMs, DEFAULT_PAGE_TIMEOUT_MS, 500),
    concurrency: Math.min(16, positive(o.concurrency, DEFAULT_CONCURRENCY)),
    keywords: (o.keywords ?? []).filter((k) => typeof k === "string"),
    userAgent: o.userAgent || DEFAULT_USER_AGENT,
    allowPrivateNetwork: o.allowPrivateNetwork ?? envAllowPrivate,
    screenshotDir: o.screenshotDir ?? null,
    ocr: {
      enabled: (o.ocr?.enabled ?? false) && positive(o.ocr?.maxImages, DEFAULT_MAX_OCR_IMAGES, 0) > 0,
      maxImages: positive(o.ocr?.maxImages, DEFAULT_MAX_OCR_IMAGES, 0),
      budgetMs: positive(o.ocr?.budgetMs, DEFAULT_OCR_BUDGET_MS, 0),
      workers: Math.min(8, positive(o.ocr?.workers, DEFAULT_OCR_WORKERS)),
      cacheDir: o.ocr?.cacheDir,
    },
  };
}
