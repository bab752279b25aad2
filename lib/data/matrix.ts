import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { CATEGORIES, type Category } from "@/db/schema";
import { standingSinceBaseline } from "@/lib/meetings";
import { CURRENT_CTE } from "@/lib/results/current";
import { effectiveResults } from "@/lib/results/effective";
import { resolvedResults } from "@/lib/results/rows";
import { activeChecklist } from "@/lib/scan/checklist";
import { sortOpdRows, type SortDir, type SortKey } from "@/lib/sorting";
import { zoneLabel } from "@/lib/zones";

export type Cell = { status: "scored" | "review" | "error"; level: number | null; manual: boolean };

export type MatrixFilter = {
  category?: Category;
  zone?: "hijau" | "kuning" | "merah";
  status?: "review" | "error" | "kurang";
  sort: SortKey;
  dir: SortDir;
};

/** OPD x item levels of every OPD's current scan, with manual verdicts applied. */
export function getMatrix(filter: MatrixFilter) {
  const db = getDb();
  const checklist = activeChecklist(db);
  const items = checklist.items.filter((i) => !filter.category || i.category === filter.category);
  const standing = standingSinceBaseline(db);
  let rows = standing.rows;
  if (filter.zone) rows = rows.filter((r) => zoneLabel(r.zone).color === filter.zone);
  const cells = new Map<number, Map<string, Cell>>();
  const raw = db.all<{ opd_id: number; code: string; status: Cell["status"]; level: number | null }>(sql`
    with ${CURRENT_CTE}, res as (${resolvedResults(sql`cur`)})
    select cur.opd_id, r.code, r.status, r.level
    from cur join res r on r.scan_id = cur.scan_id
  `);
  for (const r of raw) {
    if (!cells.has(r.opd_id)) cells.set(r.opd_id, new Map());
    cells.get(r.opd_id)!.set(r.code, { status: r.status, level: r.level, manual: false });
  }
  // Manual verdicts override the scanner's cells, exactly as on the OPD page.
  const withVerdicts = new Set(
    db.all<{ opd_id: number }>(sql`select distinct opd_id from manual_verdicts where withdrawn_at is null`).map((r) => r.opd_id),
  );
  for (const row of rows) {
    if (row.scanId == null || row.versionId == null || !withVerdicts.has(row.opdId)) continue;
    const eff = effectiveResults(db, row.opdId, row.scanId, row.versionId);
    const m = new Map<string, Cell>();
    for (const e of eff.effective) m.set(e.code, { status: e.status, level: e.level, manual: e.source === "manual" });
    cells.set(row.opdId, m);
  }
  if (filter.status) {
    const codes = new Set(items.map((i) => i.code));
    rows = rows.filter((r) => {
      const c = [...(cells.get(r.opdId)?.entries() ?? [])].filter(([code]) => codes.has(code)).map(([, v]) => v);
      if (filter.status === "review") return c.some((x) => x.status === "review");
      if (filter.status === "error") return c.some((x) => x.status === "error");
      return c.some((x) => x.status === "scored" && (x.level ?? 0) < 2);
    });
  }
  rows = sortOpdRows(rows, filter.sort, filter.dir, (r) => r.shortName);
  return { items, rows, cells, categories: CATEGORIES, meeting: standing.meeting };
}
