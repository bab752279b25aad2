/** The worker and watchdog in this process, with test job kinds that record what happened. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempDb } from "@/lib/testing/tmp-db";
import type { JobKind } from "./kind";
import type { Job, JobQueue } from "./queue";
import { SqliteJobQueue } from "./sqlite-queue";
import { waitFor } from "./testing/children";
import { STALE_AFTER_MS, WATCHDOG_INTERVAL_MS, watchdogPass } from "./watchdog";
import { HEARTBEAT_MS, startWorker, type WorkerHandle } from "./worker";

let t: ReturnType<typeof tempDb>;
let q: SqliteJobQueue;
let w: WorkerHandle | undefined;
let events: string[];

beforeEach(() => {
  t = tempDb("patuh-worker-inproc-");
  q = new SqliteJobQueue(t.db, { retryBaseMs: 10 });
  events = [];
});
afterEach(async () => {
  await w?.stop();
  w = undefined;
  t.cleanup();
});

const hooks = {
  onRequeued: (j: Job) => void events.push(`requeued ${j.id}`),
  onFailed: (j: Job, cls: string) => void events.push(`failed ${j.id} ${cls}`),
  onCancelled: (j: Job) => void events.push(`cancelled ${j.id}`),
};

function kind(run: JobKind["run"], timeLimitMs = 10_000): JobKind {
  return { timeLimitMs, run, ...hooks };
}

function start(kinds: Record<string, JobKind>, extra: Partial<Parameters<typeof startWorker>[0]> = {}) {
  w = startWorker({
    db: t.db,
    queue: q,
    kinds,
    heartbeatMs: 50,
    pollMs: 20,
    abortGraceMs: 200,
    watchdog: false,
    scheduler: false,
    log: () => {},
    ...extra,
  });
  return w;
}

const untilStatus = (id: string, status: string) =>
  waitFor(() => (q.get(id)?.status === status ? q.get(id)! : undefined), 10_000, `job ${id} ${status}`);

describe("worker", () => {
  it("writes progress at heartbeats and completes the job", async () => {
    const { job } = q.enqueue("t", "k", {});
    let release!: () => void;
    start({
      t: kind(async (_j, ctx) => {
        ctx.progress({ phase: "crawl", pagesVisited: 4, currentUrl: "http://x/" });
        await new Promise<void>((r) => (release = r));
      }),
    });
    await waitFor(() => q.get(job.id)?.progress?.pagesVisited === 4, 5_000, "progress");
    expect(q.get(job.id)?.progress).toEqual({ phase: "crawl", pagesVisited: 4, currentUrl: "http://x/" });
    release();
    await untilStatus(job.id, "done");
    expect(events).toEqual([]);
  });

  it("retries a throwing handler, then fails it with the error's class", async () => {
    const { job } = q.enqueue("t", "k", {}, { maxAttempts: 2 });
    start({ t: kind(async () => Promise.reject(Object.assign(new Error("boom"), { errorClass: "browser_crash" }))) });
    const failed = await untilStatus(job.id, "failed");
    expect(failed).toMatchObject({ attempts: 2, lastError: "browser_crash: boom" });
    expect(events).toEqual([`requeued ${job.id}`, `failed ${job.id} browser_crash`]);
  });

  it("aborts an attempt at its time limit and fails it without retry, even if the handler ignores the signal", async () => {
    const { job } = q.enqueue("t", "k", {}, { maxAttempts: 3 });
    start({ t: kind(() => new Promise<void>(() => {}), 300) });
    const t0 = Date.now();
    const failed = await untilStatus(job.id, "failed");
    expect(Date.now() - t0).toBeLessThan(5_000);
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toMatch(/^time_limit: /);
    expect(events).toEqual([`failed ${job.id} time_limit`]);
    expect(w!.running()).toEqual([]); // the stuck attempt does not hold the slot
  });

  it("a cancelled running job is aborted within a heartbeat", async () => {
    const { job } = q.enqueue("t", "k", {});
    let aborted = 0;
    start({
      t: kind(
        (_j, ctx) =>
          new Promise<void>((_r, reject) =>
            ctx.signal.addEventListener("abort", () => {
              aborted = Date.now();
              reject(ctx.signal.reason);
            }),
          ),
      ),
    });
    await untilStatus(job.id, "running");
    const cancelledAt = Date.now();
    q.cancel(job.id);
    await waitFor(() => events.length > 0, 5_000, "cancel hook");
    expect(events).toEqual([`cancelled ${job.id}`]);
    expect(aborted - cancelledAt).toBeLessThan(1_000);
    expect(q.get(job.id)?.status).toBe("cancelled");
  });

  it("runs at most `concurrency` jobs at once", async () => {
    for (let i = 0; i < 5; i++) q.enqueue("t", `k${i}`, {});
    let now = 0;
    let peak = 0;
    start(
      {
        t: kind(async () => {
          peak = Math.max(peak, ++now);
          await new Promise((r) => setTimeout(r, 40));
          now--;
        }),
      },
      { concurrency: 2 },
    );
    await waitFor(() => q.list({ status: "done" }).length === 5, 10_000, "all done");
    expect(peak).toBe(2);
  });
});

describe("worker over a queue that answers asynchronously (as pg-boss or BullMQ would)", () => {
  /** The embedded queue behind a network-like boundary: every answer a tick later, no shared transaction. */
  function remote(inner: SqliteJobQueue): JobQueue {
    // A call still in flight when the test has closed its database just never answers, as a
    // closed network connection would (it otherwise threw into the next test file's run).
    const later = <T>(f: () => T) =>
      new Promise<T>((resolve) =>
        setTimeout(() => {
          if (t.db.$client.open) resolve(f());
        }, 1),
      );
    return {
      enqueue: (...a) => later(() => inner.enqueue(...a)),
      claim: (...a) => later(() => inner.claim(...a)),
      heartbeat: (...a) => later(() => inner.heartbeat(...a)),
      complete: (...a) => later(() => inner.complete(...a)),
      fail: (...a) => later(() => inner.fail(...a)),
      release: (...a) => later(() => inner.release(...a)),
      cancel: (...a) => later(() => inner.cancel(...a)),
      get: (...a) => later(() => inner.get(...a)),
      list: (...a) => later(() => inner.list(...a)),
      recoverStale: (...a) => later(() => inner.recoverStale(...a)),
    };
  }

  it("runs, retries, fails and cancels jobs the same way", async () => {
    const flaky = q.enqueue("t", "flaky", {}, { maxAttempts: 2 }).job;
    const fine = q.enqueue("t", "fine", {}).job;
    const slow = q.enqueue("t", "slow", {}).job;
    start(
      {
        t: kind(async (job, ctx) => {
          if (job.id === flaky.id) throw Object.assign(new Error("no"), { errorClass: "refused" });
          if (job.id === slow.id) {
            await new Promise((_r, reject) => ctx.signal.addEventListener("abort", () => reject(ctx.signal.reason)));
          }
        }),
      },
      { queue: remote(q), concurrency: 3 },
    );
    await untilStatus(fine.id, "done");
    await untilStatus(flaky.id, "failed");
    await untilStatus(slow.id, "running");
    q.cancel(slow.id);
    await waitFor(() => events.includes(`cancelled ${slow.id}`), 5_000, "cancel hook");
    expect(events).toEqual([`requeued ${flaky.id}`, `failed ${flaky.id} refused`, `cancelled ${slow.id}`]);
  });
});

