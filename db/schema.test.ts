import { afterEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { seedDatabase } from "./seed";
import { itemResults, opd, scans, scanScores } from "./schema";
import { openDb } from "./index";
import { tempDb } from "@/lib/testing/tmp-db";
import fs from "node:fs";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
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

  it("upgrades a database from the first migration: earned weight back-filled from its own results", () => {
    t = tempDb();
    // The database as the first release left it: migrated only up to 0000_init.
    const dir = path.join(t.dir, "migrations-0000");
    fs.cpSync(path.join(process.cwd(), "db", "migrations"), dir, { recursive: true });
    const journal = JSON.parse(fs.readFileSync(path.join(dir, "meta", "_journal.json"), "utf8"));
    journal.entries = journal.entries.slice(0, 1);
    fs.writeFileSync(path.join(dir, "meta", "_journal.json"), JSON.stringify(journal));
    const file = path.join(t.dir, "lama.db");
    const old = new Database(file);
    migrate(drizzle(old), { migrationsFolder: dir });
    old.exec(`
      insert into checklist_versions (id, number, note, active, created_at) values (1, 1, 'awal', 1, 0);
      insert into checklist_items (version_id, code, category, title, legal_basis, detector, params, weight, mode, position)
        values (1, 'KP-01', 'kepatuhan', 'Maklumat', 'UU 25/2009', 'maklumat', '{}', 5, 'A', 1),
               (1, 'SP-01', 'standar', 'Standar', 'UU 25/2009', 'keyword-content', '{}', 4, 'A', 2),
               (1, 'SP-02', 'standar', 'Persyaratan', 'UU 25/2009', 'list-content', '{}', 3, 'A', 3);
      insert into opd (id, slug, name, short_name, website_url, services) values (1, 'uji', 'Dinas Uji', 'Uji', 'https://uji.go.id/', '[]');
      insert into scans (id, opd_id, trigger, status, queued_at) values (1, 1, 'manual', 'completed', 0);
      insert into item_results (scan_id, checklist_version_id, code, status, level, evidence, reason)
        values (1, 1, 'KP-01', 'scored', 2, '[]', ''), (1, 1, 'SP-01', 'scored', 1, '[]', ''), (1, 1, 'SP-02', 'review', null, '[]', '');
      insert into scan_scores (scan_id, checklist_version_id, score, zone, decided_weight, undecided_weight, services)
        values (1, 1, 51.85, null, 9, 3, '[]');
    `);
    old.close();
    const db = openDb(file);
    const row = db.select().from(scanScores).get()!;
    expect(row.earnedWeight).toBeCloseTo((5 * 2 + 4 * 1) / 3, 9);
    expect(row.baseVersionId).toBeNull();
    db.$client.close();
  });
});
