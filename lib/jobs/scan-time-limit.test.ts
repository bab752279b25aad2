/**
 * A site that never answers: its scheduled scan ends by the time limit with a classified error,
 * and the next scheduled scan of that OPD still runs. Real worker, scheduler and Chromium in this
 * process; the site is a socket that accepts and stays silent.
 */
import path from "node:path";
import { and, asc, eq, ne } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { opd, scans } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { OPD_SEED } from "@/db/seed/opd";
import { resetEnvCache } from "@/lib/env";
import { tempDb } from "@/lib/testing/tmp-db";
import { waitFor } from "./testing/children";
import { startSilentSite } from "./testing/sites";
import { startWorker, type WorkerHandle } from "./worker";

/** Short crawl limit so the test takes seconds; production uses SCAN_TIME_LIMIT_MS. */
const CRAWL_LIMIT_MS = 3_000;
/**
 * Closing the browser and writing the failure on a loaded 2-core machine; still well under the
 * crawler's 15 s page timeout, so passing proves the scan limit ended it.
 */
const SLACK_MS = 8_000;
/** Two scheduled scans of a few seconds each, plus start-up, on 2 shared cores. */
const TEST_TIMEOUT_MS = 120_000;

let t: ReturnType<typeof tempDb>;
let silent: Awaited<ReturnType<typeof startSilentSite>>;
let w: WorkerHandle | undefined;
const savedEnv = { ...process.env };

beforeEach(async () => {
  silent = await startSilentSite();
  t = tempDb("patuh-scan-limit-");
  process.env.ALLOW_PRIVATE_NETWORK = "1";
  process.env.PATUH_DATA_DIR = path.join(t.dir, "data");
  resetEnvCache();
});
afterEach(async () => {
  await w?.stop();
  w = undefined;
  await silent.close();
  t.cleanup();
  process.env = { ...savedEnv };
  resetEnvCache();
});

describe("a site that never answers", () => {
  it("fails its scan by the time limit with a classified error, and the next scheduled scan still runs", { timeout: TEST_TIMEOUT_MS }, async () => {
    const slug = OPD_SEED[0].slug;
    seedDatabase(t.db, { websiteUrls: { [slug]: silent.origin } });
    // Only this OPD, on its own schedule every two seconds (written directly: the form allows hourly at most).
    t.db.update(opd).set({ active: false }).where(ne(opd.slug, slug)).run();
    t.db.update(opd).set({ scheduleCron: "*/2 * * * * *" }).where(eq(opd.slug, slug)).run();
    const opdId = t.db.select({ id: opd.id }).from(opd).where(eq(opd.slug, slug)).get()!.id;

    w = startWorker({
      db: t.db,
      concurrency: 1,
      scanTimeLimitMs: CRAWL_LIMIT_MS,
      heartbeatMs: 200,
      pollMs: 100,
      watchdog: { intervalMs: 500 },
      scheduler: { tickMs: 200, holder: "test" },
      log: () => {},
    });

    const scheduled = () =>
      t.db
        .select()
        .from(scans)
        .where(and(eq(scans.opdId, opdId), eq(scans.trigger, "schedule")))
        .orderBy(asc(scans.id))
        .all();
    const [first, second] = await waitFor(() => {
      const s = scheduled();
      return s.length >= 2 && s[0].status === "failed" && s[1].startedAt ? s : undefined;
    }, 80_000, "a failed scheduled scan followed by a second one that started");

    expect(first.errorClass).toBe("timeout");
    expect(first.errorMessage).toBeTruthy();
    expect(first.finishedAt!.getTime() - first.startedAt!.getTime()).toBeLessThanOrEqual(CRAWL_LIMIT_MS + SLACK_MS);
    expect(second.queuedAt.getTime()).toBeGreaterThanOrEqual(first.finishedAt!.getTime());

    const secondEnded = await waitFor(() => {
      const s = t.db.select().from(scans).where(eq(scans.id, second.id)).get()!;
      return s.status === "failed" ? s : undefined;
    }, 30_000, "the second scan to end");
    expect(secondEnded.errorClass).toBe("timeout");
  });
});
