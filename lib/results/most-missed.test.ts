/**
 * The most-missed counts are kept per OPD and re-read only where an OPD's current scoring changed;
 * after every kind of change (a new scan, a re-scoring, an archived OPD, a rollback, a change made
 * by another connection) they must equal a count made from scratch over every current result.
 * Real SQLite file, the real checks.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { openDb, type Db } from "@/db";
import { seedDatabase } from "@/db/seed";
import { activateChecklistVersion, createChecklistVersion, editOf } from "@/lib/admin/checklist";
import { createOpd, setOpdActive } from "@/lib/admin/opd";
import { sampleArtifacts, storeCompletedScan } from "@/lib/admin/testing";
import { activeChecklist } from "@/lib/scan/checklist";
import { rescoreAll } from "@/lib/scan/rescore";
import { tempDb } from "@/lib/testing/tmp-db";
import { CURRENT_CTE, currentStanding, mostMissedItems } from "./current";
import { resolvedResults } from "./rows";

const ADMIN = { id: "u-admin", name: "Admin Organisasi" };
let t: ReturnType<typeof tempDb>;
let db: Db;
const opdIds: number[] = [];

const site = (k: number) => {
  const a = sampleArtifacts(`http://127.0.0.1:${9 + k}/`);
  if (k % 3 === 1) a.pages = a.pages.filter((p) => !p.url.endsWith("maklumat"));
  if (k % 3 === 2) Object.assign(a.site, { reachable: false, errorClass: "dns" }), (a.pages = []);
  return a;
};

/** The count from scratch: every active OPD's current results, aggregated in SQL. */
function fromScratch(on: Db = db) {
  return on.all<{ code: string; missing: number; undecided: number }>(sql`
    with ${CURRENT_CTE},
    active_cur as (select cur.* from cur join opd o on o.id = cur.opd_id and o.active = 1),
    res as (${resolvedResults(sql`active_cur`)})
    select code,
           sum(case when status = 'scored' and level < 2 then 1 else 0 end) as missing,
           sum(case when status != 'scored' then 1 else 0 end) as undecided
    from res group by code order by missing desc, code
  `);
}

function expectSameAsFromScratch(on: Db = db) {
  const kept = mostMissedItems(on, currentStanding(on), 100).map(({ code, missing, undecided }) => ({ code, missing, undecided }));
  expect(kept).toEqual(fromScratch(on));
  expect(kept.some((k) => k.missing > 0)).toBe(true);
}

beforeAll(() => {
  t = tempDb("patuh-most-missed-");
  db = t.db;
  seedDatabase(db);
  for (let k = 0; k < 6; k++) {
    opdIds.push(createOpd(db, { name: `Dinas Uji ${k + 1}`, shortName: `Uji${k + 1}`, websiteUrl: `http://127.0.0.1:${9 + k}/` }, ADMIN).id);
    storeCompletedScan(db, opdIds[k], site(k));
  }
});
afterAll(() => t.cleanup());

describe("most-missed items, kept per OPD", () => {
  it("counts as from scratch at first", () => {
    expectSameAsFromScratch();
  });

  it("after a new scan changes one OPD's results", () => {
    storeCompletedScan(db, opdIds[0], site(1)); // the complete site loses its maklumat page
    expectSameAsFromScratch();
  });

  it("after a re-scoring under a new version and after rolling it back", () => {
    const active = activeChecklist(db);
    // An item every reachable site passes, found by keywords: with keywords no site has, it is
    // missing everywhere under the new version.
    const passed = new Set(fromScratch().filter((m) => m.missing === 0).map((m) => m.code));
    const item = active.items.find((i) => Array.isArray((i.params as { keywords?: unknown }).keywords) && passed.has(i.code))!;
    const edit = structuredClone(editOf(item));
    edit.params.keywords = ["kata yang tidak ada di situs mana pun"];
    const v2 = createChecklistVersion(db, { baseVersionId: active.versionId, note: "kata kunci", edits: { [item.code]: edit } }, ADMIN).versionId;
    const before = mostMissedItems(db, currentStanding(db), 100).find((m) => m.code === item.code)!.missing;
    // Half-way: some OPD are read under the new version, the rest under their old one.
    rescoreAll(db, v2, { scanIds: [1, 2] });
    expectSameAsFromScratch();
    rescoreAll(db, v2);
    expectSameAsFromScratch();
    expect(mostMissedItems(db, currentStanding(db), 100).find((m) => m.code === item.code)!.missing).toBeGreaterThan(before);
    activateChecklistVersion(db, active.versionId, ADMIN);
    expectSameAsFromScratch();
  });

  it("after an OPD is archived and comes back", () => {
    setOpdActive(db, opdIds[1], false, ADMIN);
    expectSameAsFromScratch();
    setOpdActive(db, opdIds[1], true, ADMIN);
    expectSameAsFromScratch();
  });

  it("after a scan another connection (the worker) commits", () => {
    expectSameAsFromScratch();
    const worker = openDb(t.file);
    try {
      storeCompletedScan(worker, opdIds[2], site(0)); // the unreachable site is back, complete
    } finally {
      worker.$client.close();
    }
    expectSameAsFromScratch();
  });
});
