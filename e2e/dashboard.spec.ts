import { expect, test } from "@playwright/test";
import { loginAs } from "./helpers";

test("the summary shows the regency average, zones, ranking with change arrows and the trend chart", async ({ page }, info) => {
  await loginAs(page, "pimpinan");
  await page.goto("/ringkasan");
  await expect(page.getByRole("heading", { level: 1, name: /Ringkasan Kesiapan/ })).toBeVisible();
  await expect(page.getByTestId("average")).toContainText(/\d+,\d\d/);
  await expect(page.getByText(/Hijau: \d+/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Peringkat OPD" })).toBeVisible();
  await expect(page.locator("[data-testid^=rank-]")).toHaveCount(9);
  // The demo froze meeting I on the "before" sites; the "after" sites improved most OPD.
  await expect(page.locator(".trend-naik").first()).toBeVisible();
  await expect(page.getByTestId("trend-chart").locator("svg .recharts-line")).toBeVisible();
  await expect(page.getByText("indikasi kepatuhan publikasi daring", { exact: false }).first()).toBeVisible();
  await page.screenshot({ path: info.outputPath("ringkasan.png"), fullPage: true });
});

test("the matrix shows every OPD x item and filters by category", async ({ page }) => {
  await loginAs(page, "admin");
  await page.goto("/matriks");
  await expect(page.locator("[data-testid^=matrix-row-]")).toHaveCount(9);
  await expect(page.getByTestId("matrix").locator("thead th.vert")).toHaveCount(44);
  await page.getByLabel("Kategori").selectOption("PG");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page.getByTestId("matrix").locator("thead th.vert")).toHaveCount(5);
  await page.getByTestId("matrix-row-disdukcapil").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/opd\/disdukcapil/);
});

test("an OPD page shows the items to fix with evidence, legal basis and fix hint", async ({ page }, info) => {
  await loginAs(page, "disdukcapil");
  await page.goto("/opd/disdukcapil");
  await expect(page.getByRole("heading", { level: 1, name: "Dinas Kependudukan dan Pencatatan Sipil" })).toBeVisible();
  await expect(page.getByTestId("opd-score")).toContainText(/\d+,\d\d/);
  await expect(page.getByRole("heading", { name: /Butir yang perlu diperbaiki/ })).toBeVisible();
  const kp01 = page.getByTestId("item-KP-01");
  await expect(kp01).toContainText("UU 25/2009 Ps 15b, 22");
  await expect(page.getByTestId("service-matrix")).toContainText("KTP-el");
  await expect(page.getByRole("heading", { name: "Catatan penjelajahan" })).toBeVisible();
  await page.screenshot({ path: info.outputPath("opd-disdukcapil.png"), fullPage: true });
});

test("a re-scan shows live progress and ends in a new result", async ({ page }) => {
  await loginAs(page, "admin");
  await page.goto("/opd/dishub");
  const before = await page.getByText(/pindaian terakhir/).first().textContent();
  await page.getByRole("button", { name: "Pindai ulang" }).click();
  const progress = page.getByTestId("scan-progress");
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute("data-status", /queued|running|completed/);
  await expect(progress).toHaveAttribute("data-status", "completed", { timeout: 120_000 });
  await page.getByRole("button", { name: "Tampilkan hasil terbaru" }).click();
  await expect(page.getByText(/pindaian terakhir/).first()).not.toHaveText(before ?? "");
});

test("a manual verdict shows beside the scanner's level and withdrawing it restores the scanner's level", async ({ page }) => {
  await loginAs(page, "admin");
  await page.goto("/opd/bapenda");
  // The first item still to fix; with a verdict it moves to the "Diputuskan manual" group.
  const item = page.locator('section[aria-labelledby="perbaiki"] [data-testid^="item-"]').first();
  const code = (await item.getAttribute("data-testid"))!.replace("item-", "");
  await item.getByText("Tetapkan tingkat secara manual").click();
  await item.getByLabel("Tingkat menurut pemeriksa").selectOption("1");
  await item.getByLabel("Catatan (wajib)").fill("pendek");
  await item.getByRole("button", { name: "Simpan putusan" }).click();
  await expect(item.getByText(/paling sedikit 10 karakter/)).toBeVisible();
  await item.getByLabel("Catatan (wajib)").fill("Dokumen dipasang di ruang pelayanan dan diunggah sebagai foto; diverifikasi saat kunjungan.");
  await item.getByRole("button", { name: "Simpan putusan" }).click();
  const verdict = page.getByTestId("manual-group").getByTestId(`verdict-${code}`);
  await expect(verdict).toContainText("Tingkat 1");
  await expect(verdict).toContainText("diverifikasi saat kunjungan");
  await verdict.getByRole("button", { name: "Tarik putusan" }).click();
  await expect(page.getByTestId(`verdict-${code}`)).toContainText("tidak ada");
  // The audit log keeps both, with their author.
  await page.goto("/admin/audit");
  await expect(page.getByText("verdict.set").first()).toBeVisible();
  await expect(page.getByText("verdict.withdraw").first()).toBeVisible();
});
