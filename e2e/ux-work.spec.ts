import fs from "node:fs";
import ExcelJS from "exceljs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { parseCsv } from "../lib/admin/csv";
import { loginAs } from "./helpers";

const MEETING_I = "Rapat Evaluasi Kepatuhan Pelayanan Publik I";

async function download(page: Page, link: Locator): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  return fs.readFileSync((await file.path())!);
}

/** A number written with more than two decimals ("40.800000000000004", "40,800000000000004"). */
const FLOAT_NOISE = /^-?\d+[.,]\d{3,}$/;

test("a manual verdict is confirmed, keeps its item visible under Diputuskan manual with both levels, and can be withdrawn", async ({ page }) => {
  await loginAs(page, "admin");
  await page.goto("/opd/bapenda");
  const item = page.locator('section[aria-labelledby="perbaiki"] [data-testid^="item-"]').first();
  const code = (await item.getAttribute("data-testid"))!.replace("item-", "");
  await item.getByText("Tetapkan tingkat secara manual").click();
  await item.getByLabel("Tingkat menurut pemeriksa").selectOption("2");
  await item.getByLabel("Catatan (wajib)").fill("Maklumat terpasang di ruang pelayanan; diverifikasi saat kunjungan lapangan.");
  await item.getByRole("button", { name: "Simpan putusan" }).click();

  const confirmation = page.getByTestId("verdict-confirmation");
  await expect(confirmation).toContainText(`Putusan manual untuk ${code} disimpan: tingkat 2`);
  await expect(confirmation).toContainText("Diputuskan manual");
  const group = page.getByTestId("manual-group");
  await expect(group.getByRole("heading", { name: "Diputuskan manual (1)" })).toBeVisible();
  const card = group.getByTestId(`item-${code}`);
  await expect(card).toContainText("Tingkat dari pemindai");
  await expect(card.getByTestId(`verdict-${code}`)).toContainText("Tingkat 2");
  await expect(card).toContainText("diverifikasi saat kunjungan lapangan");
  // Not in the list of items to fix any more, and the confirmation survives a reload.
  await expect(page.locator('section[aria-labelledby="perbaiki"]').getByTestId(`item-${code}`)).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("verdict-confirmation")).toBeVisible();

  await card.getByRole("button", { name: "Tarik putusan" }).click();
  await expect(page.getByTestId("verdict-confirmation")).toContainText(`Putusan manual untuk ${code} ditarik`);
  await expect(page.getByTestId("manual-group")).toHaveCount(0);
  await expect(page.locator('section[aria-labelledby="perbaiki"]').getByTestId(`item-${code}`)).toBeVisible();
});

async function columnNumbers(rows: Locator, testId: string): Promise<(number | null)[]> {
  const texts = await rows.getByTestId(testId).allTextContents();
  return texts.map((t) => (/\d/.test(t) ? Number(t.replace(/\./g, "").replace(",", ".")) : null));
}

