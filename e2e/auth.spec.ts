/**
 * Issue 6 end to end, against the demo (its users and passwords: lib/auth/demo-users.ts): each
 * role signs in and lands on its own start page, an OPD user is refused another OPD's page,
 * the sixth wrong password in a minute is refused, and user changes appear in the audit log
 * with their author.
 */
import { expect, test, type Page } from "@playwright/test";

const DEMO = {
  admin: { username: "admin", password: "demo-admin", name: "Admin Bagian Organisasi" },
  pimpinan: { username: "pimpinan", password: "demo-pimpinan", name: "Asisten Pemerintahan" },
  opd: { username: "disdukcapil", password: "demo-opd", name: "Kasubag Program Disdukcapil" },
} as const;

/** Unique per run: the e2e database lives for the whole Playwright run. */
const RUN = Date.now().toString(36);

async function signIn(page: Page, username: string, password: string) {
  if (!page.url().includes("/masuk")) await page.goto("/masuk");
  await page.getByLabel("Nama pengguna").fill(username);
  await page.getByLabel("Kata sandi").fill(password);
  // The form posts to its server action on /masuk; wait for the answer before going on.
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/masuk"),
    page.getByRole("button", { name: "Masuk" }).click(),
  ]);
}

/** The form's own alert (Next's route announcer is an alert too). */
function loginError(page: Page) {
  return page.getByRole("form", { name: "Masuk ke Patuh" }).getByRole("alert");
}

test("the sign-in page of the demo lists the demo logins", async ({ page }) => {
  const res = await page.goto("/");
  expect(res?.ok()).toBe(true);
  await expect(page).toHaveURL(/\/masuk$/);
  await expect(page.getByRole("heading", { level: 1, name: "Masuk" })).toBeVisible();
  const demo = page.getByTestId("demo-logins");
  for (const d of Object.values(DEMO)) {
    await expect(demo.getByRole("cell", { name: d.username, exact: true })).toBeVisible();
    await expect(demo.getByRole("cell", { name: d.password, exact: true })).toBeVisible();
  }
  // The demo has an admin, so the one-time setup page is gone.
  expect((await page.goto("/siapkan"))?.status()).toBe(404);
});

for (const [role, start, heading] of [
  ["admin", /\/opd$/, "Daftar OPD"],
  ["pimpinan", /\/ringkasan$/, /Ringkasan Kesiapan/],
  ["opd", /\/opd\/disdukcapil$/, /Dinas Kependudukan dan Pencatatan Sipil/],
] as const) {
  test(`${role} signs in, lands on their own start page, and signs out`, async ({ page }) => {
    const who = DEMO[role];
    await signIn(page, who.username, who.password);
    await expect(page).toHaveURL(start);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    const menu = page.getByTestId("user-menu");
    await expect(menu).toContainText(who.name);
    await menu.getByRole("button", { name: "Keluar" }).click();
    await expect(page).toHaveURL(/\/masuk$/);
    await page.goto("/ringkasan");
    await expect(page).toHaveURL(/\/masuk\?lanjut=%2Fringkasan$/);
  });
}

test("an OPD user opening another OPD's page gets the refusal page with 403", async ({ page }) => {
  await signIn(page, DEMO.opd.username, DEMO.opd.password);
  await expect(page).toHaveURL(/\/opd\/disdukcapil$/);
  const res = await page.goto("/opd/bapenda");
  expect(res?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Akses ditolak" })).toBeVisible();
  await expect(page.getByText("data OPD Anda sendiri")).toBeVisible();
  await expect(page.getByText("Badan Pendapatan Daerah")).toHaveCount(0);
  // And the admin pages are refused too.
  expect((await page.goto("/admin/pengguna"))?.status()).toBe(403);
  expect((await page.goto("/admin/audit"))?.status()).toBe(403);
});

test("a page asked for before signing in opens after signing in", async ({ page }) => {
  await page.goto("/opd/bapenda");
  await expect(page).toHaveURL(/\/masuk\?lanjut=%2Fopd%2Fbapenda$/);
  await signIn(page, DEMO.admin.username, DEMO.admin.password);
  await expect(page).toHaveURL(/\/opd\/bapenda$/);
  await expect(page.getByRole("heading", { level: 1, name: /Badan Pendapatan Daerah/ })).toBeVisible();
});

test("admin creates and resets a user, both show in the audit log with the author; the user must change the password; the 6th wrong password is refused", async ({ page, browser }) => {
  const username = `uji-${RUN}`;
  await signIn(page, DEMO.admin.username, DEMO.admin.password);
  await expect(page).toHaveURL(/\/opd$/);

  await page.goto("/admin/pengguna/baru");
  await page.getByLabel("Nama lengkap").fill("Staf Uji Bapenda");
  await page.getByLabel("Nama pengguna").fill(username);
  await page.getByLabel("Peran").selectOption("opd");
  await page.getByLabel("OPD", { exact: true }).selectOption({ label: "Badan Pendapatan Daerah" });
  await page.getByLabel("Kata sandi sementara").fill("sementara-uji-1");
  await page.getByRole("button", { name: "Buat pengguna" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Staf Uji Bapenda" })).toBeVisible();
  await expect(page.getByText("wajib ganti kata sandi saat masuk")).toBeVisible();

  await page.getByLabel("Kata sandi sementara baru").fill("sementara-uji-2");
  await page.getByRole("button", { name: "Atur ulang kata sandi" }).click();
  await expect(page.getByText("Kata sandi diatur ulang.")).toBeVisible();

  await page.goto("/admin/audit?tindakan=user.create");
  const created = page.getByTestId("audit-row").filter({ hasText: username });
  await expect(created).toHaveCount(1);
  await expect(created).toContainText("Pengguna dibuat");
  await expect(created).toContainText(DEMO.admin.name);
  await page.goto("/admin/audit");
  const reset = page.getByTestId("audit-row").filter({ hasText: "Kata sandi diatur ulang" }).first();
  await expect(reset).toContainText(DEMO.admin.name);
  await expect(reset).toContainText("kata sandi diganti: ya");

  // The new user, in a fresh browser: the temporary password leads to the forced change.
  const ctx = await browser.newContext();
  const user = await ctx.newPage();
  await signIn(user, username, "sementara-uji-2");
  await expect(user).toHaveURL(/\/ganti-sandi$/);
  await user.goto("/opd/bapenda");
  await expect(user).toHaveURL(/\/ganti-sandi$/);
  await user.getByLabel("Kata sandi lama (atau sementara)").fill("sementara-uji-2");
  await user.getByLabel("Kata sandi baru", { exact: true }).fill("pilihan-sendiri-1");
  await user.getByLabel("Ulangi kata sandi baru").fill("pilihan-sendiri-1");
  await user.getByRole("button", { name: "Ganti kata sandi" }).click();
  await expect(user).toHaveURL(/\/opd\/bapenda$/);
  await ctx.close();

  // Five wrong passwords are answered as wrong; the sixth within the minute is refused.
  const attacker = await browser.newContext();
  const a = await attacker.newPage();
  for (let i = 1; i <= 5; i++) {
    await signIn(a, username, `salah-${i}-xxxx`);
    await expect(a.getByRole("button", { name: "Masuk" })).toBeEnabled();
    await expect(loginError(a)).toHaveText("Nama pengguna atau kata sandi salah.");
  }
  await signIn(a, username, "pilihan-sendiri-1");
  await expect(loginError(a)).toContainText("Terlalu banyak percobaan masuk");
  await expect(a).toHaveURL(/\/masuk/);
  await attacker.close();
});
