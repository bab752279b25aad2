/**
 * Fills a database with the demo story: the nine OPD pointed at the bundled sites, a first
 * round of scans on the "before" sites frozen as the first review meeting, then the sites'
 * "after" versions scanned, with the next meeting scheduled. Used by `npm run demo` and the
 * end-to-end tests, so both show the same, real data.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { opd, scans } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { ensureDemoUsers } from "@/lib/auth/demo-users";
import type { DemoSites } from "@/lib/demo/site-server";
import { requestScan } from "@/lib/jobs/scan-jobs";
import { createMeeting, freezeMeeting } from "@/lib/meetings";

/** A demo round of nine scans should finish well within this on 2 cores. */
const ROUND_TIMEOUT_MS = 8 * 60_000;
const POLL_MS = 500;

function log(msg: string) {
  console.error(`[demo] ${msg}`);
}

function isoDay(offsetDays: number): string {
  const d = new Date(Date.now() + 7 * 3600_000 + offsetDays * 86400_000); // WIB calendar day
  return d.toISOString().slice(0, 10);
}

export async function seedDemo(db: Db, sites: DemoSites): Promise<void> {
  seedDatabase(db, { websiteUrls: Object.fromEntries(sites.sites.map((s) => [s.slug, s.url])) });
  await ensureDemoUsers(db);
}

export function hasCompletedScans(db: Db): boolean {
  return !!db.select({ id: scans.id }).from(scans).where(eq(scans.status, "completed")).limit(1).get();
}

/** Requests a scan of every active OPD and waits until all have finished. */
export async function scanAllAndWait(db: Db, trigger: "demo" | "manual" = "demo"): Promise<void> {
  const opds = db.select({ id: opd.id }).from(opd).where(eq(opd.active, true)).all();
  const scanIds = opds.map((o) => requestScan(db, o.id, trigger, null).scanId);
  const deadline = Date.now() + ROUND_TIMEOUT_MS;
  for (;;) {
    const open = db
      .select({ id: scans.id })
      .from(scans)
      .where(and(inArray(scans.id, scanIds), inArray(scans.status, ["queued", "running"])))
      .all();
    if (open.length === 0) break;
    if (Date.now() > deadline) throw new Error(`demo scans did not finish in time (${open.length} still open)`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  const failed = db
    .select({ id: scans.id, errorClass: scans.errorClass })
    .from(scans)
    .where(and(inArray(scans.id, scanIds), eq(scans.status, "failed")))
    .all();
  if (failed.length) log(`${failed.length} pindaian gagal: ${failed.map((f) => `#${f.id} (${f.errorClass})`).join(", ")}`);
}

/** The two-meeting story: scan "before", freeze meeting I, switch to "after", scan again. */
export async function runDemoStory(db: Db, sites: DemoSites): Promise<void> {
  log("pindaian putaran pertama (situs versi sebelum perbaikan) ...");
  sites.setVersion("before");
  let t = Date.now();
  await scanAllAndWait(db);
  log(`selesai dalam ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const first = createMeeting(db, {
    title: "Rapat Evaluasi Kepatuhan Pelayanan Publik I",
    heldOn: isoDay(-14),
    place: "Ruang Rapat Organisasi Setdakab Kuansing",
    createdBy: null,
  });
  freezeMeeting(db, first.id, "demo");
  log("pindaian putaran kedua (situs sesudah perbaikan) ...");
  sites.setVersion("after");
  t = Date.now();
  await scanAllAndWait(db);
  log(`selesai dalam ${((Date.now() - t) / 1000).toFixed(1)} s`);
  createMeeting(db, {
    title: "Rapat Evaluasi Kepatuhan Pelayanan Publik II",
    heldOn: isoDay(7),
    place: "Ruang Rapat Organisasi Setdakab Kuansing",
    createdBy: null,
  });
}
