import { describe, expect, it } from "vitest";
import { isoFromMachineDate, parseFeedDates, parseTextDates } from "./dates";

describe("dates", () => {
  it("reads Indonesian dates with day names and abbreviations", () => {
    const d = parseTextDates("Rapat pada Kamis, 31 Mei 2018 dan kembali 7 Juni 2018; terbit 07 Agt 2019, 1 Nopember 2020.");
    expect(d.map((x) => x.iso)).toEqual(["2018-05-31", "2018-06-07", "2019-08-07", "2020-11-01"]);
    expect(d[0].text).toBe("Kamis, 31 Mei 2018");
    expect(d.every((x) => x.source === "text")).toBe(true);
  });

  it("reads numeric day-first and ISO dates, rejecting impossible ones", () => {
    expect(parseTextDates("Diperbarui 07/06/2018 dan 2023-12-31").map((x) => x.iso)).toEqual(["2023-12-31", "2018-06-07"]);
    expect(parseTextDates("31/02/2018 atau 2018-13-01 atau 5 Juni 1890")).toEqual([]);
  });

  it("turns machine dates into WIB calendar days", () => {
    expect(isoFromMachineDate("2018-06-07")).toBe("2018-06-07");
    expect(isoFromMachineDate("2018-06-06T20:00:00Z")).toBe("2018-06-07");
    expect(isoFromMachineDate("Thu, 07 Jun 2018 10:00:00 +0700")).toBe("2018-06-07");
    expect(isoFromMachineDate("bukan tanggal")).toBeNull();
  });

  it("reads RSS and Atom item dates", () => {
    const rss = `<?xml version="1.0"?><rss><channel><item><pubDate>Thu, 07 Jun 2018 10:00:00 +0700</pubDate></item><item><pubDate>Mon, 04 Jun 2018 09:00:00 +0700</pubDate></item></channel></rss>`;
    expect(parseFeedDates(rss).map((d) => d.iso)).toEqual(["2018-06-07", "2018-06-04"]);
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><updated>2024-01-02T08:00:00+07:00</updated></entry></feed>`;
    expect(parseFeedDates(atom)).toEqual([{ iso: "2024-01-02", source: "feed", text: "2024-01-02T08:00:00+07:00" }]);
    expect(parseFeedDates(`<!DOCTYPE x [<!ENTITY a "b">]><rss/>`)).toEqual([]);
  });
});
