import { afterEach, beforeEach, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { auditLog, opd } from "@/db/schema";
import type { Db } from "@/db";
import { tempDb } from "@/lib/testing/tmp-db";
import { createOpd } from "./opd";
import { importOpd } from "./import";
import { importTemplateCsv, MAX_IMPORT_BYTES, readImportFile } from "./import-file";

const ADMIN = { id: "u-admin", name: "Admin Organisasi" };
const HEADER = "nama,singkatan,situs,layanan,media_sosial";

let t: ReturnType<typeof tempDb>;
let db: Db;
beforeEach(() => {
  t = tempDb();
  db = t.db;
  createOpd(db, { name: "Dinas Kependudukan dan Pencatatan Sipil", shortName: "Disdukcapil", websiteUrl: "https://disdukcapil.kuansing.go.id/" }, ADMIN);
});
afterEach(() => t.cleanup());

const csv = (...lines: string[]) => new TextEncoder().encode([HEADER, ...lines].join("\r\n"));
const opdCount = () => db.select().from(opd).all().length;
const auditCount = () => db.select().from(auditLog).all().length;

describe("importOpd from CSV", () => {
  it("imports every row of a valid file in one go, with services, social accounts and one audit entry each", async () => {
    const sheet = await readImportFile(
      "opd.csv",
      csv(
        'Dinas Sosial,Dinsos,https://dinsos.kuansing.go.id,"DTKS; Rekomendasi PBI-JK",https://instagram.com/dinsos.kuansing;Facebook: https://facebook.com/dinsos',
        "Dinas Perhubungan,Dishub,http://dishub.kuansing.go.id/,Uji KIR;Izin Trayek,",
      ),
    );
    const report = importOpd(db, sheet, ADMIN);
    expect(report.errors).toEqual([]);
    expect(report.imported.map((r) => [r.row, r.slug])).toEqual([
      [2, "dinsos"],
      [3, "dishub"],
    ]);
    const dinsos = db.select().from(opd).all().find((o) => o.slug === "dinsos")!;
    expect(dinsos.services).toEqual(["DTKS", "Rekomendasi PBI-JK"]);
    expect(dinsos.socialAccounts).toEqual([
      { platform: "Instagram", url: "https://instagram.com/dinsos.kuansing" },
      { platform: "Facebook", url: "https://facebook.com/dinsos" },
    ]);
    expect(opdCount()).toBe(3);
    expect(db.select().from(auditLog).all().filter((a) => a.action === "opd.import")).toHaveLength(2);
  });

  it("imports nothing when one row is bad, and reports row number, column and an Indonesian message", async () => {
    const before = auditCount();
    const sheet = await readImportFile(
      "opd.csv",
      csv(
        "Dinas Sosial,Dinsos,https://dinsos.kuansing.go.id,DTKS,",
        "Dinas Perhubungan,Dishub,dishub.kuansing.go.id,,",
        "Dinas Kesehatan,Dinkes,https://dinkes.kuansing.go.id,PSC 119,",
      ),
    );
    const report = importOpd(db, sheet, ADMIN);
    expect(report.imported).toEqual([]);
    expect(report.errors).toEqual([
      { row: 3, field: "layanan", message: expect.stringMatching(/paling sedikit satu layanan/) },
      { row: 3, field: "situs", message: expect.stringMatching(/diawali http:\/\/ atau https:\/\//) },
    ]);
    expect(opdCount()).toBe(1);
    expect(auditCount()).toBe(before);
  });

  it("reports duplicates against the database and within the file as row errors", async () => {
    const sheet = await readImportFile(
      "opd.csv",
      csv(
        "Dinas Dukcapil Baru,Disdukcapil,https://capil.kuansing.go.id,KTP-el,",
        "Dinas Kependudukan,Dukcapil,https://www.disdukcapil.kuansing.go.id,KTP-el,",
        "Dinas Sosial,Dinsos,https://dinsos.kuansing.go.id,DTKS,",
        "Dinas Sosial Kedua,Dinsos,https://dinsos.kuansing.go.id/,DTKS,",
      ),
    );
    const report = importOpd(db, sheet, ADMIN);
    expect(report.imported).toEqual([]);
    expect(report.errors).toEqual([
      { row: 2, field: "singkatan", message: expect.stringMatching(/slug "disdukcapil" yang sudah dipakai Dinas Kependudukan/) },
      { row: 3, field: "situs", message: expect.stringMatching(/sudah terdaftar untuk Dinas Kependudukan/) },
      { row: 5, field: "singkatan", message: expect.stringMatching(/sama dengan baris 4/) },
      { row: 5, field: "situs", message: expect.stringMatching(/sama dengan baris 4/) },
    ]);
    expect(opdCount()).toBe(1);
  });

  it("keeps spreadsheet row numbers across blank lines and reads the semicolon-separated variant", async () => {
    const text = "nama;singkatan;situs;layanan\r\n\r\nDinas Sosial;Dinsos;https://dinsos.kuansing.go.id;\"DTKS;PBI-JK\"\r\nX;Y;bukan-url;Z\r\n";
    const report = importOpd(db, await readImportFile("opd.csv", new TextEncoder().encode(text)), ADMIN);
    expect(report.errors).toEqual([
      { row: 4, field: "nama", message: "Nama OPD paling sedikit 3 huruf." },
      { row: 4, field: "singkatan", message: "Singkatan paling sedikit 2 huruf." },
      { row: 4, field: "situs", message: expect.stringMatching(/diawali http:\/\/ atau https:\/\//) },
    ]);
  });

  it("reports a missing or unknown column on row 1 and imports nothing", async () => {
    const text = "nama,singkatan,alamat,layanan\r\nDinas Sosial,Dinsos,https://dinsos.kuansing.go.id,DTKS\r\n";
    const report = importOpd(db, await readImportFile("opd.csv", new TextEncoder().encode(text)), ADMIN);
    expect(report.errors).toEqual([
      { row: 1, field: "alamat", message: expect.stringMatching(/tidak dikenal/) },
      { row: 1, field: "situs", message: 'Kolom "situs" tidak ada di baris judul.' },
    ]);
    expect(opdCount()).toBe(1);
  });

  it("checks without writing on a dry run", async () => {
    const sheet = await readImportFile("opd.csv", csv("Dinas Sosial,Dinsos,https://dinsos.kuansing.go.id,DTKS,"));
    const report = importOpd(db, sheet, ADMIN, { dryRun: true });
    expect(report).toMatchObject({ total: 1, errors: [], imported: [], dryRun: true });
    expect(opdCount()).toBe(1);
  });

  it("refuses unknown file types and unreadable CSV in Indonesian", async () => {
    await expect(readImportFile("opd.xls", csv("a"))).rejects.toThrow(/\.csv atau \.xlsx/);
    await expect(readImportFile("opd.csv", new TextEncoder().encode('nama,"situs\n'))).rejects.toThrow(/tidak ditutup/);
    await expect(readImportFile("opd.xlsx", csv("a"))).rejects.toThrow(/XLSX tidak dapat dibuka/);
    await expect(readImportFile("opd.csv", new Uint8Array(MAX_IMPORT_BYTES + 1))).rejects.toThrow(/terlalu besar/);
    await expect(readImportFile("opd.csv", new Uint8Array(0))).rejects.toThrow(/Berkas kosong/);
  });

  it("offers a template that imports as it is", async () => {
    const bytes = new TextEncoder().encode(importTemplateCsv("kuansing.go.id"));
    const report = importOpd(db, await readImportFile("templat.csv", bytes), ADMIN, { dryRun: true });
    expect(report).toMatchObject({ total: 2, errors: [] });
  });
});

describe("importOpd from XLSX", () => {
  it("reads a workbook built with exceljs, hyperlink cells included, and imports it", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("OPD");
    ws.addRow(["Nama", "Singkatan", "Situs", "Layanan", "Media Sosial"]);
    ws.addRow(["Dinas Sosial", "Dinsos", { text: "Situs Dinsos", hyperlink: "https://dinsos.kuansing.go.id/" }, "DTKS;PBI-JK", ""]);
    ws.addRow([]);
    ws.addRow(["Badan Pendapatan Daerah", "Bapenda", "https://bapenda.kuansing.go.id", "PBB-P2", "https://youtube.com/@bapenda"]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const sheet = await readImportFile("daftar-opd.xlsx", bytes);
    expect(sheet.rows.map((r) => r.row)).toEqual([2, 4]);
    const report = importOpd(db, sheet, ADMIN);
    expect(report.errors).toEqual([]);
    expect(report.imported.map((r) => r.slug)).toEqual(["dinsos", "bapenda"]);
    const bapenda = db.select().from(opd).all().find((o) => o.slug === "bapenda")!;
    expect(bapenda.socialAccounts).toEqual([{ platform: "YouTube", url: "https://youtube.com/@bapenda" }]);
    expect(db.select().from(opd).all().find((o) => o.slug === "dinsos")?.websiteUrl).toBe("https://dinsos.kuansing.go.id/");
  });

  it("reports a bad XLSX row with its sheet row number and imports nothing", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("OPD");
    ws.addRow(["nama", "singkatan", "situs", "layanan"]);
    ws.addRow(["Dinas Sosial", "Dinsos", "https://dinsos.kuansing.go.id", "DTKS"]);
    ws.addRow(["Dinas Perhubungan", "Dishub", 12345, "Uji KIR"]);
    const sheet = await readImportFile("x.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
    const report = importOpd(db, sheet, ADMIN);
    expect(report.errors).toEqual([{ row: 3, field: "situs", message: expect.stringMatching(/https:\/\//) }]);
    expect(opdCount()).toBe(1);
  });
});
