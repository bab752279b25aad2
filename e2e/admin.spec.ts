import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { loginAs } from "./helpers";

/**
 * The admin's management pages, driven as Bagian Organisasi would. Each test leaves the demo as
 * it found it (the new OPD is deleted, the checklist is rolled back to version 1), because the
 * other specs read the same demo database afterwards.
 */

const NEW_OPD = "Dinas Perpustakaan dan Kearsipan";

async function openNewOpdForm(page: Page) {
  await page.goto("/admin/opd/baru");
  await expect(page.getByRole("heading", { level: 1, name: "Tambah OPD" })).toBeVisible();
}

test("an admin adds an OPD, fixes a refused field, edits it, and deletes it while it has no history", async ({ page }) => {
  await loginAs(page, "admin");
  await openNewOpdForm(page);

  await page.getByLabel("Nama OPD", { exact: true }).fill(NEW_OPD);
  await page.getByLabel("Singkatan", { exact: true }).fill("Dispusip");
  await page.getByLabel("Alamat situs").fill("ftp://dispusip.kuansing.go.id");
  await page.getByRole("button", { name: "Tambah akun" }).click();
  await page.getByLabel("Alamat akun").fill("https://instagram.com/dispusip.kuansing");
  await page.getByLabel(/Layanan yang diberikan/).fill("Keanggotaan perpustakaan\nPeminjaman buku");
  await page.getByRole("button", { name: "Tambah OPD" }).click();

  // Refused next to the field, in Indonesian, and what was typed is still there.
  await expect(page.getByText(/Alamat situs harus alamat lengkap yang diawali http:\/\/ atau https:\/\//)).toBeVisible();
  await expect(page.getByLabel("Alamat situs")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Nama OPD", { exact: true })).toHaveValue(NEW_OPD);
  await expect(page.getByLabel("Alamat akun")).toHaveValue("https://instagram.com/dispusip.kuansing");

  await page.getByLabel("Alamat situs").fill("https://dispusip.kuansing.go.id");
  await page.getByRole("button", { name: "Tambah OPD" }).click();
  await expect(page).toHaveURL(/\/admin\/opd\/\d+\?baru=1$/);
  await expect(page.getByRole("heading", { level: 1, name: NEW_OPD })).toBeVisible();
  await expect(page.getByText("OPD ditambahkan dan dicatat di log audit.")).toBeVisible();
  await expect(page.getByLabel("Slug (alamat halaman)")).toHaveValue("dispusip");

  // Edit: a page budget and one more service.
  await page.getByLabel("Batas halaman per pindaian").fill("30");
  await page.getByLabel(/Layanan yang diberikan/).fill("Keanggotaan perpustakaan\nPeminjaman buku\nLayanan arsip");
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByText("Perubahan disimpan dan dicatat di log audit.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Batas halaman per pindaian")).toHaveValue("30");
  await expect(page.getByLabel(/Layanan yang diberikan/)).toHaveValue(/Layanan arsip/);

  await page.goto("/admin/opd");
  const row = page.getByTestId("admin-opd-dispusip");
  await expect(row).toContainText("Aktif");
  await expect(row).toContainText("https://dispusip.kuansing.go.id/");

  // Archive it, then delete it (it was never scanned, so that is allowed, after a confirmation).
  await row.getByRole("link", { name: `Ubah ${NEW_OPD}` }).click();
  await page.getByRole("button", { name: "Nonaktifkan OPD" }).click();
  await expect(page.getByText(/OPD dinonaktifkan/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Aktifkan kembali" })).toBeVisible();
  await page.getByRole("button", { name: "Hapus OPD" }).click();
  await page.getByRole("button", { name: "Ya, hapus" }).click();
  await expect(page).toHaveURL(/\/admin\/opd\?dihapus=1$/);
  await expect(page.getByTestId("admin-opd-dispusip")).toHaveCount(0);

  // A scanned OPD offers deactivation only, and says why.
  await page.getByTestId("admin-opd-disdukcapil").getByRole("link").click();
  await expect(page.getByTestId("delete-refused")).toContainText("Nonaktifkan saja");
  await expect(page.getByRole("button", { name: "Hapus OPD" })).toHaveCount(0);
});

test("an import with one bad row shows the per-row report and imports nothing", async ({ page }) => {
  await loginAs(page, "admin");
  await page.goto("/admin/opd/impor");

  // The template downloads and passes a check as it is (a check saves nothing).
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh templat CSV" }).click();
  const template = await download;
  expect(template.suggestedFilename()).toBe("templat-impor-opd.csv");
  const templateText = fs.readFileSync((await template.path())!, "utf8");
  expect(templateText).toContain("nama,singkatan,situs,layanan,media_sosial");
  await page.getByLabel(/Berkas daftar OPD/).setInputFiles({ name: "templat-impor-opd.csv", mimeType: "text/csv", buffer: Buffer.from(templateText) });
  await page.getByRole("button", { name: "Periksa saja" }).click();
  await expect(page.getByTestId("import-message")).toContainText("Semua 2 baris sah");

  const csv = [
    "nama,singkatan,situs,layanan,media_sosial",
    `${NEW_OPD},Dispusip,https://dispusip.kuansing.go.id/,Keanggotaan perpustakaan;Layanan arsip,https://instagram.com/dispusip`,
    "Dinas Pariwisata,Dispar,dispar.kuansing.go.id,Informasi wisata,",
    "Dinas Kependudukan Ganda,Disdukcapil,https://capil-baru.kuansing.go.id/,KTP-el,",
  ].join("\r\n");
  await page.getByLabel(/Berkas daftar OPD/).setInputFiles({ name: "opd-baru.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Impor", exact: true }).click();

  await expect(page.getByTestId("import-message")).toContainText("Tidak ada OPD yang diimpor");
  const report = page.getByTestId("import-report");
  await expect(report.getByRole("columnheader", { name: "Baris" })).toBeVisible();
  await expect(page.getByTestId("import-error-3-situs")).toContainText("diawali http:// atau https://");
  // A short name whose slug an existing OPD already uses is a row error too.
  await expect(page.getByTestId("import-error-4-singkatan")).toContainText('slug "disdukcapil" yang sudah dipakai');
  await expect(page.getByTestId("import-error-2-situs")).toHaveCount(0);
  await expect(page.getByTestId("import-imported")).toHaveCount(0);

  await page.goto("/admin/opd");
  await expect(page.getByTestId("admin-opd-dispusip")).toHaveCount(0);
  await expect(page.getByTestId("admin-opd-list").locator("tbody tr")).toHaveCount(9);
});

test("changing a weight makes a new checklist version, and re-scoring runs on the stored scans", async ({ page }) => {
  await loginAs(page, "admin");
  await page.goto("/admin/daftar-periksa");
  await expect(page.getByTestId("active-version")).toHaveText("versi 1");
  const scored = (await page.getByTestId("version-1").locator("td").nth(5).innerText()).trim();
  expect(Number(scored)).toBeGreaterThan(0);

  const total = page.getByTestId("weight-total");
  await expect(total).toContainText("100,00");
  await page.getByLabel("Bobot KP-01", { exact: true }).fill("7");
  await expect(total).toContainText("102,00");
  await expect(total).toContainText("Tidak sama dengan 100");

  // A save needs a note; the refusal keeps the new weight.
  await page.getByRole("button", { name: "Simpan sebagai versi 2" }).click();
  await expect(page.getByText(/Tulis catatan singkat tentang perubahan ini/)).toBeVisible();
  await expect(page.getByLabel("Bobot KP-01", { exact: true })).toHaveValue("7");

  await page.getByLabel(/Catatan perubahan/).fill("Uji e2e: bobot KP-01 dinaikkan");
  await page.getByRole("button", { name: "Simpan sebagai versi 2" }).click();
  await expect(page.getByTestId("checklist-save-message")).toContainText("Versi 2 disimpan dan aktif");
  await expect(page.getByTestId("active-version")).toHaveText("versi 2");
  await expect(page.getByTestId("version-2")).toContainText("Uji e2e: bobot KP-01 dinaikkan");
  await expect(page.getByTestId("version-2")).toContainText("102,00");
  await expect(page.getByTestId("rescore-pending")).toContainText(`${scored} pindaian tersimpan belum dinilai dengan versi 2`);

  await page.getByRole("button", { name: "Nilai ulang semua pindaian" }).click();
  await expect(page.getByTestId("rescore-message")).toContainText(`${scored} pindaian dinilai ulang dengan versi 2`);
  await expect(page.getByTestId("version-2").locator("td").nth(5)).toHaveText(scored);
  await expect(page.getByTestId("rescore-pending")).toHaveCount(0);

  // The public checklist shows the new weight.
  await page.goto("/daftar-periksa");
  await expect(page.getByTestId("item-KP-01")).toContainText("7,00");

  // Roll back to version 1 so the specs after this one see the demo's checklist.
  await page.goto("/admin/daftar-periksa");
  await page.getByRole("button", { name: "Aktifkan kembali versi 1" }).click();
  await expect(page.getByTestId("active-version")).toHaveText("versi 1");
  await expect(page.getByLabel("Bobot KP-01", { exact: true })).toHaveValue("5");
});

test("settings refuse an invalid schedule next to the field and save valid values", async ({ page }) => {
  await loginAs(page, "admin");
  await page.goto("/admin/pengaturan");
  await expect(page.getByText(/Batas C\/D dan D\/E belum dikonfirmasi/)).toBeVisible();
  const cron = page.getByLabel(/Jadwal pindai seluruh OPD/);
  const original = await cron.inputValue();
  await cron.fill("setiap senin");
  await page.getByRole("button", { name: "Simpan pengaturan" }).click();
  await expect(page.getByText(/bukan jadwal cron yang sah/)).toBeVisible();
  await cron.fill(original);
  await page.getByRole("button", { name: "Simpan pengaturan" }).click();
  await expect(page.getByTestId("settings-message")).toHaveText("Pengaturan disimpan dan dicatat di log audit.");
});

test("a pimpinan and an opd user are refused the management pages", async ({ page }) => {
  for (const who of ["pimpinan", "disdukcapil"] as const) {
    await loginAs(page, who);
    for (const path of ["/admin/opd", "/admin/opd/impor", "/admin/daftar-periksa", "/admin/pengaturan"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: "Akses ditolak" })).toBeVisible();
      await expect(page.getByTestId("admin-opd-list")).toHaveCount(0);
    }
    await page.context().clearCookies();
  }
});
