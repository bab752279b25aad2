import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadRobots, MAX_CRAWL_DELAY_MS } from "./robots";
import { loadSitemaps, parseSitemap } from "./sitemap";
import { TargetPolicy } from "./target-policy";
import { startFixtureServer, type FixtureServer } from "./testing/fixture-server";

let s: FixtureServer;
let bare: FixtureServer;
let f: { policy: TargetPolicy; userAgent: string };

beforeAll(async () => {
  let port = 0;
  const xml = (body: string) => (_req: unknown, res: import("node:http").ServerResponse) => void res.writeHead(200, { "content-type": "application/xml" }).end(body.replace(/ORIGIN/g, `http://127.0.0.1:${port}`));
  s = await startFixtureServer({
    "/robots.txt": (_req, res) =>
      void res
        .writeHead(200, { "content-type": "text/plain" })
        .end(`User-agent: *\nDisallow: /admin\nCrawl-delay: 30\n\nUser-agent: PatuhBot\nDisallow: /rahasia\nAllow: /rahasia/publik\n\nSitemap: http://127.0.0.1:${port}/peta.xml\nSitemap: https://lain.example/sitemap.xml\n`),
    "/peta.xml": xml(`<sitemapindex><sitemap><loc>ORIGIN/post-sitemap.xml</loc></sitemap><sitemap><loc>ORIGIN/page-sitemap.xml.gz</loc></sitemap><sitemap><loc>https://lain.example/x.xml</loc></sitemap></sitemapindex>`),
    "/post-sitemap.xml": xml(`<urlset><url><loc>ORIGIN/berita/satu</loc></url><url><loc>ORIGIN/berita/dua/</loc></url></urlset>`),
    "/page-sitemap.xml.gz": (_req, res) =>
      void res
        .writeHead(200, { "content-type": "application/gzip" })
        .end(zlib.gzipSync(`<urlset><url><loc>http://127.0.0.1:${port}/maklumat?utm_source=x</loc></url><url><loc>https://www.lain.example/luar</loc></url></urlset>`)),
  });
  port = s.port;
  bare = await startFixtureServer({});
  f = { policy: new TargetPolicy(true, null), userAgent: "PatuhBot/0.1" };
});

afterAll(async () => {
  await s?.close();
  await bare?.close();
});

describe("robots.txt", () => {
  it("honours the PatuhBot group, caps crawl-delay and records what it said", async () => {
    const r = await loadRobots(s.origin, false, f);
    expect(r.allows(`${s.origin}/rahasia/x`)).toBe(false);
    expect(r.allows(`${s.origin}/rahasia/publik/y`)).toBe(true);
    // The PatuhBot group replaces "*": /admin is not forbidden to PatuhBot.
    expect(r.allows(`${s.origin}/admin`)).toBe(true);
    expect(r.record).toMatchObject({ status: 200, found: true, ignored: false });
    expect(r.record.sitemaps).toHaveLength(2);
    expect(r.record.excerpt).toContain("Disallow: /rahasia");
    expect(r.crawlDelayMs).toBeLessThanOrEqual(MAX_CRAWL_DELAY_MS);
  });

  it("is ignored on the admin's override but still recorded", async () => {
    const r = await loadRobots(s.origin, true, f);
    expect(r.allows(`${s.origin}/rahasia/x`)).toBe(true);
    expect(r.record).toMatchObject({ found: true, ignored: true });
    expect(r.crawlDelayMs).toBe(0);
  });

  it("allows everything when there is no robots.txt, saying so", async () => {
    const r = await loadRobots(bare.origin, false, f);
    expect(r.allows(`${bare.origin}/apa/saja`)).toBe(true);
    expect(r.record).toMatchObject({ status: 404, found: false });
    expect(r.record.excerpt).toContain("404");
  });
});

describe("sitemaps", () => {
  it("follows indexes and gzip, keeps same-site canonical URLs, flags post sitemaps", async () => {
    const key = `127.0.0.1:${s.port}`;
    const r = await loadSitemaps(s.origin, [`${s.origin}/peta.xml`, "https://lain.example/sitemap.xml"], key, f, Date.now() + 10_000);
    expect(r.found).toBe(true);
    expect(r.sources).toEqual([`${s.origin}/peta.xml`, `${s.origin}/post-sitemap.xml`, `${s.origin}/page-sitemap.xml.gz`]);
    expect(r.entries).toEqual([
      { url: `${s.origin}/berita/satu`, postSitemap: true },
      { url: `${s.origin}/berita/dua`, postSitemap: true },
      { url: `${s.origin}/maklumat`, postSitemap: false },
    ]);
  });

  it("tries the default locations when robots.txt names none", async () => {
    const before = bare.log.length;
    const r = await loadSitemaps(bare.origin, [], `127.0.0.1:${bare.port}`, f, Date.now() + 10_000);
    expect(r.found).toBe(false);
    expect(bare.log.slice(before)).toEqual(["/sitemap.xml", "/wp-sitemap.xml", "/sitemap_index.xml"]);
  });

  it("refuses entity declarations", () => {
    expect(() => parseSitemap(`<!DOCTYPE u [<!ENTITY a "aaaa">]><urlset><url><loc>&a;</loc></url></urlset>`)).toThrow();
  });
});
