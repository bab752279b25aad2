import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db";
import { checklistVersions, meetingOpd, meetings, opd, pages, scans, scanScores, type ChecklistItem } from "@/db/schema";
import { SiteArtifact } from "@/lib/artifacts/types";
import { explainError } from "@/lib/crawler/errors";
import { effectiveResults, latestCompletedScan, resultVersionFor, type EffectiveItem } from "@/lib/results/effective";
import { formatIsoDay } from "@/lib/format";

export type OpdItemView = EffectiveItem & { title: string; legalBasis: string; fixHint: string; mode: "A" | "P"; category: string };

/** Everything the OPD page shows: score, items to fix with evidence, services, trend, crawl log. */
export function getOpdDetail(slug: string) {
  const db = getDb();
  const o = db.select().from(opd).where(eq(opd.slug, slug)).get();
  if (!o) return null;
  const active = db.select().from(checklistVersions).where(eq(checklistVersions.active, true)).get();
  const scan = latestCompletedScan(db, o.id);
  const openScan =
    db
      .select({ id: scans.id, status: scans.status })
      .from(scans)
      .where(and(eq(scans.opdId, o.id), inArray(scans.status, ["queued", "running"])))
      .orderBy(desc(scans.id))
      .limit(1)
      .get() ?? null;
  const lastFailed =
    db
      .select()
      .from(scans)
      .where(and(eq(scans.opdId, o.id), eq(scans.status, "failed")))
      .orderBy(desc(scans.id))
      .limit(1)
      .get() ?? null;

  let results: { items: OpdItemView[]; score: ReturnType<typeof effectiveResults>["score"]; services: { name: string; url: string | null; components: Record<string, boolean> }[] } | null = null;
  if (scan && active) {
    const version = resultVersionFor(db, scan.id, active.id);
    if (version != null) {
      const eff = effectiveResults(db, o.id, scan.id, version);
      const byCode = new Map<string, ChecklistItem>(eff.items.map((i) => [i.code, i]));
      const ss = db
        .select({ services: scanScores.services })
        .from(scanScores)
        .where(and(eq(scanScores.scanId, scan.id), eq(scanScores.checklistVersionId, version)))
        .get();
      results = {
        score: eff.score,
        services: ss?.services ?? [],
        items: eff.effective.map((e) => {
          const ci = byCode.get(e.code)!;
          return { ...e, title: ci.title, legalBasis: ci.legalBasis, fixHint: ci.fixHint, mode: ci.mode, category: ci.category };
        }),
      };
    }
  }

  const history = db
    .select({ id: scans.id, finishedAt: scans.finishedAt, score: scanScores.score, versionId: scanScores.checklistVersionId })
    .from(scans)
    .innerJoin(scanScores, eq(scanScores.scanId, scans.id))
    .where(and(eq(scans.opdId, o.id), eq(scans.status, "completed")))
    .orderBy(asc(scans.id))
    .all()
    // one point per scan: the newest version it was scored under
    .filter((r, i, all) => !all.some((x, j) => j > i && x.id === r.id));
  const meetingPoints = db
    .select({ title: meetings.title, heldOn: meetings.heldOn, score: meetingOpd.score })
    .from(meetingOpd)
    .innerJoin(meetings, eq(meetings.id, meetingOpd.meetingId))
    .where(eq(meetingOpd.opdId, o.id))
    .orderBy(asc(meetings.heldOn))
    .all()
    .map((m) => ({ ...m, label: formatIsoDay(m.heldOn).replace(/^\S+, /, "") }));

  return { opd: o, scan, openScan, lastFailed, results, history, meetingPoints, crawl: scan ? crawlLog(scan.id, scan.site) : null };
}

function crawlLog(scanId: number, site: unknown) {
  const db = getDb();
  const rows = db
    .select({ url: pages.url, finalUrl: pages.finalUrl, status: pages.httpStatus, errorClass: pages.errorClass, depth: pages.depth })
    .from(pages)
    .where(eq(pages.scanId, scanId))
    .orderBy(asc(pages.id))
    .all();
  const parsed = SiteArtifact.safeParse(site);
  const s = parsed.success ? parsed.data : null;
  return {
    pages: rows.map((r) => ({ ...r, explanation: r.errorClass ? explainError(r.errorClass as never) : null })),
    failures: (s?.failures ?? []).map((f) => ({ ...f, explanation: explainError(f.errorClass) })),
    skipped: s?.skipped ?? [],
    robots: s?.robots ?? null,
    sitemap: s?.sitemap ?? null,
    durationMs: s?.durationMs ?? null,
  };
}

export type OpdDetail = NonNullable<ReturnType<typeof getOpdDetail>>;
