import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { seedDatabase } from "@/db/seed";
import { tempDb } from "@/lib/testing/tmp-db";
import { memoByData } from "./memo";

let t: ReturnType<typeof tempDb>;
let db: Db;
const regency = () => memoByData(db, "regency", () => (db.$client.prepare("select regency_name as n from settings").get() as { n: string }).n);

beforeAll(() => {
  t = tempDb();
  db = t.db;
  seedDatabase(db);
});
afterAll(() => t.cleanup());

describe("memoByData", () => {
  it("computes once while nothing changes", () => {
    let calls = 0;
    const read = () => memoByData(db, "count", () => ++calls);
    expect([read(), read(), read()]).toEqual([1, 1, 1]);
  });

  it("recomputes after a write on this connection", () => {
    const before = regency();
    db.$client.prepare("update settings set regency_name = ?").run("Kabupaten Uji");
    expect(regency()).toBe("Kabupaten Uji");
    expect(before).not.toBe("Kabupaten Uji");
  });

  it("recomputes after another connection (the worker) commits", () => {
    expect(regency()).toBe("Kabupaten Uji");
    const other = new Database(t.file);
    other.prepare("update settings set regency_name = ?").run("Kabupaten Lain");
    other.close();
    expect(regency()).toBe("Kabupaten Lain");
  });

  it("remembers nothing read inside a transaction that rolls back", () => {
    expect(() =>
      db.$client.transaction(() => {
        db.$client.prepare("update settings set regency_name = ?").run("Batal");
        expect(regency()).toBe("Batal");
        throw new Error("rollback");
      })(),
    ).toThrow("rollback");
    expect(regency()).toBe("Kabupaten Lain");
  });
});
