/**
 * Failed sign-ins, counted three ways:
 * - per (username, address), in the `rate_limit` table: the sixth wrong password in a minute is
 *   refused at that address, so a stranger locks out only themselves;
 * - per address, same table: one address guessing many usernames;
 * - per username from any address, read from the audit log's failed sign-ins over a longer
 *   window: the slower back-off against many addresses, which an address that has signed in as
 *   that user before is exempt from, so the admin's own office keeps working.
 *
 * Our `rate_limit` keys start with "login-failure:", so they never collide with better-auth's own
 * limiter, which prunes rows older than its longest window (a minute, which is ours there too).
 * better-auth's limiter does not apply to server-side `auth.api` calls, which is how the sign-in
 * form works, so these rules live here for both ways in.
 */
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { rateLimit } from "@/db/schema";
import {
  LOGIN_GLOBAL_WINDOW_SECONDS,
  LOGIN_KNOWN_ADDRESS_DAYS,
  LOGIN_MAX_FAILURES_PER_ADDRESS,
  LOGIN_MAX_FAILURES_PER_USERNAME_AND_ADDRESS,
  LOGIN_MAX_FAILURES_PER_USERNAME_GLOBAL,
  LOGIN_WINDOW_SECONDS,
  normalizeUsername,
} from "./config";
import { recentFailureTimes, signedInFrom } from "./sign-in-audit";

export type LoginSubject = { username: string; ip: string | null };
export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const WINDOW_MS = LOGIN_WINDOW_SECONDS * 1000;
const GLOBAL_WINDOW_MS = LOGIN_GLOBAL_WINDOW_SECONDS * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** An unknown address (no socket address, e.g. a test without one) shares one bucket. */
const address = (s: LoginSubject) => s.ip ?? "unknown";

function keys(s: LoginSubject): { key: string; max: number }[] {
  return [
    { key: `login-failure:pair:${normalizeUsername(s.username)}|${address(s)}`, max: LOGIN_MAX_FAILURES_PER_USERNAME_AND_ADDRESS },
    { key: `login-failure:ip:${address(s)}`, max: LOGIN_MAX_FAILURES_PER_ADDRESS },
  ];
}

/** Refused while a key is at its maximum within its window, or the username's back-off applies here. */
export function checkLogin(db: Db, s: LoginSubject, now = Date.now()): ThrottleDecision {
  let wait = 0;
  for (const { key, max } of keys(s)) {
    const row = db.select().from(rateLimit).where(eq(rateLimit.key, key)).get();
    if (row && row.count >= max && now - row.lastRequest < WINDOW_MS) {
      wait = Math.max(wait, Math.ceil((row.lastRequest + WINDOW_MS - now) / 1000));
    }
  }
  wait = Math.max(wait, globalBackOffSeconds(db, s, now));
  return wait > 0 ? { allowed: false, retryAfterSeconds: wait } : { allowed: true };
}

/** Seconds until the username's failures within the long window drop below the maximum; 0 for a known address. */
function globalBackOffSeconds(db: Db, s: LoginSubject, now: number): number {
  const failures = recentFailureTimes(db, s.username, new Date(now - GLOBAL_WINDOW_MS), LOGIN_MAX_FAILURES_PER_USERNAME_GLOBAL);
  if (failures.length < LOGIN_MAX_FAILURES_PER_USERNAME_GLOBAL) return 0;
  if (s.ip && signedInFrom(db, s.username, s.ip, new Date(now - LOGIN_KNOWN_ADDRESS_DAYS * DAY_MS))) return 0;
  const oldest = failures[failures.length - 1].getTime();
  return Math.max(1, Math.ceil((oldest + GLOBAL_WINDOW_MS - now) / 1000));
}

/**
 * Counts one failure for the pair and the address (the username's long count is its audit
 * entry). A failure more than a window after the previous one starts a new count; otherwise the
 * count grows and the window restarts, so slow guessing stays counted.
 */
export function recordLoginFailure(db: Db, s: LoginSubject, now = Date.now()): void {
  for (const { key } of keys(s)) {
    db.insert(rateLimit)
      .values({ id: key, key, count: 1, lastRequest: now })
      .onConflictDoUpdate({
        target: rateLimit.key,
        set: {
          count: sql`CASE WHEN ${now} - ${rateLimit.lastRequest} >= ${WINDOW_MS} THEN 1 ELSE ${rateLimit.count} + 1 END`,
          lastRequest: now,
        },
      })
      .run();
  }
}

/** A correct password clears the pair's count (not the address's: others may share it). */
export function recordLoginSuccess(db: Db, s: LoginSubject): void {
  db.delete(rateLimit).where(eq(rateLimit.key, keys(s)[0].key)).run();
}
