/**
 * Re-scoring stores only what changed and adjusts stored totals; this holds it to the one thing
 * that matters: every scoring reads exactly as if the scan had been judged afresh under that
 * version. Real SQLite file, the real checks, the admin's own version functions.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { itemResults, opd, scanScores, settings } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { activateChecklistVersion, createChecklistVersion, editOf, rescoreChecklistVersion, type ItemEdit } from "@/lib/admin/checklist";
import { editorParams } from "@/lib/admin/checklist-form";
import { createOpd } from "@/lib/admin/opd";
import { sampleArtifacts, storeCompletedScan } from "@/lib/admin/testing";
import type { ScanArtifacts } from "@/lib/artifacts/types";
import { currentStanding, mostMissedItems } from "@/lib/results/current";
import { scoringResults } from "@/lib/results/rows";
import { activeChecklist, checklistItemsOf } from "./checklist";
import { judge } from "./score";
import { tempDb } from "@/lib/testing/tmp-db";

const ADMIN = { id: "u-admin", name: "Admin Organisasi" };
const STARTED = new Date("2026-05-01T03:00:00Z");

let t: ReturnType<typeof tempDb>;
let db: Db;
const stored = new Map<number, { opdId: number; artifacts: ScanArtifacts }>();

/** Three OPD sites of different quality: complete, without the maklumat page, unreachable. */
function sites(): ScanArtifacts[] {
  const full = sampleArtifacts("http://127.0.0.1:9/");
  const partial = sampleArtifacts("http://127.0.0.1:10/");
  partial.pages = partial.pages.filter((p) => !p.url.endsWith("maklumat"));
  partial.pages[0].links = partial.pages[0].links.filter((l) => !l.href.endsWith("maklumat"));
  const down = sampleArtifacts("http://127.0.0.1:11/");
  down.site.reachable = false;
  down.site.errorClass = "dns";
  down.pages = [];
  return [full, partial, down];
}

function scan(opdId: number, artifacts: ScanArtifacts) {
  stored.set(storeCompletedScan(db, opdId, artifacts), { opdId, artifacts });
}

/** A new active version from the active one with `change` applied to the named items. */
function newVersion(note: string, change: Record<string, (e: ItemEdit) => void>): number {
  const active = activeChecklist(db);
  const edits = Object.fromEntries(
    Object.entries(change).map(([code, fn]) => {
      const e = structuredClone(editOf(active.items.find((i) => i.code === code)!));
      fn(e);
      return [code, e];
    }),
  );
  return createChecklistVersion(db, { baseVersionId: active.versionId, note, edits }, ADMIN).versionId;
}

/** Every scoring of every scan against a fresh judgement of its artifacts under that version. */
function expectEveryScoringFresh() {
  const set = db.select().from(settings).get()!;
  let compared = 0;
  for (const [scanId, { opdId, artifacts }] of stored) {
    const o = db.select().from(opd).where(eq(opd.id, opdId)).get()!;
    for (const s of db.select().from(scanScores).where(eq(scanScores.scanId, scanId)).all()) {
      const items = checklistItemsOf(db, s.checklistVersionId);
      const fresh = judge(artifacts, items, {
        opd: { name: o.name, shortName: o.shortName, websiteUrl: o.websiteUrl, services: o.services },
        officialDomain: set.officialDomain,
        now: STARTED,
        preset: set.zonePreset,
      });
      const byCode = (rows: { code: string }[]) => [...rows].sort((a, b) => a.code.localeCompare(b.code));
      const read = scoringResults(db, scanId, s.checklistVersionId).map(({ code, status, level, evidence, reason }) => ({ code, status, level, evidence, reason }));
      expect(byCode(read), `scan ${scanId}, version ${s.checklistVersionId}`).toEqual(
        byCode(fresh.results.map(({ code, status, level, evidence, reason }) => ({ code, status, level, evidence, reason }))),
      );
      expect({ score: s.score, zone: s.zone, decided: s.decidedWeight, undecided: s.undecidedWeight }).toEqual({
        score: fresh.score.score,
        zone: fresh.score.zone?.id ?? null,
        decided: fresh.score.decidedWeight,
        undecided: fresh.score.undecidedWeight,
      });
      expect(s.earnedWeight).toBeCloseTo(fresh.score.earnedWeight, 6);
      compared++;
    }
  }
  return compared;
}

let v1Rows: (typeof itemResults.$inferSelect)[];
let v1: number;
let v2: number;
let kw: string;
let other: string;
let third: string;

