/** `npm run backup` as a real process, while another process keeps writing to the database. */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { tempDb } from "@/lib/testing/tmp-db";
import { startChild, stopChild, type Child } from "./testing/children";

let t: ReturnType<typeof tempDb>;
let writer: Child | undefined;
const ROOT = path.resolve(import.meta.dirname, "../..");

beforeEach(() => {
  t = tempDb("patuh-backup-");
  // Enough pages that copying them takes more than an instant.
  const rows = Array.from({ length: 2_000 }, (_, i) => ({
    at: new Date(),
    actorName: "awal",
    action: "seed",
    entity: "test",
    entityId: String(i),
    after: { pad: "y".repeat(500) },
  }));
  t.db.transaction((tx) => {
    for (const r of rows) tx.insert(auditLog).values(r).run();
  });
});
afterEach(async () => {
  if (writer) await stopChild(writer);
  writer = undefined;
  t.cleanup();
});

function backup(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ["--import", "tsx", "lib/cli/backup.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, PATUH_DB: t.file },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    p.stderr.on("data", (d) => (stderr += String(d)));
    p.on("exit", (code) => resolve({ code, stderr }));
  });
}

const count = (db: Database.Database) => (db.prepare("select count(*) as n from audit_log").get() as { n: number }).n;

describe("npm run backup", () => {
  it("makes a copy that opens and passes integrity_check while another process writes", async () => {
    writer = startChild("writer-child.ts", { PATUH_DB: t.file });
    await writer.ready;
    const before = count(t.db.$client);
    const target = path.join(t.dir, "cadangan", "patuh-salinan.db");

    const r = await backup([target]);
    const after = count(t.db.$client);
    expect(r.stderr).toMatch(/Cadangan tersimpan: .*patuh-salinan\.db .*Pemeriksaan keutuhan: ok\./);
    expect(r.code).toBe(0);
    expect(after).toBeGreaterThan(before); // the writer really was writing during the backup

    const copy = new Database(target, { readonly: true, fileMustExist: true });
    try {
      expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(copy.pragma("journal_mode", { simple: true })).toBe("delete");
      const n = count(copy);
      expect(n).toBeGreaterThanOrEqual(before);
      expect(n).toBeLessThanOrEqual(after);
    } finally {
      copy.close();
    }
    expect(fs.readdirSync(path.dirname(target))).toEqual(["patuh-salinan.db"]);
  });

  it("refuses to overwrite an existing file unless --force is given", async () => {
    const target = path.join(t.dir, "ada.db");
    fs.writeFileSync(target, "jangan ditimpa");
    const refused = await backup([target]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`Galat: Berkas ${target} sudah ada. Pilih nama lain, atau tambahkan --force untuk menimpanya.`);
    expect(fs.readFileSync(target, "utf8")).toBe("jangan ditimpa");

    const forced = await backup([target, "--force"]);
    expect(forced.code).toBe(0);
    const copy = new Database(target, { readonly: true });
    expect(count(copy)).toBe(2_000);
    copy.close();
  });

  it("explains a missing argument and a missing database in Indonesian", async () => {
    const none = await backup([]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("Galat: Sebutkan satu berkas tujuan. Pemakaian: npm run backup -- <berkas-cadangan> [--force]");
    const missing = await backup([path.join(t.dir, "x.db"), "--db", path.join(t.dir, "tidak-ada.db")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Galat: Basis data .*tidak-ada\.db tidak ditemukan/);
  });
});
