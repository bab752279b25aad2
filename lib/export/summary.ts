/** The ringkasan of a dataset: average, OPD per zone colour, ranking. Pure. */
import { zoneLabel } from "@/lib/zones";
import type { OpdReportRow } from "./types";

export type ZoneCounts = { hijau: number; kuning: number; merah: number; belum: number };

export type ReportSummary = {
  opdCount: number;
  scoredCount: number;
  /** Mean of the OPD that have a score; null when none has. */
  average: number | null;
  zoneCounts: ZoneCounts;
  /** Best first; OPD without a score last, by name. */
  ranking: OpdReportRow[];
};

export function summarize(rows: OpdReportRow[]): ReportSummary {
  const scored = rows.filter((r) => r.score != null);
  const zoneCounts: ZoneCounts = { hijau: 0, kuning: 0, merah: 0, belum: 0 };
  for (const r of rows) {
    const color = zoneLabel(r.zone).color;
    zoneCounts[color === "none" ? "belum" : color] += 1;
  }
  return {
    opdCount: rows.length,
    scoredCount: scored.length,
    average: scored.length ? scored.reduce((s, r) => s + (r.score ?? 0), 0) / scored.length : null,
    zoneCounts,
    ranking: rankOpd(rows),
  };
}

export function rankOpd(rows: OpdReportRow[]): OpdReportRow[] {
  return [...rows].sort((a, b) => {
    if (a.score == null || b.score == null) {
      if (a.score == null && b.score == null) return a.name.localeCompare(b.name, "id");
      return a.score == null ? 1 : -1;
    }
    return b.score - a.score || a.name.localeCompare(b.name, "id");
  });
}

/**
 * A number as an export writes it: two decimals, decided at write time, so a cell holds 40.8
 * and not the 40.800000000000004 that summing weights in floating point leaves behind.
 */
export function round2(n: number | null | undefined): number | null {
  return n == null ? null : Math.round(n * 100) / 100;
}

/** The item rows grouped by OPD in ranking order (best first), each OPD's items in checklist order. */
export function itemsByRank<T extends { opdId: number }>(items: T[], rows: OpdReportRow[]): T[] {
  const rank = new Map(rankOpd(rows).map((r, i) => [r.opdId, i]));
  const at = (id: number) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  // Array.prototype.sort is stable: items keep their order within an OPD.
  return [...items].sort((a, b) => at(a.opdId) - at(b.opdId));
}
