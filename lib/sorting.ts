/**
 * Sorting of OPD lists (the OPD list, the matrix) by what an admin asks first: who scores
 * worst, which zone, who moved since the last meeting, or by name. Pure, so both pages and the
 * tests share one order. Rows without a value (never scanned, nothing to compare) go last in
 * either direction.
 */
import { z } from "zod";
import { zoneLabel } from "@/lib/zones";

export const SORT_KEYS = ["nilai", "zona", "perubahan", "nama"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = "naik" | "turun";

/** What a list's address may say (`?urut=nilai&arah=naik`); anything else falls back to the default. */
export const SortParams = z.object({
  urut: z.enum(SORT_KEYS).optional().catch(undefined),
  arah: z.enum(["naik", "turun"]).optional().catch(undefined),
});

export type Sortable = { name: string; score: number | null; zone: string | null; delta: number | null };

/** Worst zone first when ascending, matching "lowest score first". */
const ZONE_RANK = { merah: 0, kuning: 1, hijau: 2 } as const;

function value<T extends Sortable>(row: T, key: SortKey, nameOf: (r: T) => string): number | string | null {
  switch (key) {
    case "nilai":
      return row.score;
    case "perubahan":
      return row.delta;
    case "zona": {
      const c = zoneLabel(row.zone).color;
      return c === "none" ? null : ZONE_RANK[c];
    }
    case "nama":
      return nameOf(row);
  }
}

/**
 * A new sorted array; ties are broken by score (highest first), then name. `nameOf` is the name
 * the list shows (the matrix shows short names), so "by name" reads alphabetically on screen.
 */
export function sortOpdRows<T extends Sortable>(rows: readonly T[], key: SortKey, dir: SortDir, nameOf: (r: T) => string = (r) => r.name): T[] {
  const sign = dir === "naik" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = value(a, key, nameOf);
    const vb = value(b, key, nameOf);
    if (va == null || vb == null) {
      if (va != null) return -1;
      if (vb != null) return 1;
    } else if (va !== vb) {
      return sign * (typeof va === "string" ? va.localeCompare(vb as string, "id") : (va as number) - (vb as number));
    }
    return (b.score ?? -1) - (a.score ?? -1) || nameOf(a).localeCompare(nameOf(b), "id");
  });
}
