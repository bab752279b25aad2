/** Who makes an admin change, as the audit log records it. */
import type { Db } from "@/db";

export type Actor = { id: string | null; name: string; ip?: string | null };

/** Transaction handle as drizzle passes it to `db.transaction(cb)`. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
