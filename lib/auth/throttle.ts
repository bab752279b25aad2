/**
 * Failed sign-ins counted per username and per address, in the `rate_limit` table that
 * better-auth's own limiter also uses (our keys start with "login-failure:", so the two never
 * collide; better-auth prunes rows older than its longest window, which is ours too).
 *
 * better-auth's limiter counts every request per address and path and does not apply to
 * server-side `auth.api` calls at all, which is how the sign-in form works; so the rule "the
 * sixth wrong password within a minute is refused" lives here, for both ways in.
 */
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { rateLimit } from "@/db/schema";
import {
  LOGIN_MAX_FAILURES_PER_ADDRESS,
  LOGIN_MAX_FAILURES_PER_USERNAME,
  LOGIN_WINDOW_SECONDS,
  normalizeUsername,
} from "./config";

export type LoginSubject = { username: string; ip: string | null };
export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const WINDOW_MS = LOGIN_WINDOW_SECONDS * 1000;

function keys(s: LoginSubject): { key: string; max: number }[] {
  const out = [{ key: `login-failure:user:${normalizeUsername(s.username)}`, max: LOGIN_MAX_FAILURES_PER_USERNAME }];
  if (s.ip) out.push({ key: `login-failure:ip:${s.ip}`, max: LOGIN_MAX_FAILURES_PER_ADDRESS });
  return out;
}

/** Refused while a key has reached its maximum and its last failure is within the window. */
export function checkLogin(db: Db, s: LoginSubject, now = Date.now()): ThrottleDecision {
  let wait = 0;
  for (const { key, max } of keys(s)) {
    const row = db.select().from(rateLimit).where(eq(rateLimit.key, key)).get();
    if (row && row.count >= max && now - row.lastRequest < WINDOW_MS) {
      wait = Math.max(wait, Math.ceil((row.lastRequest + WINDOW_MS - now) / 1000));
    }
  }
  return wait > 0 ? { allowed: false, retryAfterSeconds: wait } : { allowed: true };
}

/**
 * Counts one failure. A failure more than a window after the previous one starts a new count;
 * otherwise the count grows and the window restarts, so slow guessing stays counted.
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

/** A correct password clears the username's count (not the address's: others may share it). */
export function recordLoginSuccess(db: Db, s: LoginSubject): void {
  db.delete(rateLimit)
    .where(eq(rateLimit.key, `login-failure:user:${normalizeUsername(s.username)}`))
    .run();
}
