/**
 * Re-scoring benchmark: a checklist change (a weight, then a keyword) re-scores every stored
 * scan without crawling.
 */
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { checklistItems, checklistVersions } from "@/db/schema";
import { rescoreAll } from "@/lib/scan/rescore";
import { activeChecklist } from "@/lib/scan/checklist";

/** Copies the active version into a new active one with `edit` applied to its items. */
export function newVersionWith(db: Db, note: string, edit: (item: typeof checklistItems.$inferInsert) => void): number {
  return db.transaction((tx) => {
    const current = activeChecklist(tx as unknown as Db);
    const number = (tx.select().from(checklistVersions).all().reduce((n, v) => Math.max(n, v.number), 0) ?? 0) + 1;
    tx.update(checklistVersions).set({ active: false }).where(eq(checklistVersions.id, current.versionId)).run();
    const v = tx.insert(checklistVersions).values({ number, note, active: true }).returning().get();
    for (const { id: _id, ...item } of current.items) {
      const copy = { ...item, versionId: v.id, params: structuredClone(item.params) };
      edit(copy);
      tx.insert(checklistItems).values(copy).run();
    }
    return v.id;
  });
}

export function benchRescore(db: Db) {
  const weightVersion = newVersionWith(db, "bench: bobot KP-01 5 -> 6", (i) => {
    if (i.code === "KP-01") i.weight = 6;
  });
  let t = performance.now();
  const weight = rescoreAll(db, weightVersion);
  const weightMs = performance.now() - t;

  // The first item whose detector takes a keyword list gets one more keyword.
  const target = activeChecklist(db).items.find((i) => Array.isArray((i.params as { keywords?: unknown }).keywords));
  if (!target) throw new Error("no checklist item has a keywords parameter");
  const keywordVersion = newVersionWith(db, `bench: kata kunci baru ${target.code}`, (i) => {
    if (i.code === target.code) {
      const p = i.params as { keywords: string[] };
      p.keywords = [...p.keywords, "kata kunci tambahan"];
    }
  });
  t = performance.now();
  const keyword = rescoreAll(db, keywordVersion);
  const keywordMs = performance.now() - t;
  return {
    weightChange: { scans: weight.scans, ms: Math.round(weightMs), rejudged: weight.rejudgedItems },
    keywordChange: { scans: keyword.scans, ms: Math.round(keywordMs), rejudged: keyword.rejudgedItems },
  };
}
