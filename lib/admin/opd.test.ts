import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog, opd, scans, schedules } from "@/db/schema";
import type { Db } from "@/db";
import { AppError } from "@/lib/errors";
import { tempDb } from "@/lib/testing/tmp-db";
import { createOpd, deleteOpd, DELETE_REFUSED_MESSAGE, opdHistory, setOpdActive, updateOpd } from "./opd";
import { fieldErrorsFrom } from "./validation";

const ADMIN = { id: "u-admin", name: "Admin Organisasi", ip: "127.0.0.1" };

const DISDUKCAPIL = {
  name: "Dinas Kependudukan dan Pencatatan Sipil",
  shortName: "Disdukcapil",
  websiteUrl: "https://disdukcapil.kuansing.go.id",
  services: ["KTP-el", "Kartu Keluarga"],
  socialAccounts: [{ platform: "Instagram", url: "https://instagram.com/disdukcapil.kuansing" }],
};

function errorsOf(fn: () => unknown): Record<string, string> {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return fieldErrorsFrom(e) ?? { _message: (e as Error).message };
  }
  throw new Error("expected the call to throw");
}

let t: ReturnType<typeof tempDb>;
let db: Db;
beforeEach(() => {
  t = tempDb();
  db = t.db;
});
afterEach(() => t.cleanup());

describe("createOpd", () => {
  it("derives the slug, normalises the URL and records the audit entry in the same change", () => {
    const row = createOpd(db, DISDUKCAPIL, ADMIN);
    expect(row.slug).toBe("disdukcapil");
    expect(row.websiteUrl).toBe("https://disdukcapil.kuansing.go.id/");
    expect(row.active).toBe(true);
    const entries = db.select().from(auditLog).all();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "opd.create", entity: "opd", entityId: String(row.id), actorName: "Admin Organisasi", ip: "127.0.0.1" });
    expect(entries[0].before).toBeNull();
    expect(entries[0].after).toMatchObject({ slug: "disdukcapil", services: ["KTP-el", "Kartu Keluarga"] });
  });

  it("refuses non-http URLs, short names and out-of-range budgets with Indonesian messages per field", () => {
    const errors = errorsOf(() =>
      createOpd(
        db,
        { ...DISDUKCAPIL, name: "D", websiteUrl: "ftp://disdukcapil.kuansing.go.id", maxPages: 0, maxDepth: 2.5, socialAccounts: [{ platform: "Instagram", url: "javascript:alert(1)" }] },
        ADMIN,
      ),
    );
    expect(errors.name).toMatch(/paling sedikit 3 huruf/);
    expect(errors.websiteUrl).toMatch(/http:\/\/ atau https:\/\//);
    expect(errors.maxPages).toMatch(/paling sedikit 1/);
    expect(errors.maxDepth).toMatch(/bilangan bulat/);
    expect(errors["socialAccounts.0.url"]).toMatch(/https:\/\//);
    expect(db.select().from(opd).all()).toHaveLength(0);
    expect(db.select().from(auditLog).all()).toHaveLength(0);
  });

  it("refuses a taken slug and the same site under www. or http, naming the other OPD", () => {
    createOpd(db, DISDUKCAPIL, ADMIN);
    const errors = errorsOf(() =>
      createOpd(db, { ...DISDUKCAPIL, name: "Dinas Dukcapil Lain", websiteUrl: "http://www.disdukcapil.kuansing.go.id/" }, ADMIN),
    );
    expect(errors.slug).toMatch(/sudah dipakai Dinas Kependudukan/);
    expect(errors.websiteUrl).toMatch(/sudah terdaftar untuk Dinas Kependudukan/);
    expect(db.select().from(opd).all()).toHaveLength(1);
  });
});

