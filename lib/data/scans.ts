import "server-only";
import { and, count, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db";
import { opd, scans } from "@/db/schema";
import { explainError } from "@/lib/crawler/errors";
import { scheduleOverview } from "@/lib/jobs/scheduler";
import type { ErrorClass } from "@/lib/artifacts/types";
import { ERROR_CLASSES } from "@/lib/artifacts/types";

/** Recent scans of every OPD (or one), newest first, with failures explained in Indonesian. */
export function listScans(opts: { opdId?: number | null; limit?: number } = {}) {
  const db = getDb();
  const q = db
    .select({ scan: scans, opd: { id: opd.id, slug: opd.slug, shortName: opd.shortName } })
    .from(scans)
    .innerJoin(opd, eq(opd.id, scans.opdId))
    .orderBy(desc(scans.id))
    .limit(opts.limit ?? 100);
  const rows = (opts.opdId != null ? q.where(eq(scans.opdId, opts.opdId)) : q).all();
  return rows.map((r) => ({
    ...r,
    explanation:
      r.scan.errorClass && (ERROR_CLASSES as readonly string[]).includes(r.scan.errorClass)
        ? explainError(r.scan.errorClass as ErrorClass)
        : r.scan.errorClass
          ? { title: r.scan.errorClass, explanation: r.scan.errorMessage ?? "", fixHint: "" }
          : null,
  }));
}

export function getScheduleOverview() {
  return scheduleOverview(getDb());
}

/** How many scans are waiting or running (of one OPD, or all), for the pages that follow them live. */
export function openScanCount(opdId?: number | null): number {
  const open = inArray(scans.status, ["queued", "running"]);
  return (
    getDb()
      .select({ n: count() })
      .from(scans)
      .where(opdId != null ? and(open, eq(scans.opdId, opdId)) : open)
      .get()?.n ?? 0
  );
}
