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
import { rescoreInBatches, type RescoreStep } from "@/lib/scan/rescore";
import { SCAN_TIME_LIMIT_MS } from "@/lib/scan/run";
import type { JobKind } from "./kind";
import type { Job, JobState } from "./queue";
import { SCAN_JOB_MARGIN_MS } from "./scan-jobs";
import { SqliteJobQueue } from "./sqlite-queue";

export const RESCORE_JOB_KIND = "rescore";
export const rescoreDedupeKey = (versionId: number) => `rescore:version:${versionId}`;
/** Scans per committed batch: about a second of work on real-size artifacts, then the event loop runs. */
export const RESCORE_JOB_BATCH = 100;
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

/** Queues the re-scoring of every stored scan under `versionId`, or returns the one already queued or running. */
export function requestRescore(db: Db, versionId: number, actor: Actor, queue: SqliteJobQueue = new SqliteJobQueue(db)): RescoreRequest {
  const version = db.select({ id: checklistVersions.id }).from(checklistVersions).where(eq(checklistVersions.id, versionId)).get();
  if (!version) throw new AppError("not_found", "Versi daftar periksa tidak ditemukan.");
  const payload = RescorePayload.parse({ versionId, actorId: actor.id, actorName: actor.name, ip: actor.ip ?? null });
  // High priority: the admin is waiting on it, scheduled scans are not.
  const { job, existing } = queue.enqueue(RESCORE_JOB_KIND, rescoreDedupeKey(versionId), payload, { priority: "high" });
  return { jobId: job.id, existing };
}

export type RescoreJobStatus = {
  jobId: string;
  status: JobState;
  /** Scans re-scored by the running attempt so far, of those it found to do. */
  done: number;
  total: number;
  attempts: number;
  lastError: string | null;
  finishedAt: Date | null;
};

/** The newest re-scoring job of a version, for the checklist page; null when none was queued. */
export function rescoreJobStatus(db: Db, versionId: number, queue: SqliteJobQueue = new SqliteJobQueue(db)): RescoreJobStatus | null {
  const [job] = queue.list({ kind: RESCORE_JOB_KIND, dedupeKey: rescoreDedupeKey(versionId), limit: 1 });
  if (!job) return null;
  const p = job.progress ?? {};
  return {
    jobId: job.id,
    status: job.status,
    done: typeof p.done === "number" ? p.done : 0,
    total: typeof p.total === "number" ? p.total : 0,
    attempts: job.attempts,
    lastError: job.lastError,
    finishedAt: job.finishedAt,
  };
}

export type RescoreKindOptions = {
  batchSize?: number;
  timeLimitMs?: number;
  /** Time left to other work (crawls, the web app) between batches; default none, only a turn of the event loop. */
  pauseMs?: number;
};

/**
 * The re-scoring job kind. Its time limit is a scan job's, so the watchdog's horizon for stuck
 * jobs stays what it was; a run longer than that stops with its batches kept, and the admin
 * continues it from the checklist page.
 */
export function rescoreJobKind(db: Db, opts: RescoreKindOptions = {}): JobKind {
  return {
    timeLimitMs: opts.timeLimitMs ?? SCAN_TIME_LIMIT_MS + SCAN_JOB_MARGIN_MS,
    async run(job: Job, ctx) {
      const p = RescorePayload.parse(job.payload);
      const version = db.select().from(checklistVersions).where(eq(checklistVersions.id, p.versionId)).get();
      if (!version) throw new AppError("not_found", `Versi daftar periksa #${p.versionId} tidak ditemukan.`);
      let last: RescoreStep = { done: 0, total: 0, rejudgedItems: [] };
      for (const step of rescoreInBatches(db, p.versionId, { batchSize: opts.batchSize ?? RESCORE_JOB_BATCH })) {
        last = step;
        ctx.progress({ done: step.done, total: step.total });
        await new Promise((resolve) => (opts.pauseMs ? setTimeout(resolve, opts.pauseMs) : setImmediate(resolve)));
        if (ctx.signal.aborted) throw ctx.signal.reason;
      }
      recordAudit(db, {
        actorId: p.actorId,
        actorName: p.actorName,
        action: "checklist.rescore",
        entity: "checklist_version",
        entityId: String(p.versionId),
        before: null,
        after: { version: version.number, scans: last.done, rejudgedItems: last.rejudgedItems, job: job.id, attempt: job.attempts },
        ip: p.ip,
      });
    },
  };
}
