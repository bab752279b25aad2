/**
 * One scan of one OPD: crawl, judge, and make the results visible in one transaction. A scan
 * killed half-way leaves nothing but its own status row, so a half-finished scan is never
 * shown as the OPD's latest result.
 */
import path from "node:path";
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { opd, scans, settings, SCAN_TRIGGERS, type ScanStatus } from "@/db/schema";
import { crawlSite, type CrawlProgress } from "@/lib/crawler";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { dbTextCache, insertArtifacts } from "./artifacts-store";
import { activeChecklist } from "./checklist";
import { judge, writeJudgement } from "./score";

export type ScanTrigger = (typeof SCAN_TRIGGERS)[number];

/** A whole scan may not run longer than this; the job worker enforces it again from outside. */
export const SCAN_TIME_LIMIT_MS = 4 * 60_000;

export function createScan(db: Db, opdId: number, trigger: ScanTrigger, requestedBy: string | null): number {
  const row = db
    .insert(scans)
    .values({ opdId, trigger, requestedBy, status: "queued", queuedAt: new Date() })
    .returning({ id: scans.id })
    .get();
  return row.id;
}

export function markScanStatus(
  db: Db,
  scanId: number,
  status: Exclude<ScanStatus, "completed">,
  fields: { errorClass?: string; errorMessage?: string } = {},
): void {
  const now = new Date();
  db.update(scans)
    .set({
      status,
      errorClass: fields.errorClass ?? null,
      errorMessage: fields.errorMessage ?? null,
      ...(status === "running" ? { startedAt: now, finishedAt: null } : {}),
      ...(status === "failed" || status === "cancelled" ? { finishedAt: now } : {}),
    })
    .where(eq(scans.id, scanId))
    .run();
}

export type RunScanOptions = {
  signal?: AbortSignal;
  onProgress?: (p: CrawlProgress) => void;
  timeLimitMs?: number;
};

export async function runScan(
  db: Db,
  scanId: number,
  opts: RunScanOptions = {},
): Promise<{ status: "completed" | "failed"; errorClass: string | null }> {
  const row = db
    .select({ scan: scans, opd })
    .from(scans)
    .innerJoin(opd, eq(opd.id, scans.opdId))
    .where(eq(scans.id, scanId))
    .get();
  if (!row) throw new AppError("not_found", `Pindaian #${scanId} tidak ditemukan.`);
  const set = db.select().from(settings).get();
  const checklist = activeChecklist(db);

  markScanStatus(db, scanId, "running");
  const startedAt = new Date();
  const keywords = checklist.items.flatMap((i) => {
    const k = (i.params as { keywords?: unknown }).keywords;
    return Array.isArray(k) ? k.filter((x): x is string => typeof x === "string") : [];
  });

  const artifacts = await crawlSite({
    startUrl: row.opd.websiteUrl,
    maxPages: row.opd.maxPages ?? set?.defaultMaxPages,
    maxDepth: row.opd.maxDepth ?? set?.defaultMaxDepth,
    ignoreRobots: row.opd.ignoreRobots,
    timeLimitMs: opts.timeLimitMs ?? SCAN_TIME_LIMIT_MS,
    screenshotDir: path.join(env().PATUH_DATA_DIR, "evidence", String(scanId)),
    keywords,
    ocr: { enabled: true, budgetMs: env().PATUH_OCR_BUDGET_SECONDS * 1_000, cacheDir: path.join(env().PATUH_DATA_DIR, "ocr-cache") },
    textCache: dbTextCache(db),
    allowPrivateNetwork: env().ALLOW_PRIVATE_NETWORK,
    signal: opts.signal,
    onProgress: opts.onProgress,
  });
  opts.signal?.throwIfAborted();

  const finishedAt = new Date();
  if (!artifacts.site.reachable) {
    const errorClass = artifacts.site.errorClass ?? "unknown";
    db.update(scans)
      .set({
        status: "failed",
        errorClass,
        errorMessage: artifacts.site.failures[0]?.message ?? null,
        site: artifacts.site as unknown as Record<string, unknown>,
        finishedAt,
      })
      .where(eq(scans.id, scanId))
      .run();
    return { status: "failed", errorClass };
  }

  const j = judge(artifacts, checklist.items, {
    opd: row.opd,
    officialDomain: set?.officialDomain ?? "",
    now: startedAt,
    preset: set?.zonePreset ?? "ombudsman2021",
  });
  db.transaction((tx) => {
    insertArtifacts(tx, scanId, artifacts, finishedAt);
    writeJudgement(tx, scanId, checklist.versionId, j);
    tx.update(scans)
      .set({
        status: "completed",
        checklistVersionId: checklist.versionId,
        pagesVisited: artifacts.site.pagesVisited,
        pagesFailed: artifacts.site.failures.length,
        site: artifacts.site as unknown as Record<string, unknown>,
        startedAt,
        finishedAt,
        errorClass: null,
        errorMessage: null,
      })
      .where(eq(scans.id, scanId))
      .run();
  });
  return { status: "completed", errorClass: null };
}
