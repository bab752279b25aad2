import { describe, expect, it } from "vitest";
import { formatDateAxis, formatDateLong, formatDateTime, formatDelta, formatIsoDay, formatIsoDayAxis, formatScore, shortMeetingTitle } from "./format";

describe("Indonesian formatting", () => {
  it("writes dates the way the regency does", () => {
    expect(formatIsoDay("2018-06-07")).toBe("Kamis, 7 Juni 2018");
    expect(formatIsoDay("2018-05-31")).toBe("Kamis, 31 Mei 2018");
    // 17:30 UTC on 6 June is already 7 June in WIB.
    expect(formatDateLong(Date.UTC(2018, 5, 6, 17, 30))).toBe("Kamis, 7 Juni 2018");
    expect(formatDateTime(Date.UTC(2018, 5, 7, 7, 5))).toBe("Kamis, 7 Juni 2018 pukul 14.05 WIB");
  });

  it("writes numbers with a decimal comma", () => {
    expect(formatScore(86.45)).toBe("86,45");
    expect(formatScore(null)).toBe("–");
    expect(formatDelta(3.2)).toBe("+3,20");
    expect(formatDelta(-1.05)).toBe("−1,05");
  });
});

describe("chart axis labels", () => {
  it("dates points briefly and names meetings by their number", () => {
    expect(formatIsoDayAxis("2018-06-07")).toBe("7 Jun 2018");
    expect(formatDateAxis(Date.UTC(2026, 11, 1, 20))).toBe("2 Des 2026"); // 03.00 WIB the next day
    expect(shortMeetingTitle("Rapat Evaluasi Kepatuhan Pelayanan Publik II")).toBe("Rapat II");
    expect(shortMeetingTitle("Rapat Triwulan 3")).toBe("Rapat Triwulan 3");
    expect(shortMeetingTitle("Evaluasi akhir tahun anggaran")).toBe("Evaluasi akhir…");
  });
});
