import { describe, expect, it } from "vitest";
import { sourceWords, uniqueEvidence } from "./evidence-list";

describe("uniqueEvidence", () => {
  it("lists each URL once, in first-seen order, with its best excerpt and any screenshot", () => {
    const out = uniqueEvidence([
      { url: "https://a/maklumat", excerpt: "maklumat", source: "page" },
      { url: "https://a/layanan", excerpt: "Persyaratan: KK", source: "page", screenshotPath: "s/1.png" },
      { url: "https://a/maklumat", excerpt: "Maklumat Pelayanan: dengan ini kami menyatakan sanggup", source: "page" },
      { url: "https://a/maklumat", excerpt: "", source: "page", screenshotPath: "s/2.png" },
    ]);
    expect(out.map((e) => e.url)).toEqual(["https://a/maklumat", "https://a/layanan"]);
    expect(out[0]).toMatchObject({ excerpt: "Maklumat Pelayanan: dengan ini kami menyatakan sanggup", screenshotPath: "s/2.png" });
    expect(out[1]).toMatchObject({ excerpt: "Persyaratan: KK", screenshotPath: "s/1.png" });
  });

  it("keeps the detector's first excerpt when another one of the same URL is no better", () => {
    const out = uniqueEvidence([
      { url: "u", excerpt: "jam pelayanan 08.00", source: "page" },
      { url: "u", excerpt: "jam layanan", source: "pdf" },
    ]);
    expect(out).toEqual([{ url: "u", excerpt: "jam pelayanan 08.00", source: "page", screenshotPath: null }]);
  });
});

describe("sourceWords", () => {
  it("says where an excerpt came from in Indonesian", () => {
    expect(sourceWords("page")).toBe("teks halaman");
    expect(sourceWords("ocr")).toBe("teks dalam gambar");
    expect(sourceWords(undefined)).toBeNull();
  });
});