beforeAll(() => {
  t = tempDb();
  db = t.db;
  seedDatabase(db);
  const urls = ["http://127.0.0.1:9/", "http://127.0.0.1:10/", "http://127.0.0.1:11/"];
  const ids = urls.map((u, k) => createOpd(db, { name: `Dinas Uji ${k + 1}`, shortName: `Uji${k + 1}`, websiteUrl: u }, ADMIN).id);
  sites().forEach((a, k) => scan(ids[k], a));
  const items = activeChecklist(db).items;
  const keyworded = items.filter((i) => editorParams(i.params).keywords !== null);
  kw = keyworded.find((i) => i.code === "SP-01")?.code ?? keyworded[0].code;
  other = keyworded.find((i) => i.code !== kw)!.code;
  third = items.find((i) => i.code !== kw && i.code !== other)!.code;
  v1 = activeChecklist(db).versionId;
  v1Rows = db.select().from(itemResults).where(eq(itemResults.checklistVersionId, v1)).all();
});
afterAll(() => t.cleanup());

describe("rescoreAll", () => {
  it("a weight change writes no item results and gives the scores of a fresh judgement", () => {
    const before = db.select().from(itemResults).all().length;
    v2 = newVersion("bobot", { [third]: (e) => (e.weight += 3) });
    expect(rescoreChecklistVersion(db, v2, ADMIN)).toMatchObject({ scans: 3, rejudgedItems: [] });
    expect(db.select().from(itemResults).all()).toHaveLength(before);
    expect(db.select().from(scanScores).where(eq(scanScores.checklistVersionId, v2)).all().map((s) => s.baseVersionId)).toEqual([v1, v1, v1]);
    expect(expectEveryScoringFresh()).toBe(6);
  });

  it("a keyword change stores only that item, judged again, for every scan", () => {
    const v = newVersion("kata kunci", { [kw]: (e) => ((e.params.keywords as string[]).push("maklumat pelayanan"), (e.weight += 1)) });
    expect(rescoreChecklistVersion(db, v, ADMIN)).toMatchObject({ scans: 3, rejudgedItems: [kw] });
    const rows = db.select().from(itemResults).where(eq(itemResults.checklistVersionId, v)).all();
    expect(rows.map((r) => r.code)).toEqual([kw, kw, kw]);
    expect(expectEveryScoringFresh()).toBe(9);
  });

  it("chains of versions, a rollback and a version made from the older one all read as fresh judgements", () => {
    const v4 = newVersion("mode dan bobot", { [other]: (e) => (e.mode = e.mode === "A" ? "P" : "A"), [kw]: (e) => (e.weight += 2) });
    expect(rescoreChecklistVersion(db, v4, ADMIN).rejudgedItems).toEqual([other]);
    // A scan made under v4 stores every item itself.
    const [full] = sites();
    scan([...stored.values()][0].opdId, full);
    expect(expectEveryScoringFresh()).toBe(13);

    // Back to v2 (no keyword change, no mode change), then a new version from it: compared with
    // the scans' newest scoring (v4), the keyword item, the mode item and the edited item differ.
    activateChecklistVersion(db, v2, ADMIN);
    const v5 = newVersion("dari versi 2", { [third]: (e) => (e.weight += 1), [other]: (e) => (e.weight += 1) });
    const r = rescoreChecklistVersion(db, v5, ADMIN);
    expect(r.scans).toBe(4);
    expect(r.rejudgedItems).toEqual([kw, other].sort());
    expect(expectEveryScoringFresh()).toBe(17);
    expect(rescoreChecklistVersion(db, v5, ADMIN).scans).toBe(0);
  });

  it("the summary's most-missed items count the same results the OPD pages read", () => {
    const current = currentStanding(db);
    const expected = new Map<string, number>();
    for (const c of current) {
      if (c.scanId == null || c.versionId == null) continue;
      for (const r of scoringResults(db, c.scanId, c.versionId)) {
        if (r.status === "scored" && (r.level ?? 0) < 2) expected.set(r.code, (expected.get(r.code) ?? 0) + 1);
      }
    }
    const missed = mostMissedItems(db, current, 100);
    expect(missed.length).toBeGreaterThan(0);
    for (const m of missed) expect([m.code, m.missing]).toEqual([m.code, expected.get(m.code) ?? 0]);
    expect(missed.reduce((s, m) => s + m.missing, 0)).toBe([...expected.values()].reduce((s, n) => s + n, 0));
  });

  it("leaves the first version's stored results exactly as they were", () => {
    expect(v1Rows).toHaveLength(3 * checklistItemsOf(db, v1).length);
    expect(db.select().from(itemResults).where(eq(itemResults.checklistVersionId, v1)).all()).toEqual(v1Rows);
  });
});