test("the OPD list and the matrix sort by score, zone, change and name; the matrix keeps its first column and header in view", async ({ page }) => {
  await loginAs(page, "admin");
  await page.goto("/opd");
  const list = page.getByTestId("opd-list");
  const rows = list.locator("tbody tr");
  // Lowest score first by default: who needs help is at the top.
  const scores = await columnNumbers(rows, "score");
  expect(scores).toEqual([...scores].sort((a, b) => (a ?? 1e9) - (b ?? 1e9)));
  await expect(list.getByRole("columnheader", { name: /Nilai/ })).toHaveAttribute("aria-sort", "ascending");
  await list.getByRole("link", { name: /^Nilai/ }).click();
  await expect(list.getByRole("columnheader", { name: /Nilai/ })).toHaveAttribute("aria-sort", "descending");
  const down = await columnNumbers(rows, "score");
  expect(down).toEqual([...down].sort((a, b) => (b ?? -1) - (a ?? -1)));
  await list.getByRole("link", { name: /^OPD/ }).click();
  const names = await rows.locator("td:first-child > a").allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "id")));
  await list.getByRole("link", { name: /^Zona/ }).click();
  await expect(list.getByRole("columnheader", { name: /Zona/ })).toHaveAttribute("aria-sort", "ascending");
  await list.getByRole("link", { name: /^Sejak/ }).click();
  await expect(list.getByRole("columnheader", { name: /Sejak/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(rows).toHaveCount(9);

  await page.goto("/matriks");
  const matrix = page.getByTestId("matrix");
  await matrix.getByRole("link", { name: /^OPD/ }).click();
  const mNames = await matrix.locator("tbody th[scope=row] a").allTextContents();
  expect(mNames).toEqual([...mNames].sort((a, b) => a.localeCompare(b, "id")));
  await matrix.getByRole("link", { name: /^Perubahan/ }).click();
  await expect(matrix.getByRole("columnheader", { name: /Perubahan/ })).toHaveAttribute("aria-sort", "ascending");
  // Sticky: scrolled to the last column, the OPD names and the item codes are still on screen.
  const box = page.locator(".matrix-box");
  await box.evaluate((el) => el.scrollTo(el.scrollWidth, el.scrollHeight));
  const first = matrix.locator("tbody th[scope=row]").last();
  const boxRect = (await box.boundingBox())!;
  const firstRect = (await first.boundingBox())!;
  expect(firstRect.x).toBeLessThan(boxRect.x + 5);
  const header = matrix.locator("thead th.vert").last();
  const headerRect = (await header.boundingBox())!;
  expect(headerRect.y).toBeLessThan(boxRect.y + 80);
  await expect(matrix.getByRole("columnheader", { name: "WQ", exact: true })).toBeVisible();
});

test("an admin edits and deletes a meeting before it is frozen, both in the audit log; frozen meetings say what they compare with", async ({ page }) => {
  await loginAs(page, "admin");
  await page.goto("/rapat");
  await page.getByLabel("Judul rapat").fill("Rapat Uji Ubah Hapus");
  await page.getByLabel("Tanggal rapat").fill("2030-01-15");
  await page.getByLabel("Tempat").fill("Aula Uji");
  await page.getByRole("button", { name: "Buat rapat" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rapat Uji Ubah Hapus" })).toBeVisible();
  // Before the freeze, a live preview of what it would record, compared with the last frozen meeting.
  const preview = page.getByTestId("freeze-preview");
  await expect(preview.locator("tbody tr")).toHaveCount(9);
  await expect(preview.getByRole("columnheader", { name: /^Perubahan sejak Rapat/ })).toBeVisible();

  await page.getByText("Ubah judul, tanggal atau tempat").click();
  const form = page.getByRole("form", { name: "Ubah rapat" });
  await form.getByLabel("Judul rapat").fill("Rapat Uji Sudah Diubah");
  await form.getByLabel("Tanggal rapat").fill("2030-01-22");
  await form.getByRole("button", { name: "Simpan perubahan rapat" }).click();
  await expect(form.getByRole("status")).toContainText("Perubahan rapat disimpan");
  await expect(page.getByRole("heading", { level: 1, name: "Rapat Uji Sudah Diubah" })).toBeVisible();
  await expect(page.getByText("Selasa, 22 Januari 2030")).toBeVisible();

  await page.getByRole("button", { name: "Hapus rapat" }).click();
  await page.getByRole("button", { name: "Ya, hapus rapat" }).click();
  await expect(page).toHaveURL(/\/rapat\?dihapus=1/);
  await expect(page.getByTestId("meeting-deleted")).toBeVisible();
  await expect(page.getByTestId("meetings")).not.toContainText("Rapat Uji Sudah Diubah");

  await page.goto("/admin/audit");
  await expect(page.getByTestId("audit-log")).toContainText("meeting.update");
  await expect(page.getByTestId("audit-log")).toContainText("meeting.delete");

  // A frozen meeting cannot be edited or deleted.
  await page.goto("/rapat");
  await page.getByRole("link", { name: MEETING_I, exact: true }).click();
  await expect(page.getByRole("button", { name: "Hapus rapat" })).toHaveCount(0);
  await expect(page.getByText("Ubah judul, tanggal atau tempat")).toHaveCount(0);
});

test("after a freeze the summary compares with the previous meeting and says so", async ({ page }) => {
  await loginAs(page, "admin");
  await page.goto("/rapat");
  await page.getByLabel("Judul rapat").fill("Rapat Uji Pembanding");
  await page.getByLabel("Tanggal rapat").fill("2030-02-01");
  await page.getByLabel("Tempat").fill("Aula Uji");
  await page.getByRole("button", { name: "Buat rapat" }).click();
  await page.getByRole("button", { name: "Bekukan cuplikan" }).click();
  await page.getByRole("button", { name: "Ya, bekukan cuplikan" }).click();
  await expect(page.getByTestId("frozen-status")).toContainText("Dibekukan");
  // The frozen meeting's own change columns name the meeting they compare with.
  await expect(page.getByTestId("meeting-opd").getByRole("columnheader", { name: /^Perubahan sejak / })).toBeVisible();

  await page.goto("/ringkasan");
  // Not "= tetap 0,00" everywhere against the meeting just frozen from the same scans.
  await expect(page.getByTestId("baseline-note")).toContainText("Rapat Uji Pembanding dibekukan dari pindaian yang sama");
  await expect(page.getByRole("columnheader", { name: /^Sejak Rapat/ })).not.toHaveText(/Pembanding/);
  const changes = await page.locator("[data-testid^=rank-] td:last-child").allTextContents();
  expect(changes.some((c) => !c.includes("tetap"))).toBe(true);
});

test("the XLSX lists OPD by rank with two-decimal values; the CSV follows the same order", async ({ page }) => {
  await loginAs(page, "pimpinan");
  await page.goto("/ekspor");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await download(page, page.getByRole("link", { name: /Unduh XLSX/ }))) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("Ringkasan")!;
  expect(ws.getRow(1).getCell(1).value).toBe("Peringkat");
  const ranked: { rank: unknown; name: string; score: number | null }[] = [];
  for (let n = 2; ws.getRow(n).getCell(2).value != null; n++) {
    const r = ws.getRow(n);
    ranked.push({ rank: r.getCell(1).value, name: String(r.getCell(3).value), score: r.getCell(4).value as number | null });
  }
  expect(ranked.length).toBe(9);
  expect(ranked.map((r) => r.rank)).toEqual(ranked.map((_, i) => i + 1));
  const scores = ranked.map((r) => r.score ?? -1);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  const noisy: string[] = [];
  for (const sheet of wb.worksheets)
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "number" && FLOAT_NOISE.test(String(cell.value))) noisy.push(`${sheet.name}!${cell.address}=${cell.value}`);
      }),
    );
  expect(noisy).toEqual([]);

  const csv = parseCsv((await download(page, page.getByRole("link", { name: "Unduh CSV butir" }))).toString("utf8"), ";").slice(1);
  const order = [...new Set(csv.map((r) => r[1]))];
  expect(order).toEqual(ranked.map((r) => r.name));
  expect(csv.flat().filter((c) => FLOAT_NOISE.test(c))).toEqual([]);
});

