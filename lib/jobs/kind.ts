/**
 * What a worker needs to know about one kind of job: how to run it, how long it may take, and
 * what to do to the job's own records (a scan row) when the queue moves the job. With the
 * embedded queue the hooks run inside the same transaction as the queue change, so a job and its
 * scan never disagree; with a queue elsewhere they run right after it.
 */
import { isAppError } from "@/lib/errors";
import type { Awaitable, Job, JobProgress } from "./queue";

export type JobContext = {
  /** Fires when the job is cancelled, lost to the watchdog, over its time limit, or shutting down. */
  signal: AbortSignal;
  /** Latest progress; written at the next heartbeat. */
  progress(p: JobProgress): void;
};

export type JobKind = {
  /** Hard limit for one attempt: the worker aborts it then, the watchdog fails it if it lingers. */
  timeLimitMs: number;
  run(job: Job, ctx: JobContext): Promise<void>;
  /** The job went back to the queue for another attempt (retry, shutdown, watchdog). */
  onRequeued?(job: Job): void;
  /** The job failed for good. */
  onFailed?(job: Job, errorClass: string, message: string): void;
  /** The job was cancelled while running. */
  onCancelled?(job: Job): void;
  /** Watchdog extra: settle this kind's own records that no job will ever finish. */
  sweep?(now: Date): Awaitable<number>;
};

export type AbortReason = "cancelled" | "lost" | "shutdown" | "time_limit";

/** The reason a worker aborted an attempt; the handler sees it as `signal.reason`. */
export class JobAbort extends Error {
  constructor(readonly reason: AbortReason) {
    super(`job aborted: ${reason}`);
    this.name = "AbortError";
  }
}

/** Errors that will fail the same way on every attempt: retrying only delays the verdict. */
const PERMANENT_APP_ERRORS = new Set(["not_found", "invalid_input", "blocked_target", "forbidden"]);

/**
 * Classifies a handler's error in one place (as Crawlee does): an `errorClass` string on the
 * error wins, a `retryable` flag on it decides retries, and AppErrors that describe bad input
 * are never retried.
 */
export function classifyError(e: unknown): { errorClass: string; message: string; retryable: boolean } {
  const message = e instanceof Error ? e.message : String(e);
  const tagged = (e ?? {}) as { errorClass?: unknown; retryable?: unknown };
  const errorClass =
    typeof tagged.errorClass === "string" ? tagged.errorClass : isAppError(e) ? e.code : "internal";
  const retryable =
    typeof tagged.retryable === "boolean" ? tagged.retryable : !(isAppError(e) && PERMANENT_APP_ERRORS.has(e.code));
  return { errorClass, message, retryable };
}
