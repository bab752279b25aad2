/**
 * Scans as queue jobs: request one (no duplicate while one is queued or running), cancel it,
 * read its live progress, and the job kind the worker runs. A scan row mirrors its job: the
 * kind's hooks move the scan in the same transaction as the queue moves the job.
 *
 * These functions are synchronous, like every query of the app on better-sqlite3, and run on the
 * embedded queue inside the caller's transaction. On PostgreSQL they become async with the rest
 * of the data layer and take any `JobQueue` (see the README on scaling past one machine).
 */
import fs from "node:fs";
import path from "node:path";
import { and, eq, inArray, lt, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { opd, scans, type ScanStatus } from "@/db/schema";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { createScan, runScan, SCAN_TIME_LIMIT_MS, type ScanTrigger } from "@/lib/scan/run";
import type { JobKind } from "./kind";
import type { Job } from "./queue";
import { SqliteJobQueue } from "./sqlite-queue";
import { writeTx } from "./tx";
import { WATCHDOG_TIME_LIMIT_GRACE_MS } from "./watchdog";

export const SCAN_JOB_KIND = "scan";
/** After the crawl stops: judging, pending document text and the final write need this long. */
export const SCAN_JOB_MARGIN_MS = 60_000;
/** A person is waiting on these; scheduled and demo scans wait behind them. */
const HIGH_PRIORITY_TRIGGERS: ReadonlySet<ScanTrigger> = new Set(["manual", "opd"]);
const OPEN: ScanStatus[] = ["queued", "running"];
/** How many of an OPD's jobs to look through for one scan (an OPD has a handful a day at most). */
const JOB_LOOKBACK = 20;

export const scanDedupeKey = (opdId: number) => `scan:opd:${opdId}`;

export type ScanRequest = { jobId: string; scanId: number; existing: boolean };

/**
 * Queues a scan of one OPD, or returns the one already queued or running for it. The scan row
 * and its job are created in one transaction.
 */
export function requestScan(
  db: Db,
  opdId: number,
  trigger: ScanTrigger,
  requestedBy: string | null,
  queue: SqliteJobQueue = new SqliteJobQueue(db),
): ScanRequest {
  return writeTx(db, () => {
    const o = db.select({ active: opd.active }).from(opd).where(eq(opd.id, opdId)).get();
    if (!o) throw new AppError("not_found", `OPD #${opdId} tidak ditemukan.`);
    if (!o.active) throw new AppError("invalid_input", "OPD ini sudah diarsipkan; aktifkan kembali sebelum memindai.");
    const key = scanDedupeKey(opdId);
    const [open] = queue.list({ dedupeKey: key, status: ["queued", "running"], limit: 1 });
    if (open) return { jobId: open.id, scanId: Number(open.payload.scanId), existing: true };
    const scanId = createScan(db, opdId, trigger, requestedBy);
    const { job } = queue.enqueue(
      SCAN_JOB_KIND,
      key,
      { scanId, opdId },
      { priority: HIGH_PRIORITY_TRIGGERS.has(trigger) ? "high" : "normal" },
    );
    return { jobId: job.id, scanId, existing: false };
  });
}

function findScanJob(queue: SqliteJobQueue, opdId: number, scanId: number): Job | undefined {
  return queue
    .list({ kind: SCAN_JOB_KIND, dedupeKey: scanDedupeKey(opdId), limit: JOB_LOOKBACK })
    .find((j) => Number(j.payload.scanId) === scanId);
}

/**
 * Cancels a queued or running scan. A queued one is cancelled at once; a running one is marked
 * cancelled now and its worker aborts the crawl at its next heartbeat. Returns false (with the
 * status) when the scan had already ended.
 */
export function cancelScan(
  db: Db,
  scanId: number,
  by: string | null,
  queue: SqliteJobQueue = new SqliteJobQueue(db),
): { cancelled: boolean; status: ScanStatus } {
  return writeTx(db, () => {
    const scan = db.select({ status: scans.status, opdId: scans.opdId }).from(scans).where(eq(scans.id, scanId)).get();
    if (!scan) throw new AppError("not_found", `Pindaian #${scanId} tidak ditemukan.`);
    if (!OPEN.includes(scan.status)) return { cancelled: false, status: scan.status };
    const job = findScanJob(queue, scan.opdId, scanId);
    if (job) queue.cancel(job.id);
    settleScan(db, scanId, "cancelled", null, by ? `Dibatalkan oleh ${by}.` : "Dibatalkan.");
    return { cancelled: true, status: "cancelled" };
  });
}

export type ScanProgress = {
  scanId: number;
  opdId: number;
  status: ScanStatus;
  /** Crawler phase while running ("robots", "crawl", "documents", ...); null otherwise. */
  phase: string | null;
  pagesVisited: number;
  /** URLs waiting in the crawl frontier. */
  queued: number;
  currentUrl: string | null;
  /** Jobs ahead of this one while it waits; null when not waiting. */
  queuePosition: number | null;
  attempt: number;
  maxAttempts: number;
  queuedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  /** Last sign of life from the worker running it. */
  heartbeatAt: Date | null;
  errorClass: string | null;
  errorMessage: string | null;
};

/** Live state of one scan for the OPD and scans pages (poll it every few seconds). */
export function scanProgress(db: Db, scanId: number, queue: SqliteJobQueue = new SqliteJobQueue(db)): ScanProgress | null {
  const scan = db.select().from(scans).where(eq(scans.id, scanId)).get();
  if (!scan) return null;
  const job = findScanJob(queue, scan.opdId, scanId);
  const p = (scan.status === "running" ? (job?.progress ?? {}) : {}) as Record<string, unknown>;
  let queuePosition: number | null = null;
  if (scan.status === "queued" && job?.status === "queued") {
    queuePosition = queue
      .list({ status: "queued", limit: 10_000 })
      .filter((j) => j.runAfter < job.runAfter || (j.runAfter.getTime() === job.runAfter.getTime() && Number(j.id) < Number(job.id))).length;
  }
  return {
    scanId,
    opdId: scan.opdId,
    status: scan.status,
    phase: typeof p.phase === "string" ? p.phase : null,
    pagesVisited: typeof p.pagesVisited === "number" ? p.pagesVisited : scan.pagesVisited,
    queued: typeof p.queued === "number" ? p.queued : 0,
    currentUrl: typeof p.currentUrl === "string" ? p.currentUrl : null,
    queuePosition,
    attempt: job?.attempts ?? 0,
    maxAttempts: job?.maxAttempts ?? 0,
    queuedAt: scan.queuedAt,
    startedAt: scan.startedAt,
    finishedAt: scan.finishedAt,
    heartbeatAt: scan.status === "running" ? (job?.heartbeatAt ?? null) : null,
    errorClass: scan.errorClass,
    errorMessage: scan.errorMessage,
  };
}

/** Moves a scan that has not ended yet; an ended scan (completed, failed, cancelled) is left as it is. */
function settleScan(db: Db, scanId: number, status: ScanStatus, errorClass: string | null, errorMessage: string | null) {
  const ended = status !== "queued" && status !== "running";
  db.update(scans)
    .set({ status, errorClass, errorMessage, ...(ended ? { finishedAt: new Date() } : { startedAt: null, finishedAt: null }) })
    .where(and(eq(scans.id, scanId), inArray(scans.status, OPEN)))
    .run();
}

export type ScanKindOptions = {
  /** Crawl time limit (runScan's); default SCAN_TIME_LIMIT_MS. */
  timeLimitMs?: number;
  marginMs?: number;
};

/** The scan job kind: runs `runScan` and keeps the scan row in step with the job. */
export function scanJobKind(db: Db, opts: ScanKindOptions = {}, queue: SqliteJobQueue = new SqliteJobQueue(db)): JobKind {
  const crawlLimitMs = opts.timeLimitMs ?? SCAN_TIME_LIMIT_MS;
  const timeLimitMs = crawlLimitMs + (opts.marginMs ?? SCAN_JOB_MARGIN_MS);
  const scanIdOf = (job: Job) => Number(job.payload.scanId);
  return {
    timeLimitMs,
    async run(job, ctx) {
      const scanId = scanIdOf(job);
      const scan = db.select({ status: scans.status }).from(scans).where(eq(scans.id, scanId)).get();
      if (!scan) throw new AppError("not_found", `Pindaian #${scanId} tidak ditemukan.`);
      // An earlier attempt may have committed the scan and died before the job was marked done.
      if (!OPEN.includes(scan.status)) return;
      // Screenshots of a killed attempt would otherwise mix with this one's.
      if (job.attempts > 1) fs.rmSync(evidenceDir(scanId), { recursive: true, force: true });
      await runScan(db, scanId, {
        signal: ctx.signal,
        timeLimitMs: crawlLimitMs,
        onProgress: (p) => ctx.progress({ ...p }),
      });
    },
    onRequeued: (job) => settleScan(db, scanIdOf(job), "queued", null, null),
    onFailed: (job, errorClass, message) => settleScan(db, scanIdOf(job), "failed", errorClass, message),
    onCancelled: (job) => settleScan(db, scanIdOf(job), "cancelled", null, "Dibatalkan."),
    sweep: (now) => sweepOrphanScans(db, queue, new Date(now.getTime() - timeLimitMs - WATCHDOG_TIME_LIMIT_GRACE_MS)),
  };
}

/** Same folder runScan gives the crawler for this scan's screenshots. */
function evidenceDir(scanId: number): string {
  return path.join(env().PATUH_DATA_DIR, "evidence", String(scanId));
}

/**
 * Fails scans left open with no open job behind them (created outside the queue, or by a process
 * that died between writes) once they are older than any attempt could last.
 */
function sweepOrphanScans(db: Db, queue: SqliteJobQueue, olderThan: Date): number {
  const old = db
    .select({ id: scans.id, opdId: scans.opdId })
    .from(scans)
    .where(and(inArray(scans.status, OPEN), lt(sql`coalesce(${scans.startedAt}, ${scans.queuedAt})`, olderThan.getTime())))
    .all();
  let swept = 0;
  for (const s of old) {
    const job = findScanJob(queue, s.opdId, s.id);
    if (job && (job.status === "queued" || job.status === "running")) continue;
    settleScan(db, s.id, "failed", "worker_lost", "Pindaian tertinggal tanpa pekerja yang menjalankannya.");
    swept++;
  }
  return swept;
}
