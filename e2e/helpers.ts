import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORDS } from "../lib/auth/demo-users";

export type DemoUser = "admin" | "pimpinan" | "disdukcapil" | "bapenda";

const PASSWORD: Record<DemoUser, string> = {
  admin: DEMO_PASSWORDS.admin,
  pimpinan: DEMO_PASSWORDS.pimpinan,
  disdukcapil: DEMO_PASSWORDS.opd,
  bapenda: DEMO_PASSWORDS.opd,
};

/** Signs in through the real login page as one of the demo users. */
export async function loginAs(page: Page, who: DemoUser): Promise<void> {
  await page.goto("/masuk");
  await page.getByLabel("Nama pengguna").fill(who);
  await page.getByLabel("Kata sandi").fill(PASSWORD[who]);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).not.toHaveURL(/\/masuk/);
}
