import fs from "node:fs";
import ExcelJS from "exceljs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { parseCsv } from "../lib/admin/csv";
import { loginAs } from "./helpers";

const MEETING_I = "Rapat Evaluasi Kepatuhan Pelayanan Publik I";
const CSV_HEADER = ["OPD", "Singkatan", "Kode", "Butir", "Bobot", "Tingkat", "Status", "Sumber", "Tingkat sebelumnya", "Bukti (URL)"];

/** Clicks a download link and returns the file's name and bytes. */
async function download(page: Page, link: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync((await file.path())!) };
}

async function pdfText(bytes: Buffer): Promise<{ pages: number; text: string }> {
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(doc, { mergePages: true });
  // Long names wrap across lines in the PDF: compare on single spaces.
  return { pages: doc.numPages, text: text.replace(/\s+/g, " ") };
}

async function readXlsx(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** The OPD rows of the Ringkasan sheet: from row 2 down to the first empty row. */
function summaryNames(wb: ExcelJS.Workbook): string[] {
  const ws = wb.getWorksheet("Ringkasan")!;
  expect(ws.getRow(1).getCell(2).value).toBe("OPD");
  const names: string[] = [];
  for (let n = 2; ws.getRow(n).getCell(2).value != null; n++) names.push(String(ws.getRow(n).getCell(2).value));
  return names;
}

function readCsv(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(bytes.toString("utf8"), ";");
  expect(rows[0]).toEqual(CSV_HEADER);
  return rows.slice(1);
}

/** Meeting I's page and the full names of the OPD in its snapshot. */
async function openMeetingI(page: Page): Promise<string[]> {
  await page.goto("/rapat");
  await page.getByRole("link", { name: MEETING_I, exact: true }).click();
  await expect(page.getByTestId("frozen-status")).toContainText("Dibekukan");
  return page.getByTestId("meeting-opd").locator("tbody tr td:nth-child(2) a").allTextContents();
}

test("the meeting pack PDF has a cover, the ringkasan and a section naming every OPD", async ({ page }) => {
  await loginAs(page, "admin");
  const names = await openMeetingI(page);
  expect(names.length).toBeGreaterThan(1);
  const pdf = await download(page, page.getByRole("link", { name: "Unduh paket rapat (PDF)" }));
  expect(pdf.name).toMatch(/^paket-rapat-\d{4}-\d{2}-\d{2}\.pdf$/);
  const { pages, text } = await pdfText(pdf.bytes);
  // Cover, ringkasan, then one page or more per OPD.
  expect(pages).toBeGreaterThanOrEqual(2 + names.length);
  expect(text).toContain("Kabupaten Kuantan Singingi");
  expect(text).toContain(MEETING_I);
  expect(text).toContain("Ringkasan");
  for (const name of names) expect(text).toContain(name);
  expect(text).toContain("bukan nilai resmi Ombudsman RI");
});

test("the meeting XLSX has one summary row per OPD and one item row per OPD x item; the CSV matches", async ({ page }) => {
  await loginAs(page, "pimpinan");
  const names = await openMeetingI(page);
  const xlsx = await download(page, page.getByRole("link", { name: "Unduh XLSX" }));
  expect(xlsx.name).toMatch(/^nilai-rapat-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const wb = await readXlsx(xlsx.bytes);
  expect(summaryNames(wb).sort()).toEqual([...names].sort());
  const items = wb.getWorksheet("Butir")!;
  const itemCount = items.actualRowCount - 1;
  expect(itemCount % names.length).toBe(0);
  expect(itemCount / names.length).toBeGreaterThanOrEqual(40);

  const csv = await download(page, page.getByRole("link", { name: "Unduh CSV butir" }));
  expect(csv.name).toMatch(/^butir-rapat-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = readCsv(csv.bytes);
  expect(rows).toHaveLength(itemCount);
  expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(names));
  expect(rows.every((r) => r.length === CSV_HEADER.length)).toBe(true);
  expect(new Set(rows.map((r) => `${r[1]}:${r[2]}`)).size).toBe(rows.length);
});

test("the current-score exports hold every active OPD, and an opd user gets only their own", async ({ page, browser }) => {
  await loginAs(page, "pimpinan");
  await page.goto("/opd");
  const active = await page.locator("tbody tr td:first-child a").allTextContents();
  await page.goto("/ekspor");
  const xlsx = await download(page, page.getByRole("link", { name: /Unduh XLSX/ }));
  expect(xlsx.name).toMatch(/^nilai-terkini-\d{4}-\d{2}-\d{2}\.xlsx$/);
  expect(summaryNames(await readXlsx(xlsx.bytes)).sort()).toEqual([...active].sort());
  const csv = readCsv((await download(page, page.getByRole("link", { name: "Unduh CSV butir" }))).bytes);
  expect(new Set(csv.map((r) => r[0]))).toEqual(new Set(active));
  const perOpd = csv.length / active.length;
  expect(Number.isInteger(perOpd)).toBe(true);

  const context = await browser.newContext();
  const opdPage = await context.newPage();
  await loginAs(opdPage, "disdukcapil");
  await opdPage.goto("/ekspor");
  const own = await download(opdPage, opdPage.getByRole("link", { name: "Unduh CSV butir" }));
  expect(own.name).toMatch(/^butir-terkini-disdukcapil-\d{4}-\d{2}-\d{2}\.csv$/);
  const ownRows = readCsv(own.bytes);
  expect(ownRows).toHaveLength(perOpd);
  expect(new Set(ownRows.map((r) => r[1]))).toEqual(new Set(["Disdukcapil"]));

  // The pack printed with the opd user's own session holds only their OPD.
  await openMeetingI(opdPage);
  const pdf = await pdfText((await download(opdPage, opdPage.getByRole("link", { name: "Unduh paket rapat (PDF)" }))).bytes);
  expect(pdf.text).toContain("Dinas Kependudukan dan Pencatatan Sipil");
  expect(pdf.text).not.toContain("Badan Pendapatan Daerah");
  await context.close();
});

test("no export without a valid session: sign-in first, a forged cookie gets 401", async ({ playwright, baseURL }) => {
  const anon = await playwright.request.newContext({ baseURL });
  const paths = ["/ekspor/csv", "/ekspor/xlsx", "/rapat/1/ekspor/csv", "/rapat/1/ekspor/xlsx", "/rapat/1/ekspor/pdf"];
  for (const path of paths) {
    // No cookie at all: the link leads to the sign-in page, which returns here afterwards.
    const res = await anon.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(307);
    expect(res.headers()["location"], path).toContain(`/masuk?lanjut=${encodeURIComponent(path)}`);
    // A cookie that is not a session: the handler itself refuses.
    const forged = await anon.get(path, { maxRedirects: 0, headers: { cookie: "patuh.session_token=palsu; __Secure-patuh.session_token=palsu" } });
    expect(forged.status(), path).toBe(401);
  }
  await anon.dispose();
});
