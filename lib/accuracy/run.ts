/**
 * The accuracy run: serve each labelled fixture site, crawl it with the real crawler, judge it
 * with the real checks, and compare with the auditor's labels (./compare.ts says how).
 */
import { CHECKLIST_SEED } from "@/db/seed/checklist";
import type { ScanArtifacts } from "@/lib/artifacts/types";
import { runChecks } from "@/lib/checks";
import { DEFAULT_ITEM_CONFIG } from "@/lib/checks/defaults";
import type { ItemResult, ItemSpec } from "@/lib/checks/types";
import { crawlSite } from "@/lib/crawler";
import { compare, summarize, type Comparison, type Summary } from "./compare";
import { SITE_LABELS, type ParsedSiteLabels } from "./labels";
import { serveSite } from "./server";

/** The pemda domain the checks compare hosts with (the fixtures are served on loopback). */
export const OFFICIAL_DOMAIN = "kuansing.go.id";
/** Fixture sites have at most ~20 pages; 40 leaves the crawler room without capping it. */
export const MAX_PAGES = 40;

export type AccuracyOptions = {
  /** Site names to run (default: every labelled site). */
  sites?: string[];
  /** "Today" for the fixtures' dates and for the checks' recency rules. */
  now?: Date;
  onProgress?: (message: string) => void;
};

export type SiteRun = {
  site: string;
  about: string;
  pagesVisited: number;
  durationMs: number;
  /** Set when the site could not be crawled at all; its labels then count as errors. */
  error: string | null;
};

export type AccuracyReport = Summary & {
  generatedAt: string;
  sites: SiteRun[];
  comparisons: Comparison[];
  disagreements: Comparison[];
};

/** The default checklist as the product ships it: checklist.md's items with the detectors' defaults. */
export function defaultItems(): ItemSpec[] {
  return CHECKLIST_SEED.map((i) => {
    const c = DEFAULT_ITEM_CONFIG[i.code];
    if (!c) throw new Error(`DEFAULT_ITEM_CONFIG has no entry for ${i.code}`);
    return { code: i.code, detector: c.detector, params: c.params, mode: i.mode, weight: i.weight };
  });
}

async function judgeSite(
  labels: ParsedSiteLabels,
  items: ItemSpec[],
  now: Date,
): Promise<{ run: SiteRun; results: ItemResult[] }> {
  const server = await serveSite(labels.site, { now });
  const started = Date.now();
  try {
    const artifacts: ScanArtifacts = await crawlSite({
      startUrl: server.url,
      allowPrivateNetwork: true,
      maxPages: MAX_PAGES,
      ocr: { enabled: true },
      screenshotDir: null,
    });
    const { results } = runChecks(artifacts, items, {
      opd: { ...labels.opd, websiteUrl: server.url },
      officialDomain: OFFICIAL_DOMAIN,
      now,
    });
    const error = artifacts.site.reachable ? null : `situs tidak terjangkau (${artifacts.site.errorClass ?? "unknown"})`;
    return {
      run: { site: labels.site, about: labels.about, pagesVisited: artifacts.site.pagesVisited, durationMs: Date.now() - started, error },
      results,
    };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    return { run: { site: labels.site, about: labels.about, pagesVisited: 0, durationMs: Date.now() - started, error }, results: [] };
  } finally {
    await server.close();
  }
}

/**
 * Runs the labelled set one site after another (the machine's 2 cores are shared, and the
 * crawler already works in parallel within a site).
 */
export async function runAccuracy(opts: AccuracyOptions = {}): Promise<AccuracyReport> {
  const now = opts.now ?? new Date();
  const items = defaultItems();
  const modes = new Map(items.map((i) => [i.code, i.mode]));
  const chosen = opts.sites?.length ? SITE_LABELS.filter((s) => opts.sites!.includes(s.site)) : SITE_LABELS;
  const unknown = (opts.sites ?? []).filter((s) => !SITE_LABELS.some((l) => l.site === s));
  if (unknown.length) throw new Error(`Situs tidak ada di set berlabel: ${unknown.join(", ")}`);

  const sites: SiteRun[] = [];
  const comparisons: Comparison[] = [];
  for (const [i, labels] of chosen.entries()) {
    opts.onProgress?.(`[${i + 1}/${chosen.length}] ${labels.site} ...`);
    const { run, results } = await judgeSite(labels, items, now);
    sites.push(run);
    const byCode = new Map(results.map((r) => [r.code, r]));
    for (const label of labels.labels) {
      const r = byCode.get(label.code);
      const answer = r ?? { status: "error" as const, level: null, reason: run.error ?? "Butir tidak dinilai.", evidence: [] };
      comparisons.push(compare(labels.site, label, modes.get(label.code) ?? "A", answer));
    }
    opts.onProgress?.(`      ${run.pagesVisited} halaman, ${(run.durationMs / 1000).toFixed(1)} s${run.error ? `, galat: ${run.error}` : ""}`);
  }
  return {
    generatedAt: now.toISOString(),
    ...summarize(comparisons),
    sites,
    comparisons,
    disagreements: comparisons.filter((c) => c.outcome !== "agree"),
  };
}
