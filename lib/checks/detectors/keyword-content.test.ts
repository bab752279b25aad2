import { describe, expect, it } from "vitest";
import { ctx, doc, home, page, site, withPages } from "../testing/build";
import { keywordContent, keywordContentParams } from "./keyword-content";

const maklumat = keywordContentParams.parse({ keywords: ["maklumat pelayanan", "maklumat"], minWords: 12, subject: "Maklumat pelayanan" });
const run = (a: Parameters<typeof keywordContent.evaluate>[0], p = maklumat, mode: "A" | "P" = "A") => keywordContent.evaluate(a, p, ctx(mode));

const MAKLUMAT_TEXT =
  "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan dan apabila tidak menepati janji ini kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku.";

describe("keyword-content", () => {
  it("present: a page with the heading and real content one click from home is level 3", () => {
    const r = run(withPages(page("/maklumat-pelayanan", { text: `# Maklumat Pelayanan\n${MAKLUMAT_TEXT}` })));
    expect(r).toMatchObject({ status: "scored", level: 3 });
    expect(r.evidence[0].url).toContain("/maklumat-pelayanan");
    expect(r.evidence[0].excerpt).toContain("sanggup");
  });

  it("present but deep (3 clicks) is level 2; only in the sitemap is level 1", () => {
    expect(run(site([home(), page("/a/b/c", { depth: 3, text: `# Maklumat Pelayanan\n${MAKLUMAT_TEXT}` })])).level).toBe(2);
    expect(run(site([home(), page("/m", { depth: 1, discoveredVia: "sitemap", text: `# Maklumat Pelayanan\n${MAKLUMAT_TEXT}` })])).level).toBe(1);
  });

  it("absent: level 0", () => {
    expect(run(withPages(page("/profil", { text: "# Profil\nDinas ini melayani masyarakat Kuantan Singingi dengan sepenuh hati setiap hari kerja." }))).level).toBe(0);
  });

  it.each([
    "Maklumat belum diisi!",
    "Halaman sedang dalam pengembangan",
    "Coming soon",
    "404 Halaman tidak ditemukan",
    "",
  ])("trap: empty shell %j is level 0", (body) => {
    const r = run(withPages(page("/maklumat", { text: `# Maklumat Pelayanan\n${body}` })));
    expect(r.level).toBe(0);
  });

  it("trap: a passing mention in a news article is level 0 (A) and at most review (P)", () => {
    const news = page("/berita/rapat-evaluasi", {
      text: "# Rapat Evaluasi Website OPD\nDalam rapat tersebut, seluruh OPD diminta segera menyusun maklumat pelayanan dan standar pelayanan untuk dipublikasikan di website masing-masing sebelum penilaian Ombudsman.",
    });
    expect(run(withPages(news)).level).toBe(0);
    expect(run(withPages(news), maklumat, "P").level).not.toBeGreaterThan(1);
  });

  it("trap: a news headline on the home page (teaser) is not the section", () => {
    const h = home({
      text: `## Bupati Minta OPD Segera Susun Maklumat Pelayanan\nTeluk Kuantan - Bupati meminta seluruh OPD menyusun maklumat pelayanan dan mempublikasikannya di website dalam waktu satu bulan.`,
      links: [["/berita/bupati-minta", "Bupati Minta OPD Segera Susun Maklumat Pelayanan", "main"]],
    });
    expect(run(site([h])).level).toBe(0);
  });

  it("trap: a menu link alone is not content", () => {
    const h = home({ links: [["/maklumat", "Maklumat Pelayanan", "nav"]], chromeText: "Beranda\nProfil\nMaklumat Pelayanan\nKontak" });
    expect(run(site([h])).level).toBe(0);
  });

  it("image without readable text is level 1; with OCR text it is judged as text", () => {
    const p = page("/maklumat", { text: "# Maklumat Pelayanan", images: [{ src: "/img/maklumat.jpg", alt: "Maklumat Pelayanan" }] });
    expect(run(withPages(p)).level).toBe(1);
    const ocr = doc("/img/maklumat.jpg", { kind: "image", sourcePageUrl: "/maklumat", label: "Maklumat Pelayanan", text: MAKLUMAT_TEXT, textSource: "ocr" });
    const r = run(site([home(), p], [ocr]));
    expect(r.level).toBe(3);
    expect(r.evidence[0].source).toBe("ocr");
  });

  it("OCR output with a very low confidence counts as unreadable (level 1)", () => {
    const p = page("/maklumat", { text: "# Maklumat Pelayanan", images: [{ src: "/img/maklumat.jpg", alt: "Maklumat Pelayanan" }] });
    const noisy = doc("/img/maklumat.jpg", { kind: "image", sourcePageUrl: "/maklumat", label: "Maklumat Pelayanan", text: MAKLUMAT_TEXT, textSource: "ocr", ocrConfidence: 21 });
    expect(run(site([home(), p], [noisy])).level).toBe(1);
  });

  it("content only in a PDF is judged from the PDF text", () => {
    const pdf = doc("/files/maklumat-pelayanan.pdf", { sourcePageUrl: "/", label: "Unduh Maklumat", text: `MAKLUMAT PELAYANAN\n${MAKLUMAT_TEXT}` });
    const r = run(site([home()], [pdf]));
    expect(r.level).toBe(3);
    expect(r.evidence[0].source).toBe("pdf");
  });

  it("a scanned PDF without text is level 1", () => {
    const pdf = doc("/files/maklumat.pdf", { label: "Maklumat Pelayanan", text: "", scanned: true });
    expect(run(site([home()], [pdf])).level).toBe(1);
  });

  it("a document on another agency's host is not this OPD's content", () => {
    const pdf = doc("https://ppid.lain.go.id/maklumat.pdf", { label: "Maklumat Pelayanan", text: `MAKLUMAT PELAYANAN\n${MAKLUMAT_TEXT}` });
    expect(run(site([home()], [pdf])).level).toBe(0);
  });

  it("groups: visi without misi is level 1, both are complete", () => {
    const p = keywordContentParams.parse({ keywords: ["visi", "misi"], minWords: 3, groups: [{ name: "visi", keywords: ["visi"] }, { name: "misi", keywords: ["misi"] }] });
    const one = withPages(page("/visi", { text: "# Visi\nTerwujudnya pelayanan administrasi kependudukan yang prima" }));
    expect(keywordContent.evaluate(one, p, ctx()).level).toBe(1);
    const both = withPages(page("/visi-misi", { text: "# Visi dan Misi\n## Visi\nTerwujudnya pelayanan administrasi kependudukan yang prima\n## Misi\n1. Meningkatkan kualitas pelayanan\n2. Meningkatkan cakupan kepemilikan dokumen" }));
    expect(keywordContent.evaluate(both, p, ctx()).level).toBe(3);
  });

  it("links out count only when the item asks for them", () => {
    const p = keywordContentParams.parse({ keywords: ["ppid"], links: { hrefPatterns: ["ppid"] } });
    const h = home({ links: [["https://ppid.kuansing.go.id/", "PPID", "nav"]] });
    expect(keywordContent.evaluate(site([h]), p, ctx()).level).toBe(3);
    expect(run(site([home({ links: [["https://ppid.kuansing.go.id/maklumat", "Maklumat Pelayanan", "nav"]] })])).level).toBe(0);
  });
});
