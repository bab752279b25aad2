/**
 * A small real database story for the dataset and meeting tests: three OPD, a three-item
 * checklist, two rounds of completed scans, written as the scan pipeline writes them.
 */
import type { Db } from "@/db";
import { checklistItems, checklistVersions, itemResults, opd, scans, scanScores, settings } from "@/db/schema";

export const ITEMS = [
  { code: "A-01", title: "Maklumat pelayanan", weight: 50, fixHint: "Terbitkan maklumat." },
  { code: "A-02", title: "Persyaratan pelayanan", weight: 30, fixHint: "Tulis persyaratan." },
  { code: "A-03", title: "Biaya/tarif", weight: 20, fixHint: "Umumkan tarif." },
] as const;

type Result = { code: string; status: "scored" | "review" | "error"; level: number | null; url?: string };

export function seedStory(db: Db) {
  db.insert(settings).values({ id: 1, regencyName: "Kabupaten Uji", officialDomain: "uji.go.id" }).run();
  const mk = (slug: string, name: string, shortName: string) =>
    db.insert(opd).values({ slug, name, shortName, websiteUrl: `http://${slug}.uji.go.id/` }).returning().get();
  const alpha = mk("alpha", "Dinas Alpha", "Alpha");
  const beta = mk("beta", "Badan Beta", "Beta");
  const gamma = mk("gamma", "Kantor Gamma", "Gamma");
  const version = db.insert(checklistVersions).values({ number: 1, active: true }).returning().get();
  ITEMS.forEach((i, position) =>
    db
      .insert(checklistItems)
      .values({ ...i, versionId: version.id, category: "SP", legalBasis: `Dasar ${i.code}`, detector: "uji", params: {}, mode: "A", position })
      .run(),
  );
  return { alpha, beta, gamma, versionId: version.id };
}

/** A completed scan with its item results, as runScan leaves it. */
export function addScan(db: Db, opdId: number, versionId: number, results: Result[], finishedAt: Date): number {
  const scan = db.insert(scans).values({ opdId, trigger: "manual", status: "completed", finishedAt, checklistVersionId: versionId }).returning().get();
  for (const r of results) {
    db.insert(itemResults)
      .values({
        scanId: scan.id,
        checklistVersionId: versionId,
        code: r.code,
        status: r.status,
        level: r.level,
        evidence: r.url ? [{ url: r.url, excerpt: "kutipan" }, { url: r.url, excerpt: "kutipan lain" }] : [],
      })
      .run();
  }
  // The stored score is the scanner's own; effective results re-score with verdicts applied.
  db.insert(scanScores).values({ scanId: scan.id, checklistVersionId: versionId, score: 0, zone: null, decidedWeight: 0, undecidedWeight: 0 }).run();
  return scan.id;
}
