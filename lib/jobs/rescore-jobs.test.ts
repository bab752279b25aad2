/**
 * Re-scoring as a queue job: committed batch by batch, resumed after a stop, run to the end by the
 * worker, and a worker process SIGKILLed mid-run loses nothing: the next worker finishes it and
 * every scoring equals what one uninterrupted run gives. Real SQLite files, the real checks, real
 * worker processes.
 */
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDb, type Db } from "@/db";
import { auditLog, checklistVersions, itemResults, scanScores } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { activateChecklistVersion, createChecklistVersion, editOf } from "@/lib/admin/checklist";
import { createOpd } from "@/lib/admin/opd";
import { sampleArtifacts, storeCompletedScan } from "@/lib/admin/testing";
import { activeChecklist } from "@/lib/scan/checklist";
import { countScansToRescore, rescoreAll, rescoreInBatches } from "@/lib/scan/rescore";
import { tempDb } from "@/lib/testing/tmp-db";
import { requestRescore, rescoreJobKind, rescoreJobStatus, type RescoreKindOptions } from "./rescore-jobs";
import { SqliteJobQueue } from "./sqlite-queue";
import { startChild, stopChild, waitFor, type Child } from "./testing/children";
import { startWorker } from "./worker";

const ADMIN = { id: "u-admin", name: "Admin Organisasi", ip: "10.0.0.5" };
const OPD_COUNT = 3;
const SCANS_PER_OPD = 12;
const SCANS = OPD_COUNT * SCANS_PER_OPD;

let t: ReturnType<typeof tempDb>;
let version: number;
const children: Child[] = [];

/** Scans of three sites (complete, without maklumat, unreachable), then a keyword change to SP-01. */
beforeEach(() => {
  t = tempDb("patuh-rescore-job-");
  seedDatabase(t.db);
  const variants = ["http://127.0.0.1:9/", "http://127.0.0.1:10/", "http://127.0.0.1:11/"].map((u, k) => {
    const a = sampleArtifacts(u);
    if (k === 1) a.pages = a.pages.filter((p) => !p.url.endsWith("maklumat"));
    if (k === 2) Object.assign(a.site, { reachable: false, errorClass: "dns" }), (a.pages = []);
    return a;
  });
  for (let k = 0; k < OPD_COUNT; k++) {
    const opdId = createOpd(t.db, { name: `Dinas Uji ${k + 1}`, shortName: `Uji${k + 1}`, websiteUrl: variants[k].site.startUrl }, ADMIN).id;
    for (let s = 0; s < SCANS_PER_OPD; s++) storeCompletedScan(t.db, opdId, variants[k]);
  }
  const active = activeChecklist(t.db);
  const edit = structuredClone(editOf(active.items.find((i) => i.code === "SP-01")!));
  (edit.params.keywords as string[]).push("maklumat pelayanan");
  edit.weight += 1;
  version = createChecklistVersion(t.db, { baseVersionId: active.versionId, note: "kata kunci", edits: { "SP-01": edit } }, ADMIN).versionId;
});
afterEach(async () => {
  await Promise.all(children.splice(0).map((c) => stopChild(c)));
  t.cleanup();
});

/** What one uninterrupted run gives: the same database copied, re-scored in one go. */
function reference(): Db {
  const file = path.join(t.dir, "reference.db");
  t.db.$client.exec(`vacuum into '${file}'`);
  const ref = openDb(file);
  expect(rescoreAll(ref, version).scans).toBe(SCANS);
  return ref;
}

/** The scorings and stored item results under the new version, comparable across files. */
function underVersion(db: Db) {
  const scores = db
    .select()
    .from(scanScores)
    .where(eq(scanScores.checklistVersionId, version))
    .all()
    .map(({ scanId, score, zone, decidedWeight, undecidedWeight, earnedWeight, baseVersionId, services }) => ({
      scanId, score, zone, decidedWeight, undecidedWeight, earnedWeight, baseVersionId, services,
    }))
    .sort((a, b) => a.scanId - b.scanId);
  const results = db
    .select()
    .from(itemResults)
    .where(eq(itemResults.checklistVersionId, version))
    .all()
    .map(({ scanId, code, status, level, evidence, reason }) => ({ scanId, code, status, level, evidence, reason }))
    .sort((a, b) => a.scanId - b.scanId || a.code.localeCompare(b.code));
  return { scores, results };
}

describe("re-scoring in batches", () => {
  it("commits one batch per step and a run stopped between batches is finished by the next", () => {
    const ref = reference();
    const steps = rescoreInBatches(t.db, version, { batchSize: 5 });
    expect(steps.next().value).toEqual({ done: 5, total: SCANS, rejudgedItems: ["SP-01"] });
    expect(steps.next().value).toMatchObject({ done: 10, total: SCANS });
    steps.return(); // stopped, as a killed worker or a time limit stops it
    expect(countScansToRescore(t.db, version)).toBe(SCANS - 10);

    const rest = [...rescoreInBatches(t.db, version, { batchSize: 7 })];
    expect(rest.map((s) => s.done)).toEqual([7, 14, 21, SCANS - 10]);
    expect(rest.at(-1)!.total).toBe(SCANS - 10);
    expect(countScansToRescore(t.db, version)).toBe(0);
    expect(underVersion(t.db)).toEqual(underVersion(ref));
    ref.$client.close();
  });

  it("a batch skips scans another run scored meanwhile, so two runs at once never collide", () => {
    const ref = reference();
    const first = rescoreInBatches(t.db, version, { batchSize: 5 });
    expect(first.next().value).toMatchObject({ done: 5 });
    // A second run (the admin's request beside a job) does everything left.
    expect(rescoreAll(t.db, version).scans).toBe(SCANS - 5);
    const rest = [...first];
    expect(rest.at(-1)?.done).toBe(5); // its remaining batches found nothing left to do
    expect(underVersion(t.db)).toEqual(underVersion(ref));
    ref.$client.close();
  });
});

