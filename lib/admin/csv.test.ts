import { describe, expect, it } from "vitest";
import { CsvError, detectDelimiter, parseCsv, toCsv } from "./csv";

describe("parseCsv", () => {
  it("reads plain fields with CRLF and LF line ends and no final line break", () => {
    expect(parseCsv("a,b,c\r\n1,2,3\n4,5,6")).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
      ["4", "5", "6"],
    ]);
  });

  it("reads quoted fields with delimiters, doubled quotes and line breaks inside", () => {
    const text = 'nama,layanan\r\n"Dinas ""Baru"", Kuansing","KTP-el;\r\nKK"\r\n';
    expect(parseCsv(text)).toEqual([
      ["nama", "layanan"],
      ['Dinas "Baru", Kuansing', "KTP-el;\r\nKK"],
    ]);
  });

  it("keeps empty fields, including a trailing one, and skips blank lines", () => {
    expect(parseCsv("a,,c,\n\n,x,,\n\r\n")).toEqual([
      ["a", "", "c", ""],
      ["", "x", "", ""],
    ]);
  });

  it("keeps blank lines on request so record numbers match spreadsheet rows", () => {
    expect(parseCsv("a\n\nb\n", ",", { keepBlankLines: true })).toEqual([["a"], [""], ["b"]]);
  });

  it("keeps an explicitly quoted empty line as one empty field", () => {
    expect(parseCsv('a\n""\nb\n')).toEqual([["a"], [""], ["b"]]);
  });

  it("strips a UTF-8 byte order mark", () => {
    expect(parseCsv("\uFEFFnama,situs\nA,B")[0]).toEqual(["nama", "situs"]);
  });

  it("detects the semicolon delimiter used by spreadsheets in the Indonesian locale", () => {
    const text = 'nama;singkatan;layanan\nDinas Sosial;Dinsos;"DTKS;PBI-JK"\n';
    expect(detectDelimiter(text)).toBe(";");
    expect(parseCsv(text)).toEqual([
      ["nama", "singkatan", "layanan"],
      ["Dinas Sosial", "Dinsos", "DTKS;PBI-JK"],
    ]);
  });

  it("ignores delimiters inside quotes when detecting", () => {
    expect(detectDelimiter('"a;b;c;d",x,y\n')).toBe(",");
  });

  it("refuses a quote that is never closed, in Indonesian", () => {
    expect(() => parseCsv('a,"b\nc')).toThrow(CsvError);
    expect(() => parseCsv('a,"b\nc')).toThrow(/tidak ditutup/);
  });
});

describe("toCsv", () => {
  it("quotes only fields that need it and round-trips through parseCsv", () => {
    const records = [
      ["nama", "layanan"],
      ['Dinas "A", B', "KTP-el;KK"],
      ["multi\nbaris", "biasa"],
    ];
    const text = toCsv(records);
    expect(text).toBe('nama,layanan\r\n"Dinas ""A"", B",KTP-el;KK\r\n"multi\nbaris",biasa\r\n');
    expect(parseCsv(text, ",")).toEqual(records);
  });
});
