import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { openDb } from "@/db";
import { auditLog } from "@/db/schema";
import { parseCsv } from "@/lib/admin/csv";
import { tempDb } from "@/lib/testing/tmp-db";
import { AUDIT_CSV_HEADER, auditCsv, auditFacets, listAudit, recordAudit } from "./index";
import { AUDIT_APPEND_ONLY_MESSAGE } from "./triggers";

let t: ReturnType<typeof tempDb>;
beforeEach(() => {
  t = tempDb("patuh-audit-");
});
afterEach(() => t.cleanup());

const base = { actorId: "u1", actorName: "Rina Admin", entity: "user" };

describe("recordAudit", () => {
  it("stores who, what, before and after, and keeps secrets out", () => {
    recordAudit(t.db, {
      ...base,
      action: "user.password_reset",
      entityId: "u2",
      before: { mustChangePassword: false, password: "old-secret" },
      after: { mustChangePassword: true, nested: { newPassword: "new-secret", keep: 1 } },
      ip: "10.0.0.7",
    });
    const [row] = t.db.select().from(auditLog).all();
    expect(row).toMatchObject({
      actorId: "u1",
      actorName: "Rina Admin",
      action: "user.password_reset",
      entity: "user",
      entityId: "u2",
      before: { mustChangePassword: false },
      after: { mustChangePassword: true, nested: { keep: 1 } },
      ip: "10.0.0.7",
    });
    expect(JSON.stringify(row)).not.toContain("secret");
    expect(Math.abs(row.at.getTime() - Date.now())).toBeLessThan(5_000);
  });

  it("writes inside the caller's transaction and disappears with its rollback", () => {
    expect(() =>
      t.db.transaction((tx) => {
        recordAudit(tx, { ...base, action: "user.create" });
        throw new Error("the change failed");
      }),
    ).toThrow("the change failed");
    expect(t.db.select().from(auditLog).all()).toHaveLength(0);
  });
});

describe("append-only at the database level", () => {
  it("refuses UPDATE and DELETE, through drizzle and through raw SQL", () => {
    recordAudit(t.db, { ...base, action: "user.create" });
    expect(() => t.db.update(auditLog).set({ actorName: "someone else" }).run()).toThrow(AUDIT_APPEND_ONLY_MESSAGE);
    expect(() => t.db.delete(auditLog).where(eq(auditLog.action, "user.create")).run()).toThrow(AUDIT_APPEND_ONLY_MESSAGE);
    expect(() => t.db.$client.exec("DELETE FROM audit_log")).toThrow(AUDIT_APPEND_ONLY_MESSAGE);
    expect(t.db.select().from(auditLog).all()).toMatchObject([{ actorName: "Rina Admin" }]);
  });

  it("refuses an insert that reuses an existing id, INSERT OR REPLACE included, so no entry is overwritten", () => {
    recordAudit(t.db, { ...base, action: "user.create" });
    const [{ id }] = t.db.select({ id: auditLog.id }).from(auditLog).all();
    const replace = `INSERT OR REPLACE INTO audit_log (id, at, actor_name, action, entity) VALUES (${id}, 0, 'someone else', 'x', 'y')`;
    expect(() => t.db.$client.exec(replace)).toThrow(AUDIT_APPEND_ONLY_MESSAGE);
    expect(() => t.db.$client.exec(replace.replace("OR REPLACE ", ""))).toThrow(AUDIT_APPEND_ONLY_MESSAGE);
    expect(() =>
      t.db.insert(auditLog).values({ id, at: new Date(), actorName: "x", action: "x", entity: "x" }).onConflictDoUpdate({ target: auditLog.id, set: { actorName: "x" } }).run(),
    ).toThrow(AUDIT_APPEND_ONLY_MESSAGE);
    expect(t.db.select().from(auditLog).all()).toMatchObject([{ id, actorName: "Rina Admin", action: "user.create" }]);
    recordAudit(t.db, { ...base, action: "user.update" });
    expect(t.db.select().from(auditLog).all()).toHaveLength(2);
  });

  it("comes from the migrations and survives reopening the file", () => {
    recordAudit(t.db, { ...base, action: "user.create" });
    const again = openDb(t.file); // migrates once more: nothing to do
    try {
      const names = again.$client
        .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log' ORDER BY name")
        .all();
      expect(names).toEqual([{ name: "audit_log_no_delete" }, { name: "audit_log_no_replace" }, { name: "audit_log_no_update" }]);
      expect(() => again.$client.exec("UPDATE audit_log SET action = 'x'")).toThrow(AUDIT_APPEND_ONLY_MESSAGE);
    } finally {
      again.$client.close();
    }
  });
});

