import { describe, expect, it } from "vitest";
import { CALENDAR_MAX_VARIANTS, EndlessSpaceDetector, endlessByShape } from "./endless";

describe("endless URL spaces", () => {
  it("stops a calendar after a few months", () => {
    const d = new EndlessSpaceDetector();
    const verdicts = Array.from({ length: 10 }, (_, i) => d.check(`http://x.go.id/agenda?bulan=${i + 1}`).endless);
    expect(verdicts.slice(0, CALENDAR_MAX_VARIANTS)).toEqual(Array(CALENDAR_MAX_VARIANTS).fill(false));
    expect(verdicts.slice(CALENDAR_MAX_VARIANTS).every(Boolean)).toBe(true);
    // An allowed month seen again stays allowed (it is one of the real pages).
    expect(d.check("http://x.go.id/agenda?bulan=1").endless).toBe(false);
    expect(d.flaggedPatterns()).toEqual([{ pattern: "http://x.go.id/agenda?bulan#calendar", rule: "calendar" }]);
  });

  it("treats month+year calendars and path calendars alike", () => {
    const d = new EndlessSpaceDetector();
    const hits = [];
    for (let y = 2018; y < 2020; y++) for (let m = 1; m <= 12; m++) hits.push(d.check(`http://x.go.id/kalender?bulan=${m}&tahun=${y}`).endless);
    expect(hits.filter(Boolean).length).toBe(24 - CALENDAR_MAX_VARIANTS);
    const p = new EndlessSpaceDetector();
    const pathHits = [];
    for (let i = 0; i < 40; i++) pathHits.push(p.check(`http://x.go.id/agenda/${2000 + Math.floor(i / 12)}/${(i % 12) + 1}`).endless);
    expect(pathHits.indexOf(true)).toBe(24);
  });

  it("does not flag pagination or ordinary ids", () => {
    const d = new EndlessSpaceDetector();
    for (let i = 1; i <= 60; i++) {
      expect(d.check(`http://x.go.id/berita?page=${i}`).endless).toBe(false);
      expect(d.check(`http://x.go.id/berita.php?id=${i}`).endless).toBe(false);
    }
  });

  it("flags growing queries and long query strings", () => {
    expect(endlessByShape("http://x.go.id/cari?q=a&q=a&q=a&q=a").endless).toBe(true);
    expect(endlessByShape(`http://x.go.id/cari?q=${"a".repeat(300)}`).endless).toBe(true);
    const many = Array.from({ length: 12 }, (_, i) => `f${i}=1`).join("&");
    expect(endlessByShape(`http://x.go.id/filter?${many}`).endless).toBe(true);
    expect(endlessByShape("http://x.go.id/cari?q=ktp&kategori=layanan").endless).toBe(false);
  });

  it("flags repeating path segments from relative-link loops", () => {
    expect(endlessByShape("http://x.go.id/a/b/a/b").endless).toBe(true);
    expect(endlessByShape("http://x.go.id/layanan/layanan/layanan").endless).toBe(true);
    expect(endlessByShape(`http://x.go.id/${Array.from({ length: 13 }, (_, i) => `s${i}`).join("/")}`).endless).toBe(true);
    expect(endlessByShape("http://x.go.id/id/layanan/ktp").endless).toBe(false);
  });

  it("flags per-visit session tokens in links", () => {
    const d = new EndlessSpaceDetector();
    const v = Array.from({ length: 6 }, (_, i) => d.check(`http://x.go.id/page?tok=a8f3${i}9c7d1e2b4f60a${i}`).endless);
    expect(v.filter(Boolean).length).toBe(3);
  });
});
