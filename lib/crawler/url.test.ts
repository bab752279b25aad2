import { describe, expect, it } from "vitest";
import { appRoute, bareHost, documentUrl, canonicalUrl, fileNameOf, pathWords, sameSite, siteKey, urlKind } from "./url";

describe("canonicalUrl", () => {
  it("drops fragments, tracking and session parameters, sorts the query", () => {
    expect(canonicalUrl("https://Dinas.Kuansing.go.id/layanan/?utm_source=fb&b=2&fbclid=x&a=1&gclid=y#top")).toBe(
      "https://dinas.kuansing.go.id/layanan?a=1&b=2",
    );
    expect(canonicalUrl("http://x.go.id/a?PHPSESSID=abc&id=3&sid=9")).toBe("http://x.go.id/a?id=3");
    expect(canonicalUrl("http://x.go.id/a;jsessionid=ABC123?x=1")).toBe("http://x.go.id/a?x=1");
  });

  it("keeps a single-page app's route in the fragment, and only that", () => {
    expect(canonicalUrl("https://dinkes.x.go.id/#/layanan/")).toBe("https://dinkes.x.go.id/#/layanan");
    expect(canonicalUrl("https://dinkes.x.go.id/app#!/profil")).toBe("https://dinkes.x.go.id/app#!/profil");
    expect(canonicalUrl("https://dinkes.x.go.id/#/")).toBe("https://dinkes.x.go.id/");
    expect(canonicalUrl("https://dinkes.x.go.id/profil#visi")).toBe("https://dinkes.x.go.id/profil");
    expect(documentUrl("https://dinkes.x.go.id/#/layanan")).toBe("https://dinkes.x.go.id/");
    expect(appRoute("#top")).toBeNull();
  });

  it("keeps the root slash, removes other trailing slashes and default ports", () => {
    expect(canonicalUrl("HTTP://X.GO.ID:80")).toBe("http://x.go.id/");
    expect(canonicalUrl("https://x.go.id:443/profil/")).toBe("https://x.go.id/profil");
    expect(canonicalUrl("http://x.go.id:8080/profil//")).toBe("http://x.go.id:8080/profil");
    expect(canonicalUrl("http://x.go.id/?")).toBe("http://x.go.id/");
  });

  it("resolves relative links and refuses other schemes", () => {
    expect(canonicalUrl("../ppid", "http://x.go.id/a/b/")).toBe("http://x.go.id/a/ppid");
    expect(canonicalUrl("mailto:a@b.id")).toBeNull();
    expect(canonicalUrl("javascript:void(0)")).toBeNull();
    expect(canonicalUrl("tel:0761")).toBeNull();
    expect(canonicalUrl("http://[::1")).toBeNull();
  });

  it("gives the same form to the same page written differently", () => {
    const forms = [
      "http://x.go.id/layanan?b=2&a=1",
      "http://X.go.id/layanan/?a=1&b=2#x",
      "http://x.go.id:80/layanan?a=1&utm_medium=wa&b=2",
    ];
    expect(new Set(forms.map((f) => canonicalUrl(f))).size).toBe(1);
  });
});

describe("same site", () => {
  it("treats www/non-www and http/https of the host as one site", () => {
    const key = siteKey("https://www.disdukcapil.kuansing.go.id/")!;
    expect(key).toBe("disdukcapil.kuansing.go.id");
    expect(sameSite("http://disdukcapil.kuansing.go.id/x", key)).toBe(true);
    expect(sameSite("https://WWW.disdukcapil.kuansing.go.id/y", key)).toBe(true);
  });

  it("keeps other hosts, subdomains and ports apart", () => {
    const key = siteKey("http://127.0.0.1:4001/")!;
    expect(sameSite("http://127.0.0.1:4002/", key)).toBe(false);
    expect(sameSite("http://127.0.0.1:4001/a", key)).toBe(true);
    const gov = siteKey("https://dinkes.kuansing.go.id")!;
    expect(sameSite("https://kuansing.go.id/", gov)).toBe(false);
    expect(sameSite("https://ppid.dinkes.kuansing.go.id/", gov)).toBe(false);
    expect(sameSite("https://dinkes.kuansing.go.id.evil.com/", gov)).toBe(false);
    expect(sameSite("ftp://dinkes.kuansing.go.id/", gov)).toBe(false);
  });

  it("names the bare host", () => {
    expect(bareHost("WWW.Dinas.go.id.")).toBe("dinas.go.id");
  });
});

describe("url helpers", () => {
  it("classifies by extension", () => {
    expect(urlKind("http://x/a/Maklumat.PDF")).toBe("pdf");
    expect(urlKind("http://x/a/alur.jpg?v=2")).toBe("image");
    expect(urlKind("http://x/a/data.zip")).toBe("other");
    expect(urlKind("http://x/a/index.php?id=2")).toBe("page");
  });

  it("decodes file names and splits path words", () => {
    expect(fileNameOf("http://x/u/Maklumat%20Pelayanan.jpg")).toBe("Maklumat Pelayanan.jpg");
    expect(pathWords("http://x/standar-pelayanan/alur_pengaduan?hal=2")).toBe("standar pelayanan alur pengaduan 2");
  });
});
