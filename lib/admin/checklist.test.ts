import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { auditLog, checklistVersions, itemResults, scanScores, type ChecklistItem } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { AppError } from "@/lib/errors";
import { scoringResults } from "@/lib/results/rows";
import { activeChecklist, checklistItemsOf } from "@/lib/scan/checklist";
import { tempDb } from "@/lib/testing/tmp-db";
import { activateChecklistVersion, createChecklistVersion, editOf, rescoreChecklistVersion, type ItemEdit } from "./checklist";
import { editorParams, fieldName, paramsJson, parseChecklistForm } from "./checklist-form";
import { createOpd } from "./opd";
import { sampleArtifacts, storeCompletedScan } from "./testing";
import { fieldErrorsFrom, stableStringify } from "./validation";

const ADMIN = { id: "u-admin", name: "Admin Organisasi" };

let t: ReturnType<typeof tempDb>;
let db: Db;
let scanId: number;
let v1: { versionId: number; items: ChecklistItem[] };
/** An item whose detector takes a keyword list, and another item whose weight we change. */
let kwItem: ChecklistItem;
let weightItem: ChecklistItem;

beforeAll(() => {
  t = tempDb();
  db = t.db;
  seedDatabase(db);
  const o = createOpd(db, { name: "Dinas Uji Coba", shortName: "Dinuji", websiteUrl: "http://127.0.0.1:9/" }, ADMIN);
  scanId = storeCompletedScan(db, o.id, sampleArtifacts("http://127.0.0.1:9/"));
  v1 = activeChecklist(db);
  kwItem = v1.items.find((i) => editorParams(i.params).keywords !== null)!;
  weightItem = v1.items.find((i) => i.code !== kwItem.code)!;
});
afterAll(() => t.cleanup());

function edits(over: Record<string, Partial<ItemEdit>>): Record<string, ItemEdit> {
  return Object.fromEntries(
    Object.entries(over).map(([code, e]) => [code, { ...editOf(v1.items.find((i) => i.code === code)!), ...e }]),
  );
}

function errorsOf(fn: () => unknown): Record<string, string> {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return fieldErrorsFrom(e) ?? { _error: (e as Error).message };
  }
  throw new Error("expected the call to throw");
}

