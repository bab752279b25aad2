/**
 * Settings of sign-in and sessions, each with the reason for its value, and the session secret.
 * No "server-only" here: the command line (user:create) and tests import it too.
 */
import { env, type Env } from "@/lib/env";
import { AppError } from "@/lib/errors";

/**
 * A session lasts one working day (07.30-16.00 WIB plus slack) and is not extended by activity,
 * so a session left open on a shared office computer ends by the next morning.
 */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** Window in which failed sign-ins are counted, for a username at an address and for the address. */
export const LOGIN_WINDOW_SECONDS = 60;
/**
 * Five wrong passwords in a minute for one username from one address are typos; the sixth is
 * refused there until the window passes. Keyed by the pair, so a stranger guessing the admin's
 * password locks only their own address, not the admin's.
 */
export const LOGIN_MAX_FAILURES_PER_USERNAME_AND_ADDRESS = 5;
/**
 * The slower back-off for guesses at one username from many addresses (a botnet): after this many
 * failures within LOGIN_GLOBAL_WINDOW_SECONDS, the username is refused from any address that has
 * not signed in as that user before. About 3 000 guesses a day at most, while the user keeps
 * signing in from their usual office address.
 */
export const LOGIN_MAX_FAILURES_PER_USERNAME_GLOBAL = 30;
export const LOGIN_GLOBAL_WINDOW_SECONDS = 15 * 60;
/** An address counts as the user's own for this long after a successful sign-in from it (a month of office use). */
export const LOGIN_KNOWN_ADDRESS_DAYS = 30;
/**
 * Higher per address than per username: a whole office behind one NAT address signs in at
 * 08.00, and a few staff mistyping must not lock out their colleagues.
 */
export const LOGIN_MAX_FAILURES_PER_ADDRESS = 20;
/**
 * better-auth's own limiter on the HTTP endpoint /api/auth/sign-in/username counts every request
 * (not only failures) per address. The app's form signs in through a server action, so only
 * scripts reach that endpoint; they get the same five a minute.
 */
export const HTTP_SIGN_IN_MAX_PER_WINDOW = 5;

/** NIST SP 800-63B minimum for memorised secrets; longer is encouraged on the form. */
export const MIN_PASSWORD_LENGTH = 8;
/** Bounds the cost of hashing a hostile input. */
export const MAX_PASSWORD_LENGTH = 128;

/** 3-32 characters, lower case letters, digits, ".", "_" and "-" (OPD slugs such as "dinsos-pmd"). */
export const USERNAME_PATTERN = /^[a-z0-9](?:[a-z0-9._-]{1,30})[a-z0-9]$/;

/**
 * A setup code (lib/auth/setup-code.ts) is valid this long: enough to open /siapkan after
 * reading it in the server log; a restart without an admin prints a new one.
 */
export const SETUP_CODE_TTL_MINUTES = 60;

export const COOKIE_PREFIX = "patuh";

/** Request header set by proxy.ts with the requested path, so a sign-in can return there. */
export const PATH_HEADER = "x-patuh-path";

/** Development and demo only: the demo's passwords are public anyway. */
const DEV_SECRET = "patuh-dev-demo-secret-do-not-use-in-production-7f3a9c";
/** better-auth derives signing keys from the secret; shorter secrets are guessable. */
const MIN_SECRET_LENGTH = 32;

let warned = false;

/** The session signing secret: required in production, a fixed one with a warning otherwise. */
export function authSecret(e: Env = env()): string {
  if (e.BETTER_AUTH_SECRET) {
    if (e.BETTER_AUTH_SECRET.length < MIN_SECRET_LENGTH) {
      throw new AppError(
        "internal",
        `BETTER_AUTH_SECRET terlalu pendek (${e.BETTER_AUTH_SECRET.length} karakter); minimal ${MIN_SECRET_LENGTH}. Buat yang baru dengan: openssl rand -base64 32`,
      );
    }
    return e.BETTER_AUTH_SECRET;
  }
  if (e.NODE_ENV === "production" && !e.PATUH_DEMO) {
    throw new AppError(
      "internal",
      "BETTER_AUTH_SECRET wajib diisi di produksi: rahasia ini menandatangani sesi masuk. Buat dengan `openssl rand -base64 32`, simpan di berkas lingkungan server, lalu jalankan ulang.",
    );
  }
  if (!warned && e.NODE_ENV !== "test") {
    warned = true;
    console.warn(
      "[auth] BETTER_AUTH_SECRET tidak diisi: memakai rahasia bawaan pengembangan/demo. Jangan gunakan di produksi.",
    );
  }
  return DEV_SECRET;
}

/** Cookies are Secure outside development (browsers also accept them on http://127.0.0.1). */
export function secureCookies(e: Env = env()): boolean {
  return e.NODE_ENV === "production";
}

/** Lower-cased, trimmed: "Admin " and "admin" are one user. */
export function normalizeUsername(raw: string): string {
  return raw.trim().toLowerCase();
}
