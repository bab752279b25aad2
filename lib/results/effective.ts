/**
 * The results people see: the scanner's item results of a scan with the standing manual
 * verdicts applied, and the score that follows. A verdict stands over later scans until it is
 * withdrawn or the evidence it was given on changes (then it lapses and the scanner's level shows).
 */
import { createHash } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db";
import { manualVerdicts, scans, scanScores, settings, type Evidence } from "@/db/schema";
import { scoreOpd } from "@/lib/scoring";
import { checklistItemsOf } from "@/lib/scan/checklist";
import { scoringResults } from "./rows";

export function evidenceHash(evidence: Evidence[]): string {
  const basis = evidence.map((e) => `${e.url}\n${e.excerpt}`).join("\n--\n");
  return createHash("sha256").update(basis).digest("hex").slice(0, 32);
}

export type StandingVerdict = typeof manualVerdicts.$inferSelect;

/** Active (not withdrawn) verdicts of one OPD, newest first per code. */
export function standingVerdicts(db: Db, opdId: number): Map<string, StandingVerdict> {
  const rows = db
    .select()
    .from(manualVerdicts)
    .where(and(eq(manualVerdicts.opdId, opdId), isNull(manualVerdicts.withdrawnAt)))
    .orderBy(desc(manualVerdicts.id))
    .all();
  const byCode = new Map<string, StandingVerdict>();
  for (const v of rows) if (!byCode.has(v.code)) byCode.set(v.code, v);
  return byCode;
}

/** The latest completed scan of an OPD (never a running or half-finished one). */
export function latestCompletedScan(db: Db, opdId: number) {
  return (
    db
      .select()
      .from(scans)
      .where(and(eq(scans.opdId, opdId), eq(scans.status, "completed")))
      .orderBy(desc(scans.id))
      .limit(1)
      .get() ?? null
  );
}

/** Which checklist version to read a scan under: the active one if it was re-scored, else its own. */
export function resultVersionFor(db: Db, scanId: number, activeVersionId: number): number | null {
  const rows = db
    .select({ v: scanScores.checklistVersionId })
    .from(scanScores)
    .where(eq(scanScores.scanId, scanId))
    .all();
  if (rows.some((r) => r.v === activeVersionId)) return activeVersionId;
  return rows.length ? Math.max(...rows.map((r) => r.v)) : null;
}

export type EffectiveItem = {
  code: string;
  weight: number;
  status: "scored" | "review" | "error";
  level: number | null;
  source: "scanner" | "manual";
  scannerStatus: "scored" | "review" | "error";
  scannerLevel: number | null;
  evidence: Evidence[];
  reason: string;
  verdict: StandingVerdict | null;
  /** A verdict exists but its evidence changed since, so it no longer applies. */
  verdictLapsed: boolean;
  itemScore: number | null;
};

export function effectiveResults(db: Db, opdId: number, scanId: number, versionId: number) {
  const items = checklistItemsOf(db, versionId);
  const results = scoringResults(db, scanId, versionId);
  const byCode = new Map(results.map((r) => [r.code, r]));
  const verdicts = standingVerdicts(db, opdId);
  const preset = db.select({ p: settings.zonePreset }).from(settings).get()?.p ?? "ombudsman2021";

  const applied: { code: string; level: number }[] = [];
  const rows = items.map((item) => {
    const r = byCode.get(item.code);
    const evidence = r?.evidence ?? [];
    const v = verdicts.get(item.code) ?? null;
    const lapsed = !!v && !!v.evidenceHash && v.evidenceHash !== evidenceHash(evidence);
    if (v && !lapsed) applied.push({ code: item.code, level: v.level });
    return { item, r, v, lapsed, evidence };
  });
  const score = scoreOpd(
    rows.map(({ item, r }) => ({
      code: item.code,
      weight: item.weight,
      status: r?.status ?? "error",
      level: r?.level ?? null,
    })),
    applied,
    preset,
  );
  const scored = new Map(score.items.map((s) => [s.code, s]));
  const effective: EffectiveItem[] = rows.map(({ item, r, v, lapsed, evidence }) => {
    const s = scored.get(item.code)!;
    return {
      code: item.code,
      weight: item.weight,
      status: s.status,
      level: s.level,
      source: s.source,
      scannerStatus: r?.status ?? "error",
      scannerLevel: r?.level ?? null,
      evidence,
      reason: r?.reason ?? "Butir ini belum dinilai pada pindaian ini.",
      verdict: v,
      verdictLapsed: lapsed,
      itemScore: s.itemScore,
    };
  });
  return { items, effective, score, preset };
}