/** A worker in this process running only re-scoring, polling fast. */
const inProcessWorker = (opts: RescoreKindOptions) =>
  startWorker({ db: t.db, kinds: { rescore: rescoreJobKind(t.db, opts) }, heartbeatMs: 50, pollMs: 20, watchdog: false, scheduler: false, log: () => {} });

describe("the re-scoring job", () => {
  it("is queued once per version, run to the end by the worker, and recorded in the audit log under the admin", async () => {
    const ref = reference();
    const first = requestRescore(t.db, version, ADMIN);
    const again = requestRescore(t.db, version, ADMIN);
    expect(again).toEqual({ jobId: first.jobId, existing: true });
    expect(rescoreJobStatus(t.db, version)).toMatchObject({ status: "queued", done: 0 });

    const w = inProcessWorker({ batchSize: 4 });
    try {
      await waitFor(() => rescoreJobStatus(t.db, version)?.status === "done", 30_000, "the re-scoring job to finish");
    } finally {
      await w.stop();
    }
    expect(countScansToRescore(t.db, version)).toBe(0);
    expect(underVersion(t.db)).toEqual(underVersion(ref));
    const audit = t.db.select().from(auditLog).where(eq(auditLog.action, "checklist.rescore")).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: ADMIN.id, actorName: ADMIN.name, ip: ADMIN.ip, entityId: String(version) });
    expect(audit[0].after).toMatchObject({ scans: SCANS, rejudgedItems: ["SP-01"], remaining: 0, job: first.jobId, attempt: 1 });
    ref.$client.close();
  });

  it("stops, keeping its batches, when its version is no longer the active one", async () => {
    requestRescore(t.db, version, ADMIN);
    const w = inProcessWorker({ batchSize: 2, fixedBatch: true, pauseMs: 50 });
    try {
      await waitFor(() => SCANS - countScansToRescore(t.db, version) >= 4, 30_000, "a few batches");
      const previous = t.db.select().from(checklistVersions).where(eq(checklistVersions.number, 1)).get()!;
      activateChecklistVersion(t.db, previous.id, ADMIN); // a rollback while the job runs
      await waitFor(() => rescoreJobStatus(t.db, version)?.status === "done", 30_000, "the job to stop");
    } finally {
      await w.stop();
    }
    const left = countScansToRescore(t.db, version);
    expect(left).toBeGreaterThan(0);
    const [audit] = t.db.select().from(auditLog).where(eq(auditLog.action, "checklist.rescore")).all();
    expect(audit.after).toMatchObject({ scans: SCANS - left, remaining: left, stoppedBecause: "versi tidak aktif lagi" });
    // Asking again for the version that is no longer active is refused, in Indonesian.
    expect(() => requestRescore(t.db, version, ADMIN)).toThrow("Versi 2 tidak aktif lagi; muat ulang halaman dan nilai ulang dengan versi aktif.");
  });

  it("refuses a version that does not exist, in Indonesian", () => {
    expect(() => requestRescore(t.db, 9_999, ADMIN)).toThrow("Versi daftar periksa tidak ditemukan.");
  });
});

describe("a worker killed mid-re-scoring", () => {
  function worker(workerId: string): Child {
    const c = startChild("worker-child.ts", {
      PATUH_DB: t.file,
      PATUH_TEST_WORKER: JSON.stringify({
        db: t.file,
        workerId,
        kinds: "rescore",
        rescoreBatch: 2,
        rescorePauseMs: 150,
        concurrency: 1,
        heartbeatMs: 100,
        pollMs: 100,
        // Generous: worker A must not be taken for lost while it is alive on a loaded machine.
        staleAfterMs: 3_000,
        watchdogIntervalMs: 300,
      }),
    });
    children.push(c);
    return c;
  }

  it("keeps the batches it committed; the next worker finishes the rest exactly as one run would", { timeout: 120_000 }, async () => {
    const ref = reference();
    const q = new SqliteJobQueue(t.db);
    const { jobId } = requestRescore(t.db, version, ADMIN);
    const a = worker("A");
    await a.ready;
    await waitFor(() => SCANS - countScansToRescore(t.db, version) >= 6, 60_000, "a few batches to be committed");
    await stopChild(a, "SIGKILL");

    const kept = SCANS - countScansToRescore(t.db, version);
    expect(kept).toBeGreaterThanOrEqual(6);
    expect(kept).toBeLessThan(SCANS);
    expect(kept % 2).toBe(0); // whole batches only
    expect(t.db.$client.pragma("integrity_check", { simple: true })).toBe("ok");

    const b = worker("B");
    await b.ready;
    await waitFor(() => q.get(jobId)?.status === "done", 90_000, "the re-scoring to be finished by worker B");

    expect(q.get(jobId)).toMatchObject({ attempts: 2, lastError: expect.stringMatching(/^worker_lost: pekerja A /) });
    expect(countScansToRescore(t.db, version)).toBe(0);
    expect(underVersion(t.db)).toEqual(underVersion(ref));
    const [audit] = t.db.select().from(auditLog).where(eq(auditLog.action, "checklist.rescore")).all();
    // Worker B re-scored what A had not committed.
    expect(audit.after).toMatchObject({ scans: SCANS - kept, remaining: 0, attempt: 2 });
    ref.$client.close();
  });
});
