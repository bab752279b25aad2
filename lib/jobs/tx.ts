/**
 * Write transactions for the jobs modules. On a connection: `BEGIN IMMEDIATE`, so the write lock
 * is taken up front and two processes serialise instead of failing on a lock upgrade. Inside a
 * transaction (or handed a drizzle `tx` in place of the Db, as a caller recording an audit row
 * alongside may do): a savepoint, so the caller's transaction stays the unit of work.
 */
import type { Db } from "@/db";

export function writeTx<T>(db: Db, fn: () => T): T {
  const client = (db as Partial<Db>).$client;
  if (client) return client.transaction(fn).immediate();
  return (db as unknown as { transaction(f: () => T): T }).transaction(fn);
}
