/**
 * The crawler on two of the bundled demo OPD sites (lib/demo): a WordPress-like site with a
 * 42-page news archive that mentions checklist words in passing, and a single-page app whose
 * content exists only after its JavaScript runs. Facts come from the demo registry.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScanArtifacts } from "@/lib/artifacts/types";
import { DEMO_SITES } from "@/lib/demo/sites";
import { startDemoSites, type DemoSites } from "@/lib/demo/site-server";
import { crawlSite } from "./index";
import { canonicalUrl } from "./url";

let demo: DemoSites;
const scans: Record<string, { artifacts: ScanArtifacts; order: string[] }> = {};
const SLUGS = ["dinkes", "dishub"];

beforeAll(async () => {
  demo = await startDemoSites({ only: SLUGS });
  for (const site of demo.sites) {
    const order: string[] = [];
    const artifacts = await crawlSite({
      startUrl: site.url,
      allowPrivateNetwork: true,
      maxPages: 40,
      timeLimitMs: 60_000,
      // The order test below is about the frontier's priorities. With several pages in flight a
      // deep archive page may be taken while the page linking the last checklist page is still
      // loading (it failed that way once under a loaded full suite), so dinkes goes one at a time.
      concurrency: site.slug === "dinkes" ? 1 : undefined,
      onProgress: (p) => {
        if (p.phase === "crawl" && p.currentUrl) order.push(new URL(p.currentUrl).pathname);
      },
    });
    scans[site.slug] = { artifacts, order };
  }
}, 150_000);

afterAll(async () => {
  await demo?.close();
});

function visitedPage(slug: string, path: string) {
  const origin = demo.sites.find((s) => s.slug === slug)!.url;
  const want = canonicalUrl(path, origin);
  return scans[slug].artifacts.pages.find((p) => p.url === want || canonicalUrl(p.finalUrl) === want);
}

describe("crawl of the demo sites", () => {
  it("visits every checklist page the registry lists, with valid artifacts", () => {
    for (const slug of SLUGS) {
      const { artifacts } = scans[slug];
      expect(ScanArtifacts.parse(artifacts)).toBeTruthy();
      expect(artifacts.site.reachable).toBe(true);
      const facts = DEMO_SITES.find((s) => s.slug === slug)!.facts;
      for (const path of Object.values(facts.keywordPages).flat()) {
        const page = visitedPage(slug, path!);
        expect(page, `${slug} ${path}`).toBeDefined();
        expect(page!.status, `${slug} ${path}`).toBe(200);
      }
    }
  });

  it("puts the checklist pages before the deep news archive (dinkes)", () => {
    const { order, artifacts } = scans.dinkes;
    const facts = DEMO_SITES.find((s) => s.slug === "dinkes")!.facts;
    const keywordPositions = Object.values(facts.keywordPages)
      .flat()
      .map((p) => order.findIndex((o) => canonicalUrl(o, "http://x") === canonicalUrl(p!, "http://x")));
    const lastKeyword = Math.max(...keywordPositions);
    const deepArchive = order.map((p, i) => [p, i] as const).filter(([p]) => /\/berita\/page\/([3-9]|\d\d)\/?$/.test(p));
    for (const [p, i] of deepArchive) expect(i, p).toBeGreaterThan(lastKeyword);
    expect(artifacts.site.sitemap.found).toBe(true);
    expect(artifacts.site.robots.excerpt).toContain("/wp-admin/");
  });

  it("reads pages that only exist after JavaScript runs (dishub)", () => {
    for (const path of ["/layanan/uji-kir", "/pengaduan"]) {
      const page = visitedPage("dishub", path)!;
      expect(page.mainText.length, path).toBeGreaterThan(100);
      expect(page.errorClass, path).toBeNull();
    }
    expect(visitedPage("dishub", "/layanan/uji-kir")!.mainText.toLowerCase()).toContain("persyaratan");
  });
});
