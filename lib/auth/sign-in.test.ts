import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { session, user } from "@/db/schema";
import { SESSION_MAX_AGE_SECONDS } from "./config";
import { sessionUserFromHeaders } from "./session";
import { changeOwnPassword, SIGN_IN_MESSAGES, signInWithPassword, signOut } from "./sign-in";
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

  it("refuses the 6th wrong password within a minute, even when the 6th is right", async () => {
    await createTestUser(t.db, { role: "admin", username: "admin2" });
    for (let i = 1; i <= 5; i++) {
      const r = await signInWithPassword(t.db, { username: "admin2", password: `salah-${i}-xxxx` }, from(`10.0.0.${i}`));
      expect(r).toMatchObject({ ok: false, reason: "wrong" });
    }
    const sixth = await signInWithPassword(t.db, { username: "admin2", password: TEST_PASSWORD }, from("10.0.0.99"));
    expect(sixth).toMatchObject({ ok: false, reason: "throttled" });
    if (sixth.ok) return;
    expect(sixth.retryAfterSeconds).toBeGreaterThan(0);
    expect(sixth.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(sixth.message).toMatch(/Terlalu banyak percobaan masuk/);
    // Another user is not affected by admin2's lock.
    await createTestUser(t.db, { role: "pimpinan", username: "pimpinan2" });
    expect((await signInWithPassword(t.db, { username: "pimpinan2", password: TEST_PASSWORD }, from("10.0.0.99"))).ok).toBe(true);
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

  it("sign-out ends the session", async () => {
    const u = await createTestUser(t.db, { role: "admin" });
    await signOut(t.db, testHeaders(u));
    expect(await sessionUserFromHeaders(t.db, testHeaders(u))).toBeNull();
  });
});