describe("listAudit", () => {
  it("filters by action, actor, entity and time, newest first, with a total", () => {
    const day = (d: number) => new Date(Date.UTC(2018, 5, d, 3));
    const rows = [
      { at: day(1), actorId: "u1", actorName: "Rina", action: "user.create", entity: "user" },
      { at: day(2), actorId: "u2", actorName: "Budi", action: "verdict.set", entity: "manual_verdict" },
      { at: day(3), actorId: "u1", actorName: "Rina", action: "verdict.set", entity: "manual_verdict" },
      { at: day(4), actorId: null, actorName: "sistem", action: "scan.request", entity: "scan" },
    ];
    // Timestamps are set explicitly here to test the time filter; recordAudit always uses now.
    t.db.insert(auditLog).values(rows).run();

    expect(listAudit(t.db).rows.map((r) => r.at.getUTCDate())).toEqual([4, 3, 2, 1]);
    expect(listAudit(t.db, { action: "verdict.set" }).rows.map((r) => r.actorName)).toEqual(["Rina", "Budi"]);
    expect(listAudit(t.db, { actorId: "u1" }).total).toBe(2);
    expect(listAudit(t.db, { entity: "scan" }).rows).toMatchObject([{ actorName: "sistem" }]);
    const ranged = listAudit(t.db, { from: day(2), to: day(4) });
    expect(ranged.rows.map((r) => r.at.getUTCDate())).toEqual([3, 2]);
    const paged = listAudit(t.db, { limit: 1, offset: 1 });
    expect(paged.total).toBe(4);
    expect(paged.rows.map((r) => r.at.getUTCDate())).toEqual([3]);

    const facets = auditFacets(t.db);
    expect(facets.actions).toEqual(["scan.request", "user.create", "verdict.set"]);
    expect(facets.entities).toEqual(["manual_verdict", "scan", "user"]);
    expect(facets.actors.map((a) => a.id).sort()).toEqual(["u1", "u2"]);
  });
});

describe("auditCsv", () => {
  it("writes a header, WIB times, JSON before/after, quoting, and defuses spreadsheet formulas", () => {
    recordAudit(t.db, {
      actorId: "u1",
      actorName: "=HYPERLINK(\"http://evil\")",
      action: "user.update",
      entity: "user",
      entityId: "u2",
      before: { name: "Siti, S.E." },
      after: { name: "Siti Aminah; \"Kasubag\"" },
    });
    const rows = listAudit(t.db).rows;
    const csv = auditCsv(rows);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const parsed = parseCsv(csv.slice(1), ",");
    expect(parsed[0]).toEqual(AUDIT_CSV_HEADER);
    const [at, actor, actorId, action, entity, entityId, before, after, ip] = parsed[1];
    const wib = new Date(rows[0].at.getTime() + 7 * 3600_000).toISOString().replace("T", " ").slice(0, 19);
    expect(at).toBe(wib);
    expect(actor).toBe("'=HYPERLINK(\"http://evil\")");
    expect([actorId, action, entity, entityId, ip]).toEqual(["u1", "user.update", "user", "u2", ""]);
    expect(JSON.parse(before)).toEqual({ name: "Siti, S.E." });
    expect(JSON.parse(after)).toEqual({ name: "Siti Aminah; \"Kasubag\"" });
  });
});