describe("watchdog", () => {
  it("requeues a job whose worker went silent, then fails it with its reason after maxAttempts", async () => {
    let clock = new Date("2026-03-02T01:00:00Z");
    const cq = new SqliteJobQueue(t.db, { now: () => clock });
    const kinds = { t: kind(async () => {}) };
    const { job } = cq.enqueue("t", "k", {}, { maxAttempts: 2 });
    const opts = { queue: cq, kinds, staleAfterMs: 30_000 };
    cq.claim("ghost-1", 1);
    clock = new Date(clock.getTime() + 29_000);
    expect((await watchdogPass(opts, clock)).requeued).toEqual([]);
    clock = new Date(clock.getTime() + 2_000);
    expect((await watchdogPass(opts, clock)).requeued.map((j) => j.id)).toEqual([job.id]);
    expect(cq.claim("ghost-2", 1).map((j) => j.attempts)).toEqual([2]);
    clock = new Date(clock.getTime() + 31_000);
    const r = await watchdogPass(opts, clock);
    expect(r.failed.map((f) => [f.job.id, f.reason])).toEqual([[job.id, "worker_lost"]]);
    expect(cq.get(job.id)).toMatchObject({ status: "failed", attempts: 2 });
    expect(cq.get(job.id)?.lastError).toMatch(/^worker_lost: pekerja ghost-2 /);
    expect(events).toEqual([`requeued ${job.id}`, `failed ${job.id} worker_lost`]);
  });

  it("fails a job still running past its kind's time limit plus grace", async () => {
    const kinds = { t: kind(async () => {}, 1_000) };
    const { job } = q.enqueue("t", "k", {});
    q.claim("alive", 1);
    const opts = { queue: q, kinds, staleAfterMs: 3_600_000, timeLimitGraceMs: 500 };
    expect((await watchdogPass(opts, new Date(Date.now() + 1_400))).failed).toEqual([]);
    const r = await watchdogPass(opts, new Date(Date.now() + 1_600));
    expect(r.failed.map((f) => [f.job.id, f.reason])).toEqual([[job.id, "time_limit"]]);
    expect(events).toEqual([`failed ${job.id} time_limit`]);
  });
});

describe("production timings", () => {
  it("a dead worker's job is noticed within a minute", () => {
    expect(STALE_AFTER_MS + WATCHDOG_INTERVAL_MS).toBeLessThan(60_000);
    // Several heartbeats fit in the stale window, so one slow beat does not lose a live job.
    expect(STALE_AFTER_MS / HEARTBEAT_MS).toBeGreaterThanOrEqual(5);
  });
});
