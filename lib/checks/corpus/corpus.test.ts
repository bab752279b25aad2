import { describe, expect, it } from "vitest";
import { home, page, site, doc } from "../testing/build";
import { computeReach, urlKey } from "./graph";
import { isNewsPage, isNewsUrl } from "./news";
import { joinOcrFragments } from "./units";
import { lineLabelBlocks, locateHeadings, matchingBlocks } from "./blocks";
import { corpusOf } from "./units";

describe("news pages", () => {
  it.each([
    ["https://x.go.id/berita/rapat-evaluasi", true],
    ["https://x.go.id/news/detail/12", true],
    ["https://x.go.id/2024/05/rapat/", true],
    ["https://x.go.id/?p=123", true],
    ["https://x.go.id/artikel-kesehatan", true],
    ["https://x.go.id/layanan/ktp-el", false],
    ["https://x.go.id/maklumat-pelayanan", false],
    ["https://x.go.id/#/berita/12", true],
    ["https://x.go.id/app#!/berita/rapat", true],
    ["https://x.go.id/#/layanan", false],
    ["https://x.go.id/layanan#berita", false],
  ])("%s -> %s", (url, news) => {
    expect(isNewsUrl(url)).toBe(news);
  });
  it("a dated page with a byline is news even without a news URL", () => {
    const p = page("/rapat-koordinasi", { text: "# Rapat Koordinasi\nDiposting oleh Admin, 3 Juni 2025\nIsi berita.", dates: [{ iso: "2025-06-03", source: "text", text: "3 Juni 2025" }] });
    expect(isNewsPage(p)).toBe(true);
    expect(isNewsPage(page("/profil", { text: "# Profil\nTentang kami" }))).toBe(false);
  });
});

describe("clicks from home", () => {
  it("uses the shortest link path, not the crawl order", () => {
    const h = home({ links: [["/a", "A", "nav"]] });
    const a = page("/a", { depth: 1, links: [["/b", "B"]] });
    const b = page("/b", { depth: 5 });
    const reach = computeReach([h, a, b]);
    expect(reach.get(urlKey(b.url))).toEqual({ depth: 2, linked: true });
  });
  it("treats scheme, www and trailing slash as the same page", () => {
    expect(urlKey("http://www.X.go.id/a/")).toBe(urlKey("https://x.go.id/a#top"));
  });
  it("a sitemap-only page is reachable only by a deep link", () => {
    const s = page("/s", { discoveredVia: "sitemap", depth: 1 });
    expect(computeReach([home(), s]).get(urlKey(s.url))).toEqual({ depth: null, linked: false });
  });
});

describe("blocks", () => {
  it("cuts a heading's section up to the next heading of the same level", () => {
    const a = site([home(), page("/p", { text: "# Profil\n## Visi\nTerwujudnya pelayanan prima\n### Catatan\nx\n## Misi\nMeningkatkan mutu" })]);
    const unit = corpusOf(a).units.find((u) => u.url.endsWith("/p") && u.kind === "page")!;
    expect(locateHeadings(unit).map((h) => h.text)).toEqual(["Profil", "Visi", "Catatan", "Misi"]);
    const visi = matchingBlocks(corpusOf(a), unit, { keywords: ["visi"] }).find((b) => b.kind === "heading")!;
    expect(visi.body).toContain("Terwujudnya");
    expect(visi.body).toContain("Catatan");
    expect(visi.body).not.toContain("Meningkatkan");
  });
  it("reads inline labels and stops at the next structural label", () => {
    const a = site([home(), page("/s", { text: "# KTP-el\nPersyaratan:\n1. KK\n2. Surat pengantar\nBiaya: Gratis\nLama Waktu Penyelesaian 1 hari kerja" })]);
    const unit = corpusOf(a).units.find((u) => u.url.endsWith("/s") && u.kind === "page")!;
    const [syarat] = lineLabelBlocks(unit, { keywords: ["persyaratan"] }, true);
    expect(syarat.body).toBe("1. KK\n2. Surat pengantar");
    expect(lineLabelBlocks(unit, { keywords: ["biaya"] }, true)[0].body).toBe("Gratis");
    expect(lineLabelBlocks(unit, { keywords: ["waktu penyelesaian"] }, true)[0].body).toContain("1 hari kerja");
  });
  it("documents are named by their label, file name and opening text", () => {
    const a = site([home()], [doc("/f/sk-123.pdf", { text: "KEPUTUSAN KEPALA DINAS TENTANG STANDAR PELAYANAN\nisi" })]);
    const unit = corpusOf(a).units.find((u) => u.kind === "pdf")!;
    expect(matchingBlocks(corpusOf(a), unit, { keywords: ["standar pelayanan"] })[0].kind).toBe("document");
  });
});

describe("OCR fragments", () => {
  it("joins a spaced-out poster word, and nothing else", () => {
    expect(joinOcrFragments("BIAYA / TARIF\nG RATI S")).toBe("BIAYA / TARIF\nGRATIS");
    for (const keep of ["KK DAN KTP", "SENIN - KAMIS", "PSC 119", "RAMAH DAN TANPA"]) expect(joinOcrFragments(keep)).toBe(keep);
  });
});
