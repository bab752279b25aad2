/**
 * Re-scoring as a queue job. A checklist change at province scale re-judges tens of thousands of
 * stored scans: at about 10 ms a scan on real-size artifacts, minutes of work that cannot run
 * inside the admin's request. The job commits a small batch at a time and yields to the event
 * loop between batches (the worker's heartbeats, its crawls and the web app in the same process
 * keep going), reports progress, and stops when aborted. A run that stopped (killed worker, time
 * limit, shutdown) resumes where it was: a scan scored under the version is never a target again.
 */
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { checklistVersions } from "@/db/schema";
import type { Actor } from "@/lib/admin/actor";
import { recordAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { countScansToRescore, rescoreInBatches, type RescoreStep } from "@/lib/scan/rescore";
import type { JobKind } from "./kind";
import type { Job, JobState } from "./queue";
import { SqliteJobQueue } from "./sqlite-queue";

export const RESCORE_JOB_KIND = "rescore";
export const rescoreDedupeKey = (versionId: number) => `rescore:version:${versionId}`;
/**
 * Each batch is sized to take about this long, so the web app and crawls sharing the process wait
 * at most that long for their turn (a batch is one synchronous transaction).
 */
export const RESCORE_BATCH_TARGET_MS = 100;
const FIRST_BATCH = 25;
const MAX_BATCH = 2_000;
/** 48,000 real-size scans take about 8 minutes; this leaves room for a national set. */
export const RESCORE_TIME_LIMIT_MS = 2 * 60 * 60_000;
/**
 * Up to this many scans the admin's request re-scores by itself (a regency's history: a few
 * seconds) and shows the result at once; more go to the worker as a job.
 */
export const RESCORE_INLINE_MAX = 300;

const RescorePayload = z.object({
  versionId: z.number().int().positive(),
  actorId: z.string().nullable(),
  actorName: z.string().min(1),
  ip: z.string().nullable(),
});

export type RescoreRequest = { jobId: string; existing: boolean };

function activeVersion(db: Db) {
  return db.select().from(checklistVersions).where(eq(checklistVersions.active, true)).get();
}

/** Queues the re-scoring of every stored scan under the active `versionId`, or returns the one already queued or running. */
export function requestRescore(db: Db, versionId: number, actor: Actor, queue: SqliteJobQueue = new SqliteJobQueue(db)): RescoreRequest {
  const version = db.select().from(checklistVersions).where(eq(checklistVersions.id, versionId)).get();
  if (!version) throw new AppError("not_found", "Versi daftar periksa tidak ditemukan.");
  if (!version.active) throw new AppError("invalid_input", `Versi ${version.number} tidak aktif lagi; muat ulang halaman dan nilai ulang dengan versi aktif.`);
  const payload = RescorePayload.parse({ versionId, actorId: actor.id, actorName: actor.name, ip: actor.ip ?? null });
  // High priority: the admin is waiting on it, scheduled scans are not.
  const { job, existing } = queue.enqueue(RESCORE_JOB_KIND, rescoreDedupeKey(versionId), payload, { priority: "high" });
  return { jobId: job.id, existing };
}

export type RescoreJobStatus = {
  status: JobState;
  /** Scans re-scored by the running attempt, as of its last heartbeat. */
  done: number;
  /** Items judged again from stored artifacts (the rest keep their results). */
  rejudgedItems: string[];
  /** "class: message" of the last attempt that stopped. */
  lastError: string | null;
};

/** The newest re-scoring job of a version, for the checklist page; null when none was queued. */
export function rescoreJobStatus(db: Db, versionId: number, queue: SqliteJobQueue = new SqliteJobQueue(db)): RescoreJobStatus | null {
  const [job] = queue.list({ kind: RESCORE_JOB_KIND, dedupeKey: rescoreDedupeKey(versionId), limit: 1 });
  if (!job) return null;
  const p = job.progress ?? {};
  return {
    status: job.status,
    done: typeof p.done === "number" ? p.done : 0,
    rejudgedItems: Array.isArray(p.rejudgedItems) ? p.rejudgedItems.filter((c): c is string => typeof c === "string") : [],
    lastError: job.lastError,
  };
}

export type RescoreKindOptions = {
  /** Scans in the first batch; later batches are sized to take RESCORE_BATCH_TARGET_MS. */
  batchSize?: number;
  /** Fixed batch size instead (tests). */
  fixedBatch?: boolean;
  timeLimitMs?: number;
  /** Time left to other work (crawls, the web app) between batches; default none, only a turn of the event loop. */
  pauseMs?: number;
};

/**
 * The re-scoring job kind. The watchdog holds it to its own time limit (RESCORE_TIME_LIMIT_MS),
 * not the scans'. It stops early, keeping what it did, when its version is no longer the active
 * one (a newer save or a rollback made the work moot; the page offers it again if it comes back).
 */
export function rescoreJobKind(db: Db, opts: RescoreKindOptions = {}): JobKind {
  const audit = (p: z.infer<typeof RescorePayload>, action: string, after: Record<string, unknown>) =>
    recordAudit(db, { actorId: p.actorId, actorName: p.actorName, action, entity: "checklist_version", entityId: String(p.versionId), before: null, after, ip: p.ip });
  return {
    timeLimitMs: opts.timeLimitMs ?? RESCORE_TIME_LIMIT_MS,
    async run(job: Job, ctx) {
      const p = RescorePayload.parse(job.payload);
      const version = db.select().from(checklistVersions).where(eq(checklistVersions.id, p.versionId)).get();
      if (!version) throw new AppError("not_found", `Versi daftar periksa #${p.versionId} tidak ditemukan.`);
      let size = opts.batchSize ?? FIRST_BATCH;
      let last: RescoreStep = { done: 0, total: 0, rejudgedItems: [] };
      const steps = rescoreInBatches(db, p.versionId, { batchSize: size });
      let stoppedBecause: string | null = null;
      for (let t = performance.now(), step = steps.next(); !step.done; step = steps.next(size)) {
        last = step.value;
        const took = performance.now() - t;
        if (!opts.fixedBatch) size = Math.min(MAX_BATCH, Math.max(1, Math.round(size * (RESCORE_BATCH_TARGET_MS / Math.max(1, took)) ** 0.5)));
        ctx.progress({ done: last.done, total: last.total, rejudgedItems: last.rejudgedItems });
        await new Promise((resolve) => (opts.pauseMs ? setTimeout(resolve, opts.pauseMs) : setImmediate(resolve)));
        if (ctx.signal.aborted) throw ctx.signal.reason;
        if (activeVersion(db)?.id !== p.versionId) {
          stoppedBecause = "versi tidak aktif lagi";
          steps.return();
          break;
        }
        t = performance.now();
      }
      audit(p, "checklist.rescore", {
        version: version.number,
        scans: last.done,
        rejudgedItems: last.rejudgedItems,
        remaining: countScansToRescore(db, p.versionId),
        ...(stoppedBecause ? { stoppedBecause } : {}),
        job: job.id,
        attempt: job.attempts,
      });
    },
    // Batches committed before the failure stay; the log says how many scans are left.
    onFailed(job, errorClass, message) {
      const p = RescorePayload.safeParse(job.payload);
      if (!p.success) return;
      audit(p.data, "checklist.rescore_failed", { errorClass, message, remaining: countScansToRescore(db, p.data.versionId), job: job.id, attempt: job.attempts });
    },
  };
}
