/** Scans as jobs: request, dedupe, cancel, progress, and the scan row following its job. */
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { opd, scans, settings } from "@/db/schema";
import { createScan } from "@/lib/scan/run";
import { tempDb } from "@/lib/testing/tmp-db";
import { cancelScan, requestScan, scanJobKind, scanProgress } from "./scan-jobs";
import { SqliteJobQueue } from "./sqlite-queue";
import { waitFor } from "./testing/children";
import { watchdogPass } from "./watchdog";
import { startWorker, type WorkerHandle } from "./worker";

let t: ReturnType<typeof tempDb>;
let q: SqliteJobQueue;
let ids: number[];
let w: WorkerHandle | undefined;

beforeEach(() => {
  t = tempDb("patuh-scan-jobs-");
  q = new SqliteJobQueue(t.db);
  t.db.insert(settings).values({ id: 1, regencyName: "Kabupaten Uji", officialDomain: "uji.go.id" }).run();
  ids = ["a", "b", "arsip"].map(
    (s) =>
      t.db
        .insert(opd)
        .values({ slug: s, name: s, shortName: s, websiteUrl: `http://${s}.uji.go.id/`, active: s !== "arsip" })
        .returning()
        .get().id,
  );
});
afterEach(async () => {
  await w?.stop();
  w = undefined;
  t.cleanup();
});

const scan = (id: number) => t.db.select().from(scans).where(eq(scans.id, id)).get()!;

describe("requestScan", () => {
  it("creates the scan and its job together, and returns them again while open", () => {
    const r1 = requestScan(t.db, ids[0], "manual", "admin");
    expect(r1.existing).toBe(false);
    expect(scan(r1.scanId)).toMatchObject({ opdId: ids[0], trigger: "manual", status: "queued", requestedBy: "admin" });
    expect(q.get(r1.jobId)).toMatchObject({ kind: "scan", dedupeKey: `scan:opd:${ids[0]}`, payload: { scanId: r1.scanId, opdId: ids[0] } });

    const r2 = requestScan(t.db, ids[0], "schedule", null);
    expect(r2).toEqual({ jobId: r1.jobId, scanId: r1.scanId, existing: true });
    expect(t.db.select().from(scans).all()).toHaveLength(1);
    expect(requestScan(t.db, ids[1], "schedule", null).existing).toBe(false);
  });

  it("refuses an archived or unknown OPD in Indonesian", () => {
    expect(() => requestScan(t.db, ids[2], "manual", "admin")).toThrow("OPD ini sudah diarsipkan; aktifkan kembali sebelum memindai.");
    expect(() => requestScan(t.db, 999, "manual", "admin")).toThrow("OPD #999 tidak ditemukan.");
    expect(t.db.select().from(scans).all()).toEqual([]);
  });

  it("joins a caller's drizzle transaction and rolls back with it", () => {
    const r = t.db.transaction((tx) => requestScan(tx as unknown as Db, ids[0], "opd", "kasubag"));
    expect(scan(r.scanId).status).toBe("queued");
    expect(() =>
      t.db.transaction((tx) => {
        requestScan(tx as unknown as Db, ids[1], "opd", "kasubag");
        throw new Error("audit failed");
      }),
    ).toThrow("audit failed");
    expect(t.db.select().from(scans).all()).toHaveLength(1);
    expect(q.list()).toHaveLength(1);
  });

  it("a person's request is claimed before scheduled ones queued earlier", () => {
    const scheduled = requestScan(t.db, ids[0], "schedule", null);
    const manual = requestScan(t.db, ids[1], "opd", "kasubag");
    expect(q.claim("w", 2).map((j) => j.id)).toEqual([manual.jobId, scheduled.jobId]);
  });
});

