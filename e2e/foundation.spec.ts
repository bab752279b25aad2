import { expect, test } from "@playwright/test";
import { loginAs } from "./helpers";

test("the OPD list shows the nine priority OPD in Indonesian", async ({ page }) => {
  await loginAs(page, "admin");
  await page.goto("/opd");
  await expect(page.getByRole("heading", { level: 1, name: "Daftar OPD" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Pindaian terakhir" })).toBeVisible();
  for (const name of [
    "Dinas Kependudukan dan Pencatatan Sipil",
    "Badan Pendapatan Daerah",
    "Rumah Sakit Umum Daerah Teluk Kuantan",
  ]) {
    await expect(page.getByRole("link", { name })).toBeVisible();
  }
  await expect(page.locator("tbody tr")).toHaveCount(9);
});

test("the checklist shows all 44 items with their legal basis and weights", async ({ page }) => {
  await loginAs(page, "admin");
  await page.goto("/daftar-periksa");
  await expect(page.getByRole("heading", { level: 1, name: "Daftar Periksa" })).toBeVisible();
  await expect(page.getByText("44 butir")).toBeVisible();
  await expect(page.getByRole("heading", { name: /SP: Standar Pelayanan/ })).toBeVisible();
  await expect(page.getByTestId("item-KP-01")).toContainText("Maklumat Pelayanan dipublikasikan");
  await expect(page.getByTestId("item-KP-01")).toContainText("UU 25/2009 Ps 15b, 22");
  await expect(page.locator("[data-testid^=item-]")).toHaveCount(44);
});
