/**
 * Issue 16 end to end, against the real demo app: the evidence route resolves only its own
 * (scan, file), `lanjut` never leads off-site or to a 500, and every response carries the
 * security headers. The database and evidence folder are the demo's own (playwright.config.ts).
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type APIRequestContext, type PlaywrightWorkerArgs } from "@playwright/test";
import { DEMO_PASSWORDS } from "../lib/auth/demo-users";

const DB_FILE = path.resolve("data/e2e/patuh.db");
const EVIDENCE = path.resolve("data/e2e/patuh-files/evidence");

/** One scan with a screenshot for an OPD, read from the demo's database and evidence folder. */
function scanWithEvidence(slug: string): { scanId: number; file: string } {
  const db = new Database(DB_FILE, { readonly: true, fileMustExist: true });
  try {
    const ids = db
      .prepare("SELECT s.id FROM scans s JOIN opd o ON o.id = s.opd_id WHERE o.slug = ? ORDER BY s.id DESC")
      .all(slug) as { id: number }[];
    for (const { id } of ids) {
      const dir = path.join(EVIDENCE, String(id));
      const file = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => f.endsWith(".jpg")) : undefined;
      if (file) return { scanId: id, file };
    }
  } finally {
    db.close();
  }
  throw new Error(`no evidence for ${slug}`);
}

async function signedIn(playwright: PlaywrightWorkerArgs["playwright"], baseURL: string, username: string, password: string) {
  const ctx = await playwright.request.newContext({ baseURL });
  const page = await ctx.get("/masuk");
  expect(page.ok()).toBe(true);
  // Sign in over better-auth's HTTP endpoint: the cookie lands in this context.
  const res = await ctx.post("/api/auth/sign-in/username", { data: { username, password }, headers: { origin: baseURL } });
  expect(res.status(), await res.text()).toBe(200);
  return ctx;
}

test("an OPD user gets their own evidence and a 404 for every traversal into another OPD's", async ({ playwright, baseURL }) => {
  const own = scanWithEvidence("disdukcapil");
  const other = scanWithEvidence("bapenda");
  const opd = await signedIn(playwright, baseURL!, "disdukcapil", DEMO_PASSWORDS.opd);
  const ok = await opd.get(`/bukti/${own.scanId}/${own.file}`);
  expect(ok.status()).toBe(200);
  expect(ok.headers()["content-type"]).toBe("image/jpeg");
  expect((await opd.get(`/bukti/${other.scanId}/${other.file}`)).status()).toBe(403);

  for (const sep of ["%2F", "%2f", "%5C", "%252F"]) {
    for (const up of ["..", "%2E%2E", "%2e%2e", "%252E%252E"]) {
      const url = `/bukti/${own.scanId}/${up}${sep}${other.scanId}${sep}${other.file}`;
      const res = await opd.get(url, { maxRedirects: 0 });
      expect(res.status(), url).toBe(404);
    }
  }
  const nested = `/bukti/${own.scanId}/x/..%2F..%2F${other.scanId}%2F${other.file}`;
  expect((await opd.get(nested, { maxRedirects: 0 })).status(), nested).toBe(404);
  await opd.dispose();
});

test("a crafted lanjut never leads off-site and never gives a 500", async ({ page }) => {
  for (const lanjut of ["%2F%09%2Fexample.com", "%2F%0A%2Fexample.com", "%0D%0A", "%2F%5Cexample.com", "%2F%2Fexample.com", "https%3A%2F%2Fexample.com"]) {
    const res = await page.goto(`/masuk?lanjut=${lanjut}`);
    expect(res?.status(), lanjut).toBe(200);
    await expect(page.locator('input[name="lanjut"]'), lanjut).toHaveCount(0);
  }
  // Signing in through such a link lands on the user's own start page.
  await page.goto("/masuk?lanjut=%2F%09%2Fexample.com");
  await page.getByLabel("Nama pengguna").fill("pimpinan");
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORDS.pimpinan);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/ringkasan$/);
});

test("every kind of response carries the security headers", async ({ playwright, baseURL }) => {
  const anon = await playwright.request.newContext({ baseURL });
  const admin = await signedIn(playwright, baseURL!, "admin", DEMO_PASSWORDS.admin);
  const evidence = scanWithEvidence("disdukcapil");
  const cases: [APIRequestContext, string, number][] = [
    [anon, "/masuk", 200],
    [anon, "/opd", 307],
    [anon, "/tidak-ada-halaman-ini", 307],
    [admin, "/tidak-ada-halaman-ini", 404],
    [anon, "/api/auth/get-session", 200],
    [anon, `/bukti/${evidence.scanId}/${evidence.file}`, 401],
    [admin, `/bukti/${evidence.scanId}/${evidence.file}`, 200],
    [admin, "/ringkasan", 200],
    [admin, "/ekspor/csv", 200],
  ];
  for (const [ctx, url, status] of cases) {
    const res = await ctx.get(url, { maxRedirects: 0 });
    expect(res.status(), url).toBe(status);
    const h = res.headers();
    expect(h["content-security-policy"], url).toContain("frame-ancestors 'none'");
    expect(h["content-security-policy"], url).toContain("script-src 'self'");
    expect(h["x-content-type-options"], url).toBe("nosniff");
    expect(h["referrer-policy"], url).toBe("same-origin");
  }
  await anon.dispose();
  await admin.dispose();
});

test("the pages still run their scripts under the policy", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) errors.push(m.text());
  });
  await page.goto("/masuk");
  await page.getByLabel("Nama pengguna").fill("admin");
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORDS.admin);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/opd$/);
  await page.goto("/ringkasan");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(errors).toEqual([]);
});

test("a failed sign-in is audited with the socket address, not a forged X-Forwarded-For", async ({ playwright, baseURL }) => {
  const anon = await playwright.request.newContext({ baseURL });
  const res = await anon.post("/api/auth/sign-in/username", {
    data: { username: "penebak-e2e", password: "bukan-sandinya" },
    headers: { origin: baseURL!, "x-forwarded-for": "203.0.113.77", "x-real-ip": "203.0.113.78" },
  });
  expect(res.status()).toBe(401);
  await anon.dispose();
  const admin = await signedIn(playwright, baseURL!, "admin", DEMO_PASSWORDS.admin);
  const csv = await (await admin.get("/admin/audit/csv?tindakan=auth.sign_in_failed")).text();
  const row = csv.split("\n").find((l) => l.includes("penebak-e2e"));
  expect(row).toBeDefined();
  expect(row).toContain("127.0.0.1");
  expect(csv).not.toContain("203.0.113.7");
  await admin.dispose();
});
