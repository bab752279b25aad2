/** Withdrawing a manual verdict is bound to the OPD it was authorised for (issue 16, item 7). */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { manualVerdicts, opd } from "@/db/schema";
import { tempDb } from "@/lib/testing/tmp-db";
import { withdrawVerdict } from "./index";

let t: ReturnType<typeof tempDb>;
beforeEach(() => {
  t = tempDb("patuh-verdict-");
});
afterEach(() => t.cleanup());

const addOpd = (slug: string) =>
  t.db.insert(opd).values({ slug, name: slug, shortName: slug, websiteUrl: `http://${slug}.test/` }).returning({ id: opd.id }).get().id;
const actor = { id: "admin-1", name: "Rina Admin" };

describe("withdrawVerdict", () => {
  it("refuses a verdict of another OPD than the one authorised, and withdraws its own", () => {
    const a = addOpd("dinas-a");
    const b = addOpd("dinas-b");
    const id = t.db.insert(manualVerdicts).values({ opdId: a, code: "SP-01", level: 2, note: "Catatan uji putusan", authorId: actor.id }).returning({ id: manualVerdicts.id }).get().id;
    expect(() => withdrawVerdict(t.db, { verdictId: id, opdId: b }, actor)).toThrow("Putusan manual tidak ditemukan.");
    expect(t.db.select().from(manualVerdicts).where(eq(manualVerdicts.id, id)).get()?.withdrawnAt).toBeNull();
    withdrawVerdict(t.db, { verdictId: id, opdId: a }, actor);
    expect(t.db.select().from(manualVerdicts).where(eq(manualVerdicts.id, id)).get()?.withdrawnAt).toBeInstanceOf(Date);
  });
});
