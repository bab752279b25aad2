/** A real, migrated SQLite file in a fresh temporary folder, for tests. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDb, type Db } from "@/db";

export function tempDb(prefix = "patuh-test-"): { db: Db; file: string; dir: string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const file = path.join(dir, "patuh.db");
  const db = openDb(file);
  return {
    db,
    file,
    dir,
    cleanup() {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
