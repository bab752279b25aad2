import { expect, test, type Page } from "@playwright/test";
import { loginAs } from "./helpers";

/** The demo's story: meeting I frozen on the "before" sites, meeting II planned, not frozen. */
const MEETING_I = "Rapat Evaluasi Kepatuhan Pelayanan Publik I";
const MEETING_II = "Rapat Evaluasi Kepatuhan Pelayanan Publik II";
const NEW_TITLE = "Rapat Koordinasi Kepatuhan Uji E2E";

function todayWib(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}

async function openMeeting(page: Page, title: string): Promise<string> {
  await page.goto("/rapat");
  await page.getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname;
}

test("an admin creates a meeting, freezes it and sees the comparison with meeting I", async ({ page }) => {
  await loginAs(page, "admin");
  await page.goto("/rapat");
  await expect(page.getByTestId("meetings")).toContainText(MEETING_I);

  // Empty form: every field says what is missing, in Indonesian, and nothing is created.
  await page.getByRole("button", { name: "Buat rapat" }).click();
  await expect(page.getByText("Judul rapat wajib diisi.")).toBeVisible();
  await expect(page.getByText("Tanggal rapat wajib diisi.")).toBeVisible();
  await expect(page.getByText("Tempat rapat wajib diisi.")).toBeVisible();

  await page.getByLabel("Judul rapat").fill(NEW_TITLE);
  await page.getByLabel("Tanggal rapat").fill(todayWib());
  await page.getByLabel("Tempat").fill("Aula Kantor Bupati Kuantan Singingi");
  await page.getByRole("button", { name: "Buat rapat" }).click();
  await expect(page).toHaveURL(/\/rapat\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: NEW_TITLE })).toBeVisible();
  await expect(page.getByTestId("frozen-status")).toContainText("Belum dibekukan");

  // Freezing asks once more before it happens; "Batal" leaves it unfrozen.
  await page.getByRole("button", { name: "Bekukan cuplikan" }).click();
  await page.getByRole("button", { name: "Batal" }).click();
  await expect(page.getByTestId("frozen-status")).toContainText("Belum dibekukan");
  await page.getByRole("button", { name: "Bekukan cuplikan" }).click();
  await page.getByRole("button", { name: "Ya, bekukan cuplikan" }).click();

  await expect(page.getByTestId("frozen-status")).toContainText("Dibekukan");
  await expect(page.getByTestId("compared-with")).toContainText(`Dibandingkan dengan ${MEETING_I}`);
  // Same checklist and the same nine OPD as meeting I: nothing to warn about.
  await expect(page.getByTestId("warnings")).toHaveCount(0);
  const table = page.getByTestId("meeting-opd");
  await expect(table.locator("tbody tr")).toHaveCount(9);
  await expect(table.getByRole("columnheader", { name: "Nilai Rapat I", exact: true })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Perubahan sejak Rapat I" })).toBeVisible();
  // The "after" sites fixed items: improvements show as symbol + word, not colour only.
  await expect(table.locator(".trend-naik").first()).toContainText("▲ naik");
  await expect(page.getByText("indikasi kepatuhan publikasi daring", { exact: false }).first()).toBeVisible();

  // Per-item changes: the first OPD that improved lists its improved items with before/after levels.
  const improved = page.locator("details[data-testid^=changes-]").filter({ hasText: /▲ [1-9]\d* butir membaik/ }).first();
  await improved.locator("summary").click();
  await expect(improved.getByRole("cell", { name: "membaik" }).first()).toBeVisible();

  // The list now shows the meeting as frozen.
  await page.goto("/rapat");
  await expect(page.getByRole("row", { name: new RegExp(NEW_TITLE) })).toContainText("Dibekukan");
});

test("an opd user sees only their own OPD in a frozen meeting", async ({ page }) => {
  await loginAs(page, "disdukcapil");
  await openMeeting(page, MEETING_I);
  const rows = page.getByTestId("meeting-opd").locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText("Dinas Kependudukan dan Pencatatan Sipil");
  await expect(page.getByRole("button", { name: "Bekukan cuplikan" })).toHaveCount(0);
});

test("a pimpinan sees no freeze button and a replayed freeze request is refused", async ({ page, browser }) => {
  // Capture the admin's real freeze request for meeting II without letting it through.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await loginAs(admin, "admin");
  const path = await openMeeting(admin, MEETING_II);
  await expect(admin.getByTestId("frozen-status")).toContainText("Belum dibekukan");
  let captured: { headers: Record<string, string>; body: Buffer } | null = null;
  await admin.route(`**${path}`, async (route) => {
    const req = route.request();
    if (req.method() !== "POST") return route.continue();
    captured = { headers: await req.allHeaders(), body: req.postDataBuffer()! };
    await route.abort();
  });
  await admin.getByRole("button", { name: "Bekukan cuplikan" }).click();
  await admin.getByRole("button", { name: "Ya, bekukan cuplikan" }).click();
  await expect.poll(() => captured != null).toBe(true);
  await adminContext.close();

  await loginAs(page, "pimpinan");
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: MEETING_II })).toBeVisible();
  await expect(page.getByTestId("frozen-status")).toContainText("Belum dibekukan");
  await expect(page.getByRole("button", { name: /Bekukan/ })).toHaveCount(0);
  await expect(page.getByText("Bagian Organisasi akan membekukan cuplikan")).toBeVisible();

  // The same server action, sent with the pimpinan's session: refused, and nothing frozen.
  const { headers, body } = captured!;
  const replay = Object.fromEntries(
    Object.entries(headers).filter(([k]) => !["cookie", "content-length", "host"].includes(k.toLowerCase()) && !k.startsWith(":")),
  );
  const res = await page.request.post(path, { headers: replay, data: body });
  const text = await res.text();
  expect(text).toContain("Akun pimpinan hanya untuk melihat dan mencetak");
  expect(text).toContain('"ok":false');
  await page.reload();
  await expect(page.getByTestId("frozen-status")).toContainText("Belum dibekukan");
});
