import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempDb } from "@/lib/testing/tmp-db";
import { SqliteJobQueue } from "./sqlite-queue";
import { retryDelayMs } from "./queue";

let t: ReturnType<typeof tempDb>;
let clock: Date;
let q: SqliteJobQueue;

beforeEach(() => {
  t = tempDb("patuh-queue-");
  clock = new Date("2026-03-02T01:00:00Z");
  q = new SqliteJobQueue(t.db, { now: () => clock, retryBaseMs: 1_000 });
});
afterEach(() => t.cleanup());

const later = (ms: number) => (clock = new Date(clock.getTime() + ms));

describe("SqliteJobQueue", () => {
  it("returns the open job for a dedupe key instead of adding a second", () => {
    const a = q.enqueue("scan", "scan:opd:1", { scanId: 1 });
    const b = q.enqueue("scan", "scan:opd:1", { scanId: 2 });
    expect(a.existing).toBe(false);
    expect(b.existing).toBe(true);
    expect(b.job.id).toBe(a.job.id);
    expect(b.job.payload).toEqual({ scanId: 1 });

    // Still one while running; a new one once the first has finished.
    const [claimed] = q.claim("w1", 5);
    expect(q.enqueue("scan", "scan:opd:1", {}).job.id).toBe(claimed.id);
    expect(q.complete(claimed.id, "w1")).toBe(true);
    const c = q.enqueue("scan", "scan:opd:1", { scanId: 3 });
    expect(c.existing).toBe(false);
    expect(c.job.id).not.toBe(a.job.id);
  });

  it("the partial unique index refuses a second open job even past the interface", () => {
    q.enqueue("scan", "scan:opd:7", {});
    expect(() =>
      t.db.$client
        .prepare("insert into jobs (kind, dedupe_key, payload, status, run_after) values ('scan', 'scan:opd:7', '{}', 'queued', 0)")
        .run(),
    ).toThrow(/UNIQUE/);
  });

  it("claims due jobs oldest first, high priority ahead, and never a future one", () => {
    const first = q.enqueue("scan", "k1", {}).job;
    later(10);
    const second = q.enqueue("scan", "k2", {}).job;
    later(10);
    const future = q.enqueue("scan", "k3", {}, { runAfter: new Date(clock.getTime() + 60_000) }).job;
    later(10);
    const urgent = q.enqueue("scan", "k4", {}, { priority: "high" }).job;
    const other = q.enqueue("report", "k5", {}).job;

    const claimed = q.claim("w1", 10, ["scan"]);
    expect(claimed.map((j) => j.id)).toEqual([urgent.id, first.id, second.id]);
    expect(claimed.every((j) => j.status === "running" && j.lockedBy === "w1" && j.attempts === 1)).toBe(true);
    expect(q.get(future.id)?.status).toBe("queued");
    expect(q.get(other.id)?.status).toBe("queued");
    expect(q.claim("w2", 10, ["scan"])).toEqual([]);
    later(60_000);
    expect(q.claim("w2", 10, ["scan"]).map((j) => j.id)).toEqual([future.id]);
  });

  it("claims no more than the limit", () => {
    for (let i = 0; i < 5; i++) q.enqueue("scan", `k${i}`, {});
    expect(q.claim("w1", 2)).toHaveLength(2);
    expect(q.claim("w2", 0)).toHaveLength(0);
    expect(q.claim("w2", 10)).toHaveLength(3);
  });

  it("only the owning worker may heartbeat, complete, fail or release a job", () => {
    const { job } = q.enqueue("scan", "k", {});
    q.claim("w1", 1);
    expect(q.heartbeat(job.id, "w2")).toBe(false);
    expect(q.complete(job.id, "w2")).toBe(false);
    expect(q.fail(job.id, "w2", "x", { retryable: true })).toBe("not_owner");
    expect(q.release(job.id, "w2")).toBe(false);
    later(1_000);
    expect(q.heartbeat(job.id, "w1", { phase: "crawl", pagesVisited: 3 })).toBe(true);
    const after = q.get(job.id)!;
    expect(after.heartbeatAt).toEqual(clock);
    expect(after.progress).toEqual({ phase: "crawl", pagesVisited: 3 });
  });

  it("retries a retryable failure after a growing delay, then fails it for good", () => {
    const { job } = q.enqueue("scan", "k", {}, { maxAttempts: 3 });
    q.claim("w1", 1);
    expect(q.fail(job.id, "w1", "browser crashed", { retryable: true })).toBe("retrying");
    let j = q.get(job.id)!;
    expect(j.status).toBe("queued");
    expect(j.runAfter.getTime()).toBe(clock.getTime() + retryDelayMs(1, 1_000));
    expect(q.claim("w1", 1)).toEqual([]); // not before the delay
    later(retryDelayMs(1, 1_000));
    q.claim("w1", 1);
    expect(q.fail(job.id, "w1", "again", { retryable: true })).toBe("retrying");
    expect(q.get(job.id)!.runAfter.getTime()).toBe(clock.getTime() + 2 * retryDelayMs(1, 1_000));
    later(retryDelayMs(2, 1_000));
    q.claim("w1", 1);
    expect(q.fail(job.id, "w1", "third", { retryable: true })).toBe("failed");
    j = q.get(job.id)!;
    expect(j).toMatchObject({ status: "failed", attempts: 3, lastError: "third", lockedBy: null });
    expect(j.finishedAt).toEqual(clock);
  });

  it("fails a non-retryable error at once", () => {
    const { job } = q.enqueue("scan", "k", {}, { maxAttempts: 3 });
    q.claim("w1", 1);
    expect(q.fail(job.id, "w1", "no such scan", { retryable: false })).toBe("failed");
    expect(q.get(job.id)?.attempts).toBe(1);
  });

  it("release gives the job back without spending an attempt", () => {
    const { job } = q.enqueue("scan", "k", {});
    q.claim("w1", 1);
    expect(q.release(job.id, "w1")).toBe(true);
    expect(q.get(job.id)).toMatchObject({ status: "queued", attempts: 0, lockedBy: null });
    expect(q.claim("w2", 1).map((j) => j.id)).toEqual([job.id]);
  });

  it("cancels queued and running jobs; the running job's worker loses it", () => {
    const a = q.enqueue("scan", "a", {}).job;
    const b = q.enqueue("scan", "b", {}).job;
    q.claim("w1", 1); // a
    expect(q.cancel(b.id)).toBe(true);
    expect(q.cancel(a.id)).toBe(true);
    expect(q.get(a.id)?.status).toBe("cancelled");
    expect(q.heartbeat(a.id, "w1")).toBe(false);
    expect(q.complete(a.id, "w1")).toBe(false);
    expect(q.cancel(a.id)).toBe(false);
    expect(q.enqueue("scan", "a", {}).existing).toBe(false);
  });

  it("recoverStale requeues a job whose worker went silent, and fails it after the last attempt", () => {
    const { job } = q.enqueue("scan", "k", {}, { maxAttempts: 2 });
    const opts = { staleAfterMs: 30_000, timeLimitMs: 600_000 };
    q.claim("dead", 1);
    later(29_000);
    expect(q.recoverStale(clock, opts)).toEqual({ requeued: [], failed: [] });
    later(2_000);
    const r1 = q.recoverStale(clock, opts);
    expect(r1.requeued.map((j) => j.id)).toEqual([job.id]);
    expect(r1.requeued[0].lastError).toMatch(/^worker_lost: pekerja dead tidak memberi kabar selama 31 detik/);
    expect(q.claim("dead-too", 1)[0].attempts).toBe(2);
    later(31_000);
    const r2 = q.recoverStale(clock, opts);
    expect(r2.requeued).toEqual([]);
    expect(r2.failed.map((f) => [f.job.id, f.reason, f.job.status])).toEqual([[job.id, "worker_lost", "failed"]]);
  });

  it("recoverStale fails a job past its time limit even while it heartbeats", () => {
    const { job } = q.enqueue("scan", "k", {});
    q.claim("w1", 1);
    for (let i = 0; i < 11; i++) {
      later(10_000);
      q.heartbeat(job.id, "w1");
    }
    const r = q.recoverStale(clock, { staleAfterMs: 30_000, timeLimitMs: 100_000 });
    expect(r.failed.map((f) => [f.job.id, f.reason])).toEqual([[job.id, "time_limit"]]);
    expect(q.get(job.id)?.lastError).toMatch(/^time_limit/);
  });

  it("recoverStale holds each kind to its own time limit", () => {
    const scan = q.enqueue("scan", "s", {}).job;
    const long = q.enqueue("rescore", "r", {}).job;
    q.claim("w1", 2);
    for (let i = 0; i < 11; i++) {
      later(10_000);
      q.heartbeat(scan.id, "w1");
      q.heartbeat(long.id, "w1");
    }
    // 110 s in: past the scan's 100 s, well within the re-scoring's 600 s.
    const r = q.recoverStale(clock, { staleAfterMs: 30_000, timeLimitMs: 100_000, timeLimitByKind: { rescore: 600_000 } });
    expect(r.failed.map((f) => [f.job.id, f.reason])).toEqual([[scan.id, "time_limit"]]);
    expect(q.get(scan.id)?.lastError).toBe("time_limit: masih berjalan setelah 100 detik");
    expect(q.get(long.id)?.status).toBe("running");
  });

  it("lists by kind, key and status, newest first", () => {
    const a = q.enqueue("scan", "k", {}).job;
    q.claim("w", 1);
    q.complete(a.id, "w");
    const b = q.enqueue("scan", "k", {}).job;
    q.enqueue("other", "x", {});
    expect(q.list({ dedupeKey: "k" }).map((j) => j.id)).toEqual([b.id, a.id]);
    expect(q.list({ kind: "scan", status: "done" }).map((j) => j.id)).toEqual([a.id]);
    expect(q.list({ status: ["queued", "running"] })).toHaveLength(2);
  });
});
