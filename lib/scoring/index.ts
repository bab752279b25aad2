/**
 * Scoring: item score = weight x level / 3; the OPD score is the sum over decided items scaled
 * to 0-100 over the weight that was decided. `review` and `error` never count as 0: their
 * weight is reported as undecided. A manual verdict replaces the scanner's level and status.
 */
import type { ScoredItemInput, VerdictInput, ZonePreset } from "./types";
import { round2, zoneFor, type ZoneResult } from "./zones";

export { ZONE_PRESETS, zoneFor, round2 } from "./zones";
export type { Zone, ZoneColor, ZoneResult } from "./zones";

/** Highest level of the Ombudsman's 0-3 interval. */
export const MAX_LEVEL = 3;

export type AppliedItem = ScoredItemInput & {
  source: "scanner" | "manual";
  scannerLevel: number | null;
  scannerStatus: ScoredItemInput["status"];
};

export type ScoredItem = AppliedItem & { itemScore: number | null };

export type OpdScore = {
  score: number | null;
  zone: ZoneResult | null;
  decidedWeight: number;
  undecidedWeight: number;
  totalWeight: number;
  /** Sum of weight x level / 3 over decided items, unrounded (stored so re-scoring can adjust it). */
  earnedWeight: number;
  items: ScoredItem[];
};

function clampLevel(level: number): number {
  return Math.min(MAX_LEVEL, Math.max(0, Math.round(level)));
}

/** Applies manual verdicts (last one per code wins) over the scanner's results. */
export function applyVerdicts(items: ScoredItemInput[], verdicts: VerdictInput[]): AppliedItem[] {
  const byCode = new Map<string, number>();
  for (const v of verdicts) byCode.set(v.code, v.level);
  return items.map((item) => {
    const manual = byCode.get(item.code);
    const base = { scannerLevel: item.level, scannerStatus: item.status };
    if (manual === undefined) return { ...item, ...base, source: "scanner" as const };
    return { ...item, ...base, status: "scored" as const, level: clampLevel(manual), source: "manual" as const };
  });
}

/** Weight x level / 3 for a scored item; null when the item is undecided (review or error). */
export function itemScore(item: Pick<ScoredItemInput, "weight" | "status" | "level">): number | null {
  if (item.status !== "scored" || item.level === null) return null;
  return round2((item.weight * clampLevel(item.level)) / MAX_LEVEL);
}

/**
 * The OPD's score over decided weight, its zone, and how much weight is still undecided.
 * With nothing decided the score and zone are null rather than 0.
 */
export function scoreOpd(items: ScoredItemInput[], verdicts: VerdictInput[], preset: ZonePreset): OpdScore {
  const applied = applyVerdicts(items, verdicts);
  let decidedWeight = 0;
  let undecidedWeight = 0;
  let earned = 0;
  const scored = applied.map((item) => {
    const decided = item.status === "scored" && item.level !== null;
    if (decided) {
      decidedWeight += item.weight;
      earned += (item.weight * clampLevel(item.level!)) / MAX_LEVEL;
    } else {
      undecidedWeight += item.weight;
    }
    return { ...item, itemScore: itemScore(item) };
  });
  return { ...scoreFromTotals(earned, decidedWeight, undecidedWeight, preset), items: scored };
}

/**
 * The same formula from totals already summed (by SQL when re-scoring thousands of scans):
 * earned = sum of weight x level / 3 over decided items.
 */
/**
 * Float sums of thirds land a hair off (50.999999999999 for 51), and a half then rounds the
 * wrong way; nine decimals put them back, so every path (summed per item, adjusted by re-scoring)
 * gives the same score.
 */
export function settle(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

export function scoreFromTotals(
  earned: number,
  decidedWeight: number,
  undecidedWeight: number,
  preset: ZonePreset,
): Omit<OpdScore, "items"> {
  earned = settle(earned);
  decidedWeight = settle(decidedWeight);
  undecidedWeight = settle(undecidedWeight);
  const score = decidedWeight > 0 ? round2((earned / decidedWeight) * 100) : null;
  return {
    score,
    zone: score === null ? null : zoneFor(score, preset),
    decidedWeight: round2(decidedWeight),
    undecidedWeight: round2(undecidedWeight),
    totalWeight: round2(decidedWeight + undecidedWeight),
    earnedWeight: earned,
  };
}
