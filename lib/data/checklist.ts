import "server-only";
import { desc } from "drizzle-orm";
import { getDb } from "@/db";
import { checklistVersions, CATEGORIES, type Category } from "@/db/schema";
import { activeChecklist } from "@/lib/scan/checklist";

export const CATEGORY_LABELS: Record<Category, string> = {
  SP: "Standar Pelayanan",
  KP: "Komitmen Pelayanan",
  PG: "Pengaduan",
  SK: "Kinerja dan Survei Kepuasan Masyarakat",
  PI: "Pelayanan Inklusif",
  KI: "Keterbukaan Informasi / PPID",
  PR: "Profil Penyelenggara",
  WQ: "Kualitas Situs dan Kanal",
};

/** The active checklist grouped by category, in checklist order. */
export function getActiveChecklist() {
  const { versionId, number, items } = activeChecklist(getDb());
  const groups = CATEGORIES.map((category) => {
    const rows = items.filter((i) => i.category === category);
    return { category, label: CATEGORY_LABELS[category], weight: rows.reduce((s, i) => s + i.weight, 0), items: rows };
  }).filter((g) => g.items.length > 0);
  return { versionId, number, totalWeight: items.reduce((s, i) => s + i.weight, 0), groups };
}

export function listChecklistVersions() {
  return getDb().select().from(checklistVersions).orderBy(desc(checklistVersions.number)).all();
}
