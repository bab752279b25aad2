/**
 * Signing in, out, and changing one's own password through better-auth's server API. From a
 * server action the nextCookies plugin writes the Set-Cookie into Next's response; from a test,
 * the caller reads it from the returned headers.
 */
import { isAPIError } from "better-auth/api";
import type { Db } from "@/db";
import { ACCOUNT_INACTIVE, authFor } from "./auth";
import { normalizeUsername } from "./config";
import type { SessionUser } from "./policy";
import { clientAddress, withClientAddress } from "@/lib/net/client-address";
import { sessionUserFromHeaders } from "./session";
import { auditSignIn, auditSignInFailure, auditSignOut } from "./sign-in-audit";
import { checkLogin, recordLoginFailure, recordLoginSuccess, type LoginSubject } from "./throttle";
import { loadSessionUser, markPasswordChanged } from "./users";

export const SIGN_IN_MESSAGES = {
  wrong: "Nama pengguna atau kata sandi salah.",
  inactive: "Akun ini dinonaktifkan. Hubungi Bagian Organisasi untuk mengaktifkannya kembali.",
  throttled: (s: number) =>
    `Terlalu banyak percobaan masuk yang gagal. Demi keamanan, coba lagi dalam ${s} detik.`,
  missing: "Isi nama pengguna dan kata sandi.",
} as const;

export type SignInResult =
  | { ok: true; user: SessionUser; setCookie: string[] }
  | { ok: false; reason: "wrong" | "inactive" | "throttled" | "missing"; message: string; retryAfterSeconds?: number };

/** A correct password: clears the pair's failure count and audits the sign-in. Both ways in call this. */
export function noteSignIn(db: Db, subject: LoginSubject, user: { id: string; name: string; username: string }): void {
  recordLoginSuccess(db, subject);
  auditSignIn(db, user, subject.ip);
}

/** A wrong password or unknown username: counts it and audits the name typed with the address. */
export function noteSignInFailure(db: Db, subject: LoginSubject): void {
  recordLoginFailure(db, subject);
  auditSignInFailure(db, subject.username, subject.ip);
}

/**
 * Checks the throttle, then the password. Counts a failure per (username, address) and per
 * address; a success clears the pair's count. Never says whether the username exists.
 */
export async function signInWithPassword(
  db: Db,
  input: { username: string; password: string },
  headers: Headers,
): Promise<SignInResult> {
  const username = normalizeUsername(input.username ?? "");
  if (!username || !input.password) return { ok: false, reason: "missing", message: SIGN_IN_MESSAGES.missing };
  const subject = { username, ip: clientAddress(headers) };
  const decision = checkLogin(db, subject);
  if (!decision.allowed) {
    return {
      ok: false,
      reason: "throttled",
      message: SIGN_IN_MESSAGES.throttled(decision.retryAfterSeconds),
      retryAfterSeconds: decision.retryAfterSeconds,
    };
  }
  try {
    const res = await authFor(db).api.signInUsername({
      body: { username, password: input.password, rememberMe: true },
      headers: withClientAddress(headers),
      returnHeaders: true,
    });
    const user = loadSessionUser(db, res.response.user.id);
    if (!user) return { ok: false, reason: "inactive", message: SIGN_IN_MESSAGES.inactive };
    noteSignIn(db, subject, user);
    return { ok: true, user, setCookie: res.headers.getSetCookie() };
  } catch (e) {
    if (isAPIError(e) && e.body?.message === ACCOUNT_INACTIVE) {
      return { ok: false, reason: "inactive", message: SIGN_IN_MESSAGES.inactive };
    }
    if (isAPIError(e) && (e.statusCode === 401 || e.statusCode === 422 || e.statusCode === 400)) {
      noteSignInFailure(db, subject);
      return { ok: false, reason: "wrong", message: SIGN_IN_MESSAGES.wrong };
    }
    throw e;
  }
}

/** Ends the session of these headers (no-op without one) and audits it. */
export async function signOut(db: Db, headers: Headers): Promise<void> {
  const user = await sessionUserFromHeaders(db, headers);
  try {
    await authFor(db).api.signOut({ headers });
  } catch (e) {
    // Signing out without a valid session is already the desired state.
    if (!isAPIError(e)) throw e;
  }
  if (user) auditSignOut(db, user, clientAddress(headers));
}

export type ChangePasswordResult = { ok: true } | { ok: false; message: string; field?: "currentPassword" | "newPassword" };

/**
 * The user changes their own password (after a reset, or by choice). Other sessions of the user
 * end; this one is replaced by a fresh session cookie. The audit entry never holds a password.
 */
export async function changeOwnPassword(
  db: Db,
  user: SessionUser,
  input: { currentPassword: string; newPassword: string },
  headers: Headers,
): Promise<ChangePasswordResult> {
  if (input.currentPassword === input.newPassword) {
    return { ok: false, field: "newPassword", message: "Kata sandi baru harus berbeda dari kata sandi lama." };
  }
  // A stolen session must not become a way to guess the password: same limits as signing in.
  const subject = { username: user.username, ip: clientAddress(headers) };
  const decision = checkLogin(db, subject);
  if (!decision.allowed) {
    return { ok: false, field: "currentPassword", message: SIGN_IN_MESSAGES.throttled(decision.retryAfterSeconds) };
  }
  try {
    await authFor(db).api.changePassword({
      body: { currentPassword: input.currentPassword, newPassword: input.newPassword, revokeOtherSessions: true },
      headers: withClientAddress(headers),
    });
  } catch (e) {
    if (isAPIError(e) && e.body?.code === "INVALID_PASSWORD") {
      recordLoginFailure(db, subject);
      return { ok: false, field: "currentPassword", message: "Kata sandi lama salah." };
    }
    if (isAPIError(e) && e.body?.code === "PASSWORD_TOO_SHORT") {
      return { ok: false, field: "newPassword", message: "Kata sandi baru terlalu pendek." };
    }
    throw e;
  }
  markPasswordChanged(db, user.id, clientAddress(headers));
  return { ok: true };
}