describe("checklist versions", () => {
  it("refuses a non-positive weight, parameters the detector rejects, an empty note and a save without changes", () => {
    const bad = errorsOf(() =>
      createChecklistVersion(
        db,
        { baseVersionId: v1.versionId, note: "", edits: edits({ [weightItem.code]: { weight: 0 }, [kwItem.code]: { params: { ...kwItem.params, keywords: 42 } } }) },
        ADMIN,
      ),
    );
    expect(bad[`${weightItem.code}.weight`]).toMatch(/lebih dari 0/);
    expect(bad[`${kwItem.code}.keywords`]).toMatch(/Parameter tidak sesuai untuk detektor/);
    expect(bad.note).toMatch(/catatan/);
    const none = errorsOf(() => createChecklistVersion(db, { baseVersionId: v1.versionId, note: "tanpa perubahan", edits: edits({ [weightItem.code]: {} }) }, ADMIN));
    expect(none._form).toBe("Tidak ada perubahan untuk disimpan.");
    expect(db.select().from(checklistVersions).all()).toHaveLength(1);
  });

  it("saves edits as a new active version, copies every item, and leaves old results on the old version", () => {
    const oldResults = db.select().from(itemResults).where(eq(itemResults.checklistVersionId, v1.versionId)).all();
    const keywords = [...(editorParams(kwItem.params).keywords ?? []), "kata kunci baru"];
    const r = createChecklistVersion(
      db,
      {
        baseVersionId: v1.versionId,
        note: "Bobot dan kata kunci disesuaikan",
        edits: edits({ [weightItem.code]: { weight: weightItem.weight + 2, title: "  Judul baru  " }, [kwItem.code]: { params: { ...kwItem.params, keywords } } }),
      },
      ADMIN,
    );
    expect(r.number).toBe(2);
    expect(r.changed.sort()).toEqual([kwItem.code, weightItem.code].sort());
    expect(r.totalWeight).toBeCloseTo(v1.items.reduce((s, i) => s + i.weight, 0) + 2);

    const versions = db.select().from(checklistVersions).all();
    expect(versions.map((v) => [v.number, v.active])).toEqual([
      [1, false],
      [2, true],
    ]);
    const v2 = activeChecklist(db);
    expect(v2.versionId).toBe(r.versionId);
    expect(v2.items).toHaveLength(v1.items.length);
    const w = v2.items.find((i) => i.code === weightItem.code)!;
    expect([w.weight, w.title]).toEqual([weightItem.weight + 2, "Judul baru"]);
    expect(v2.items.find((i) => i.code === kwItem.code)!.params.keywords).toEqual(keywords);
    // The untouched items are copies, and the old version's items are unchanged.
    const untouched = v2.items.filter((i) => !r.changed.includes(i.code));
    expect(untouched.map(editOf)).toEqual(v1.items.filter((i) => !r.changed.includes(i.code)).map(editOf));
    expect(checklistItemsOf(db, v1.versionId).map(editOf)).toEqual(v1.items.map(editOf));
    expect(db.select().from(itemResults).where(eq(itemResults.checklistVersionId, v1.versionId)).all()).toEqual(oldResults);

    const entry = db.select().from(auditLog).where(eq(auditLog.action, "checklist.version")).get();
    expect(entry).toMatchObject({ entity: "checklist_version", entityId: String(r.versionId), actorName: "Admin Organisasi" });
    expect(entry?.before).toMatchObject({ version: 1, items: { [weightItem.code]: { weight: weightItem.weight } } });
    expect(entry?.after).toMatchObject({ version: 2, items: { [weightItem.code]: { weight: weightItem.weight + 2 } } });
  });

  it("refuses a save made on a page opened on the previous version", () => {
    expect(() =>
      createChecklistVersion(db, { baseVersionId: v1.versionId, note: "basi", edits: edits({ [weightItem.code]: { weight: 9 } }) }, ADMIN),
    ).toThrow(/sudah diubah menjadi versi 2/);
  });

  it("re-scores stored scans under the new version, re-judging only items whose parameters changed", () => {
    const v2 = activeChecklist(db);
    const report = rescoreChecklistVersion(db, v2.versionId, ADMIN);
    expect(report).toMatchObject({ scans: 1, number: 2, rejudgedItems: [kwItem.code] });
    // Only the re-judged item is stored under the new version; the others are read from version 1.
    const stored = db.select().from(itemResults).where(and(eq(itemResults.scanId, scanId), eq(itemResults.checklistVersionId, v2.versionId))).all();
    expect(stored.map((r) => r.code)).toEqual([kwItem.code]);
    const results = scoringResults(db, scanId, v2.versionId);
    expect(results.map((r) => r.code).sort()).toEqual(v2.items.map((i) => i.code).sort());
    const scores = db.select().from(scanScores).where(eq(scanScores.scanId, scanId)).all();
    expect(scores.map((s) => s.checklistVersionId).sort()).toEqual([v1.versionId, v2.versionId].sort());
    const [s1, s2] = [v1.versionId, v2.versionId].map((v) => scores.find((s) => s.checklistVersionId === v)!);
    // The weight change shows up in the decided or undecided weight, whichever holds that item.
    expect(s2.decidedWeight + s2.undecidedWeight).toBeCloseTo(s1.decidedWeight + s1.undecidedWeight + 2);
    expect(db.select().from(auditLog).where(eq(auditLog.action, "checklist.rescore")).get()?.after).toMatchObject({ version: 2, scans: 1 });
    // Nothing left to do the second time.
    expect(rescoreChecklistVersion(db, v2.versionId, ADMIN).scans).toBe(0);
  });
});

