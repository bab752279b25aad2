/** The one-time first-admin setup (the /siapkan page's action body). Each case has its own database. */
import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog, user } from "@/db/schema";
import { resetEnvCache } from "@/lib/env";
import { asUser, authTestDb, formData } from "./testing";
import { setupFirstAdminCommand } from "./user-commands";

describe("setupFirstAdminCommand", () => {
  it("creates the first admin only while none exists", async () => {
    const s = authTestDb("patuh-setup-");
    try {
      const form = formData({ username: "kabag.org", name: "Kabag Organisasi", password: "rahasia-kuat-1", confirmPassword: "rahasia-kuat-1" });
      expect(await asUser(null, () => setupFirstAdminCommand(form))).toMatchObject({ ok: true });
      const row = s.db.select().from(user).where(and(eq(user.username, "kabag.org"), eq(user.role, "admin"))).get();
      expect(row).toMatchObject({ active: true, mustChangePassword: false });
      expect(s.db.select().from(auditLog).where(eq(auditLog.action, "user.create")).get()).toMatchObject({
        actorId: null,
        actorName: "Penyiapan awal (halaman /siapkan)",
      });
      const again = formData({ username: "penyusup", name: "Penyusup", password: "rahasia-kuat-2", confirmPassword: "rahasia-kuat-2" });
      expect(await asUser(null, () => setupFirstAdminCommand(again))).toMatchObject({ ok: false, status: 409 });
    } finally {
      s.cleanup();
    }
  });

  it("asks a production server for the setup code (the BETTER_AUTH_SECRET value)", async () => {
    const s = authTestDb("patuh-setup-prod-");
    const saved = { node: process.env.NODE_ENV, secret: process.env.BETTER_AUTH_SECRET };
    const penv = process.env as Record<string, string | undefined>;
    penv.NODE_ENV = "production";
    process.env.BETTER_AUTH_SECRET = "k".repeat(40);
    resetEnvCache();
    try {
      const base = { username: "kabag", name: "Kabag Organisasi", password: "rahasia-kuat-1", confirmPassword: "rahasia-kuat-1" };
      expect(await asUser(null, () => setupFirstAdminCommand(formData({ ...base, setupCode: "tebakan" })))).toMatchObject({
        ok: false,
        status: 403,
        fieldErrors: { setupCode: "Kode penyiapan salah." },
      });
      expect(await asUser(null, () => setupFirstAdminCommand(formData({ ...base, setupCode: "k".repeat(40) })))).toMatchObject({ ok: true });
    } finally {
      penv.NODE_ENV = saved.node;
      if (saved.secret === undefined) delete process.env.BETTER_AUTH_SECRET;
      else process.env.BETTER_AUTH_SECRET = saved.secret;
      resetEnvCache();
      s.cleanup();
    }
  });
});
