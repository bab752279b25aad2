/**
 * Leases in the `locks` table: a named role (the scheduler) held by one process at a time, for a
 * limited time, renewed while the holder lives. A holder that dies simply stops renewing and the
 * lease passes on when it expires; no process ever has to clean up after another.
 */
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { locks } from "@/db/schema";
import { writeTx } from "./tx";

/** Takes or renews the lease `name` for `holder` unless another holder's lease is still valid. */
export function tryAcquireLease(db: Db, name: string, holder: string, ttlMs: number, now = new Date()): boolean {
  return writeTx(db, () => {
      const row = db.select().from(locks).where(eq(locks.name, name)).get();
      if (row && row.holder !== holder && row.expiresAt > now) return false;
      const expiresAt = new Date(now.getTime() + ttlMs);
      db.insert(locks)
        .values({ name, holder, expiresAt })
        .onConflictDoUpdate({ target: locks.name, set: { holder, expiresAt } })
        .run();
      return true;
  });
}

/** Gives the lease up at once (clean shutdown), so a standby process need not wait for expiry. */
export function releaseLease(db: Db, name: string, holder: string): void {
  db.delete(locks).where(and(eq(locks.name, name), eq(locks.holder, holder))).run();
}

/** Who holds the lease now, if anyone. */
export function leaseHolder(db: Db, name: string, now = new Date()): { holder: string; expiresAt: Date } | null {
  const row = db.select().from(locks).where(eq(locks.name, name)).get();
  return row && row.expiresAt > now ? { holder: row.holder, expiresAt: row.expiresAt } : null;
}
