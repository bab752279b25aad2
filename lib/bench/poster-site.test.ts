import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { servePosterSite, type PosterSite } from "./poster-site";

/** The first run renders 70 images with Chromium; later runs read bench-output/poster-site. */
const FIRST_BUILD_MS = 120_000;

describe("poster site", () => {
  let site: PosterSite;
  beforeAll(async () => {
    site = await servePosterSite();
  }, FIRST_BUILD_MS);
  afterAll(() => site?.close());

  it("has 40 posters, 20 photos and 10 icons on 12 linked pages", async () => {
    expect(site.counts).toEqual({ posters: 40, photos: 20, icons: 10 });
    const home = await (await fetch(site.url)).text();
    const pages = [...new Set([...home.matchAll(/<nav>(.*?)<\/nav>/g)][0][1].match(/href="[^"]+"/g)!)];
    expect(pages).toHaveLength(12);
    for (const p of pages) expect((await fetch(new URL(p.slice(6, -1), site.url))).status, p).toBe(200);
    const names = new Set(site.images.map((i) => i.path));
    expect(names.size).toBe(70);
    // No file name tells what the image shows.
    for (const n of names) expect(n, n).not.toMatch(/maklumat|alur|jam|standar|skm|motto|poster|foto|ikon/i);
  });

  it("serves posters as real images of ~800x1000, photos as 1024x768 JPEG and icons as 64x64 PNG", async () => {
    const size = (b: Buffer) =>
      b[0] === 0x89 ? { type: "png", w: b.readUInt32BE(16), h: b.readUInt32BE(20) } : { type: "jpeg", ...jpegSize(b) };
    for (const kind of ["poster", "photo", "icon"] as const) {
      const img = site.images.find((i) => i.kind === kind)!;
      const res = await fetch(new URL(img.path, site.url));
      expect(res.headers.get("content-type")).toMatch(/^image\//);
      const body = Buffer.from(await res.arrayBuffer());
      const want = { poster: [800, 1000], photo: [1024, 768], icon: [64, 64] }[kind];
      expect(size(body), img.path).toMatchObject({ w: want[0], h: want[1] });
      if (kind === "poster") expect(body.length, "a poster with text is not a blank image").toBeGreaterThan(20_000);
    }
  });
});

/** Width and height from a JPEG's first start-of-frame marker. */
function jpegSize(b: Buffer): { w: number; h: number } {
  for (let i = 2; i < b.length - 9; ) {
    const marker = b[i + 1];
    if (marker >= 0xc0 && marker <= 0xc3) return { h: b.readUInt16BE(i + 5), w: b.readUInt16BE(i + 7) };
    i += 2 + b.readUInt16BE(i + 2);
  }
  return { w: 0, h: 0 };
}
