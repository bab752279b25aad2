import { describe, expect, it } from "vitest";
import { buildItemsCsv, csvField, ITEM_CSV_HEADER } from "./csv";
import { sampleDataset } from "./test-data";

/** A strict RFC 4180 reader (semicolon), independent of the writer, to read the output back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ";") row.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field), rows.push(row), (row = []), (field = ""), i++;
    } else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

describe("csvField", () => {
  it("quotes fields holding the separator, quotes or line breaks and doubles inner quotes", () => {
    expect(csvField("Dinas; Bidang")).toBe('"Dinas; Bidang"');
    expect(csvField('kata "maklumat"')).toBe('"kata ""maklumat"""');
    expect(csvField("baris satu\nbaris dua")).toBe('"baris satu\nbaris dua"');
    expect(csvField("a\r\nb")).toBe('"a\r\nb"');
    expect(csvField("polos, dengan koma")).toBe("polos, dengan koma");
  });

  it("writes numbers with the Indonesian decimal comma and null as empty", () => {
    expect(csvField(86.45)).toBe('86,45');
    expect(csvField(3)).toBe("3");
    expect(csvField(null)).toBe("");
  });

  it("turns text that a spreadsheet would run as a formula into plain text", () => {
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("-2+3")).toBe("'-2+3");
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-1.5)).toBe("-1,5");
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

  it("has the header and one row per OPD x item that reads back to the same values", () => {
    const rows = parseCsv(text.slice(1));
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
