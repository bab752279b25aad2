/**
 * The one-time first-admin setup (the /siapkan page's action body) and its setup code (issue 16,
 * finding 5): a separate one-time code, stored hashed, expiring; no code, no setup; the session
 * secret is never typed into a form. Each case has its own database.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog, user, verification } from "@/db/schema";
import { resetEnvCache } from "@/lib/env";
import { SETUP_CODE_TTL_MINUTES } from "./config";
import { announceSetupCodeIfNeeded, issueSetupCode, SETUP_CODE_IDENTIFIER } from "./setup-code";
import { asUser, authTestDb, formData } from "./testing";
import { setupFirstAdminCommand } from "./user-commands";

let s: ReturnType<typeof authTestDb>;
beforeEach(() => {
  s = authTestDb("patuh-setup-");
});
afterEach(() => s.cleanup());

const admin = (username: string, setupCode?: string) =>
  formData({ username, name: "Kabag Organisasi", password: "rahasia-kuat-1", confirmPassword: "rahasia-kuat-1", setupCode });
const setup = (form: FormData) => asUser(null, () => setupFirstAdminCommand(form));

describe("setupFirstAdminCommand", () => {
  it("creates the first admin with a valid code, only while none exists, and the code works once", async () => {
    const code = issueSetupCode(s.db);
    expect(await setup(admin("kabag.org", code))).toMatchObject({ ok: true });
    const row = s.db.select().from(user).where(and(eq(user.username, "kabag.org"), eq(user.role, "admin"))).get();
    expect(row).toMatchObject({ active: true, mustChangePassword: false });
    expect(s.db.select().from(auditLog).where(eq(auditLog.action, "user.create")).get()).toMatchObject({
      actorId: null,
      actorName: "Penyiapan awal (halaman /siapkan)",
    });
    expect(s.db.select().from(verification).where(eq(verification.identifier, SETUP_CODE_IDENTIFIER)).all()).toHaveLength(0);
    expect(await setup(admin("penyusup", code))).toMatchObject({ ok: false });
    expect(s.db.select().from(user).where(eq(user.username, "penyusup")).get()).toBeUndefined();
  });

  it("refuses setup when no code was issued, whatever is typed (an empty code included)", async () => {
    for (const typed of [undefined, "", "x"]) {
      const r = await setup(admin("kabag", typed));
      expect(r).toMatchObject({ ok: false, status: 403 });
      expect(r.message).toMatch(/npm run user:create -- --setup-code/);
    }
    expect(s.db.select().from(user).all()).toHaveLength(0);
  });

  it("refuses a wrong code and an expired one", async () => {
    const code = issueSetupCode(s.db, new Date(Date.now() - (SETUP_CODE_TTL_MINUTES + 1) * 60_000));
    expect(await setup(admin("kabag", code))).toMatchObject({ ok: false, status: 403 });
    const fresh = issueSetupCode(s.db);
    expect(fresh).not.toBe(code);
    expect(await setup(admin("kabag", `${fresh}x`))).toMatchObject({ ok: false, status: 403, fieldErrors: { setupCode: "Kode penyiapan salah atau kedaluwarsa." } });
    expect(await setup(admin("kabag", fresh))).toMatchObject({ ok: true });
  });

  it("stores only a hash of the code, and a new code replaces the old one", () => {
    const first = issueSetupCode(s.db);
    const second = issueSetupCode(s.db);
    const rows = s.db.select().from(verification).where(eq(verification.identifier, SETUP_CODE_IDENTIFIER)).all();
    expect(rows).toHaveLength(1);
    expect(rows[0].value).not.toContain(second);
    expect(rows[0].value).not.toContain(first);
    expect(second).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){4}$/);
  });

  it("never accepts the session secret as the code", async () => {
    const saved = process.env.BETTER_AUTH_SECRET;
    process.env.BETTER_AUTH_SECRET = "k".repeat(40);
    resetEnvCache();
    try {
      issueSetupCode(s.db);
      expect(await setup(admin("kabag", "k".repeat(40)))).toMatchObject({ ok: false, status: 403 });
    } finally {
      if (saved === undefined) delete process.env.BETTER_AUTH_SECRET;
      else process.env.BETTER_AUTH_SECRET = saved;
      resetEnvCache();
    }
  });

  it("is printed to the server log at start while there is no admin, and not once there is one", async () => {
    const lines: string[] = [];
    const code = announceSetupCodeIfNeeded(s.db, (l) => lines.push(l));
    expect(code).toMatch(/^[A-Z2-9-]{24}$/);
    expect(lines.join("\n")).toContain(code!);
    expect(await setup(admin("kabag", code!))).toMatchObject({ ok: true });
    expect(announceSetupCodeIfNeeded(s.db, (l) => lines.push(l))).toBeNull();
    expect(lines).toHaveLength(1);
  });
});
