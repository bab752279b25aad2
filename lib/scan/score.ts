/**
 * Judges stored artifacts against a checklist version and writes the results. Used at the end
 * of a scan; lib/scan/rescore.ts re-scores stored scans after a checklist change.
 */
import type { Db } from "@/db";
import { itemResults, scanScores } from "@/db/schema";
import type { ItemResult, ItemSpec } from "@/lib/checks/types";
import type { ScanArtifacts } from "@/lib/artifacts/types";
import { runChecks } from "@/lib/checks";
import { scoreOpd } from "@/lib/scoring";
import type { ZonePreset } from "@/lib/scoring/types";
import type { Tx } from "./artifacts-store";
import { toItemSpecs } from "./checklist";

export type Judgement = ReturnType<typeof judge>;

/** An unreachable site cannot be judged: every item is "error", never 0. */
export function unreachableResults(items: Pick<ItemSpec, "code">[]): ItemResult[] {
  return items.map((i) => ({
    code: i.code,
    status: "error" as const,
    level: null,
    evidence: [],
    reason: "Situs tidak dapat dijangkau saat pindaian, sehingga butir ini tidak dapat diperiksa.",
  }));
}

/** Pure: artifacts + checklist -> item results, service matrix and the scanner's own score. */
export function judge(
  artifacts: ScanArtifacts,
  items: ItemSpec[],
  ctx: { opd: { name: string; shortName: string; websiteUrl: string; services: string[] }; officialDomain: string; now: Date; preset: ZonePreset },
) {
  const { results, services } = artifacts.site.reachable
    ? runChecks(artifacts, toItemSpecs(items), { opd: ctx.opd, officialDomain: ctx.officialDomain, now: ctx.now })
    : { results: unreachableResults(items), services: [] };
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
      earnedWeight: j.score.earnedWeight,
      services: j.services,
    })
    .run();
}
