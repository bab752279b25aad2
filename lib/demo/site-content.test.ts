/**
 * Keeps the bundled sites honest: every served file is placeholder-free, every link and sitemap
 * entry resolves unless the registry says it is broken on purpose, the registry's facts match
 * what is served, and the committed PDFs and posters are what they claim to be.
 */
import fs from "node:fs";
import path from "node:path";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SiteOverlay, type SiteVersion } from "./overlay";
import { DEMO_SITES, MAX_ASSET_BYTES, siteFacts } from "./sites";
import { startDemoSites, type DemoSites } from "./site-server";
import { renderFile, resolveRequest, siteFiles } from "./site-files";

const VERSIONS: SiteVersion[] = ["before", "after"];
const TEXT_FILE = /\.(html|xml|txt|js|css|svg)$/;
const SHELL_WORDS = /belum diisi|sedang dalam pengembangan|coming soon|belum tersedia/i;
const LINK_ATTR = /(?:href|src)=["']([^"']+)["']|href:\s*"([^"]+)"/g;

let demo: DemoSites;
const base = (slug: string) => demo.sites.find((s) => s.slug === slug)!.url;

beforeAll(async () => {
  demo = await startDemoSites();
});
afterAll(async () => {
  await demo.close();
});

async function fetchOk(u: string): Promise<{ status: number; body: string }> {
  const res = await fetch(u, { redirect: "follow" });
  return { status: res.status, body: await res.text() };
}

