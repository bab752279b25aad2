/**
 * The worker: claims due jobs, runs a bounded number at once, heartbeats while they run, aborts
 * an attempt at its time limit, and on shutdown gives running jobs back to the queue. It also
 * runs the watchdog and (under a lease, so once per installation) the scheduler. Started inside
 * the web app (instrumentation.ts) or on its own (`npm run worker`).
 */
import os from "node:os";
import { randomBytes } from "node:crypto";
import type { Db } from "@/db";
import { classifyError, JobAbort, type AbortReason, type JobKind } from "./kind";
import { transition, type Job, type JobProgress, type JobQueue } from "./queue";
import { SqliteJobQueue } from "./sqlite-queue";
import { startWatchdog, type WatchdogOptions } from "./watchdog";
import type { SchedulerOptions } from "./scheduler";

/**
 * Two scans at once: regency sites are slow to answer, so two crawls overlap their waiting, but
 * each scan drives several browser contexts and the machine has 2 cores; a third would thrash.
 */
export const DEFAULT_CONCURRENCY = 2;
/** Heartbeat (and progress write) period: progress on the OPD page lags at most this much. */
export const HEARTBEAT_MS = 5_000;
/** How often an idle worker looks for due jobs; a request from this process wakes it at once. */
export const POLL_MS = 2_000;
/** An aborted attempt gets this long to unwind (close the browser) before the worker moves on. */
export const ABORT_GRACE_MS = 15_000;

export type WorkerOptions = {
  db?: Db;
  queue?: JobQueue;
  /** Job kinds this worker runs; default: scans and re-scoring. */
  kinds?: Record<string, JobKind>;
  concurrency?: number;
  heartbeatMs?: number;
  pollMs?: number;
  abortGraceMs?: number;
  /** Crawl time limit per scan (tests shorten it); the job limit adds a margin for judging. */
  scanTimeLimitMs?: number;
  /** false: no watchdog in this process. */
  watchdog?: false | Pick<WatchdogOptions, "intervalMs" | "staleAfterMs" | "timeLimitGraceMs">;
  /** false: no scheduler in this process. */
  scheduler?: false | Omit<SchedulerOptions, "db">;
  workerId?: string;
  log?: (msg: string) => void;
};

export type WorkerHandle = {
  readonly workerId: string;
  /** Job ids running now. */
  running(): string[];
  /** Looks for due jobs now instead of at the next poll. */
  wake(): void;
  stop(): Promise<void>;
};

type Active = { job: Job; kind: JobKind; controller: AbortController; progress?: JobProgress; done: Promise<void> };

