import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildXlsx, ITEM_COLUMNS, ITEM_SHEET, SUMMARY_COLUMNS, SUMMARY_SHEET } from "./xlsx";
import { sampleDataset } from "./test-data";

async function readBack(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

function texts(row: ExcelJS.Row, n: number): unknown[] {
  return Array.from({ length: n }, (_, i) => row.getCell(i + 1).value);
}

describe("buildXlsx", () => {
  it("writes a Ringkasan sheet with a header, one row per OPD, then the summary rows", async () => {
    const data = sampleDataset();
    const wb = await readBack(await buildXlsx(data));
    const ws = wb.getWorksheet(SUMMARY_SHEET)!;
    expect(texts(ws.getRow(1), SUMMARY_COLUMNS.length)).toEqual(SUMMARY_COLUMNS.map((c) => c.header));
    const opdRows = [2, 3, 4].map((n) => ws.getRow(n));
    expect(opdRows.map((r) => r.getCell(3).value)).toEqual(["Disdukcapil", "Bapenda", "RSUD"]);
    expect(opdRows.map((r) => r.getCell(1).value)).toEqual([1, 2, null]);
    expect(opdRows[0].getCell(2).value).toBe("Dinas Kependudukan dan Pencatatan Sipil");
    expect(opdRows[0].getCell(4).value).toBe(86.45);
    expect(opdRows[0].getCell(5).value).toBe("Hijau");
    // 86.45 - 70.1 is 16.350000000000009 in floating point; the cell holds 16.35 exactly.
    expect(opdRows[0].getCell(7).value).toBe(16.35);
    expect(opdRows[0].getCell(8).value).toBe("▲ naik");
    expect(opdRows[1].getCell(8).value).toBe("▼ turun");
    // Stored as WIB wall-clock time: 07.05 UTC is 14.05 WIB.
    expect((opdRows[0].getCell(10).value as Date).toISOString()).toBe("2018-06-06T14:05:00.000Z");
    expect(opdRows[2].getCell(4).value).toBeNull();
    expect(opdRows[2].getCell(5).value).toBe("Belum dinilai");
    expect(opdRows[2].getCell(10).value).toBe("Belum pernah dipindai");
    // The OPD block ends with an empty row; the summary rows follow it.
    expect(ws.getRow(5).cellCount).toBe(0);
    const byLabel = new Map<string, unknown>();
    ws.eachRow((row, n) => {
      if (n > 5) byLabel.set(String(row.getCell(2).value ?? row.getCell(1).value), row.getCell(4).value);
    });
    expect(byLabel.get("Rata-rata nilai OPD")).toBe(70.72); // (86.45 + 55) / 2, stored as 70.72499..., to two decimals as the screen shows it
    expect(byLabel.get("Jumlah OPD zona hijau")).toBe(1);
    expect(byLabel.get("Jumlah OPD zona kuning")).toBe(1);
    expect(byLabel.get("Jumlah OPD zona merah")).toBe(0);
    expect(byLabel.get("Jumlah OPD belum dinilai")).toBe(1);
    expect([...byLabel.keys()].some((k) => k.startsWith("Perhatian: OPD baru"))).toBe(true);
    expect([...byLabel.keys()].some((k) => k.includes("bukan nilai resmi Ombudsman RI"))).toBe(true);
  });

  it("writes a Butir sheet with one row per OPD x item, formulas kept as plain text", async () => {
    const data = sampleDataset();
    const wb = await readBack(await buildXlsx(data));
    const ws = wb.getWorksheet(ITEM_SHEET)!;
    expect(texts(ws.getRow(1), ITEM_COLUMNS.length)).toEqual(ITEM_COLUMNS.map((c) => c.header));
    expect(ws.actualRowCount).toBe(1 + data.itemRows.length);
    const review = ws.getRow(3);
    expect(texts(review, 9)).toEqual([
      "Dinas Kependudukan dan Pencatatan Sipil",
      "Disdukcapil",
      "SP-06",
      '=HYPERLINK("http://evil")',
      1.5,
      null,
      "Perlu diperiksa",
      "Putusan manual",
      null,
    ]);
    expect(ws.getRow(2).getCell(10).value).toBe("https://disdukcapil.example.go.id/maklumat\nhttps://disdukcapil.example.go.id/a;b");
    expect(ws.getRow(2).getCell(6).value).toBe(2);
  });

  it("writes a workbook with only headers and zero counts when there are no OPD", async () => {
    const data = { ...sampleDataset(), opdRows: [], itemRows: [] };
    const wb = await readBack(await buildXlsx(data));
    expect(wb.getWorksheet(ITEM_SHEET)!.actualRowCount).toBe(1);
    const ws = wb.getWorksheet(SUMMARY_SHEET)!;
    expect(ws.getRow(2).cellCount).toBe(0);
    expect(ws.getRow(3).getCell(2).value).toBe("Rata-rata nilai OPD");
    expect(ws.getRow(3).getCell(4).value).toBeNull();
  });

  it("writes OPD and items in ranking order, whatever order they come in", async () => {
    const data = sampleDataset();
    const wb = await readBack(await buildXlsx({ ...data, opdRows: [...data.opdRows].reverse(), itemRows: [...data.itemRows].reverse() }));
    const ws = wb.getWorksheet(SUMMARY_SHEET)!;
    expect([2, 3, 4].map((n) => ws.getRow(n).getCell(3).value)).toEqual(["Disdukcapil", "Bapenda", "RSUD"]);
    const items = wb.getWorksheet(ITEM_SHEET)!;
    const shorts = Array.from({ length: data.itemRows.length }, (_, i) => items.getRow(i + 2).getCell(2).value);
    expect(shorts.indexOf("Bapenda")).toBeGreaterThan(shorts.lastIndexOf("Disdukcapil"));
  });
});