/** Same-origin link targets (path only) found in a served text file. */
function internalLinks(body: string, pageUrl: string): string[] {
  const origin = new URL(pageUrl).origin;
  const out: string[] = [];
  for (const m of body.matchAll(LINK_ATTR)) {
    const raw = (m[1] ?? m[2]).replace(/&amp;/g, "&");
    if (/^(mailto:|tel:|javascript:|data:|#)/.test(raw)) continue;
    const target = new URL(raw, pageUrl);
    if (target.origin === origin) out.push(target.pathname);
  }
  return out;
}

describe.each(DEMO_SITES.map((s) => s.slug))("demo site %s", (slug) => {
  const site = DEMO_SITES.find((s) => s.slug === slug)!;
  const overlay = new SiteOverlay(site.dir);

  it.each(VERSIONS)("%s: renders every text file without placeholders and every link resolves", (version) => {
    // Straight through the server's own resolver and renderer: every page, without HTTP cost.
    const files = siteFiles(site);
    const facts = siteFacts(slug, version);
    const origin = "http://127.0.0.1:4101";
    const links = new Set<string>();
    for (const rel of overlay.listFiles(version).filter((f) => TEXT_FILE.test(f))) {
      const found = resolveRequest(files, version, `/${rel}`);
      expect(found && "file" in found ? found.status : found, rel).toBe(200);
      const body = renderFile(files, version, (found as { file: string }).file, { origin, now: new Date() }).toString("utf8");
      expect(body, `${rel} still has a placeholder`).not.toMatch(/\{\{|\}\}/);
      if (rel.endsWith(".html")) expect(body, rel).toMatch(/kuantan singingi/i);
      const pageUrl = `${origin}/${rel}`;
      for (const link of internalLinks(body, pageUrl)) links.add(link);
      if (rel.endsWith(".xml")) for (const m of body.matchAll(/<loc>([^<]+)<\/loc>/g)) links.add(new URL(m[1]).pathname);
    }
    const answers = (link: string): boolean => {
      const found = resolveRequest(files, version, link);
      if (found === null) return false;
      return "redirect" in found ? answers(found.redirect) : found.status < 400;
    };
    const broken = [...links].filter((l) => !answers(l));
    expect(broken.sort()).toEqual([...facts.brokenLinks].sort());
  });

  it.each(VERSIONS)("%s: the registry's facts match what is served", async (version) => {
    demo.setVersion(version);
    const facts = siteFacts(slug, version);
    const shellScript = site.spaFallback ? (await fetchOk(new URL("/static/js/content.js", base(slug)).href)).body : "";
    for (const [code, paths] of Object.entries(facts.keywordPages)) {
      for (const p of paths ?? []) {
        const { status, body } = await fetchOk(new URL(p, base(slug)).href);
        expect(status, `${code} ${p}`).toBe(200);
        expect(body, `${code} ${p}`).not.toContain("404 Halaman tidak ditemukan");
        if (site.spaFallback) expect(shellScript, `${code} ${p}`).toContain(`"${p}":`);
        else if (p.endsWith(".pdf")) expect(body.startsWith("%PDF-"), p).toBe(true);
        else expect(body, `${code} ${p}`).not.toMatch(SHELL_WORDS);
      }
    }
    for (const p of facts.shellPages) expect((await fetchOk(new URL(p, base(slug)).href)).body, p).toMatch(SHELL_WORDS);
    for (const p of facts.soft404Paths) {
      const { status, body } = await fetchOk(new URL(p, base(slug)).href);
      expect([status, body.includes("404 Halaman tidak ditemukan")], p).toEqual([200, true]);
    }
    const unknown = await fetch(new URL("/tidak-ada-halaman-ini", base(slug)));
    expect(unknown.status).toBe(facts.unknownPathsAnswer200 ? 200 : 404);
    const robots = (await fetchOk(new URL("/robots.txt", base(slug)).href)).body;
    for (const p of facts.robotsDisallow) expect(robots).toContain(`Disallow: ${p}`);
    if (facts.sitemap.kind === "none") {
      expect(robots).not.toMatch(/^Sitemap:/m);
      expect((await fetch(new URL("/sitemap.xml", base(slug)))).status).toBe(404);
    } else {
      const xml = (await fetchOk(new URL(facts.sitemap.path!, base(slug)).href)).body;
      expect(xml).toContain(facts.sitemap.kind === "index" ? "<sitemapindex" : "<urlset");
    }
    if (facts.newsArchive) {
      const { pagePattern, lastPage } = facts.newsArchive;
      expect((await fetch(new URL(pagePattern.replace("{n}", String(lastPage)), base(slug)))).status).toBe(200);
      expect((await fetch(new URL(pagePattern.replace("{n}", String(lastPage + 1)), base(slug)))).status).toBe(404);
    }
  });

  it.each(VERSIONS)("%s: PDFs and posters are real files of their kind", async (version) => {
    demo.setVersion(version);
    const facts = siteFacts(slug, version);
    for (const pdf of facts.pdfs) {
      const bytes = new Uint8Array(await (await fetch(new URL(pdf.path, base(slug)))).arrayBuffer());
      expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1"), pdf.path).toBe("%PDF-");
      const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
      if (pdf.textLayer) expect(text).toMatch(/KEPUTUSAN[\s\S]*STANDAR PELAYANAN/);
      else expect(text.trim(), `${pdf.path} should be image-only`).toBe("");
    }
    for (const poster of facts.posters) {
      const res = await fetch(new URL(poster, base(slug)));
      expect(res.status, poster).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^image\/(png|jpeg)$/);
    }
  });
});

describe("committed binaries", () => {
  const binaries = DEMO_SITES.flatMap((site) =>
    VERSIONS.flatMap((v) => {
      const dir = path.join(site.dir, v);
      return fs.existsSync(dir)
        ? (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.(pdf|png|jpe?g)$/.test(f)).map((f) => path.join(dir, f))
        : [];
    }),
  );

  it("start with the signature of their type and stay small", () => {
    expect(binaries.length).toBeGreaterThanOrEqual(15);
    const magic: Record<string, number[]> = { ".pdf": [0x25, 0x50, 0x44, 0x46], ".png": [0x89, 0x50, 0x4e, 0x47], ".jpg": [0xff, 0xd8, 0xff], ".jpeg": [0xff, 0xd8, 0xff] };
    for (const file of binaries) {
      const bytes = fs.readFileSync(file);
      const sig = magic[path.extname(file)];
      expect([...bytes.subarray(0, sig.length)], file).toEqual(sig);
      expect(bytes.length, file).toBeLessThanOrEqual(MAX_ASSET_BYTES);
    }
  });
});
