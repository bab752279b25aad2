/**
 * Sign-in, failed sign-in and sign-out in the audit log, and the two questions the throttle asks
 * of those entries. Entries use entity "sign_in" with the username (as typed, normalised) as
 * entity id, so a failure for a name that does not exist is recorded the same way as one that does.
 */
import { and, count, desc, eq, gte } from "drizzle-orm";
import type { Db } from "@/db";
import { auditLog } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { normalizeUsername } from "./config";

export const SIGN_IN_ACTIONS = {
  signIn: "auth.sign_in",
  failed: "auth.sign_in_failed",
  signOut: "auth.sign_out",
} as const;

const ENTITY = "sign_in";
/** What someone typed as a username is stored, bounded (a password pasted there stays short of whole). */
const MAX_LOGGED_USERNAME = 64;

function loggedName(username: string): string {
  return normalizeUsername(username).slice(0, MAX_LOGGED_USERNAME);
}

export function auditSignIn(db: Db, user: { id: string; name: string; username: string }, ip: string | null): void {
  recordAudit(db, { actorId: user.id, actorName: user.name, action: SIGN_IN_ACTIONS.signIn, entity: ENTITY, entityId: loggedName(user.username), ip });
}

/** A wrong password (or unknown username): the actor is only the name typed. */
export function auditSignInFailure(db: Db, username: string, ip: string | null): void {
  const name = loggedName(username);
  recordAudit(db, { actorId: null, actorName: name, action: SIGN_IN_ACTIONS.failed, entity: ENTITY, entityId: name, ip });
}

export function auditSignOut(db: Db, user: { id: string; name: string; username: string }, ip: string | null): void {
  recordAudit(db, { actorId: user.id, actorName: user.name, action: SIGN_IN_ACTIONS.signOut, entity: ENTITY, entityId: loggedName(user.username), ip });
}

/** Times of the most recent failed sign-ins for `username` since `since`, newest first, at most `limit`. */
export function recentFailureTimes(db: Db, username: string, since: Date, limit: number): Date[] {
  return db
    .select({ at: auditLog.at })
    .from(auditLog)
    .where(and(eq(auditLog.action, SIGN_IN_ACTIONS.failed), eq(auditLog.entityId, loggedName(username)), gte(auditLog.at, since)))
    .orderBy(desc(auditLog.at))
    .limit(limit)
    .all()
    .map((r) => r.at);
}

/** Whether `username` signed in successfully from `ip` since `since`. */
export function signedInFrom(db: Db, username: string, ip: string, since: Date): boolean {
  const row = db
    .select({ n: count() })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, SIGN_IN_ACTIONS.signIn),
        eq(auditLog.entityId, loggedName(username)),
        gte(auditLog.at, since),
        eq(auditLog.ip, ip),
      ),
    )
    .get();
  return (row?.n ?? 0) > 0;
}
