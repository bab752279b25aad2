/**
 * The one database connection, opened lazily (opening at import time would make `next build`
 * create and migrate a database) and shared by the web app, the worker and the command line.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const MIGRATIONS_DIR = path.join(process.cwd(), "db", "migrations");

/** A writer waiting for the lock gives up after this long; the worker and the app share the file. */
const BUSY_TIMEOUT_MS = 5_000;

let current: { file: string; db: Db } | undefined;

/** Opens (and migrates) a database file. Tests open their own files with this. */
export function openDb(file: string): Db {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file);
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = NORMAL");
    sqlite.pragma("foreign_keys = ON");
  } catch (cause) {
    throw databaseError(file, cause);
  }
  const db = drizzle(sqlite, { schema }) as Db;
  try {
    migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  } catch (cause) {
    sqlite.close();
    throw databaseError(file, cause);
  }
  return db;
}

function databaseError(file: string, cause: unknown): AppError {
  const msg = cause instanceof Error ? cause.message : String(cause);
  if (/not a database|malformed|corrupt/i.test(msg)) {
    return new AppError(
      "database",
      `Berkas basis data ${file} rusak atau bukan basis data SQLite. Pulihkan dari cadangan (lihat README, "Cadangan") atau pindahkan berkas itu lalu jalankan ulang.`,
      { cause },
    );
  }
  return new AppError("database", `Basis data ${file} tidak dapat dibuka: ${msg}`, { cause });
}

/** The shared connection for this process. */
export function getDb(): Db {
  const file = env().PATUH_DB;
  if (!current || current.file !== file) {
    current?.db.$client.close();
    current = { file, db: openDb(file) };
  }
  return current.db;
}

export function closeDb(): void {
  current?.db.$client.close();
  current = undefined;
}

export { schema };
