import { afterEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { seedDatabase } from "./seed";
import { itemResults, opd, scans, scanScores } from "./schema";
import { openDb } from "./index";
import { tempDb } from "@/lib/testing/tmp-db";
import fs from "node:fs";
import path from "node:path";

let t: ReturnType<typeof tempDb> | undefined;
afterEach(() => t?.cleanup());

describe("schema", () => {
  it("round-trips a scan with its item results and evidence", () => {
    t = tempDb();
    seedDatabase(t.db);
    const o = t.db.select().from(opd).where(eq(opd.slug, "bapenda")).get()!;
    const scan = t.db.insert(scans).values({ opdId: o.id, trigger: "manual", status: "completed" }).returning().get();
    const evidence = [{ url: "https://bapenda.kuansing.go.id/maklumat", excerpt: "Dengan ini kami menyatakan sanggup ...", screenshotPath: null }];
    t.db.insert(itemResults).values({ scanId: scan.id, checklistVersionId: 1, code: "KP-01", status: "scored", level: 2, evidence, reason: "Maklumat ditemukan." }).run();
    t.db.insert(scanScores).values({ scanId: scan.id, checklistVersionId: 1, score: 73.5, zone: "kuning", decidedWeight: 90, undecidedWeight: 10 }).run();
    const back = t.db.select().from(itemResults).where(eq(itemResults.scanId, scan.id)).all();
    expect(back).toHaveLength(1);
    expect(back[0]).toMatchObject({ code: "KP-01", status: "scored", level: 2, evidence });
    expect(t.db.select().from(scanScores).where(eq(scanScores.scanId, scan.id)).get()?.score).toBe(73.5);
  });

  it("refuses to delete an OPD that has scans instead of silently deleting them", () => {
    t = tempDb();
    seedDatabase(t.db);
    const o = t.db.select().from(opd).where(eq(opd.slug, "dishub")).get()!;
    t.db.insert(scans).values({ opdId: o.id, trigger: "manual" }).run();
    expect(() => t!.db.delete(opd).where(eq(opd.id, o.id)).run()).toThrow(/FOREIGN KEY/);
    expect(t.db.select().from(scans).where(eq(scans.opdId, o.id)).all()).toHaveLength(1);
  });

  it("reports a malformed database file as one clear Indonesian error", () => {
    t = tempDb();
    const bad = path.join(t.dir, "rusak.db");
    fs.writeFileSync(bad, "ini bukan basis data SQLite ".repeat(200));
    expect(() => openDb(bad)).toThrow(/rusak atau bukan basis data SQLite/);
  });
});
