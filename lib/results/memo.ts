/**
 * Remembers a read of the whole database until anything in it changes. The summary, the OPD list
 * and the matrix aggregate every OPD's current scan (880,000 item results at 20,000 OPD); they
 * are read far more often than scans finish, so the aggregate is computed once per change.
 *
 * A change is any commit: `PRAGMA data_version` moves when another connection (the worker)
 * commits, `total_changes()` when this connection writes. Nothing is remembered inside a
 * transaction, which could still roll back.
 */
import type { Db } from "@/db";

const memos = new WeakMap<Db, Map<string, { stamp: string; value: unknown }>>();

function stampOf(db: Db): string {
  const version = db.$client.pragma("data_version", { simple: true }) as number;
  const changes = (db.$client.prepare("select total_changes() as n").get() as { n: number }).n;
  return `${version}:${changes}`;
}

export function memoByData<T>(db: Db, key: string, compute: () => T): T {
  if (db.$client.inTransaction) return compute();
  let byKey = memos.get(db);
  if (!byKey) memos.set(db, (byKey = new Map()));
  const stamp = stampOf(db);
  const hit = byKey.get(key);
  if (hit && hit.stamp === stamp) return hit.value as T;
  const value = compute();
  byKey.set(key, { stamp, value });
  return value;
}