test("the scans page and an OPD page follow a scan of every OPD live, without a reload", async ({ page, browser }) => {
  test.setTimeout(300_000);
  await loginAs(page, "admin");
  await page.goto("/pindaian");
  const newest = Number((await page.getByTestId("scans").locator("tbody tr").first().getAttribute("data-testid"))!.replace("scan-", ""));
  await expect(page.getByTestId("live-refresh")).toHaveAttribute("data-active", "0");

  await page.getByRole("button", { name: "Pindai semua OPD sekarang" }).click();
  await expect(page.getByText(/9 pindaian dimasukkan ke antrean/)).toBeVisible();
  await expect(page.getByTestId("live-refresh")).toHaveAttribute("data-active", "1");
  // The first scan queued runs first: its OPD's page, opened now, must update by itself.
  const queued = await page.locator("[data-testid^=scan-]").evaluateAll((trs) =>
    trs.map((r) => ({ id: Number(r.getAttribute("data-testid")!.slice(5)), href: r.querySelector("a")!.getAttribute("href")! })),
  );
  const first = queued.filter((r) => r.id > newest).sort((a, b) => a.id - b.id)[0];
  const slug = first.href.replace("/opd/", "");
  const context = await browser.newContext();
  const opdPage = await context.newPage();
  await loginAs(opdPage, "admin");
  await opdPage.goto(`/opd/${slug}`);
  await expect(opdPage.getByTestId("live-refresh")).toHaveAttribute("data-active", "1");
  const lastScan = await opdPage.getByText(/pindaian terakhir/).first().textContent();

  // A scan queued by the click turns "completed" on the scans page by itself.
  await expect
    .poll(
      async () => {
        const rows = await page.locator("[data-testid^=scan-]").evaluateAll((trs) =>
          trs.map((r) => ({ id: Number(r.getAttribute("data-testid")!.slice(5)), status: r.getAttribute("data-status") })),
        );
        return rows.filter((r) => r.id > newest && r.status === "completed").length;
      },
      { timeout: 200_000, intervals: [2000] },
    )
    .toBeGreaterThan(0);

  // The OPD page, never reloaded, shows the new result once its scan is done, then stops refreshing.
  await expect(opdPage.getByText(/pindaian terakhir/).first()).not.toHaveText(lastScan ?? "", { timeout: 60_000 });
  await expect(opdPage.getByTestId("live-refresh")).toHaveAttribute("data-active", "0");
  await context.close();
  // The other scans go on in the worker; nothing after this test depends on them.
});
