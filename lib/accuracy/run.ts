/**
 * The accuracy run: serve each labelled fixture site, crawl it with the real crawler, judge it
 * with the real checks as of the set's reference day, and compare with the auditor's labels
 * (./compare.ts says how). Two sets: the seen set (labels the detector author has read: it
 * measures regressions) and the blind set (written and labelled by someone who has not read the
 * checks: it measures the truth).
 */
import { CHECKLIST_SEED } from "@/db/seed/checklist";
import fs from "node:fs";
import path from "node:path";
import { ScanArtifacts } from "@/lib/artifacts/types";
import { runChecks } from "@/lib/checks";
import { DEFAULT_ITEM_CONFIG } from "@/lib/checks/defaults";
import type { ItemResult, ItemSpec } from "@/lib/checks/types";
import { crawlSite } from "@/lib/crawler";
import { noonWib } from "@/lib/format";
import { BLIND_SITE_LABELS } from "./blind/labels";
import { compare, summarize, type Comparison, type SetName, type Summary } from "./compare";
import { SITE_LABELS, type ParsedSiteLabels } from "./labels";
import { BLIND_SITES_DIR, SITES_DIR, serveSite } from "./server";

/** The pemda domain the checks compare hosts with (the fixtures are served on loopback). */
export const OFFICIAL_DOMAIN = "kuansing.go.id";
/** Fixture sites have at most ~20 pages; 40 leaves the crawler room without capping it. */
export const MAX_PAGES = 40;
/**
 * The day the labels speak of. Fixture dates are written relative to "today" of the server, and
 * the server and the checks both take this day, so the labels hold on any calendar day.
 */
export const REFERENCE_DATE = "2026-12-01";

export const SETS: Record<SetName, { labels: ParsedSiteLabels[]; dir: string }> = {
  seen: { labels: SITE_LABELS, dir: SITES_DIR },
  blind: { labels: BLIND_SITE_LABELS, dir: BLIND_SITES_DIR },
};

export type AccuracyOptions = {
  /** Sets to run (default both). */
  sets?: SetName[];
  /** Site names to run (default: every labelled site of the chosen sets). */
  sites?: string[];
  /** Judge as of this instant instead of the reference day. */
  now?: Date;
  /**
   * A folder where each site's crawl is kept: later runs re-judge the kept artifacts without
   * crawling (for working on the checks; a crawler change needs a fresh crawl).
   */
  crawlCacheDir?: string;
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

export type SetReport = Summary & { set: SetName; sites: SiteRun[]; comparisons: Comparison[]; disagreements: Comparison[] };

export type AccuracyReport = { generatedAt: string; referenceDate: string; sets: SetReport[]; met: boolean };

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
  dir: string,
  items: ItemSpec[],
  now: Date,
  cacheDir?: string,
): Promise<{ run: SiteRun; results: ItemResult[] }> {
  const cached = cacheDir ? path.join(cacheDir, `${path.basename(dir)}-${labels.site}.json`) : null;
  const kept = cached && fs.existsSync(cached) ? (JSON.parse(fs.readFileSync(cached, "utf8")) as { url: string; artifacts: ScanArtifacts }) : null;
  // A kept crawl is judged as it was; only a fresh crawl needs the site served.
  const server = kept ? null : await serveSite(labels.site, { now, sitesDir: dir });
  const started = Date.now();
  const run = (pagesVisited: number, error: string | null): SiteRun => ({
    site: labels.site,
    about: labels.about,
    pagesVisited,
    durationMs: Date.now() - started,
    error,
  });
  try {
    const artifacts: ScanArtifacts = kept
      ? ScanArtifacts.parse(kept.artifacts)
      : await crawlSite({
          startUrl: server!.url,
          allowPrivateNetwork: true,
          maxPages: MAX_PAGES,
          ocr: { enabled: true },
          screenshotDir: null,
        });
    if (cached && server) fs.writeFileSync(cached, JSON.stringify({ url: server.url, artifacts }));
    const { results } = runChecks(artifacts, items, {
      opd: { ...labels.opd, websiteUrl: kept?.url ?? server!.url },
      officialDomain: OFFICIAL_DOMAIN,
      now,
    });
    return { run: run(artifacts.site.pagesVisited, artifacts.site.reachable ? null : `situs tidak terjangkau (${artifacts.site.errorClass ?? "unknown"})`), results };
  } catch (e) {
    return { run: run(0, e instanceof Error ? e.message : String(e)), results: [] };
  } finally {
    await server?.close();
  }
}

/**
 * Runs the chosen sets one site after another (the machine's 2 cores are shared, and the
 * crawler already works in parallel within a site).
 */
export async function runAccuracy(opts: AccuracyOptions = {}): Promise<AccuracyReport> {
  const now = opts.now ?? noonWib(REFERENCE_DATE);
  const items = defaultItems();
  const modes = new Map(items.map((i) => [i.code, i.mode]));
  const setNames = opts.sets?.length ? opts.sets : (["seen", "blind"] as SetName[]);
  const all = setNames.flatMap((s) => SETS[s].labels.map((l) => l.site));
  const unknown = (opts.sites ?? []).filter((s) => !all.includes(s));
  if (unknown.length) throw new Error(`Situs tidak ada di set berlabel: ${unknown.join(", ")}`);

  const sets: SetReport[] = [];
  for (const set of setNames) {
    const { labels: setLabels, dir } = SETS[set];
    const chosen = opts.sites?.length ? setLabels.filter((s) => opts.sites!.includes(s.site)) : setLabels;
    if (!chosen.length) continue;
    const sites: SiteRun[] = [];
    const comparisons: Comparison[] = [];
    for (const [i, labels] of chosen.entries()) {
      // The blind set's sites stay anonymous in the progress too (its author's rule, see blind/labels).
      const name = set === "blind" ? "" : ` ${labels.site}`;
      opts.onProgress?.(`[${set} ${i + 1}/${chosen.length}]${name} ...`);
      const { run, results } = await judgeSite(labels, dir, items, now, opts.crawlCacheDir);
      sites.push(run);
      const byCode = new Map(results.map((r) => [r.code, r]));
      for (const label of labels.labels) {
        const r = byCode.get(label.code);
        const answer = r ?? { status: "error" as const, level: null, reason: run.error ?? "Butir tidak dinilai.", evidence: [] };
        comparisons.push(compare(labels.site, label, modes.get(label.code) ?? "A", answer));
      }
      if (set !== "blind") opts.onProgress?.(`      ${run.pagesVisited} halaman, ${(run.durationMs / 1000).toFixed(1)} s${run.error ? `, galat: ${run.error}` : ""}`);
      else opts.onProgress?.(`      ${(run.durationMs / 1000).toFixed(1)} s${run.error ? ", galat" : ""}`);
    }
    sets.push({ set, ...summarize(comparisons, set), sites, comparisons, disagreements: comparisons.filter((c) => c.outcome !== "agree") });
  }
  return { generatedAt: new Date().toISOString(), referenceDate: now.toISOString().slice(0, 10), sets, met: sets.every((s) => s.met) };
}
