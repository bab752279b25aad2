/**
 * Judges stored artifacts against a checklist version and writes the results. Used at the end
 * of a scan and when a checklist change re-scores stored scans without crawling.
 */
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { itemResults, opd, scanScores, scans, settings } from "@/db/schema";
import type { ItemSpec } from "@/lib/checks/types";
import type { ScanArtifacts } from "@/lib/artifacts/types";
import { runChecks } from "@/lib/checks";
import { scoreOpd } from "@/lib/scoring";
import type { ZonePreset } from "@/lib/scoring/types";
import { loadArtifacts, type Tx } from "./artifacts-store";
import { checklistItemsOf, toItemSpecs } from "./checklist";

export type Judgement = ReturnType<typeof judge>;

/** Pure: artifacts + checklist -> item results, service matrix and the scanner's own score. */
export function judge(
  artifacts: ScanArtifacts,
  items: ItemSpec[],
  ctx: { opd: { name: string; shortName: string; websiteUrl: string; services: string[] }; officialDomain: string; now: Date; preset: ZonePreset },
) {
  // An unreachable site cannot be judged: every item is "error", never 0.
  const { results, services } = artifacts.site.reachable
    ? runChecks(artifacts, toItemSpecs(items), { opd: ctx.opd, officialDomain: ctx.officialDomain, now: ctx.now })
    : {
        results: items.map((i) => ({
          code: i.code,
          status: "error" as const,
          level: null,
          evidence: [],
          reason: "Situs tidak dapat dijangkau saat pindaian, sehingga butir ini tidak dapat diperiksa.",
        })),
        services: [],
      };
  const weights = new Map(items.map((i) => [i.code, i.weight]));
  const score = scoreOpd(
    results.map((r) => ({ code: r.code, weight: weights.get(r.code) ?? 0, status: r.status, level: r.level })),
    [],
    ctx.preset,
  );
  return { results, services, score };
}

export function writeJudgement(tx: Tx | Db, scanId: number, versionId: number, j: Judgement): void {
  for (const r of j.results) {
    tx.insert(itemResults)
      .values({
        scanId,
        checklistVersionId: versionId,
        code: r.code,
        status: r.status,
        level: r.level,
        evidence: r.evidence,
        reason: r.reason,
      })
      .run();
  }
  tx.insert(scanScores)
    .values({
      scanId,
      checklistVersionId: versionId,
      score: j.score.score,
      zone: j.score.zone?.id ?? null,
      decidedWeight: j.score.decidedWeight,
      undecidedWeight: j.score.undecidedWeight,
      services: j.services,
    })
    .run();
}

/**
 * Re-scores one completed scan under a checklist version from its stored artifacts. Old results
 * stay with their version; returns false when the scan already has results for this version.
 */
export function rescoreScan(db: Db, scanId: number, versionId: number): boolean {
  const existing = db
    .select({ scanId: scanScores.scanId })
    .from(scanScores)
    .where(and(eq(scanScores.scanId, scanId), eq(scanScores.checklistVersionId, versionId)))
    .get();
  if (existing) return false;
  const row = db
    .select({ scan: scans, opd })
    .from(scans)
    .innerJoin(opd, eq(opd.id, scans.opdId))
    .where(eq(scans.id, scanId))
    .get();
  if (!row || row.scan.status !== "completed") return false;
  const artifacts = loadArtifacts(db, scanId);
  if (!artifacts) return false;
  const set = db.select().from(settings).get();
  const j = judge(artifacts, checklistItemsOf(db, versionId), {
    opd: row.opd,
    officialDomain: set?.officialDomain ?? "",
    now: row.scan.startedAt ?? row.scan.queuedAt,
    preset: set?.zonePreset ?? "ombudsman2021",
  });
  db.transaction((tx) => writeJudgement(tx, scanId, versionId, j));
  return true;
}

/** Re-scores every completed scan under a version; returns how many were scored. */
export function rescoreAll(db: Db, versionId: number): number {
  const ids = db.select({ id: scans.id }).from(scans).where(eq(scans.status, "completed")).all();
  let n = 0;
  for (const { id } of ids) if (rescoreScan(db, id, versionId)) n++;
  return n;
}
