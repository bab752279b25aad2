/**
 * The job queue as the rest of Patuh sees it. Narrow on purpose: the embedded default is
 * `SqliteJobQueue` (the `jobs` table); a PostgreSQL deployment replaces it with one module over
 * pg-boss or BullMQ that implements this same interface, and nothing else changes.
 *
 * Semantics every implementation keeps:
 * - at most one queued-or-running job per dedupe key (enqueueing again returns the existing one);
 * - a claimed job belongs to one worker until it completes, fails, is released, is cancelled, or
 *   the watchdog takes it back (`recoverStale`); every state change by a worker names the worker,
 *   and a change by a worker that no longer owns the job is refused (returns false);
 * - an attempt that dies without a word is retried from the start up to `maxAttempts`.
 */

export const JOB_STATES = ["queued", "running", "done", "failed", "cancelled"] as const;
export type JobState = (typeof JOB_STATES)[number];

/** Ids are strings so a queue whose ids are UUIDs (pg-boss) or opaque (BullMQ) fits. */
export type JobId = string;

export type JobProgress = Record<string, unknown>;

export type Job<P extends Record<string, unknown> = Record<string, unknown>> = {
  id: JobId;
  kind: string;
  dedupeKey: string;
  payload: P;
  status: JobState;
  /** Attempts started so far, including the running one. */
  attempts: number;
  maxAttempts: number;
  runAfter: Date;
  lockedBy: string | null;
  heartbeatAt: Date | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  lastError: string | null;
  progress: JobProgress | null;
  createdAt: Date;
};

export type EnqueueOptions = {
  maxAttempts?: number;
  /** Not before this time (default now). */
  runAfter?: Date;
  /** High-priority jobs (a person waiting on a re-scan) are claimed before normal ones. */
  priority?: "normal" | "high";
};

export type JobFilter = {
  kind?: string;
  dedupeKey?: string;
  status?: JobState | JobState[];
  /** Newest first; default 50. */
  limit?: number;
};

export type RecoverOptions = {
  /** A running job whose last heartbeat is older than this lost its worker. */
  staleAfterMs: number;
  /** A running job started longer ago than this is failed even if it still heartbeats. */
  timeLimitMs: number;
  /** The same limit for the named kinds (a long re-scoring need not stretch every scan's). */
  timeLimitByKind?: Record<string, number>;
};

export type RecoverResult = {
  /** Lost jobs put back in the queue for another attempt. */
  requeued: Job[];
  /** Lost jobs out of attempts, and jobs over the time limit: now failed, with why. */
  failed: { job: Job; reason: "worker_lost" | "time_limit" }[];
};

export type FailOutcome = "retrying" | "failed" | "not_owner";

/**
 * A value now (the embedded SQLite queue answers synchronously, inside the app's transactions)
 * or later (a queue over the network: pg-boss, BullMQ). Workers always `await` it.
 */
export type Awaitable<T> = T | Promise<T>;

export interface JobQueue {
  /** Adds a job, or returns the queued-or-running job that already holds `dedupeKey`. */
  enqueue(
    kind: string,
    dedupeKey: string,
    payload: Record<string, unknown>,
    opts?: EnqueueOptions,
  ): Awaitable<{ job: Job; existing: boolean }>;
  /** Takes up to `limit` due jobs (of the given kinds) for `workerId`, oldest due first. */
  claim(workerId: string, limit: number, kinds?: string[]): Awaitable<Job[]>;
  /** Records that the worker is alive (and its progress). False: the job is no longer its own. */
  heartbeat(jobId: JobId, workerId: string, progress?: JobProgress): Awaitable<boolean>;
  complete(jobId: JobId, workerId: string): Awaitable<boolean>;
  /** Retries later (backoff) when retryable and attempts remain; otherwise fails the job. */
  fail(jobId: JobId, workerId: string, error: string, opts: { retryable: boolean }): Awaitable<FailOutcome>;
  /** Gives a claimed job back untouched, without spending an attempt (graceful shutdown). */
  release(jobId: JobId, workerId: string): Awaitable<boolean>;
  /** Cancels a queued or running job; a running job's worker learns it at its next heartbeat. */
  cancel(jobId: JobId): Awaitable<boolean>;
  get(jobId: JobId): Awaitable<Job | null>;
  list(filter?: JobFilter): Awaitable<Job[]>;
  /** The watchdog's pass: takes back jobs whose worker died and fails jobs over the time limit. */
  recoverStale(now: Date, opts: RecoverOptions): Awaitable<RecoverResult>;
  /**
   * Only a queue that lives in the application's own database offers this: `fn` runs in one
   * write transaction with the queue's methods answering synchronously inside it, so a job's
   * state change and the caller's own writes (its scan row) commit together. Without it, the
   * caller writes right after the queue call and the watchdog's sweep repairs a crash between.
   */
  transaction?<T>(fn: () => T): T;
}

/**
 * Applies a queue change and the caller's follow-up together: in one transaction when the queue
 * offers one, otherwise one after the other.
 */
export async function transition<T>(queue: JobQueue, change: () => Awaitable<T>, after: (result: T) => void): Promise<T> {
  if (queue.transaction) {
    return queue.transaction(() => {
      const result = change();
      if (result instanceof Promise) throw new Error("a transactional queue must answer synchronously");
      after(result);
      return result;
    });
  }
  const result = await change();
  after(result);
  return result;
}

/** First retry waits this long; each further retry doubles it (a flaky site gets room to recover). */
export const RETRY_BASE_DELAY_MS = 30_000;
/** ...but never longer than this, so a retried scan still lands the same hour. */
export const RETRY_MAX_DELAY_MS = 10 * 60_000;

/** Delay before the retry that follows `attemptsDone` failed attempts. */
export function retryDelayMs(attemptsDone: number, baseMs = RETRY_BASE_DELAY_MS): number {
  return Math.min(RETRY_MAX_DELAY_MS, baseMs * 2 ** Math.max(0, attemptsDone - 1));
}
