import { describe, expect, it } from "vitest";
import { Frontier, paginationNumber, priorityOf } from "./frontier";
import { keywordMatcher } from "./keywords";

const kw = keywordMatcher(["kartu kuning"]);

describe("frontier priority", () => {
  it("puts keyword pages before the news archive", () => {
    const f = new Frontier(kw);
    const add = (url: string, label: string, depth: number) => f.add({ url, label, depth, via: "link", referrer: null });
    for (let i = 2; i <= 40; i++) add(`http://x.go.id/berita?page=${i}`, `${i}`, 2);
    add("http://x.go.id/berita/rapat-evaluasi", "Rapat evaluasi", 2);
    add("http://x.go.id/halaman/7", "Maklumat Pelayanan", 2);
    add("http://x.go.id/standar-pelayanan", "", 3);
    add("http://x.go.id/lokasi", "Lokasi", 1);
    add("http://x.go.id/p/kk", "Kartu Kuning", 3);
    const order: string[] = [];
    for (let item = f.next(); item; item = f.next()) order.push(item.url);
    expect(order.slice(0, 3).sort()).toEqual(["http://x.go.id/halaman/7", "http://x.go.id/p/kk", "http://x.go.id/standar-pelayanan"]);
    expect(order.indexOf("http://x.go.id/berita?page=40")).toBe(order.length - 1);
    expect(order.indexOf("http://x.go.id/lokasi")).toBeLessThan(order.indexOf("http://x.go.id/berita?page=2"));
  });

  it("puts a menu page naming an item before a news post that mentions it", () => {
    const menu = priorityOf({ url: "http://x.go.id/ppid", label: "PPID", depth: 1, via: "link", region: "nav" }, kw);
    const post = priorityOf({ url: "http://x.go.id/berita/sosialisasi-maklumat-standar-pelayanan", label: "Sosialisasi maklumat pelayanan", depth: 1, via: "link" }, kw);
    const plain = priorityOf({ url: "http://x.go.id/galeri-foto", label: "Galeri", depth: 1, via: "link" }, kw);
    expect(menu).toBeGreaterThan(post);
    expect(post).toBeGreaterThan(plain);
  });

  it("ranks sitemap entries above plain links, post sitemaps without the bonus", () => {
    const base = { label: "", depth: 1 };
    const plain = priorityOf({ ...base, url: "http://x.go.id/tentang-kami", via: "link" }, kw);
    const sitemap = priorityOf({ ...base, url: "http://x.go.id/tentang-kami", via: "sitemap" }, kw);
    const post = priorityOf({ ...base, url: "http://x.go.id/tentang-kami", via: "sitemap", postSitemap: true }, kw);
    expect(sitemap).toBeGreaterThan(plain);
    expect(post).toBeLessThan(sitemap);
  });

  it("raises a queued URL found again with a better label, never queues twice", () => {
    const f = new Frontier(kw);
    expect(f.add({ url: "http://x.go.id/a", label: "", depth: 2, via: "link", referrer: null })).toBe("queued");
    f.add({ url: "http://x.go.id/b", label: "Profil", depth: 1, via: "link", referrer: null });
    expect(f.add({ url: "http://x.go.id/a", label: "Alur Pengaduan", depth: 1, via: "link", referrer: null })).toBe("known");
    expect(f.next()!.url).toBe("http://x.go.id/a");
    expect(f.add({ url: "http://x.go.id/a", label: "x", depth: 1, via: "link", referrer: null })).toBe("known");
    expect(f.size).toBe(1);
  });

  it("reads page numbers of listings", () => {
    expect(paginationNumber("http://x/berita?page=40")).toBe(40);
    expect(paginationNumber("http://x/berita/page/7/")).toBe(7);
    expect(paginationNumber("http://x/berita?hal=3&kat=2")).toBe(3);
    expect(paginationNumber("http://x/berita/rapat")).toBe(0);
  });

  it("matches short acronyms only as words", () => {
    expect(kw.score("sopir angkot")).toBe(0);
    expect(kw.score("sop pelayanan")).toBeGreaterThan(0);
    expect(kw.matches("Hasil SKM 2023")).toContain("skm");
  });
});