describe("updateOpd and setOpdActive", () => {
  it("records before and after, and keeps the slug when the slug field is left empty", () => {
    const row = createOpd(db, DISDUKCAPIL, ADMIN);
    const after = updateOpd(db, row.id, { ...DISDUKCAPIL, slug: "", shortName: "Dukcapil", maxPages: 80, ignoreRobots: true, active: false }, ADMIN);
    // Archiving is its own action with its own audit entry: an edit leaves `active` alone.
    expect(after).toMatchObject({ slug: "disdukcapil", shortName: "Dukcapil", maxPages: 80, ignoreRobots: true, active: true });
    const entry = db.select().from(auditLog).where(eq(auditLog.action, "opd.update")).get();
    expect(entry?.before).toMatchObject({ shortName: "Disdukcapil", maxPages: null, ignoreRobots: false });
    expect(entry?.after).toMatchObject({ shortName: "Dukcapil", maxPages: 80, ignoreRobots: true });
  });

  it("validates the OPD's own scan schedule and hands it to the scheduler", () => {
    const row = createOpd(db, DISDUKCAPIL, ADMIN);
    expect(errorsOf(() => updateOpd(db, row.id, { ...DISDUKCAPIL, scheduleCron: "* * * * *" }, ADMIN)).scheduleCron).toMatch(/terlalu sering/);
    updateOpd(db, row.id, { ...DISDUKCAPIL, scheduleCron: "0 3 * * 2" }, ADMIN);
    expect(db.select().from(schedules).where(eq(schedules.opdId, row.id)).get()).toMatchObject({ cron: "0 3 * * 2", enabled: true });
    setOpdActive(db, row.id, false, ADMIN);
    expect(db.select().from(schedules).where(eq(schedules.opdId, row.id)).get()?.enabled).toBe(false);
  });

  it("lets an OPD keep its own website and slug on edit", () => {
    const row = createOpd(db, DISDUKCAPIL, ADMIN);
    expect(() => updateOpd(db, row.id, { ...DISDUKCAPIL, slug: "disdukcapil" }, ADMIN)).not.toThrow();
  });

  it("archives and restores an OPD, one audit entry per real change", () => {
    const row = createOpd(db, DISDUKCAPIL, ADMIN);
    expect(setOpdActive(db, row.id, false, ADMIN).active).toBe(false);
    setOpdActive(db, row.id, false, ADMIN);
    expect(setOpdActive(db, row.id, true, ADMIN).active).toBe(true);
    const actions = db.select({ a: auditLog.action }).from(auditLog).all().map((r) => r.a);
    expect(actions).toEqual(["opd.create", "opd.deactivate", "opd.reactivate"]);
  });

  it("answers not_found for an unknown OPD", () => {
    expect(() => setOpdActive(db, 999, false, ADMIN)).toThrow(/tidak ditemukan/);
  });
});

describe("deleteOpd", () => {
  it("deletes an OPD without history, with its audit entry", () => {
    const row = createOpd(db, DISDUKCAPIL, ADMIN);
    deleteOpd(db, row.id, ADMIN);
    expect(db.select().from(opd).all()).toHaveLength(0);
    const entry = db.select().from(auditLog).where(eq(auditLog.action, "opd.delete")).get();
    expect(entry?.before).toMatchObject({ slug: "disdukcapil" });
  });

  it("refuses an OPD that was scanned, says to deactivate it, and leaves no audit entry", () => {
    const row = createOpd(db, DISDUKCAPIL, ADMIN);
    db.insert(scans).values({ opdId: row.id, trigger: "manual", status: "failed" }).run();
    expect(opdHistory(db, row.id).scans).toBe(1);
    expect(() => deleteOpd(db, row.id, ADMIN)).toThrow(DELETE_REFUSED_MESSAGE);
    expect(db.select().from(opd).all()).toHaveLength(1);
    expect(db.select().from(auditLog).where(eq(auditLog.action, "opd.delete")).all()).toHaveLength(0);
    // The schema refuses it too, whatever the code checks first.
    expect(() => db.delete(opd).where(eq(opd.id, row.id)).run()).toThrow(/FOREIGN KEY/);
  });
});
