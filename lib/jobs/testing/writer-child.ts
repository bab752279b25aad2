/**
 * Test fixture: writes to the database file in env PATUH_DB without pause (one small transaction
 * after another) until killed, so a backup can be taken while another connection writes.
 * Reports "ready" after its first commit.
 */
import { openDb } from "@/db";
import { auditLog } from "@/db/schema";

const db = openDb(process.env.PATUH_DB!);
let n = 0;
function burst() {
  for (let i = 0; i < 20; i++) {
    db.insert(auditLog)
      .values({ at: new Date(), actorName: "penguji", action: "test.write", entity: "test", entityId: String(n++), after: { pad: "x".repeat(500) } })
      .run();
  }
  if (n === 20) process.send?.("ready");
  setImmediate(burst);
}
burst();
