import { describe, expect, it } from "vitest";
import { summarize } from "./summary";
import { exportFileName, todayWib, attachmentHeader } from "./filename";
import { sampleDataset } from "./test-data";

describe("summarize", () => {
  it("averages only the OPD with a score, counts zones by colour and ranks unscored OPD last", () => {
    const s = summarize(sampleDataset().opdRows);
    expect(s.average).toBeCloseTo(70.725, 6);
    expect(s.scoredCount).toBe(2);
    expect(s.zoneCounts).toEqual({ hijau: 1, kuning: 1, merah: 0, belum: 1 });
    expect(s.ranking.map((r) => r.shortName)).toEqual(["Disdukcapil", "Bapenda", "RSUD"]);
  });

  it("counts the 2022 category zones by their colour", () => {
    const rows = sampleDataset().opdRows.map((r, i) => ({ ...r, zone: ["A", "D", "C"][i] }));
    expect(summarize(rows).zoneCounts).toEqual({ hijau: 1, kuning: 1, merah: 1, belum: 0 });
  });
});

describe("exportFileName", () => {
  it("names downloads in Indonesian, ASCII only, with the day", () => {
    expect(exportFileName("paket-rapat", "2018-06-07", "pdf")).toBe("paket-rapat-2018-06-07.pdf");
    expect(exportFileName("butir-terkini", "2018-06-07", "csv", "DPMPTSP Naker")).toBe("butir-terkini-dpmptsp-naker-2018-06-07.csv");
    expect(attachmentHeader("nilai-rapat-2018-06-07.xlsx")).toMatch(/^attachment; filename="nilai-rapat-2018-06-07.xlsx"/);
  });

  it("takes today's date in WIB, not UTC", () => {
    expect(todayWib(new Date(Date.UTC(2018, 5, 6, 18, 30)))).toBe("2018-06-07");
    expect(todayWib(new Date(Date.UTC(2018, 5, 6, 16, 30)))).toBe("2018-06-06");
  });
});
