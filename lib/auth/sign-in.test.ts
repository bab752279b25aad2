import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq, like } from "drizzle-orm";
import { auditLog, session, user } from "@/db/schema";
import { LOGIN_MAX_FAILURES_PER_USERNAME_GLOBAL, LOGIN_WINDOW_SECONDS, SESSION_MAX_AGE_SECONDS } from "./config";
import { sessionUserFromHeaders } from "./session";
import { changeOwnPassword, noteSignInFailure, SIGN_IN_MESSAGES, signInWithPassword, signOut } from "./sign-in";
import { authTestDb, createTestOpd, createTestUser, fromAddress, testHeaders, TEST_PASSWORD } from "./testing";
import { recordLoginFailure } from "./throttle";
import { resetPassword, setUserActive } from "./users";

let t: ReturnType<typeof authTestDb>;
beforeEach(() => {
  t = authTestDb();
});
afterEach(() => t.cleanup());

const from = (ip: string) => fromAddress(ip);
const admin = { id: null, name: "uji" };

describe("signInWithPassword", () => {
  it("signs in by username with an httpOnly, SameSite=Lax session cookie that lasts 8 hours", async () => {
    const opdId = createTestOpd(t.db);
    await createTestUser(t.db, { role: "opd", opdId, username: "kasubag.dinkes" });
    const r = await signInWithPassword(t.db, { username: " Kasubag.Dinkes ", password: TEST_PASSWORD }, from("10.1.1.1"));
    if (!r.ok) throw new Error(r.message);
    expect(r.user).toMatchObject({ username: "kasubag.dinkes", role: "opd", opdId, mustChangePassword: false });
    const cookie = r.setCookie.find((c) => c.startsWith("patuh.session_token="))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(new RegExp(`Max-Age=${SESSION_MAX_AGE_SECONDS}`));
    // Not Secure in development/test; production is covered by secureCookies().
    expect(cookie).not.toMatch(/;\s*Secure/i);
    const s = t.db.select().from(session).where(eq(session.token, cookie.split(";")[0].split("=")[1].split(".")[0])).all();
    expect(s).toHaveLength(1);
    const lifetime = s[0].expiresAt.getTime() - s[0].createdAt.getTime();
    expect(Math.round(lifetime / 1000)).toBe(SESSION_MAX_AGE_SECONDS);
    expect(s[0].ipAddress).toBe("10.1.1.1");
  });

  it("does not say whether the user exists", async () => {
    await createTestUser(t.db, { role: "pimpinan", username: "asisten" });
    const wrongPw = await signInWithPassword(t.db, { username: "asisten", password: "salah-sekali" }, from("10.0.0.1"));
    const noUser = await signInWithPassword(t.db, { username: "tidak-ada", password: "salah-sekali" }, from("10.0.0.2"));
    expect(wrongPw).toEqual({ ok: false, reason: "wrong", message: SIGN_IN_MESSAGES.wrong });
    expect(noUser).toEqual({ ok: false, reason: "wrong", message: SIGN_IN_MESSAGES.wrong });
  });

  it("refuses the 6th wrong password for a username from one address within a minute, even when the 6th is right", async () => {
    await createTestUser(t.db, { role: "admin", username: "admin2" });
    for (let i = 1; i <= 5; i++) {
      const r = await signInWithPassword(t.db, { username: "admin2", password: `salah-${i}-xxxx` }, from("10.0.0.1"));
      expect(r).toMatchObject({ ok: false, reason: "wrong" });
    }
    const sixth = await signInWithPassword(t.db, { username: "admin2", password: TEST_PASSWORD }, from("10.0.0.1"));
    expect(sixth).toMatchObject({ ok: false, reason: "throttled" });
    if (sixth.ok) return;
    expect(sixth.retryAfterSeconds).toBeGreaterThan(0);
    expect(sixth.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(sixth.message).toMatch(/Terlalu banyak percobaan masuk/);
    // Another user is not affected by admin2's lock.
    await createTestUser(t.db, { role: "pimpinan", username: "pimpinan2" });
    expect((await signInWithPassword(t.db, { username: "pimpinan2", password: TEST_PASSWORD }, from("10.0.0.1"))).ok).toBe(true);
  });

  it("a stranger guessing from one address cannot lock the admin out of another", async () => {
    await createTestUser(t.db, { role: "admin", username: "admin5" });
    for (let i = 1; i <= 6; i++) await signInWithPassword(t.db, { username: "admin5", password: `tebakan-${i}` }, from("198.51.100.66"));
    expect(await signInWithPassword(t.db, { username: "admin5", password: TEST_PASSWORD }, from("198.51.100.66"))).toMatchObject({ reason: "throttled" });
    expect((await signInWithPassword(t.db, { username: "admin5", password: TEST_PASSWORD }, from("10.20.0.5"))).ok).toBe(true);
  });

  it("many addresses guessing one username meet a slower back-off; an address that signed in as that user before still gets in", async () => {
    await createTestUser(t.db, { role: "admin", username: "admin6" });
    expect((await signInWithPassword(t.db, { username: "admin6", password: TEST_PASSWORD }, from("10.20.0.6"))).ok).toBe(true);
    // All but the last failure recorded directly (hashing 29 guesses would only slow the test), the last for real.
    for (let i = 1; i < LOGIN_MAX_FAILURES_PER_USERNAME_GLOBAL; i++) noteSignInFailure(t.db, { username: "admin6", ip: `198.51.100.${i}` });
    expect(await signInWithPassword(t.db, { username: "admin6", password: "tebakan-terakhir" }, from("198.51.100.99"))).toMatchObject({ reason: "wrong" });
    const stranger = await signInWithPassword(t.db, { username: "admin6", password: TEST_PASSWORD }, from("198.51.100.200"));
    expect(stranger).toMatchObject({ ok: false, reason: "throttled" });
    if (!stranger.ok) expect(stranger.retryAfterSeconds).toBeGreaterThan(LOGIN_WINDOW_SECONDS);
    expect((await signInWithPassword(t.db, { username: "admin6", password: TEST_PASSWORD }, from("10.20.0.6"))).ok).toBe(true);
  });

  it("audits a sign-in, a failed sign-in (with the username typed and the address) and a sign-out", async () => {
    const u = await createTestUser(t.db, { role: "pimpinan", username: "asisten2", name: "Asisten Dua" });
    await signInWithPassword(t.db, { username: "Asisten2", password: "bukan-sandinya" }, from("192.0.2.31"));
    const r = await signInWithPassword(t.db, { username: "asisten2", password: TEST_PASSWORD }, from("192.0.2.32"));
    if (!r.ok) throw new Error(r.message);
    await signOut(t.db, fromAddress("192.0.2.33", { cookie: r.setCookie.map((c) => c.split(";")[0]).join("; ") }));
    const rows = t.db
      .select({ action: auditLog.action, actorId: auditLog.actorId, actorName: auditLog.actorName, entityId: auditLog.entityId, ip: auditLog.ip })
      .from(auditLog)
      .where(like(auditLog.action, "auth.%"))
      .all()
      .filter((row) => row.entityId === "asisten2")
      .slice(-3); // before these: the test user's own first sign-in
    expect(rows).toEqual([
      { action: "auth.sign_in_failed", actorId: null, actorName: "asisten2", entityId: "asisten2", ip: "192.0.2.31" },
      { action: "auth.sign_in", actorId: u.id, actorName: "Asisten Dua", entityId: "asisten2", ip: "192.0.2.32" },
      { action: "auth.sign_out", actorId: u.id, actorName: "Asisten Dua", entityId: "asisten2", ip: "192.0.2.33" },
    ]);
  });

  it("refuses an address after 20 failures across usernames", async () => {
    // 19 failures recorded directly (hashing 19 dummy passwords would only slow the test), the 20th for real.
    for (let i = 0; i < 19; i++) recordLoginFailure(t.db, { username: `tebak${i}`, ip: "203.0.113.5" });
    expect(await signInWithPassword(t.db, { username: "tebak-lagi", password: "salah-salah" }, from("203.0.113.5"))).toMatchObject({
      reason: "wrong",
    });
    await createTestUser(t.db, { role: "admin", username: "admin3" });
    const r = await signInWithPassword(t.db, { username: "admin3", password: TEST_PASSWORD }, from("203.0.113.5"));
    expect(r).toMatchObject({ ok: false, reason: "throttled" });
    expect((await signInWithPassword(t.db, { username: "admin3", password: TEST_PASSWORD }, from("203.0.113.6"))).ok).toBe(true);
  });

  it("counts a client that forges X-Forwarded-For at its socket address, and stores that address on the session", async () => {
    for (let i = 0; i < 20; i++) recordLoginFailure(t.db, { username: `tebak${i}`, ip: "203.0.113.8" });
    await createTestUser(t.db, { role: "admin", username: "admin4" });
    const forged = fromAddress("203.0.113.8", { "x-forwarded-for": "198.51.100.1", "x-real-ip": "198.51.100.2" });
    expect(await signInWithPassword(t.db, { username: "admin4", password: TEST_PASSWORD }, forged)).toMatchObject({ reason: "throttled" });
    const ok = await signInWithPassword(t.db, { username: "admin4", password: TEST_PASSWORD }, fromAddress("203.0.113.9", { "x-forwarded-for": "198.51.100.1" }));
    if (!ok.ok) throw new Error(ok.message);
    const token = ok.setCookie.find((c) => c.startsWith("patuh.session_token="))!.split(";")[0].split("=")[1].split(".")[0];
    expect(t.db.select().from(session).where(eq(session.token, token)).get()?.ipAddress).toBe("203.0.113.9");
  });

  it("refuses a deactivated user and ends their sessions at once", async () => {
    const u = await createTestUser(t.db, { role: "pimpinan" });
    expect(await sessionUserFromHeaders(t.db, testHeaders(u))).toMatchObject({ id: u.id });
    setUserActive(t.db, u.id, false, admin);
    expect(await sessionUserFromHeaders(t.db, testHeaders(u))).toBeNull();
    const r = await signInWithPassword(t.db, { username: u.username, password: u.password }, from("10.0.0.1"));
    expect(r).toEqual({ ok: false, reason: "inactive", message: SIGN_IN_MESSAGES.inactive });
    expect(t.db.select().from(session).where(eq(session.userId, u.id)).all()).toHaveLength(0);
  });
});

describe("password reset and change", () => {
  it("a reset signs the user out, the temporary password works once, and the change clears the flag", async () => {
    const u = await createTestUser(t.db, { role: "pimpinan" });
    await resetPassword(t.db, u.id, "sementara-123", admin);
    expect(await sessionUserFromHeaders(t.db, testHeaders(u))).toBeNull();
    expect((await signInWithPassword(t.db, { username: u.username, password: u.password }, from("10.0.0.1"))).ok).toBe(false);
    const r = await signInWithPassword(t.db, { username: u.username, password: "sementara-123" }, from("10.0.0.1"));
    if (!r.ok) throw new Error(r.message);
    expect(r.user.mustChangePassword).toBe(true);
    const h = new Headers({ cookie: r.setCookie.map((c) => c.split(";")[0]).join("; ") });

    expect(await changeOwnPassword(t.db, r.user, { currentPassword: "keliru-123", newPassword: "baru-sekali-9" }, h)).toEqual({
      ok: false,
      field: "currentPassword",
      message: "Kata sandi lama salah.",
    });
    expect(await changeOwnPassword(t.db, r.user, { currentPassword: "sementara-123", newPassword: "sementara-123" }, h)).toMatchObject({
      ok: false,
      field: "newPassword",
    });
    expect(await changeOwnPassword(t.db, r.user, { currentPassword: "sementara-123", newPassword: "baru-sekali-9" }, h)).toEqual({ ok: true });
    expect(t.db.select({ m: user.mustChangePassword }).from(user).where(eq(user.id, u.id)).get()).toEqual({ m: false });
    expect((await signInWithPassword(t.db, { username: u.username, password: "baru-sekali-9" }, from("10.0.0.1"))).ok).toBe(true);
  });

  it("counts wrong current passwords on /ganti-sandi like wrong sign-ins: the 6th try in a minute is refused", async () => {
    const u = await createTestUser(t.db, { role: "pimpinan" });
    const h = fromAddress("192.0.2.50", { cookie: u.cookie });
    for (let i = 1; i <= 5; i++) {
      expect(await changeOwnPassword(t.db, u, { currentPassword: `tebakan-${i}-xx`, newPassword: "baru-sekali-9" }, h)).toMatchObject({
        ok: false,
        field: "currentPassword",
        message: "Kata sandi lama salah.",
      });
    }
    const sixth = await changeOwnPassword(t.db, u, { currentPassword: u.password, newPassword: "baru-sekali-9" }, h);
    expect(sixth).toMatchObject({ ok: false, field: "currentPassword" });
    if (!sixth.ok) expect(sixth.message).toMatch(/Terlalu banyak percobaan/);
    expect((await signInWithPassword(t.db, { username: u.username, password: u.password }, from("192.0.2.51"))).ok).toBe(true);
  });

  it("sign-out ends the session", async () => {
    const u = await createTestUser(t.db, { role: "admin" });
    await signOut(t.db, testHeaders(u));
    expect(await sessionUserFromHeaders(t.db, testHeaders(u))).toBeNull();
  });
});