export function startWorker(opts: WorkerOptions = {}): WorkerHandle {
  const log = opts.log ?? ((m: string) => console.error(m));
  const workerId = opts.workerId ?? `${os.hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  const concurrency = opts.concurrency ?? DEFAULT_CONCURRENCY;
  const abortGraceMs = opts.abortGraceMs ?? ABORT_GRACE_MS;
  const active = new Map<string, Active>();
  let stopped = false;
  let pollTimer: NodeJS.Timeout | undefined;
  let watchdog: { stop(): void } | undefined;
  let scheduler: { stop(): Promise<void> } | undefined;

  // Loaded lazily: the scan kind pulls in the crawler and the database, which a web app process
  // without a worker (and `next build`) must not load.
  const ready = (async () => {
    const db = opts.db ?? (await import("@/db")).getDb();
    const queue = opts.queue ?? new SqliteJobQueue(db);
    const kinds = opts.kinds ?? {
      scan: (await import("./scan-jobs")).scanJobKind(
        db,
        { timeLimitMs: opts.scanTimeLimitMs },
        queue instanceof SqliteJobQueue ? queue : new SqliteJobQueue(db),
      ),
      rescore: (await import("./rescore-jobs")).rescoreJobKind(db),
    };
    return { db, queue, kinds };
  })();

  type Ctx = Awaited<typeof ready>;
  /** Set once the database and kinds are loaded; timers act only then. */
  let started: Ctx | undefined;
  const heartbeatTimer = setInterval(() => started && void beat(started), opts.heartbeatMs ?? HEARTBEAT_MS);

  ready.then(
    (ctx) => {
      started = ctx;
      if (stopped) return;
      if (opts.watchdog !== false) watchdog = startWatchdog({ ...ctx, ...(opts.watchdog ?? {}), log });
      if (opts.scheduler !== false) {
        const schedOpts = opts.scheduler ?? {};
        import("./scheduler").then(
          (m) => {
            if (!stopped) scheduler = m.startScheduler({ ...schedOpts, db: ctx.db, onEnqueued: wake, log });
          },
          (e) => log(`[worker] penjadwal tidak dapat dimulai: ${e instanceof Error ? e.message : String(e)}`),
        );
      }
      wake();
    },
    (e) => {
      clearInterval(heartbeatTimer);
      log(`[worker] tidak dapat dimulai: ${e instanceof Error ? e.message : String(e)}`);
    },
  );

  let beating = false;
  async function beat({ queue }: Ctx) {
    if (beating) return; // a slow beat (busy database) is not overtaken by the next
    beating = true;
    for (const a of [...active.values()]) {
      if (a.controller.signal.aborted) continue;
      try {
        if (await queue.heartbeat(a.job.id, workerId, a.progress)) continue;
        const reason: AbortReason = (await queue.get(a.job.id))?.status === "cancelled" ? "cancelled" : "lost";
        a.controller.abort(new JobAbort(reason));
      } catch (e) {
        log(`[worker] detak tugas #${a.job.id} gagal: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    beating = false;
  }

  function wake() {
    if (stopped) return;
    clearTimeout(pollTimer);
    pollTimer = setTimeout(() => started && void claimAndRun(started), 0);
  }

  function poll() {
    if (stopped) return;
    clearTimeout(pollTimer);
    pollTimer = setTimeout(() => started && void claimAndRun(started), opts.pollMs ?? POLL_MS);
  }

  let claiming = false;
  async function claimAndRun(ctx: Ctx) {
    if (stopped || claiming) return;
    claiming = true;
    try {
      const jobs = await ctx.queue.claim(workerId, concurrency - active.size, Object.keys(ctx.kinds));
      for (const job of jobs) start(ctx, job);
    } catch (e) {
      log(`[worker] gagal mengambil tugas: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      claiming = false;
    }
    poll();
  }

  function start(ctx: Ctx, job: Job) {
    const kind = ctx.kinds[job.kind]!;
    const controller = new AbortController();
    const entry = { job, kind, controller } as Active;
    const limit = setTimeout(() => controller.abort(new JobAbort("time_limit")), kind.timeLimitMs);
    log(`[worker] tugas #${job.id} (${job.kind}, percobaan ${job.attempts}/${job.maxAttempts}) dimulai`);
    entry.done = settleWithin(
      // Through a promise, so a handler that throws synchronously is settled like any other failure.
      Promise.resolve().then(() => kind.run(job, { signal: controller.signal, progress: (p) => void (entry.progress = p) })),
      controller.signal,
      abortGraceMs,
    )
      .then((outcome) => finish(ctx, entry, outcome))
      .catch((e) => log(`[worker] tugas #${job.id}: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => {
        clearTimeout(limit);
        active.delete(job.id);
        wake();
      });
    active.set(job.id, entry);
  }

  async function finish({ queue }: Ctx, a: Active, outcome: { ok: true } | { ok: false; error: unknown }) {
    const { job, kind } = a;
    const reason = a.controller.signal.aborted ? (a.controller.signal.reason as JobAbort).reason : undefined;
    if (reason === "lost" || reason === "shutdown") return; // the job is someone else's now
    if (reason === "cancelled") return void kind.onCancelled?.(job);
    if (outcome.ok) {
      // Finished before it noticed a time-limit abort: the work is done and stands.
      await queue.complete(job.id, workerId);
      return log(`[worker] tugas #${job.id} selesai`);
    }
    const c =
      reason === "time_limit"
        ? {
            errorClass: "time_limit",
            message: `Melewati batas waktu ${Math.round(kind.timeLimitMs / 1000)} detik`,
            retryable: false,
          }
        : classifyError(outcome.ok ? undefined : outcome.error);
    await transition(
      queue,
      () => queue.fail(job.id, workerId, `${c.errorClass}: ${c.message}`, { retryable: c.retryable }),
      (r) => {
        if (r === "retrying") kind.onRequeued?.(job);
        if (r === "failed") kind.onFailed?.(job, c.errorClass, c.message);
      },
    );
    log(`[worker] tugas #${job.id} gagal (${c.errorClass}): ${c.message}`);
  }

  return {
    workerId,
    running: () => [...active.keys()],
    wake,
    async stop() {
      if (stopped) return;
      stopped = true;
      clearTimeout(pollTimer);
      clearInterval(heartbeatTimer);
      watchdog?.stop();
      const schedulerStopped = scheduler?.stop();
      // Give the jobs back before anything else: with the embedded queue this happens
      // synchronously, so if the process exits right after the signal the queue is already right
      // and another worker need not wait for the watchdog.
      const releases = started
        ? [...active.values()].map((a) => {
            a.controller.abort(new JobAbort("shutdown"));
            const { queue } = started!;
            return transition(queue, () => queue.release(a.job.id, workerId), (ok) => ok && a.kind.onRequeued?.(a.job)).catch(
              (e: unknown) =>
                log(`[worker] tugas #${a.job.id} tidak dapat dikembalikan: ${e instanceof Error ? e.message : String(e)}`),
            );
          })
        : [];
      await Promise.all(releases);
      await schedulerStopped;
      await Promise.all([...active.values()].map((a) => a.done));
    },
  };
}

/**
 * Resolves when `work` settles, or `graceMs` after `signal` aborts if it has not settled by then
 * (a handler stuck in a hung browser call must not hold a worker slot forever).
 */
function settleWithin(
  work: Promise<void>,
  signal: AbortSignal,
  graceMs: number,
): Promise<{ ok: true } | { ok: false; error: unknown }> {
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    const onAbort = () => {
      timer = setTimeout(() => resolve({ ok: false, error: signal.reason }), graceMs);
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
    work.then(
      () => resolve({ ok: true }),
      (error: unknown) => resolve({ ok: false, error }),
    ).finally(() => {
      clearTimeout(timer);
      signal.removeEventListener("abort", onAbort);
    });
  });
}
