import { afterEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { seedDatabase } from "./seed";
import { CHECKLIST_SEED } from "./seed/checklist";
import { checklistItems, checklistVersions, opd, settings } from "./schema";
import { DETECTORS } from "@/lib/checks";
import { tempDb } from "@/lib/testing/tmp-db";

let t: ReturnType<typeof tempDb> | undefined;
afterEach(() => t?.cleanup());

const EXPECTED_CODES = {
  SP: 10, KP: 5, PG: 5, SK: 4, PI: 3, KI: 8, PR: 3, WQ: 6,
} as const;

describe("seed", () => {
  it("holds the 44 codes of checklist.md with weights summing to 100", () => {
    expect(CHECKLIST_SEED).toHaveLength(44);
    expect(new Set(CHECKLIST_SEED.map((i) => i.code)).size).toBe(44);
    expect(CHECKLIST_SEED.reduce((s, i) => s + i.weight, 0)).toBe(100);
    for (const [cat, n] of Object.entries(EXPECTED_CODES)) {
      const codes = CHECKLIST_SEED.filter((i) => i.category === cat).map((i) => i.code);
      expect(codes).toEqual(Array.from({ length: n }, (_, k) => `${cat}-${String(k + 1).padStart(2, "0")}`));
    }
    const kp01 = CHECKLIST_SEED.find((i) => i.code === "KP-01")!;
    expect(kp01).toMatchObject({ title: "Maklumat Pelayanan dipublikasikan", legalBasis: "UU 25/2009 Ps 15b, 22", mode: "A", weight: 5 });
  });

  it("states every legal basis in Indonesian, and rewrites the English notes of earlier seeds", () => {
    for (const i of CHECKLIST_SEED) expect(i.legalBasis, i.code).not.toMatch(/good practice|as reference|requirement|news item/i);
    t = tempDb();
    seedDatabase(t.db);
    t.db.update(checklistItems).set({ legalBasis: "good practice" }).where(eq(checklistItems.code, "WQ-02")).run();
    seedDatabase(t.db);
    const wq02 = t.db.select().from(checklistItems).where(eq(checklistItems.code, "WQ-02")).get()!;
    expect(wq02.legalBasis).toMatch(/^Praktik baik/);
  });

  it("seeds nine OPD, settings and an active checklist whose detectors exist, and is idempotent", () => {
    t = tempDb();
    seedDatabase(t.db);
    seedDatabase(t.db);
    expect(t.db.select().from(opd).all()).toHaveLength(9);
    expect(t.db.select().from(settings).get()).toMatchObject({ regencyName: "Kabupaten Kuantan Singingi", officialDomain: "kuansing.go.id" });
    const versions = t.db.select().from(checklistVersions).all();
    expect(versions).toHaveLength(1);
    expect(versions[0].active).toBe(true);
    const items = t.db.select().from(checklistItems).where(eq(checklistItems.versionId, versions[0].id)).all();
    expect(items).toHaveLength(44);
    expect(items.reduce((s, i) => s + i.weight, 0)).toBe(100);
    for (const i of items) {
      expect(DETECTORS[i.detector], `detector ${i.detector} of ${i.code}`).toBeDefined();
      expect(DETECTORS[i.detector].params.safeParse(i.params).success, `params of ${i.code}`).toBe(true);
      expect(i.fixHint.length, `fix hint of ${i.code}`).toBeGreaterThan(20);
    }
  });

  it("points OPD at other URLs when asked (the demo's local sites)", () => {
    t = tempDb();
    seedDatabase(t.db, { websiteUrls: { disdukcapil: "http://127.0.0.1:4102/" } });
    expect(t.db.select().from(opd).where(eq(opd.slug, "disdukcapil")).get()?.websiteUrl).toBe("http://127.0.0.1:4102/");
  });
});
