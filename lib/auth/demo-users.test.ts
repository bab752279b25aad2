import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { user } from "@/db/schema";
import { resetEnvCache } from "@/lib/env";
import { DEMO_LOGINS, DEMO_PASSWORDS, ensureDemoUsers } from "./demo-users";
import { signInWithPassword } from "./sign-in";
import { authTestDb, createTestOpd } from "./testing";

let t: ReturnType<typeof authTestDb>;
const saved = process.env.PATUH_DEMO;
beforeEach(() => {
  t = authTestDb("patuh-demo-users-");
});
afterEach(() => {
  if (saved === undefined) delete process.env.PATUH_DEMO;
  else process.env.PATUH_DEMO = saved;
  resetEnvCache();
  t.cleanup();
});

function demoMode(on: boolean) {
  if (on) process.env.PATUH_DEMO = "1";
  else delete process.env.PATUH_DEMO;
  resetEnvCache();
}

describe("ensureDemoUsers", () => {
  it("refuses outside demo mode: production never gets a default password", async () => {
    demoMode(false);
    await expect(ensureDemoUsers(t.db)).rejects.toThrow(/PATUH_DEMO=1/);
    expect(t.db.select().from(user).all()).toHaveLength(0);
  });

  it("creates admin, pimpinan and one user per OPD whose published passwords work, once", async () => {
    demoMode(true);
    const disdukcapil = createTestOpd(t.db, "disdukcapil");
    createTestOpd(t.db, "dinsos-pmd");
    await ensureDemoUsers(t.db);
    await ensureDemoUsers(t.db);
    const rows = t.db.select({ username: user.username, role: user.role, opdId: user.opdId }).from(user).all();
    expect(rows.map((r) => r.username).sort()).toEqual(["admin", "dinsos-pmd", "disdukcapil", "pimpinan"]);
    expect(rows.find((r) => r.username === "disdukcapil")).toMatchObject({ role: "opd", opdId: disdukcapil });
    for (const l of DEMO_LOGINS) {
      const r = await signInWithPassword(t.db, { username: l.username, password: l.password }, new Headers());
      expect(r).toMatchObject({ ok: true, user: { role: l.role, mustChangePassword: false } });
    }
    expect(DEMO_LOGINS.find((l) => l.role === "opd")?.password).toBe(DEMO_PASSWORDS.opd);
  });
});
