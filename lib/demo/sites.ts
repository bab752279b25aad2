/**
 * The registry of the nine bundled demo OPD sites (e2e/sites/<slug>): where each lives, what
 * kind of real OPD site it imitates, and facts the crawler and check tests can assert against
 * (which paths hold which checklist content, how the news archive is paged, what robots.txt
 * forbids). Facts describe the "before" version; `after` lists what the "after" version changes.
 */
import path from "node:path";
import { SITE_SPECS } from "./site-specs";

/** e2e/sites, found from this file so it works from any working directory. */
export const SITES_ROOT = path.resolve(import.meta.dirname, "..", "..", "e2e", "sites");

/** Committed binaries (PDF, posters) stay small so the repository and the crawler's downloads stay light. */
export const MAX_ASSET_BYTES = 150 * 1024;

export type SiteTrait =
  | "nearly-complete"
  | "pdf-standard" // Standar Pelayanan published as a PDF with a text layer
  | "js-tabs" // service details appear in the DOM only after a tab is clicked
  | "stale-news" // newest post months old
  | "empty-shell-pages" // menu entries whose pages say "belum diisi" / "dalam pengembangan"
  | "image-only" // maklumat and alur only as poster images
  | "scanned-pdf" // a PDF without a text layer
  | "js-rendered" // content exists only after client-side JavaScript runs
  | "spa-fallback" // every extension-less path answers 200 with the app shell
  | "news-archive-40" // 40+ pages of news archive to push keyword pages down the queue
  | "keywords-in-news" // news posts mention checklist words in passing
  | "coming-soon"
  | "soft-404" // pages saying "404 Halaman tidak ditemukan" with status 200
  | "external-ppid" // PPID link points at another agency's site
  | "no-lang" // <html> without lang, no viewport, images without alt
  | "accordion" // content hidden in <details> / accordion panels
  | "carousel"
  | "robots-disallow"
  | "sitemap-index"
  | "no-sitemap"
  | "minimal"
  | "unchanged-after"
  | "regressed-after";

export type SiteFacts = {
  /** Site paths holding the content a checklist item looks for, by item code (checklist.md). */
  keywordPages: Partial<Record<string, string[]>>;
  /** Pages that exist and are linked but are empty shells (level 0 material). */
  shellPages: string[];
  /** Paths answering 200 while saying the page does not exist. */
  soft404Paths: string[];
  /** Paths linked from pages or sitemaps that answer 404 on purpose (for broken-link checks). */
  brokenLinks: string[];
  /** Every unknown path answers 200 (soft 404 catch-all or SPA shell) instead of 404. */
  unknownPathsAnswer200: boolean;
  sitemap: { kind: "urlset" | "index" | "none"; path: string | null };
  robotsDisallow: string[];
  /** Paged news archive: `{n}` in `pagePattern` is the page number (2..lastPage). */
  newsArchive: { firstPage: string; pagePattern: string; lastPage: number; postsPerPage: number } | null;
  /** Days before today of the newest news post. */
  newestPostDaysAgo: number;
  /** PDFs (site paths) and whether each has a text layer. */
  pdfs: { path: string; textLayer: boolean }[];
  /** Poster images whose text matters (maklumat, alur, struktur). */
  posters: string[];
};

export type DemoSiteSpec = {
  slug: string;
  /** Absolute folder holding before/ and after/. */
  dir: string;
  /** One line, Indonesian, shown in the demo and the report. */
  description: string;
  /** What the "after" version changes, Indonesian. */
  afterChanges: string;
  traits: SiteTrait[];
  /** Serve index.html for every extension-less path that has no file (client-side routing). */
  spaFallback: boolean;
  facts: SiteFacts;
  /** Facts that differ in the "after" version (see siteFacts for how they merge). */
  after: Partial<SiteFacts>;
};

export const DEMO_SITES: DemoSiteSpec[] = SITE_SPECS.map((s) => ({ ...s, dir: path.join(SITES_ROOT, s.slug) }));

export function demoSite(slug: string): DemoSiteSpec {
  const site = DEMO_SITES.find((s) => s.slug === slug);
  if (!site) throw new Error(`unknown demo site: ${slug}`);
  return site;
}

/**
 * The facts of one site in one version: "after" is before's facts with its overrides, where
 * keyword pages merge per item code and an empty list means the item's page is gone.
 */
export function siteFacts(slug: string, version: "before" | "after"): SiteFacts {
  const site = demoSite(slug);
  if (version === "before") return site.facts;
  const merged = { ...site.facts.keywordPages, ...site.after.keywordPages };
  const keywordPages = Object.fromEntries(Object.entries(merged).filter(([, paths]) => paths && paths.length > 0));
  return { ...site.facts, ...site.after, keywordPages };
}
