/**
 * Whole regency: the nine demo OPD sites scanned by the worker at its defaults, wall time from
 * enqueue to the last result.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { openDb } from "@/db";
import { opd } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { scanAllAndWait } from "@/lib/cli/demo-setup";
import { startDemoSites } from "@/lib/demo/site-server";
import { startWorker } from "@/lib/jobs/worker";
import { benchRescore } from "./rescore";
import { sampleTreeMemory } from "@/lib/crawler/testing/proc-memory";

export async function benchRegency() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "patuh-bench-regency-"));
  process.env.PATUH_DATA_DIR = dir;
  const db = openDb(path.join(dir, "patuh.db"));
  const sites = await startDemoSites({ version: "after" });
  seedDatabase(db, { websiteUrls: Object.fromEntries(sites.sites.map((s) => [s.slug, s.url])) });
  const worker = startWorker({ db, scheduler: false, log: () => {} });
  const mem = sampleTreeMemory();
  try {
    const t = performance.now();
    await scanAllAndWait(db);
    const wallMs = performance.now() - t;
    const peak = mem.stop().peakPss;
    const completed = db.select().from(opd).where(eq(opd.active, true)).all().length;
    const rescore = benchRescore(db);
    return { opd: completed, wallMs: Math.round(wallMs), peakPssBytes: peak, rescore };
  } finally {
    mem.stop();
    await worker.stop();
    await sites.close();
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
