/**
 * Real scans in real worker processes: a worker SIGKILLed mid-scan, then another started. The
 * retried scan completes, the file passes integrity_check, and nothing of the killed attempt is
 * ever visible as a result.
 */
import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { itemResults, opd, pages, scans, scanScores } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { OPD_SEED } from "@/db/seed/opd";
import type { FixtureServer } from "@/lib/crawler/testing/fixture-server";
import { tempDb } from "@/lib/testing/tmp-db";
import { requestScan } from "./scan-jobs";
import { SqliteJobQueue } from "./sqlite-queue";
import { startChild, stopChild, waitFor, type Child } from "./testing/children";
import { startSlowSite } from "./testing/sites";

/** Slow enough pages that the scan lasts several seconds and the kill lands inside the crawl. */
const PAGES = 4;
const PAGE_DELAY_MS = 500;
/** Two worker start-ups and two Chromium scans; generous because 2 cores are shared with other test runs. */
const TEST_TIMEOUT_MS = 180_000;

let site: FixtureServer;
let t: ReturnType<typeof tempDb>;
let opdId: number;
const children: Child[] = [];

beforeAll(async () => {
  site = await startSlowSite(PAGES, PAGE_DELAY_MS);
});
afterAll(() => site.close());
beforeEach(() => {
  t = tempDb("patuh-scan-kill-");
  const slug = OPD_SEED[0].slug;
  seedDatabase(t.db, { websiteUrls: { [slug]: `${site.origin}/` } });
  opdId = t.db.select({ id: opd.id }).from(opd).where(eq(opd.slug, slug)).get()!.id;
});
afterEach(async () => {
  await Promise.all(children.splice(0).map((c) => stopChild(c)));
  t.cleanup();
});

function worker(workerId: string): Child {
  const c = startChild("worker-child.ts", {
    PATUH_DB: t.file,
    PATUH_DATA_DIR: path.join(t.dir, "data"),
    ALLOW_PRIVATE_NETWORK: "1",
    PATUH_TEST_WORKER: JSON.stringify({
      db: t.file,
      workerId,
      kinds: "scan",
      concurrency: 1,
      heartbeatMs: 200,
      pollMs: 100,
      staleAfterMs: 1_500,
      watchdogIntervalMs: 300,
      scanTimeLimitMs: 45_000,
    }),
  });
  children.push(c);
  return c;
}

const count = (table: typeof itemResults | typeof scanScores | typeof pages, scanId: number) =>
  t.db.select().from(table).where(eq(table.scanId, scanId)).all().length;

describe("a worker killed mid-scan", () => {
  it("leaves no result behind; the scan is retried by the next worker and completes", { timeout: TEST_TIMEOUT_MS }, async () => {
    const q = new SqliteJobQueue(t.db);
    const { jobId, scanId } = requestScan(t.db, opdId, "manual", "admin");
    const a = worker("A");
    await a.ready;
    await waitFor(
      () => {
        const p = q.get(jobId)?.progress;
        return p?.phase === "crawl" && Number(p.pagesVisited) >= 1;
      },
      60_000,
      "the crawl to be under way",
    );
    await stopChild(a, "SIGKILL");

    // Killed mid-scan: the scan shows as running (until the watchdog sees it) and has no results.
    expect(t.db.select().from(scans).where(eq(scans.id, scanId)).get()?.status).toBe("running");
    expect([count(itemResults, scanId), count(scanScores, scanId), count(pages, scanId)]).toEqual([0, 0, 0]);

    const retryStarted = Date.now();
    const b = worker("B");
    await b.ready;
    const done = await waitFor(() => {
      const s = t.db.select().from(scans).where(eq(scans.id, scanId)).get();
      return s && s.status !== "running" && s.status !== "queued" ? s : undefined;
    }, 90_000, "the retried scan to end");

    expect(done).toMatchObject({ status: "completed", errorClass: null });
    expect(q.get(jobId)).toMatchObject({ status: "done", attempts: 2, lastError: expect.stringMatching(/^worker_lost: pekerja A /) });
    expect(t.db.$client.pragma("integrity_check", { simple: true })).toBe("ok");

    const checklistSize = t.db.$client.prepare("select count(*) as n from checklist_items").get() as { n: number };
    expect(count(itemResults, scanId)).toBe(checklistSize.n);
    expect(count(scanScores, scanId)).toBe(1);
    expect(count(pages, scanId)).toBe(done.pagesVisited);
    expect(done.pagesVisited).toBe(PAGES + 1);
    // Evidence files on disk all come from the attempt that completed.
    const evidence = path.join(t.dir, "data", "evidence", String(scanId));
    for (const f of fs.existsSync(evidence) ? fs.readdirSync(evidence) : []) {
      expect(fs.statSync(path.join(evidence, f)).mtimeMs).toBeGreaterThanOrEqual(retryStarted);
    }
  });
});
