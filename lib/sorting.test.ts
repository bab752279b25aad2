import { describe, expect, it } from "vitest";
import { SortParams, sortOpdRows } from "./sorting";

const rows = [
  { name: "Dinas Kesehatan", score: 72.5, zone: "kuning", delta: 10 },
  { name: "Badan Pendapatan", score: 45, zone: "merah", delta: -2.5 },
  { name: "Dinas Perhubungan", score: null, zone: null, delta: null },
  { name: "Disdukcapil", score: 88.25, zone: "hijau", delta: 0 },
];
const names = (r: typeof rows) => r.map((x) => x.name);

describe("sortOpdRows", () => {
  it("sorts by score either way, never-scanned OPD last", () => {
    expect(names(sortOpdRows(rows, "nilai", "naik"))).toEqual(["Badan Pendapatan", "Dinas Kesehatan", "Disdukcapil", "Dinas Perhubungan"]);
    expect(names(sortOpdRows(rows, "nilai", "turun"))).toEqual(["Disdukcapil", "Dinas Kesehatan", "Badan Pendapatan", "Dinas Perhubungan"]);
  });
  it("sorts by zone (merah first), by change and by name", () => {
    expect(names(sortOpdRows(rows, "zona", "naik"))[0]).toBe("Badan Pendapatan");
    expect(names(sortOpdRows(rows, "perubahan", "turun"))).toEqual(["Dinas Kesehatan", "Disdukcapil", "Badan Pendapatan", "Dinas Perhubungan"]);
    expect(names(sortOpdRows(rows, "nama", "naik"))).toEqual(["Badan Pendapatan", "Dinas Kesehatan", "Dinas Perhubungan", "Disdukcapil"]);
  });
  it("reads only known keys from the address", () => {
    expect(SortParams.parse({ urut: "zona", arah: "turun" })).toEqual({ urut: "zona", arah: "turun" });
    expect(SortParams.parse({ urut: "x'; drop", arah: "?" })).toEqual({ urut: undefined, arah: undefined });
  });
});
