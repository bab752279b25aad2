import { afterEach, describe, expect, it } from "vitest";
import { manualVerdicts } from "@/db/schema";
import { createMeeting, freezeMeeting } from "@/lib/meetings";
import { tempDb } from "@/lib/testing/tmp-db";
import { currentDataset, meetingDataset } from "./dataset";
import { addScan, seedStory } from "./test-db";

let t: ReturnType<typeof tempDb> | undefined;
afterEach(() => t?.cleanup());

const JUNE_1 = new Date(Date.UTC(2018, 5, 1, 3));
const JUNE_6 = new Date(Date.UTC(2018, 5, 6, 7, 5));

/** Meeting I on the first round, meeting II on the second (alpha improved, beta regressed on A-01). */
function story() {
  t = tempDb();
  const db = t.db;
  const s = seedStory(db);
  addScan(db, s.alpha.id, s.versionId, [
    { code: "A-01", status: "scored", level: 1 },
    { code: "A-02", status: "scored", level: 0 },
    { code: "A-03", status: "review", level: null },
  ], JUNE_1);
  addScan(db, s.beta.id, s.versionId, ["A-01", "A-02", "A-03"].map((code) => ({ code, status: "scored" as const, level: 3 })), JUNE_1);
  const first = createMeeting(db, { title: "Rapat I", heldOn: "2018-06-01", place: "Aula", createdBy: null });
  freezeMeeting(db, first.id, "uji");
  addScan(db, s.alpha.id, s.versionId, [
    { code: "A-01", status: "scored", level: 3, url: "http://alpha.uji.go.id/maklumat" },
    { code: "A-02", status: "scored", level: 2 },
    { code: "A-03", status: "scored", level: 2 },
  ], JUNE_6);
  addScan(db, s.beta.id, s.versionId, [
    { code: "A-01", status: "scored", level: 2 },
    { code: "A-02", status: "scored", level: 3 },
    { code: "A-03", status: "scored", level: 3 },
  ], JUNE_6);
  const second = createMeeting(db, { title: "Rapat II", heldOn: "2018-06-07", place: "Ruang Rapat", createdBy: null });
  return { db, s, first, second };
}

describe("meetingDataset", () => {
  it("compares a frozen meeting with the one before it, per OPD and per item", () => {
    const { db, s, first, second } = story();
    freezeMeeting(db, second.id, "uji");
    const d = meetingDataset(db, second.id);
    expect(d.meeting).toMatchObject({ title: "Rapat II", heldOn: "2018-06-07", place: "Ruang Rapat" });
    expect(d.comparedWith).toEqual({ id: first.id, title: "Rapat I", heldOn: "2018-06-01" });
    expect(d.regencyName).toBe("Kabupaten Uji");
    expect(d.checklistVersionNumber).toBe(1);
    expect(d.warnings).toEqual([]);
    const byName = new Map(d.opdRows.map((r) => [r.shortName, r]));
    expect([...byName.keys()]).toEqual(["Beta", "Alpha", "Gamma"]);
    // alpha: 50 at level 1 + 30 at level 0 decided before (20.83), everything decided now (83.33).
    expect(byName.get("Alpha")).toMatchObject({ score: 83.33, previousScore: 20.83, trend: "naik", zone: "hijau", undecidedWeight: 0, scannedAt: JUNE_6 });
    expect(byName.get("Alpha")!.delta).toBeCloseTo(62.5, 6);
    expect(byName.get("Beta")).toMatchObject({ score: 83.33, previousScore: 100, trend: "turun" });
    expect(byName.get("Gamma")).toMatchObject({ score: null, zone: null, scannedAt: null, undecidedWeight: null });

    expect(d.itemRows).toHaveLength(6);
    const alphaItems = d.itemRows.filter((i) => i.opdId === s.alpha.id);
    expect(alphaItems.map((i) => i.code)).toEqual(["A-01", "A-02", "A-03"]);
    expect(alphaItems[0]).toMatchObject({ title: "Maklumat pelayanan", weight: 50, level: 3, before: 1, trend: "naik", source: "scanner", fixHint: "Terbitkan maklumat." });
    // Evidence URLs once each, even when two excerpts came from the same page.
    expect(alphaItems[0].evidenceUrls).toEqual(["http://alpha.uji.go.id/maklumat"]);
    expect(d.itemRows.find((i) => i.opdId === s.beta.id && i.code === "A-01")).toMatchObject({ level: 2, before: 3, trend: "turun" });
  });

  it("restricts rows to one OPD for an opd user's scope", () => {
    const { db, s, second } = story();
    freezeMeeting(db, second.id, "uji");
    const d = meetingDataset(db, second.id, { opdId: s.beta.id });
    expect(d.opdRows.map((r) => r.shortName)).toEqual(["Beta"]);
    expect(new Set(d.itemRows.map((i) => i.opdShortName))).toEqual(new Set(["Beta"]));
  });

  it("refuses an unknown meeting (404) and one not frozen yet (409)", () => {
    const { db, second } = story();
    expect(() => meetingDataset(db, 999)).toThrow(expect.objectContaining({ status: 404 }));
    expect(() => meetingDataset(db, second.id)).toThrow(expect.objectContaining({ status: 409, message: expect.stringMatching(/belum dibekukan/) }));
  });

  it("has no trend for the first meeting, which has nothing to compare with", () => {
    const { db, first } = story();
    const d = meetingDataset(db, first.id);
    expect(d.comparedWith).toBeNull();
    expect(d.opdRows.every((r) => r.trend === null && r.delta === null)).toBe(true);
    expect(d.itemRows.every((i) => i.trend === null && i.before === null)).toBe(true);
  });
});

describe("currentDataset", () => {
  it("reads each active OPD's latest scan with standing verdicts, compared with the latest frozen meeting", () => {
    const { db, s } = story();
    db.insert(manualVerdicts).values({ opdId: s.beta.id, code: "A-01", level: 3, note: "Sudah ada di papan", authorId: "admin" }).run();
    const d = currentDataset(db);
    expect(d.kind).toBe("current");
    expect(d.meeting).toBeNull();
    expect(d.comparedWith?.title).toBe("Rapat I");
    const beta = d.opdRows.find((r) => r.shortName === "Beta")!;
    // The verdict lifts A-01 back to 3: 100 again, unchanged since meeting I.
    expect(beta).toMatchObject({ score: 100, previousScore: 100, trend: "tetap", scannedAt: JUNE_6 });
    expect(d.itemRows.find((i) => i.opdId === s.beta.id && i.code === "A-01")).toMatchObject({ level: 3, source: "manual" });
    expect(d.opdRows.find((r) => r.shortName === "Alpha")).toMatchObject({ score: 83.33, trend: "naik" });
    expect(d.opdRows.find((r) => r.shortName === "Gamma")).toMatchObject({ score: null, trend: null });
    expect(d.itemRows).toHaveLength(6);
    expect(currentDataset(db, { opdId: s.alpha.id }).itemRows.map((i) => i.opdShortName)).toEqual(["Alpha", "Alpha", "Alpha"]);
  });
});
