/**
 * Every mutating user-management command (the body of its server action): allowed for admin,
 * 403 for pimpinan and opd users (own OPD or not), 401 without a session, and audited.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { user } from "@/db/schema";
import { listAudit } from "@/lib/audit";
import { sessionUserFromHeaders } from "./session";
import { signInWithPassword } from "./sign-in";
import { authTestDb, asUser, createTestOpd, createTestUser, formData, testHeaders, type TestUser } from "./testing";
import {
  changeOwnPasswordCommand,
  createUserCommand,
  resetPasswordCommand,
  setUserActiveCommand,
  signInCommand,
  updateUserCommand,
} from "./user-commands";

let t: ReturnType<typeof authTestDb>;
let opdA: number;
let opdB: number;
let admin: TestUser;
let pimpinan: TestUser;
let opdUserA: TestUser;
let target: TestUser;

beforeAll(async () => {
  t = authTestDb();
  opdA = createTestOpd(t.db, "dinas-a");
  opdB = createTestOpd(t.db, "dinas-b");
  admin = await createTestUser(t.db, { role: "admin", name: "Rina Admin" });
  pimpinan = await createTestUser(t.db, { role: "pimpinan" });
  opdUserA = await createTestUser(t.db, { role: "opd", opdId: opdA });
  target = await createTestUser(t.db, { role: "opd", opdId: opdB, username: "sasaran" });
});
afterAll(() => t.cleanup());

type Case = { name: string; run: () => Promise<{ ok: boolean; status?: number }> };

const cases: Case[] = [
  {
    name: "create user",
    run: () => createUserCommand(formData({ username: `baru${Math.random().toString(36).slice(2, 8)}`, name: "Staf Baru", role: "opd", opdId: opdB, password: "sementara-1" })),
  },
  { name: "update user", run: () => updateUserCommand(formData({ userId: target.id, name: "Sasaran Diubah", role: "opd", opdId: opdB })) },
  { name: "reset password", run: () => resetPasswordCommand(formData({ userId: target.id, temporaryPassword: "sementara-2" })) },
  { name: "deactivate user", run: () => setUserActiveCommand(formData({ userId: target.id, active: "0" })) },
];

describe.each(cases)("$name", ({ run }) => {
  it("is refused with 401 without a session", async () => {
    expect(await asUser(null, run)).toMatchObject({ ok: false, status: 401 });
  });
  it("is refused with 403 for pimpinan", async () => {
    expect(await asUser(pimpinan, run)).toMatchObject({ ok: false, status: 403 });
  });
  it("is refused with 403 for an opd user, on their own OPD's user or another's", async () => {
    expect(await asUser(opdUserA, run)).toMatchObject({ ok: false, status: 403 });
  });
  it("succeeds for an admin", async () => {
    const r = await asUser(admin, run);
    expect(r).toMatchObject({ ok: true });
    // Deactivation is the last case; re-activate so the other cases keep a live target.
    await asUser(admin, () => setUserActiveCommand(formData({ userId: target.id, active: "1" })));
  });
});

describe("what the commands change", () => {
  it("creates an opd user bound to an OPD, who must change the password, and audits the author", async () => {
    const r = await asUser(admin, () =>
      createUserCommand(formData({ username: "Kasubag.B", name: "Kasubag Dinas B", role: "opd", opdId: opdB, password: "sementara-3" })),
    );
    expect(r).toMatchObject({ ok: true });
    const row = t.db.select().from(user).where(eq(user.username, "kasubag.b")).get()!;
    expect(row).toMatchObject({ role: "opd", opdId: opdB, mustChangePassword: true, active: true });
    const entry = listAudit(t.db, { action: "user.create", entityId: row.id }).rows[0];
    expect(entry).toMatchObject({ actorId: admin.id, actorName: "Rina Admin", entity: "user" });
    expect(entry.after).toMatchObject({ username: "kasubag.b", role: "opd", opdId: opdB });
    expect(JSON.stringify(entry)).not.toContain("sementara-3");
  });

  it("refuses an opd user without an OPD, a taken username, and a short password, with field messages", async () => {
    const noOpd = await asUser(admin, () => createUserCommand(formData({ username: "tanpa-opd", name: "Tanpa OPD", role: "opd", password: "sementara-4" })));
    expect(noOpd).toMatchObject({ ok: false, status: 400, fieldErrors: { opdId: "Pilih OPD." } });
    const taken = await asUser(admin, () => createUserCommand(formData({ username: "sasaran", name: "Ganda", role: "pimpinan", password: "sementara-4" })));
    expect(taken).toMatchObject({ ok: false, status: 409 });
    const short = await asUser(admin, () => createUserCommand(formData({ username: "pendek", name: "Pendek", role: "pimpinan", password: "123" })));
    expect(short).toMatchObject({ ok: false, status: 400, fieldErrors: { password: expect.stringContaining("minimal") } });
  });

  it("records before and after of an update and a role change clears the OPD binding", async () => {
    const u = await createTestUser(t.db, { role: "opd", opdId: opdA });
    await asUser(admin, () => updateUserCommand(formData({ userId: u.id, name: "Naik Jadi Pimpinan", role: "pimpinan", opdId: opdA })));
    const entry = listAudit(t.db, { action: "user.update", entityId: u.id }).rows[0];
    expect(entry.before).toMatchObject({ role: "opd", opdId: opdA });
    expect(entry.after).toMatchObject({ role: "pimpinan", opdId: null, name: "Naik Jadi Pimpinan" });
    // The new role applies to the user's existing session from the next request.
    expect(await sessionUserFromHeaders(t.db, testHeaders(u))).toMatchObject({ role: "pimpinan", opdId: null });
  });

  it("keeps the last active admin: no self-deactivation, no demotion", async () => {
    const self = await asUser(admin, () => setUserActiveCommand(formData({ userId: admin.id, active: "0" })));
    expect(self).toMatchObject({ ok: false, status: 409 });
    const demote = await asUser(admin, () => updateUserCommand(formData({ userId: admin.id, name: "Rina Admin", role: "pimpinan" })));
    expect(demote).toMatchObject({ ok: false, status: 409 });
  });

  it("a user with a temporary password is refused by authorize until they change it", async () => {
    const other = await createTestUser(t.db, { role: "admin" });
    await asUser(admin, () => resetPasswordCommand(formData({ userId: other.id, temporaryPassword: "sementara-5" })));
    const resetEntry = listAudit(t.db, { action: "user.password_reset", entityId: other.id }).rows[0];
    expect(resetEntry).toMatchObject({ actorId: admin.id, before: { mustChangePassword: false }, after: { mustChangePassword: true, passwordReplaced: true } });
    expect(JSON.stringify(resetEntry)).not.toContain("sementara-5");
    const r = await signInWithPassword(t.db, { username: other.username, password: "sementara-5" }, new Headers());
    if (!r.ok) throw new Error(r.message);
    const temp = { cookie: r.setCookie.map((c) => c.split(";")[0]).join("; ") };
    expect(await asUser(temp, () => setUserActiveCommand(formData({ userId: target.id, active: "1" })))).toMatchObject({
      ok: false,
      status: 403,
    });
    const changed = await asUser(temp, () =>
      changeOwnPasswordCommand(formData({ currentPassword: "sementara-5", newPassword: "pilihan-sendiri-1", confirmPassword: "pilihan-sendiri-1" })),
    );
    expect(changed).toEqual({ ok: true, message: "Kata sandi diganti.", redirectTo: "/opd" });
    expect(listAudit(t.db, { action: "user.password_change", actorId: other.id }).total).toBe(1);
  });

  it("changing one's own password needs a session", async () => {
    const r = await asUser(null, () => changeOwnPasswordCommand(formData({ currentPassword: "a", newPassword: "bbbbbbbb", confirmPassword: "bbbbbbbb" })));
    expect(r).toMatchObject({ ok: false, status: 401 });
  });
});

describe("signInCommand", () => {
  it("sends each role to its start page, or to the page asked for", async () => {
    const go = (u: TestUser, lanjut?: string) =>
      asUser(null, () => signInCommand(formData({ username: u.username, password: u.password, lanjut })));
    expect(await go(admin)).toMatchObject({ ok: true, redirectTo: "/opd" });
    expect(await go(pimpinan)).toMatchObject({ ok: true, redirectTo: "/ringkasan" });
    expect(await go(opdUserA)).toMatchObject({ ok: true, redirectTo: "/opd/dinas-a" });
    expect(await go(admin, "/rapat/2")).toMatchObject({ redirectTo: "/rapat/2" });
    expect(await go(admin, "//evil.example/")).toMatchObject({ redirectTo: "/opd" });
    expect(await go(admin, "https://evil.example/")).toMatchObject({ redirectTo: "/opd" });
  });

  it("answers a wrong password with 401 and the throttle with 429", async () => {
    const u = await createTestUser(t.db, { role: "pimpinan" });
    for (let i = 0; i < 5; i++) {
      expect(await asUser(null, () => signInCommand(formData({ username: u.username, password: "salah-salah" })))).toMatchObject({ status: 401 });
    }
    expect(await asUser(null, () => signInCommand(formData({ username: u.username, password: u.password })))).toMatchObject({ status: 429 });
  });
});
