/**
 * The embedded job queue: the `jobs` table of the SQLite file. Every state change runs in a
 * `BEGIN IMMEDIATE` transaction, so two processes sharing the file serialise on the write lock
 * and never both claim one job; the partial unique index `jobs_active_dedupe_uq` is the last word
 * on duplicates.
 */
import { and, asc, desc, eq, inArray, lt, lte, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { jobs } from "@/db/schema";
import {
  retryDelayMs,
  RETRY_BASE_DELAY_MS,
  type EnqueueOptions,
  type FailOutcome,
  type Job,
  type JobFilter,
  type JobId,
  type JobProgress,
  type JobQueue,
  type RecoverOptions,
  type RecoverResult,
} from "./queue";
import { writeTx } from "./tx";

/** Three attempts: one crash is bad luck, two is a pattern, three is a site or a bug to look at. */
export const DEFAULT_MAX_ATTEMPTS = 3;
/**
 * Claim order is `runAfter`; a high-priority job is enqueued as if it had already waited this
 * long, which puts an OPD's own re-scan ahead of a regency-wide batch queued within the last day.
 */
const HIGH_PRIORITY_HEAD_START_MS = 24 * 3600_000;
const DEFAULT_LIST_LIMIT = 50;

type Row = typeof jobs.$inferSelect;

function toJob(r: Row): Job {
  return { ...r, id: String(r.id), status: r.status, payload: r.payload ?? {}, progress: r.progress ?? null };
}

function rowId(jobId: JobId): number {
  const n = Number(jobId);
  return Number.isSafeInteger(n) ? n : -1;
}

export type SqliteQueueOptions = {
  /** First retry delay; tests shorten it. */
  retryBaseMs?: number;
  /** Clock, for tests of time-based rules. */
  now?: () => Date;
};

export class SqliteJobQueue implements JobQueue {
  private readonly retryBaseMs: number;
  private readonly now: () => Date;

  constructor(
    private readonly db: Db,
    opts: SqliteQueueOptions = {},
  ) {
    this.retryBaseMs = opts.retryBaseMs ?? RETRY_BASE_DELAY_MS;
    this.now = opts.now ?? (() => new Date());
  }

  /** Runs `fn` holding the write lock from the start (nested calls become savepoints). */
  transaction<T>(fn: () => T): T {
    return writeTx(this.db, fn);
  }

  private tx<T>(fn: () => T): T {
    return writeTx(this.db, fn);
  }

  enqueue(kind: string, dedupeKey: string, payload: Record<string, unknown>, opts: EnqueueOptions = {}) {
    return this.tx(() => {
      const active = this.db
        .select()
        .from(jobs)
        .where(and(eq(jobs.dedupeKey, dedupeKey), inArray(jobs.status, ["queued", "running"])))
        .get();
      if (active) return { job: toJob(active), existing: true };
      const now = this.now();
      const runAfter = opts.runAfter ?? now;
      const row = this.db
        .insert(jobs)
        .values({
          kind,
          dedupeKey,
          payload,
          status: "queued",
          maxAttempts: opts.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
          runAfter:
            opts.priority === "high" ? new Date(runAfter.getTime() - HIGH_PRIORITY_HEAD_START_MS) : runAfter,
          createdAt: now,
        })
        .returning()
        .get();
      return { job: toJob(row), existing: false };
    });
  }

  claim(workerId: string, limit: number, kinds?: string[]): Job[] {
    if (limit <= 0) return [];
    return this.tx(() => {
      const now = this.now();
      const due = this.db
        .select({ id: jobs.id })
        .from(jobs)
        .where(
          and(
            eq(jobs.status, "queued"),
            lte(jobs.runAfter, now),
            kinds ? inArray(jobs.kind, kinds) : undefined,
          ),
        )
        .orderBy(asc(jobs.runAfter), asc(jobs.id))
        .limit(limit)
        .all();
      return due.map(({ id }) =>
        toJob(
          this.db
            .update(jobs)
            .set({
              status: "running",
              lockedBy: workerId,
              heartbeatAt: now,
              startedAt: now,
              finishedAt: null,
              progress: null,
              attempts: sql`${jobs.attempts} + 1`,
            })
            .where(eq(jobs.id, id))
            .returning()
            .get(),
        ),
      );
    });
  }

  private owned(jobId: JobId, workerId: string) {
    return and(eq(jobs.id, rowId(jobId)), eq(jobs.status, "running"), eq(jobs.lockedBy, workerId));
  }

  heartbeat(jobId: JobId, workerId: string, progress?: JobProgress): boolean {
    const res = this.db
      .update(jobs)
      .set({ heartbeatAt: this.now(), ...(progress ? { progress } : {}) })
      .where(this.owned(jobId, workerId))
      .run();
    return res.changes === 1;
  }

  complete(jobId: JobId, workerId: string): boolean {
    const res = this.db
      .update(jobs)
      .set({ status: "done", finishedAt: this.now(), lockedBy: null })
      .where(this.owned(jobId, workerId))
      .run();
    return res.changes === 1;
  }

  fail(jobId: JobId, workerId: string, error: string, opts: { retryable: boolean }): FailOutcome {
    return this.tx(() => {
      const row = this.db.select().from(jobs).where(this.owned(jobId, workerId)).get();
      if (!row) return "not_owner";
      const now = this.now();
      if (opts.retryable && row.attempts < row.maxAttempts) {
        this.db
          .update(jobs)
          .set({
            status: "queued",
            lockedBy: null,
            lastError: error,
            runAfter: new Date(now.getTime() + retryDelayMs(row.attempts, this.retryBaseMs)),
          })
          .where(eq(jobs.id, row.id))
          .run();
        return "retrying";
      }
      this.db
        .update(jobs)
        .set({ status: "failed", lockedBy: null, lastError: error, finishedAt: now })
        .where(eq(jobs.id, row.id))
        .run();
      return "failed";
    });
  }

  release(jobId: JobId, workerId: string): boolean {
    const res = this.db
      .update(jobs)
      .set({ status: "queued", lockedBy: null, attempts: sql`max(0, ${jobs.attempts} - 1)`, runAfter: this.now() })
      .where(this.owned(jobId, workerId))
      .run();
    return res.changes === 1;
  }

  cancel(jobId: JobId): boolean {
    const res = this.db
      .update(jobs)
      .set({ status: "cancelled", finishedAt: this.now(), lockedBy: null })
      .where(and(eq(jobs.id, rowId(jobId)), inArray(jobs.status, ["queued", "running"])))
      .run();
    return res.changes === 1;
  }

  get(jobId: JobId): Job | null {
    const row = this.db.select().from(jobs).where(eq(jobs.id, rowId(jobId))).get();
    return row ? toJob(row) : null;
  }

  list(filter: JobFilter = {}): Job[] {
    const statuses = filter.status === undefined ? undefined : [filter.status].flat();
    return this.db
      .select()
      .from(jobs)
      .where(
        and(
          filter.kind ? eq(jobs.kind, filter.kind) : undefined,
          filter.dedupeKey ? eq(jobs.dedupeKey, filter.dedupeKey) : undefined,
          statuses ? inArray(jobs.status, statuses) : undefined,
        ),
      )
      .orderBy(desc(jobs.id))
      .limit(filter.limit ?? DEFAULT_LIST_LIMIT)
      .all()
      .map(toJob);
  }

  recoverStale(now: Date, opts: RecoverOptions): RecoverResult {
    return this.tx(() => {
      const result: RecoverResult = { requeued: [], failed: [] };
      const limitOf = (kind: string) => opts.timeLimitByKind?.[kind] ?? opts.timeLimitMs;
      const shortest = Math.min(opts.timeLimitMs, ...Object.values(opts.timeLimitByKind ?? {}));
      const overTime = this.db
        .select()
        .from(jobs)
        .where(and(eq(jobs.status, "running"), lt(jobs.startedAt, new Date(now.getTime() - shortest))))
        .all()
        .filter((r) => r.startedAt!.getTime() < now.getTime() - limitOf(r.kind));
      for (const r of overTime) {
        const lastError = `time_limit: masih berjalan setelah ${Math.round(limitOf(r.kind) / 1000)} detik`;
        result.failed.push({
          job: this.finish(r.id, { status: "failed", lastError, finishedAt: now }),
          reason: "time_limit",
        });
      }
      const lost = this.db
        .select()
        .from(jobs)
        .where(and(eq(jobs.status, "running"), lt(jobs.heartbeatAt, new Date(now.getTime() - opts.staleAfterMs))))
        .all();
      for (const r of lost) {
        const seconds = Math.round((now.getTime() - (r.heartbeatAt?.getTime() ?? 0)) / 1000);
        const lastError = `worker_lost: pekerja ${r.lockedBy ?? "?"} tidak memberi kabar selama ${seconds} detik`;
        if (r.attempts < r.maxAttempts) {
          result.requeued.push(this.finish(r.id, { status: "queued", lastError, runAfter: now }));
        } else {
          const job = this.finish(r.id, { status: "failed", lastError, finishedAt: now });
          result.failed.push({ job, reason: "worker_lost" });
        }
      }
      return result;
    });
  }

  private finish(id: number, set: Partial<Row>): Job {
    return toJob(this.db.update(jobs).set({ ...set, lockedBy: null }).where(eq(jobs.id, id)).returning().get());
  }
}
