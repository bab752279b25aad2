import { describe, expect, it } from "vitest";
import { applyVerdicts, itemScore, scoreFromTotals, scoreOpd, ZONE_PRESETS, zoneFor } from "./index";
import type { ScoredItemInput } from "./types";

const item = (code: string, weight: number, level: number | null, status: ScoredItemInput["status"] = "scored"): ScoredItemInput => ({
  code,
  weight,
  level,
  status,
});

describe("zoneFor ombudsman2021", () => {
  it.each([
    [100, "hijau"],
    [81, "hijau"],
    [81.0, "hijau"],
    [80.99, "kuning"],
    [80.994, "kuning"],
    [80.995, "hijau"],
    [51, "kuning"],
    [50.99, "merah"],
    [0, "merah"],
  ])("%s -> %s", (score, id) => {
    expect(zoneFor(score, "ombudsman2021").id).toBe(id);
  });
});

describe("zoneFor kategori2022", () => {
  it.each([
    [88, "A", "hijau"],
    [87.99, "B", "hijau"],
    [78, "B", "hijau"],
    [77.99, "C", "kuning"],
    [57, "C", "kuning"],
    [56.99, "D", "merah"],
    [40, "D", "merah"],
    [39.99, "E", "merah"],
    [0, "E", "merah"],
  ])("%s -> %s", (score, id, color) => {
    const z = zoneFor(score, "kategori2022");
    expect(z.id).toBe(id);
    expect(z.color).toBe(color);
  });

  it("notes the unconfirmed C/D and D/E cut-offs", () => {
    const notes = ZONE_PRESETS.kategori2022.zones.filter((z) => z.note).map((z) => z.id);
    expect(notes).toEqual(["D", "E"]);
  });
});

describe("itemScore", () => {
  it("is weight x level / 3 for scored items and null otherwise", () => {
    expect(itemScore(item("A", 4, 3))).toBe(4);
    expect(itemScore(item("A", 4, 2))).toBe(2.67);
    expect(itemScore(item("A", 4, 0))).toBe(0);
    expect(itemScore(item("A", 4, null, "review"))).toBeNull();
    expect(itemScore(item("A", 4, null, "error"))).toBeNull();
  });
});

describe("scoreOpd", () => {
  it("scales over decided weight and reports undecided weight apart", () => {
    const r = scoreOpd([item("A", 3, 3), item("B", 3, 0), item("C", 4, null, "review"), item("D", 2, null, "error")], [], "ombudsman2021");
    expect(r.score).toBe(50);
    expect(r.decidedWeight).toBe(6);
    expect(r.undecidedWeight).toBe(6);
    expect(r.totalWeight).toBe(12);
    expect(r.zone?.id).toBe("merah");
    expect(r.items.map((i) => i.itemScore)).toEqual([3, 0, null, null]);
  });

  it("rounds to two decimals", () => {
    const r = scoreOpd([item("A", 3, 2), item("B", 4, 3)], [], "ombudsman2021");
    // (2 + 4) / 7 * 100 = 85.714...
    expect(r.score).toBe(85.71);
    expect(r.zone?.id).toBe("hijau");
  });

  it("gives no score and no zone when nothing is decided", () => {
    const r = scoreOpd([item("A", 3, null, "review")], [], "kategori2022");
    expect(r.score).toBeNull();
    expect(r.zone).toBeNull();
    expect(r.undecidedWeight).toBe(3);
  });

  it("lets a manual verdict replace the scanner's level and status", () => {
    const r = scoreOpd([item("A", 3, null, "review"), item("B", 3, 3)], [{ code: "A", level: 1 }], "ombudsman2021");
    const a = r.items.find((i) => i.code === "A")!;
    expect(a).toMatchObject({ source: "manual", status: "scored", level: 1, scannerStatus: "review", scannerLevel: null, itemScore: 1 });
    expect(r.items.find((i) => i.code === "B")!.source).toBe("scanner");
    expect(r.score).toBe(66.67);
    expect(r.undecidedWeight).toBe(0);
  });

  it("uses the last verdict per code", () => {
    const out = applyVerdicts([item("A", 2, 0)], [{ code: "A", level: 1 }, { code: "A", level: 3 }]);
    expect(out[0].level).toBe(3);
  });

  it("crosses the 81.00 boundary exactly", () => {
    // 81 of 100 weight at level 3, the rest at level 0.
    const r = scoreOpd([item("A", 81, 3), item("B", 19, 0)], [], "ombudsman2021");
    expect(r.score).toBe(81);
    expect(r.zone?.id).toBe("hijau");
    const r2 = scoreOpd([item("A", 8099, 3), item("B", 1901, 0)], [], "ombudsman2021");
    expect(r2.score).toBe(80.99);
    expect(r2.zone?.id).toBe("kuning");
  });
});

describe("scoreFromTotals", () => {
  it("gives the same score as scoreOpd from summed totals", () => {
    const items = [item("A", 3, 2), item("B", 4, 3), item("C", 2, null, "review")];
    const { items: _items, ...full } = scoreOpd(items, [], "kategori2022");
    expect(scoreFromTotals(3 * 2 / 3 + 4, 7, 2, "kategori2022")).toEqual(full);
  });
});
