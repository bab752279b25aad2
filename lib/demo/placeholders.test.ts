import { describe, expect, it } from "vitest";
import { expandIncludes, substitute, wibDay } from "./placeholders";
import { isHiddenPath, toRelativePath } from "./overlay";

/** 28 Nov 2026 20:30 UTC is already Sunday 29 Nov in WIB (UTC+7). */
const LATE_EVENING_UTC = new Date("2026-11-28T20:30:00Z");
const ORIGIN = "http://127.0.0.1:4101";

describe("date placeholders", () => {
  it("count days in WIB, not UTC", () => {
    expect(wibDay(LATE_EVENING_UTC, 0).toISOString().slice(0, 10)).toBe("2026-11-29");
    expect(substitute("{{iso}} {{iso:-1}}", { now: LATE_EVENING_UTC, origin: ORIGIN })).toBe("2026-11-29 2026-11-28");
  });

  it("write Indonesian dates with day and month names", () => {
    const now = new Date("2026-11-16T03:00:00Z");
    expect(substitute("{{tanggal:0}}", { now, origin: ORIGIN })).toBe("Senin, 16 November 2026");
    expect(substitute("{{tanggal:-12}}", { now, origin: ORIGIN })).toBe("Rabu, 4 November 2026");
    expect(substitute("{{tgl:-16}}", { now, origin: ORIGIN })).toBe("31 Oktober 2026");
    expect(substitute("{{bulan:-320}}", { now, origin: ORIGIN })).toBe("Desember 2025");
    expect(substitute("{{tanggal:+47}}", { now, origin: ORIGIN })).toBe("Sabtu, 2 Januari 2027");
  });

  it("offset years for {{tahun}} and keep stale offsets stale", () => {
    const now = new Date("2026-01-01T01:00:00Z");
    expect(substitute("{{tahun}} {{tahun:-1}} {{tahun:+1}}", { now, origin: ORIGIN })).toBe("2026 2025 2027");
    expect(substitute("{{iso:-236}}", { now, origin: ORIGIN })).toBe("2025-05-10");
  });

  it("put the serving origin into sitemaps and leave unknown braces for tests to catch", () => {
    expect(substitute("<loc>{{origin}}/a</loc>", { now: LATE_EVENING_UTC, origin: ORIGIN })).toBe(`<loc>${ORIGIN}/a</loc>`);
    expect(substitute("{{tanggl:-3}} {{ iso:-3 }}", { now: LATE_EVENING_UTC, origin: ORIGIN })).toBe("{{tanggl:-3}} {{ iso:-3 }}");
  });
});

describe("partials", () => {
  it("expand nested partials and leave missing ones visible", () => {
    const parts: Record<string, string> = { header: "<header>{{> nav}}</header>", nav: "<nav>menu</nav>" };
    const html = expandIncludes("{{> header}}<main></main>{{>footer}}", (n) => parts[n] ?? null);
    expect(html).toBe("<header><nav>menu</nav></header><main></main>{{>footer}}");
  });

  it("stop at a partial that includes itself", () => {
    const html = expandIncludes("{{> loop}}", () => "x{{> loop}}");
    expect(html.startsWith("xxxx")).toBe(true);
    expect(html.length).toBeLessThan(40);
  });
});

describe("request paths", () => {
  it("refuse to leave the site folder", () => {
    expect(toRelativePath("/../etc/passwd")).toBeNull();
    expect(toRelativePath("/a/%2e%2e/%2e%2e/etc/passwd")).toBeNull();
    expect(toRelativePath("/a%5c..%5cb")).toBeNull();
    expect(toRelativePath("/%00")).toBeNull();
    expect(toRelativePath("/%E0%A4%A")).toBeNull();
  });

  it("normalise slashes and keep a folder's trailing slash", () => {
    expect(toRelativePath("/")).toBe("");
    expect(toRelativePath("//layanan/./ktp-el")).toBe("layanan/ktp-el");
    expect(toRelativePath("/berita/page/2/")).toBe("berita/page/2/");
  });

  it("hide partials and control files", () => {
    expect(isHiddenPath("_partials/header.html")).toBe(true);
    expect(isHiddenPath("_soft404.html")).toBe(true);
    expect(isHiddenPath("a/.gitkeep")).toBe(true);
    expect(isHiddenPath("wp-content/uploads/maklumat.jpg")).toBe(false);
  });
});
