import { describe, expect, it } from "vitest";
import { formatDateLong, formatDateTime, formatDelta, formatIsoDay, formatScore } from "./format";

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
