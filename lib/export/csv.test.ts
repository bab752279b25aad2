import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/admin/csv";
import { buildItemsCsv, csvCell, ITEM_CSV_HEADER } from "./csv";
import { sampleDataset } from "./test-data";

describe("csvCell", () => {
  it("writes numbers with the Indonesian decimal comma and null as empty", () => {
    expect(csvCell(86.45)).toBe("86,45");
    expect(csvCell(3)).toBe("3");
    expect(csvCell(-1.5)).toBe("-1,5");
    // Float noise from summing weights never reaches the file.
    expect(csvCell(40.800000000000004)).toBe("40,8");
    expect(csvCell(0.1 + 0.2)).toBe("0,3");
    expect(csvCell(null)).toBe("");
  });

  it("turns text that a spreadsheet would run as a formula into plain text", () => {
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("+62 761")).toBe("'+62 761");
    expect(csvCell("Dinas")).toBe("Dinas");
  });
});

describe("buildItemsCsv", () => {
  const data = sampleDataset();
  const text = buildItemsCsv(data.itemRows);

  it("starts with a UTF-8 BOM so Excel reads Indonesian text, and ends lines with CRLF", () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(text, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(text.endsWith("\r\n")).toBe(true);
  });

  it("quotes fields holding the separator, quotes or line breaks", () => {
    expect(text).toContain('"Badan Pendapatan Daerah; ""Bapenda"""');
    expect(text).toContain('"https://bapenda.example.go.id/maklumat\nhttps://bapenda.example.go.id/a;b"');
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });

  it("has the header and one row per OPD x item that reads back to the same values", () => {
    const rows = parseCsv(text, ";");
    expect(rows[0]).toEqual([...ITEM_CSV_HEADER]);
    expect(rows).toHaveLength(1 + data.itemRows.length);
    expect(rows.every((r) => r.length === ITEM_CSV_HEADER.length)).toBe(true);
    const bapenda = rows.find((r) => r[1] === "Bapenda" && r[2] === "KP-01")!;
    expect(bapenda[0]).toBe('Badan Pendapatan Daerah; "Bapenda"');
    expect(bapenda[5]).toBe("2");
    expect(bapenda[6]).toBe("Dinilai");
    expect(bapenda[7]).toBe("Pemindai");
    expect(bapenda[9]).toBe("https://bapenda.example.go.id/maklumat\nhttps://bapenda.example.go.id/a;b");
    const review = rows.find((r) => r[1] === "Disdukcapil" && r[2] === "SP-06")!;
    expect(review[3]).toBe(`'=HYPERLINK("http://evil")`);
    expect(review[4]).toBe("1,5");
    expect(review[5]).toBe("");
    expect(review[6]).toBe("Perlu diperiksa");
    expect(review[7]).toBe("Putusan manual");
  });
});
