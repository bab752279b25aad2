/** The active checklist version and its items, as the checks and scoring need them. */
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { checklistItems, checklistVersions, type ChecklistItem } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { ItemSpec } from "@/lib/checks/types";
import { DEFAULT_ITEM_CONFIG } from "@/lib/checks/defaults";
import { CHECKLIST_SEED } from "@/db/seed/checklist";

export type ActiveChecklist = { versionId: number; number: number; items: ChecklistItem[] };

export function activeChecklist(db: Db): ActiveChecklist {
  const version = db
    .select()
    .from(checklistVersions)
    .where(eq(checklistVersions.active, true))
    .get();
  if (!version) {
    throw new AppError("not_found", "Belum ada daftar periksa aktif. Jalankan `npm run demo` atau impor daftar periksa bawaan.");
  }
  return { versionId: version.id, number: version.number, items: checklistItemsOf(db, version.id) };
}

export function checklistItemsOf(db: Db, versionId: number): ChecklistItem[] {
  return db
    .select()
    .from(checklistItems)
    .where(eq(checklistItems.versionId, versionId))
    .orderBy(asc(checklistItems.position))
    .all();
}

export function toItemSpecs(items: ItemSpec[]): ItemSpec[] {
  return items.map((i) => ({
    code: i.code,
    detector: i.detector,
    params: i.params,
    mode: i.mode,
    weight: i.weight,
  }));
}

/** The default checklist (checklist.md + the detectors' defaults), without a database. */
export function defaultItemSpecs(): ItemSpec[] {
  return CHECKLIST_SEED.map((i) => {
    const c = DEFAULT_ITEM_CONFIG[i.code];
    return { code: i.code, detector: c.detector, params: c.params, mode: i.mode, weight: i.weight };
  });
}