describe("cancelScan and scanProgress", () => {
  it("cancels a queued scan at once and frees the OPD for a new request", () => {
    const r = requestScan(t.db, ids[0], "manual", "admin");
    expect(scanProgress(t.db, r.scanId)).toMatchObject({ status: "queued", queuePosition: 0, attempt: 0, phase: null });
    expect(cancelScan(t.db, r.scanId, "Admin")).toEqual({ cancelled: true, status: "cancelled" });
    expect(scan(r.scanId)).toMatchObject({ status: "cancelled", errorMessage: "Dibatalkan oleh Admin." });
    expect(q.get(r.jobId)?.status).toBe("cancelled");
    expect(cancelScan(t.db, r.scanId, "Admin")).toEqual({ cancelled: false, status: "cancelled" });
    expect(requestScan(t.db, ids[0], "manual", "admin").existing).toBe(false);
  });

  it("shows live progress of a running scan and cancels it within a heartbeat", async () => {
    const queuedBehind = requestScan(t.db, ids[1], "schedule", null);
    const r = requestScan(t.db, ids[0], "manual", "admin");
    expect(scanProgress(t.db, r.scanId)?.queuePosition).toBe(0);
    expect(scanProgress(t.db, queuedBehind.scanId)?.queuePosition).toBe(1);
    const kind = scanJobKind(t.db, {}, q);
    let aborted = false;
    w = startWorker({
      concurrency: 1,
      db: t.db,
      queue: q,
      heartbeatMs: 50,
      pollMs: 20,
      watchdog: false,
      scheduler: false,
      log: () => {},
      kinds: {
        scan: {
          ...kind,
          // The real hooks with a stand-in crawl, so this test needs no browser.
          run: (job, ctx) =>
            new Promise<void>((_resolve, reject) => {
              t.db.update(scans).set({ status: "running", startedAt: new Date() }).where(eq(scans.id, Number(job.payload.scanId))).run();
              ctx.progress({ phase: "crawl", pagesVisited: 7, queued: 12, currentUrl: "http://a.uji.go.id/layanan" });
              ctx.signal.addEventListener("abort", () => {
                aborted = true;
                reject(ctx.signal.reason);
              });
            }),
        },
      },
    });
    const p = await waitFor(() => {
      const x = scanProgress(t.db, r.scanId);
      return x?.pagesVisited === 7 ? x : undefined;
    }, 5_000, "progress");
    expect(p).toMatchObject({ status: "running", phase: "crawl", queued: 12, currentUrl: "http://a.uji.go.id/layanan", attempt: 1, maxAttempts: 3 });
    expect(p.heartbeatAt).toBeInstanceOf(Date);
    expect(scanProgress(t.db, queuedBehind.scanId)?.queuePosition).toBe(0);

    expect(cancelScan(t.db, r.scanId, "Admin")).toEqual({ cancelled: true, status: "cancelled" });
    await waitFor(() => aborted, 2_000, "the running attempt to be aborted");
    expect(scan(r.scanId).status).toBe("cancelled");
    expect(scanProgress(t.db, r.scanId)).toMatchObject({ status: "cancelled", phase: null, currentUrl: null });
  });
});

describe("the scan row follows its job", () => {
  it("watchdog: a lost attempt puts the scan back in the queue; the last one fails it as worker_lost", async () => {
    let clock = new Date("2026-03-02T01:00:00Z");
    const cq = new SqliteJobQueue(t.db, { now: () => clock });
    const kinds = { scan: scanJobKind(t.db, {}, cq) };
    const r = requestScan(t.db, ids[0], "manual", "admin", cq);
    const opts = { queue: cq, kinds, staleAfterMs: 30_000 };
    for (let attempt = 1; attempt <= 3; attempt++) {
      cq.claim(`w${attempt}`, 1);
      t.db.update(scans).set({ status: "running", startedAt: clock }).where(eq(scans.id, r.scanId)).run();
      clock = new Date(clock.getTime() + 31_000);
      await watchdogPass(opts, clock);
      expect(scan(r.scanId).status).toBe(attempt < 3 ? "queued" : "failed");
    }
    expect(scan(r.scanId)).toMatchObject({ errorClass: "worker_lost", errorMessage: expect.stringMatching(/^worker_lost: pekerja w3 tidak memberi kabar/) });
  });

  it("a completed scan is not reopened by a late requeue, and its next attempt does nothing", async () => {
    const kind = scanJobKind(t.db, {}, q);
    const r = requestScan(t.db, ids[0], "manual", "admin");
    const [job] = q.claim("w", 1);
    t.db.update(scans).set({ status: "completed", finishedAt: new Date() }).where(eq(scans.id, r.scanId)).run();
    kind.onRequeued!(job);
    expect(scan(r.scanId).status).toBe("completed");
    // The attempt after a crash between the scan's commit and the job's: nothing to redo.
    await kind.run({ ...job, attempts: 2 }, { signal: new AbortController().signal, progress: () => {} });
    expect(scan(r.scanId).status).toBe("completed");
  });

  it("the sweep fails an old open scan with no job behind it, and leaves queued work alone", async () => {
    const orphan = createScan(t.db, ids[0], "manual", null);
    t.db.update(scans).set({ queuedAt: new Date(Date.now() - 3 * 3600_000) }).where(eq(scans.id, orphan)).run();
    const waiting = requestScan(t.db, ids[1], "schedule", null);
    t.db.update(scans).set({ queuedAt: new Date(Date.now() - 3 * 3600_000) }).where(eq(scans.id, waiting.scanId)).run();
    const swept = (await watchdogPass({ queue: q, kinds: { scan: scanJobKind(t.db, {}, q) } })).swept;
    expect(swept).toBe(1);
    expect(scan(orphan)).toMatchObject({ status: "failed", errorClass: "worker_lost" });
    expect(scan(waiting.scanId).status).toBe("queued");
  });
});
