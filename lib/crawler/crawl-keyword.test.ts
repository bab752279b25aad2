/**
 * Ordering and accounting on a site with a 40-page news archive: checklist pages first, the
 * archive's deep pages after them, and every URL not visited listed with its reason.
 * Also checks the gatherers' output on the same crawl (one browser for the file).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScanArtifacts } from "@/lib/artifacts/types";
import { crawlSite } from "./index";
import { KEYWORD_PAGES, SITEMAP_ONLY, startKeywordSite, type KeywordSite } from "./testing/keyword-site";

const MAX_PAGES = 24;
let fx: KeywordSite;
let artifacts: ScanArtifacts;
const order: string[] = [];
let shotDir: string;

beforeAll(async () => {
  fx = await startKeywordSite();
  shotDir = fs.mkdtempSync(path.join(os.tmpdir(), "patuh-shots-"));
  artifacts = await crawlSite({
    startUrl: `${fx.site.origin}/`,
    allowPrivateNetwork: true,
    maxPages: MAX_PAGES,
    maxDepth: 4,
    timeLimitMs: 60_000,
    pageTimeoutMs: 10_000,
    concurrency: 2,
    screenshotDir: shotDir,
    onProgress: (p) => {
      if (p.phase === "crawl" && p.currentUrl) order.push(p.currentUrl.replace(fx.site.origin, ""));
    },
  });
}, 90_000);

afterAll(async () => {
  await fx?.site.close();
  await fx?.other.close();
  fs.rmSync(shotDir, { recursive: true, force: true });
});

const page = (p: string) => artifacts.pages.find((x) => x.url === `${fx.site.origin}${p}`);

describe("keyword-first crawl of a site with a news archive", () => {
  it("returns valid artifacts within the page budget", () => {
    expect(ScanArtifacts.parse(artifacts)).toBeTruthy();
    expect(artifacts.site.reachable).toBe(true);
    expect(artifacts.pages.length).toBe(MAX_PAGES);
    expect(artifacts.site.pagesVisited).toBe(MAX_PAGES);
    expect(order[0]).toBe("/");
  });

  it("visits every checklist page within the first part of the budget", () => {
    const wanted = [...Object.keys(KEYWORD_PAGES), ...SITEMAP_ONLY];
    const positions = wanted.map((p) => order.indexOf(p));
    expect(positions.every((i) => i >= 0), `missing: ${wanted.filter((_, i) => positions[i] < 0)}`).toBe(true);
    expect(Math.max(...positions)).toBeLessThan(Math.ceil(MAX_PAGES * 0.75));
  });

  it("leaves the archive's deep pages until after the checklist pages", () => {
    const lastKeyword = Math.max(...Object.keys(KEYWORD_PAGES).map((p) => order.indexOf(p)));
    const archive = order.map((p, i) => [p, i] as const).filter(([p]) => /^\/berita\?page=(\d+)$/.test(p));
    for (const [p, i] of archive) {
      const n = Number(/page=(\d+)/.exec(p)![1]);
      if (n >= 3) expect(i, p).toBeGreaterThan(lastKeyword);
    }
    expect(order).not.toContain("/berita?page=40");
  });

  it("lists what it skipped and why", () => {
    const skipped = artifacts.site.skipped;
    const reason = (r: string) => skipped.filter((s) => s.reason === r).map((s) => s.url.replace(fx.site.origin, ""));
    expect(reason("robots")).toContain("/admin/login");
    expect(reason("off_site")).toContain(`${fx.other.origin}/portal`);
    expect(reason("off_site")).toContain("https://www.instagram.com/disdukcapil");
    expect(reason("endless_url_space").some((u) => u.startsWith("/agenda?bulan="))).toBe(true);
    expect(reason("budget").some((u) => u.startsWith("/berita"))).toBe(true);
    expect(fx.site.log).not.toContain("/admin/login");
    expect(artifacts.site.robots).toMatchObject({ found: true, status: 200, ignored: false });
    expect(artifacts.site.robots.excerpt).toContain("Disallow: /admin");
    expect(artifacts.site.sitemap.found).toBe(true);
    expect(artifacts.site.sitemap.sources).toHaveLength(3);
  });

  it("records how pages were found and their click depth", () => {
    expect(page("/")!.depth).toBe(0);
    expect(page("/profil")!.depth).toBe(1);
    expect(page("/profil/visi-misi")!.depth).toBe(2);
    expect(page("/ppid")).toMatchObject({ discoveredVia: "sitemap", depth: 5 });
    expect(page("/kontak")!.depth).toBe(1);
  });

  it("gathers text apart from navigation, links by region, forms, dates and meta", () => {
    const home = page("/")!;
    expect(home.title).toBe("Beranda");
    expect(home.lang).toBe("id");
    expect(home.metaViewport).toContain("width=device-width");
    expect(home.mainText).toContain("Selamat datang");
    expect(home.mainText).not.toContain("Portal Kabupaten");
    expect(home.chromeText).toContain("Portal Kabupaten");
    expect(home.chromeText).toContain("Jl. Proklamasi");
    expect(home.links.find((l) => l.href.endsWith("/profil"))).toMatchObject({ region: "nav", internal: true, text: "Profil" });
    expect(home.links.find((l) => l.text === "Instagram")).toMatchObject({ region: "footer", internal: false });
    expect(home.links.find((l) => l.text === "Arsip berita")?.region).toBe("main");
    expect(home.images[0]).toMatchObject({ alt: "Logo dinas", fileName: "logo.png", region: "main" });
    expect(home.dates.some((d) => d.iso === "2018-06-07" && d.text === "Kamis, 7 Juni 2018")).toBe(true);
    expect(home.mobileOverflow).toBe(false);
    expect(home.axe?.violations).toBeDefined();
    const form = page("/pengaduan")!.forms[0];
    expect(form.method).toBe("post");
    expect(form.fields).toEqual([
      { name: "nama", type: "text", label: "Nama" },
      { name: "isi", type: "textarea", label: "Isi pengaduan" },
    ]);
    expect(page("/profil")!.headings).toContainEqual({ level: 1, text: "profil" });
  });

  it("reveals content behind tabs and accordions, and follows links found there", () => {
    const ktp = page("/layanan/ktp-el")!;
    expect(ktp.mainText).toContain("fotokopi Kartu Keluarga");
    expect(ktp.mainText).not.toContain("Rekam biometrik");
    const byControl = Object.fromEntries(ktp.revealed.map((r) => [r.control, r.text]));
    expect(byControl["Alur"]).toContain("2. Rekam biometrik");
    expect(byControl["Biaya"]).toContain("tidak dipungut biaya");
    expect(byControl["Jam pelayanan"]).toContain("08.00-15.30");
    expect(ktp.links.some((l) => l.href.endsWith("/layanan/ktp-el/formulir"))).toBe(true);
  });

  it("writes evidence screenshots of the home and keyword pages", () => {
    const shots = artifacts.pages.filter((p) => p.screenshotPath);
    expect(shots.map((p) => p.url)).toContain(`${fx.site.origin}/`);
    expect(shots.map((p) => p.url)).toContain(`${fx.site.origin}/maklumat-pelayanan`);
    for (const p of shots) {
      const bytes = fs.readFileSync(p.screenshotPath!);
      expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    }
    expect(shots.every((p) => !p.url.includes("/berita"))).toBe(true);
  });

  it("checks links, including the ones it did not visit", () => {
    const checks = artifacts.site.linkChecks;
    expect(checks.find((c) => c.url === `${fx.site.origin}/profil`)).toMatchObject({ status: 200, ok: true, internal: true });
    expect(checks.some((c) => !c.internal)).toBe(true);
    expect(artifacts.site.tls).toEqual({ https: false, httpRedirectsToHttps: false, certificateValid: null });
  });
});
