import { expect, test, type Page } from "@playwright/test";
import { loginAs, type DemoUser } from "./helpers";

/** A common phone width (iPhone 12-15): no page may be wider than this. */
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 768 };

/** Every page a role reaches: its navigation, plus the first detail page behind each list. */
async function pagesOf(page: Page): Promise<string[]> {
  const nav = await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link").evaluateAll((as) =>
    as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  const found = new Set<string>(nav);
  const firstLink = async (list: string, prefix: RegExp) => {
    await page.goto(list);
    const hrefs = await page.locator("main a[href]").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    return hrefs.find((h) => prefix.test(h));
  };
  const details: [string, RegExp][] = [
    ["/opd", /^\/opd\/[a-z-]+$/],
    ["/rapat", /^\/rapat\/\d+$/],
    ["/admin/opd", /^\/admin\/opd\/\d+$/],
    ["/admin/pengguna", /^\/admin\/pengguna\/[^/]+$/],
  ];
  for (const [list, prefix] of details) {
    if (!nav.includes(list)) continue;
    const d = await firstLink(list, prefix);
    if (d && !/\/(baru|impor)$/.test(d)) found.add(d);
  }
  for (const p of [...found]) if (/^\/rapat\/\d+$/.test(p)) found.add(`${p}/cetak`);
  if (nav.includes("/admin/opd")) ["/admin/opd/baru", "/admin/opd/impor", "/admin/pengguna/baru"].forEach((p) => found.add(p));
  found.add("/ganti-sandi");
  return [...found];
}

async function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

for (const who of ["admin", "pimpinan", "disdukcapil"] as DemoUser[]) {
  test(`every page of ${who} fits a 390 px phone (tables and charts scroll or shrink in their own box)`, async ({ page }, info) => {
    test.setTimeout(240_000);
    await loginAs(page, who);
    const paths = await pagesOf(page);
    expect(paths.length).toBeGreaterThan(3);
    await page.setViewportSize(PHONE);
    const tooWide: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      await expect(page.locator("main")).toBeVisible();
      // Let the charts measure their box first.
      await page.waitForTimeout(150);
      const w = await pageWidth(page);
      if (w > PHONE.width) tooWide.push(`${path}: ${w}px`);
      const name = path.replace(/\//g, "_").replace(/^_/, "") || "root";
      await page.screenshot({ path: info.outputPath(`390-${name}.png`), fullPage: true });
    }
    expect(tooWide, "pages wider than the phone").toEqual([]);
    // The same pages at a laptop's 1366 px, for the record.
    await page.setViewportSize(DESKTOP);
    for (const path of paths) {
      await page.goto(path);
      const name = path.replace(/\//g, "_").replace(/^_/, "") || "root";
      await page.screenshot({ path: info.outputPath(`1366-${name}.png`), fullPage: true });
    }
  });
}

test("the sign-in page fits a 390 px phone", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/masuk");
  await expect(page.getByRole("heading", { level: 1, name: "Masuk" })).toBeVisible();
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
});
