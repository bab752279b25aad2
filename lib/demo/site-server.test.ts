import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPD_SEED } from "@/db/seed/opd";
import { DEMO_SITES } from "./sites";
import { startDemoSites, type DemoSites } from "./site-server";

let demo: DemoSites;
const url = (slug: string, path: string) => new URL(path, demo.sites.find((s) => s.slug === slug)!.url).href;
const get = (slug: string, path: string, init?: RequestInit) => fetch(url(slug, path), init);
const text = async (slug: string, path: string) => (await get(slug, path)).text();

beforeAll(async () => {
  demo = await startDemoSites({ version: "before" });
});
afterAll(async () => {
  await demo.close();
});

describe("startDemoSites", () => {
  it("serves one loopback site per seeded OPD, in seed order", () => {
    expect(demo.sites.map((s) => s.slug)).toEqual(OPD_SEED.map((o) => o.slug));
    for (const s of demo.sites) {
      expect(s.url).toBe(`http://127.0.0.1:${s.port}/`);
      expect(s.port).toBeGreaterThan(0);
    }
    expect(new Set(demo.sites.map((s) => s.port)).size).toBe(demo.sites.length);
  });

  it("answers / and robots.txt on every site in both versions", async () => {
    for (const version of ["before", "after"] as const) {
      demo.setVersion(version);
      for (const { slug } of demo.sites) {
        const home = await get(slug, "/");
        expect(home.status, `${slug} ${version} /`).toBe(200);
        expect(home.headers.get("content-type")).toBe("text/html; charset=utf-8");
        expect(home.headers.get("x-demo-version")).toBe(version);
        expect(await home.text()).toContain("</html>");
        const robots = await get(slug, "/robots.txt");
        expect(robots.status, `${slug} robots.txt`).toBe(200);
        expect(robots.headers.get("content-type")).toBe("text/plain; charset=utf-8");
        expect(await robots.text()).toMatch(/^User-agent: \*/m);
      }
    }
    demo.setVersion("before");
  });

  it("switches every site between before and after on the same port", async () => {
    expect(demo.version()).toBe("before");
    const before = await text("disdukcapil", "/pengaduan");
    expect(before).not.toContain("Rekap dan Tindak Lanjut Pengaduan");
    expect((await get("disdukcapil", "/kompensasi-pelayanan")).status).toBe(404);
    demo.setVersion("after");
    expect(demo.version()).toBe("after");
    expect(await text("disdukcapil", "/pengaduan")).toContain("Rekap dan Tindak Lanjut Pengaduan");
    expect((await get("disdukcapil", "/kompensasi-pelayanan")).status).toBe(200);
    // The overlay replaces single files; the rest still comes from before/.
    expect(await text("disdukcapil", "/layanan/ktp-el")).toContain("Tidak dipungut biaya");
    // The header partial of after/ adds a menu entry on every page.
    expect(await text("disdukcapil", "/layanan/ktp-el")).toContain('href="/kompensasi-pelayanan"');
    demo.setVersion("before");
    expect(await text("disdukcapil", "/pengaduan")).toBe(before);
  });

  it("drops the paths listed in after/_deleted.txt", async () => {
    expect((await get("rsud-teluk-kuantan", "/survei-kepuasan")).status).toBe(200);
    demo.setVersion("after");
    try {
      expect((await get("rsud-teluk-kuantan", "/survei-kepuasan")).status).toBe(404);
      // The menu still links to it: the regression a broken-link check should see.
      expect(await text("rsud-teluk-kuantan", "/")).toContain('href="/survei-kepuasan"');
    } finally {
      demo.setVersion("before");
    }
  });

  it("answers 404 for missing paths and hides partials and traversal", async () => {
    for (const path of ["/tidak-ada", "/layanan/tidak-ada.html", "/_partials/header.html", "/after/pengaduan.html", "/..%2f..%2fpackage.json"]) {
      const res = await get("disdukcapil", path);
      expect(res.status, path).toBe(404);
      await res.body?.cancel();
    }
  });

  it("supports HEAD with the same headers and no body", async () => {
    const head = await get("disdukcapil", "/layanan/ktp-el", { method: "HEAD" });
    const full = await get("disdukcapil", "/layanan/ktp-el");
    const body = await full.arrayBuffer();
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toBe(full.headers.get("content-type"));
    expect(Number(head.headers.get("content-length"))).toBe(body.byteLength);
    expect((await head.arrayBuffer()).byteLength).toBe(0);
    expect((await get("disdukcapil", "/", { method: "POST" })).status).toBe(405);
  });

  it("redirects a folder without its slash and serves its index.html", async () => {
    const res = await get("disdukcapil", "/layanan", { redirect: "manual" });
    expect(res.status).toBe(301);
    expect(res.headers.get("location")).toBe("/layanan/");
    expect(await text("disdukcapil", "/layanan/")).toContain("Daftar Jenis Layanan");
    expect(await text("dinkes", "/berita/page/42/")).toContain("Berita - Halaman 42");
  });

  it("substitutes dates and the origin, so no placeholder reaches a client", async () => {
    const fixed = await startDemoSites({ only: ["disdukcapil"], now: () => new Date("2026-11-28T20:30:00Z") });
    try {
      const home = await (await fetch(fixed.sites[0].url)).text();
      // Newest post is 3 days old; 20:30 UTC is the next day in WIB.
      expect(home).toContain('<time datetime="2026-11-26">26 November 2026</time>');
      expect(home).toContain("&copy; 2026 ");
      const sitemap = await (await fetch(new URL("/sitemap.xml", fixed.sites[0].url))).text();
      expect(sitemap).toContain(`<loc>${fixed.sites[0].url}sitemap-halaman.xml</loc>`);
    } finally {
      await fixed.close();
    }
  });

  it("serves a soft 404 with status 200 where the site does", async () => {
    const bphtb = await get("bapenda", "/layanan/bphtb");
    expect(bphtb.status).toBe(200);
    expect(await bphtb.text()).toContain("404 Halaman tidak ditemukan");
    const anything = await get("bapenda", "/apa/saja");
    expect(anything.status).toBe(200);
    expect(await anything.text()).toContain("404 Halaman tidak ditemukan");
  });

  it("serves the app shell for every client-side route of the single-page site", async () => {
    for (const path of ["/", "/layanan/uji-kir", "/berita/uji-kir-keliling-singingi", "/rute-yang-tidak-ada"]) {
      const res = await get("dishub", path);
      expect(res.status, path).toBe(200);
      const html = await res.text();
      expect(html).toContain('<div id="app"></div>');
      expect(html).not.toContain("Uji KIR");
    }
    const script = await get("dishub", "/static/js/content.js");
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(await script.text()).toContain('"/layanan/uji-kir"');
    expect((await get("dishub", "/static/js/tidak-ada.js")).status).toBe(404);
  });

  it("keeps the fixed ports it is given", async () => {
    const probe = await startDemoSites({ only: ["diskop-ukm-perindag"] });
    const port = probe.sites[0].port;
    await probe.close();
    const fixed = await startDemoSites({ only: ["diskop-ukm-perindag"], ports: { "diskop-ukm-perindag": port } });
    try {
      expect(fixed.sites[0].url).toBe(`http://127.0.0.1:${port}/`);
      expect((await fetch(fixed.sites[0].url)).status).toBe(200);
    } finally {
      await fixed.close();
    }
  });

  it("says in Indonesian which port is taken", async () => {
    const port = demo.sites[0].port;
    await expect(startDemoSites({ only: ["disdukcapil"], ports: { disdukcapil: port } })).rejects.toThrow(`Port ${port} untuk situs contoh disdukcapil sudah dipakai`);
  });

  it("registers every site folder with a description and traits", () => {
    for (const site of DEMO_SITES) {
      expect(site.description.length, site.slug).toBeGreaterThan(20);
      expect(site.traits.length, site.slug).toBeGreaterThan(0);
    }
  });
});
