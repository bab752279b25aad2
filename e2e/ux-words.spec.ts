import { expect, test, type Page } from "@playwright/test";
import { loginAs } from "./helpers";

/** English that used to reach the screen and the meeting pack. */
const ENGLISH = [/good practice/i, /as reference/i, /own requirement/i, /seed news item/i, /\((page|revealed|dialog|embedded)\)/];

async function expectNoEnglish(page: Page) {
  const text = await page.locator("main").innerText();
  for (const re of ENGLISH) expect(text, `${page.url()} ${re}`).not.toMatch(re);
}

test("an OPD user reads Indonesian only, finds Rapat and Ekspor in the menu, and a breadcrumb that fits the role", async ({ page }) => {
  await loginAs(page, "disdukcapil");
  await page.goto("/opd/disdukcapil");
  const nav = page.getByRole("navigation", { name: "Navigasi utama" });
  await expect(nav.getByRole("link", { name: "Rapat" })).toHaveAttribute("href", "/rapat");
  await expect(nav.getByRole("link", { name: "Ekspor" })).toHaveAttribute("href", "/ekspor");
  // Not "Daftar OPD", which only led back to this page for them.
  const crumbs = page.getByRole("navigation", { name: "Lokasi halaman" });
  await expect(crumbs).toContainText("Ringkasan / OPD Saya");
  await expect(crumbs.getByRole("link", { name: "Daftar OPD" })).toHaveCount(0);

  // Jargon in plain words, with its explanation on the page.
  await expect(page.getByText("Bobot menunggu pemeriksaan").first()).toBeVisible();
  await expect(page.getByText(/tidak dapat diputuskan pemindai/).first()).toBeVisible();
  await expect(page.getByText("Bobot belum diputuskan")).toHaveCount(0);

  // Every item's legal basis in Indonesian: open the fulfilled items too.
  await page.getByText("Tampilkan bukti butir yang terpenuhi").click();
  await expectNoEnglish(page);
  await expect(page.getByTestId("item-PI-03")).toContainText("WCAG 2.1 tingkat AA sebagai acuan teknis");

  // Each evidence list names a page once.
  const lists = page.locator("[data-testid^=evidence-]");
  expect(await lists.count()).toBeGreaterThan(5);
  for (const list of await lists.all()) {
    const urls = await list.locator(":scope > li > a:first-child").allTextContents();
    expect(new Set(urls).size, `${await list.getAttribute("data-testid")}: ${urls.join(", ")}`).toBe(urls.length);
  }

  for (const path of ["/rapat", "/ekspor", "/daftar-periksa"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoEnglish(page);
  }
});

test("the summary and the meeting pack speak plain Indonesian", async ({ page }) => {
  await loginAs(page, "pimpinan");
  await page.goto("/ringkasan");
  await expect(page.getByText("Rata-rata bobot menunggu pemeriksaan").first()).toBeVisible();
  await expect(page.getByText(/Makin kecil, makin pasti nilainya/)).toBeVisible();
  await expect(page.getByText("Bobot rata-rata yang belum diputuskan")).toHaveCount(0);
  await expectNoEnglish(page);
  // The PDF is printed from this page.
  await page.goto("/rapat");
  await page.getByRole("link", { name: "Rapat Evaluasi Kepatuhan Pelayanan Publik I", exact: true }).click();
  await page.getByRole("link", { name: "Tampilan cetak paket" }).click();
  await expect(page.getByTestId("meeting-pack")).toBeVisible();
  await expectNoEnglish(page);
  // Item codes stay on one line in every table cell.
  const codes = page.locator("td.code");
  expect(await codes.count()).toBeGreaterThan(3);
  // A wrapped text has one line box per line.
  const wrapped = await codes.evaluateAll((cells) =>
    cells
      .filter((c) => {
        const r = document.createRange();
        r.selectNodeContents(c);
        return r.getClientRects().length > 1;
      })
      .map((c) => c.textContent),
  );
  expect(wrapped).toEqual([]);
});

test("charts name the meetings and date every point, with nothing clipped or overlapping", async ({ page }) => {
  await loginAs(page, "pimpinan");
  await page.goto("/ringkasan");
  const chart = page.getByTestId("trend-chart");
  const ticks = chart.locator(".recharts-xAxis-tick-labels text");
  await expect(ticks.first()).toContainText("Rapat I");
  await expect(ticks.last()).toContainText("Sekarang");
  await expect(ticks.first()).toContainText(/\d{1,2} [A-Z][a-z]{2} \d{4}/);
  await expect(chart.getByText("Rapat dan tanggalnya")).toBeVisible();
  await expect(chart.getByText("Nilai", { exact: true })).toBeVisible();
  await expectLabelsInside(page);

  await page.goto("/opd/disdukcapil");
  const opdTicks = page.getByTestId("trend-chart").locator(".recharts-xAxis-tick-labels text");
  await expect(opdTicks.first()).toContainText(/\d{1,2} [A-Z][a-z]{2} \d{4}/);
  await expect(opdTicks.first()).toContainText("WIB");
  expect(await opdTicks.allTextContents()).not.toContainEqual(expect.stringMatching(/#\d/));
  await expectLabelsInside(page);
});

/** Every text of the chart lies inside its SVG, and no two axis or value labels overlap. */
async function expectLabelsInside(page: Page) {
  const r = await page.getByTestId("trend-chart").evaluate((fig) => {
    const svg = fig.querySelector("svg.recharts-surface")!.getBoundingClientRect();
    const boxes = [...fig.querySelectorAll(".recharts-xAxis-tick-labels text, .recharts-label-list text, .recharts-yAxis-tick-labels text")]
      .map((t) => t.getBoundingClientRect())
      .filter((b) => b.width > 0);
    const outside = boxes.filter((b) => b.left < svg.left - 0.5 || b.right > svg.right + 0.5 || b.top < svg.top - 0.5 || b.bottom > svg.bottom + 0.5).length;
    let overlaps = 0;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) overlaps++;
      }
    return { outside, overlaps, count: boxes.length };
  });
  expect(r.count).toBeGreaterThan(3);
  expect(r.outside).toBe(0);
  expect(r.overlaps).toBe(0);
}