describe("re-scoring after a mode change", () => {
  it("judges an item again when only its mode changed", () => {
    const v = activeChecklist(db);
    const item = v.items.find((i) => i.code === weightItem.code)!;
    const r = createChecklistVersion(
      db,
      { baseVersionId: v.versionId, note: "Mode diubah", edits: { [item.code]: { ...editOf(item), mode: item.mode === "A" ? "P" : "A" } } },
      ADMIN,
    );
    expect(r.changed).toEqual([item.code]);
    expect(rescoreChecklistVersion(db, r.versionId, ADMIN).rejudgedItems).toEqual([item.code]);
    activateChecklistVersion(db, v.versionId, ADMIN);
  });
});

describe("activateChecklistVersion", () => {
  it("rolls back to an earlier version without a new one, and refuses the active one", () => {
    const v2 = activeChecklist(db).versionId;
    expect(activateChecklistVersion(db, v1.versionId, ADMIN)).toEqual({ number: 1, previous: 2 });
    expect(activeChecklist(db).versionId).toBe(v1.versionId);
    expect(db.select().from(checklistVersions).all()).toHaveLength(3);
    expect(() => activateChecklistVersion(db, v1.versionId, ADMIN)).toThrow(/sudah aktif/);
    const entry = db.select().from(auditLog).where(and(eq(auditLog.action, "checklist.activate"), eq(auditLog.entityId, String(v1.versionId)))).get();
    expect(entry?.after).toEqual({ activeVersion: 1 });
    // The next edit is made on the version that is active now, and numbered after every version.
    const r = createChecklistVersion(db, { baseVersionId: v1.versionId, note: "dari versi 1", edits: edits({ [weightItem.code]: { weight: 7 } }) }, ADMIN);
    expect(r.number).toBe(4);
    expect(v2).not.toBe(r.versionId);
  });
});

describe("parseChecklistForm", () => {
  it("reads comma decimals, one keyword per line, JSON parameters, and keeps absent fields", () => {
    const form = new FormData();
    form.set("baseVersionId", String(v1.versionId));
    form.set("note", "catatan");
    form.set(fieldName.weight(weightItem.code), "2,5");
    form.set(fieldName.keywords(kwItem.code), "satu\r\n\n  dua  \nSatu\n");
    form.set(fieldName.params(kwItem.code), JSON.stringify(editorParams(kwItem.params).rest));
    const parsed = parseChecklistForm(form, v1.items);
    expect(parsed.errors).toEqual({});
    expect(parsed.edits[weightItem.code].weight).toBe(2.5);
    expect(parsed.edits[weightItem.code].title).toBe(weightItem.title);
    expect(parsed.edits[kwItem.code].params).toEqual({ ...kwItem.params, keywords: ["satu", "dua", "Satu"] });
  });

  it("reads an untouched form as no change for every item (no spurious new version)", () => {
    const form = new FormData();
    for (const i of v1.items) {
      const p = editorParams(i.params);
      form.set(fieldName.title(i.code), i.title);
      form.set(fieldName.weight(i.code), String(i.weight).replace(".", ","));
      form.set(fieldName.mode(i.code), i.mode);
      form.set(fieldName.fixHint(i.code), i.fixHint);
      if (p.keywords) form.set(fieldName.keywords(i.code), p.keywords.join("\n"));
      form.set(fieldName.params(i.code), paramsJson(p.rest));
    }
    const parsed = parseChecklistForm(form, v1.items);
    expect(parsed.errors).toEqual({});
    const changed = v1.items.filter((i) => stableStringify(parsed.edits[i.code]) !== stableStringify(editOf(i)));
    expect(changed.map((i) => i.code)).toEqual([]);
  });

  it("reports unreadable weights and JSON per item", () => {
    const form = new FormData();
    form.set(fieldName.weight(weightItem.code), "dua");
    form.set(fieldName.params(kwItem.code), "{minSteps: 3");
    form.set(fieldName.keywords(kwItem.code), "a");
    const parsed = parseChecklistForm(form, v1.items);
    expect(parsed.errors[`${kwItem.code}.params`]).toMatch(/objek JSON yang sah/);
    expect(Number.isNaN(parsed.edits[weightItem.code].weight)).toBe(true);
  });
});
