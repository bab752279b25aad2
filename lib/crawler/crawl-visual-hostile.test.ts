/**
 * Bad input for the visual crawler (issue 14): a huge image, a corrupt one, an SVG bomb, a WebP
 * named .png, a 50-page scanned PDF, frames that embed themselves, a pop-up that keeps
 * re-opening and a 500-slide carousel. Each ends within its budget with a classified, recorded
 * reason and the scan completes with the rest intact; an honest poster with a meaningless name
 * is still read. Real Chromium, real tesseract, a local fixture site; nothing mocked.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScanArtifacts, type DocumentArtifact } from "@/lib/artifacts/types";
import { crawlSiteDetailed } from "./crawl";
import { SCANNED_PDF_OCR_PAGES } from "./documents/raster";
import { MAX_REVEAL_CLICKS } from "./gatherers/reveal";
import type { FixtureServer } from "./testing/fixture-server";
import { MODAL_TEXT, PDF_PAGE_WORDS, SCANNED_PDF_PAGES, SLIDES, startVisualHostileSite } from "./testing/visual-hostile-site";

const TIME_LIMIT_MS = 75_000;
const PAGE_TIMEOUT_MS = 10_000;
/** OCR for two posters and three PDF pages on a busy 2-core machine, with room to spare. */
const OCR_BUDGET_MS = 40_000;
/** Closing Chromium, the OCR workers and the proxy after the limit. */
const CLOSE_MARGIN_MS = 5_000;

let site: FixtureServer;
let artifacts: ScanArtifacts;
let elapsed = 0;
let ocrDir: string;

beforeAll(async () => {
  site = await startVisualHostileSite();
  ocrDir = fs.mkdtempSync(path.join(os.tmpdir(), "patuh-ocr-"));
  const t0 = Date.now();
  const r = await crawlSiteDetailed({
    startUrl: `${site.origin}/`,
    allowPrivateNetwork: true,
    timeLimitMs: TIME_LIMIT_MS,
    pageTimeoutMs: PAGE_TIMEOUT_MS,
    concurrency: 2,
    maxPages: 20,
    ocr: { enabled: true, budgetMs: OCR_BUDGET_MS, maxImages: 12, cacheDir: ocrDir },
  });
  elapsed = Date.now() - t0;
  artifacts = r.artifacts;
}, TIME_LIMIT_MS + 40_000);

afterAll(async () => {
  await site?.close();
  if (ocrDir) fs.rmSync(ocrDir, { recursive: true, force: true });
});

const page = (p: string) => artifacts.pages.find((x) => x.url === `${site.origin}${p}`);
const doc = (p: string) => artifacts.documents.find((d) => d.url === `${site.origin}${p}`);
/** Nothing was read from it by OCR, and why is recorded. */
const unread = (d: DocumentArtifact | undefined) => {
  expect(d).toBeDefined();
  expect(d!.textSource).toBeNull();
  expect(d!.text).toBe("");
  expect(d!.ocrConfidence).toBeNull();
};

describe("crawl of a visually hostile site", () => {
  it("completes within its time limit with valid artifacts and every page recorded", () => {
    expect(elapsed).toBeLessThan(TIME_LIMIT_MS + CLOSE_MARGIN_MS);
    expect(ScanArtifacts.parse(artifacts)).toBeTruthy();
    expect(artifacts.site.reachable).toBe(true);
    for (const p of ["/", "/galeri", "/layanan/ktp", "/dokumen", "/maklumat", "/slide"]) {
      expect(page(p), p).toMatchObject({ status: 200, errorClass: null });
    }
    // Only the two posters and the scanned PDF reached OCR; every other image says why not.
    for (const d of artifacts.documents) expect(d.textSource === "ocr" || d.errorClass !== null || d.skipReason !== null, d.url).toBe(true);
  });

  it("refuses an image declaring 30000x30000 pixels without decoding it", () => {
    const d = doc("/unggah/besar.png");
    unread(d);
    expect(d!.errorClass).toBe("too_large");
    expect(d!.errorMessage).toMatch(/terlalu besar/);
    expect(d!.bytes).toBeLessThan(10_000);
  });

  it("classifies random bytes served as a JPEG and goes on", () => {
    const d = doc("/unggah/rusak.jpg");
    unread(d);
    expect(d!.errorClass).toBe("unsupported_content");
    expect(d!.errorMessage).toBeTruthy();
  });

  it("never rasterises an SVG bomb, named .svg or not", () => {
    // By name it is not a candidate at all; without an extension it is refused from its bytes.
    expect(doc("/unggah/bom.svg")).toBeUndefined();
    expect(page("/galeri")?.images.some((i) => i.src.endsWith("/unggah/bom.svg"))).toBe(true);
    const d = doc("/unggah/gambar-12");
    unread(d);
    expect(d!.errorClass).toBe("unsupported_content");
    expect(d!.errorMessage).toMatch(/SVG/);
  });

  it("reads a WebP poster named .png by OCR", () => {
    const d = doc("/unggah/maklumat.png")!;
    expect(d).toMatchObject({ kind: "image", textSource: "ocr", errorClass: null, skipReason: null });
    expect(d.text.toUpperCase()).toContain("MAKLUMAT PELAYANAN");
    expect(d.text.toLowerCase()).toContain("sanksi");
  });

  it("reads a poster with a meaningless name and empty alt by OCR", () => {
    const d = doc("/wp-content/uploads/2025/06/a7f3c9e1.jpeg")!;
    expect(d).toMatchObject({ kind: "image", label: "", textSource: "ocr", errorClass: null });
    expect(d.text.toUpperCase()).toContain("STANDAR PELAYANAN");
    expect(d.text.toLowerCase()).toContain("persyaratan");
    expect(d.ocrConfidence).toBeGreaterThan(50);
  });

  it("marks a 50-page scanned PDF as scanned and reads only its first pages", () => {
    const d = doc("/dok/sk-standar-pelayanan-scan.pdf")!;
    expect(d).toMatchObject({ kind: "pdf", scanned: true, pages: SCANNED_PDF_PAGES, errorClass: null, textSource: "ocr" });
    const text = d.text.toUpperCase();
    for (const w of PDF_PAGE_WORDS.slice(0, SCANNED_PDF_OCR_PAGES)) expect(text).toContain(w);
    for (const w of PDF_PAGE_WORDS.slice(SCANNED_PDF_OCR_PAGES)) expect(text).not.toContain(w);
  });

  it("finishes pages whose frames embed themselves, each other or an endless chain", () => {
    for (const p of ["/bingkai/diri", "/bingkai/a", "/bingkai/rantai?n=1"]) {
      const pg = page(p);
      expect(pg, p).toMatchObject({ status: 200, errorClass: null });
      expect(pg!.embeds.length, p).toBe(1);
      expect(pg!.loadMs, p).toBeLessThan(PAGE_TIMEOUT_MS + 1_000);
    }
    // Frames are not pages: only the linked ones were crawled.
    expect(artifacts.pages.filter((p) => p.url.includes("/bingkai/rantai")).length).toBe(1);
  });

  it("records a pop-up that keeps re-opening once, as a dialog", () => {
    const p = page("/maklumat")!;
    const withModal = p.revealed.filter((r) => r.text.includes(MODAL_TEXT));
    expect(withModal).toHaveLength(1);
    expect(withModal[0]).toMatchObject({ source: "dialog", control: "Maklumat Pelayanan" });
    // Title and body stay apart, so "Pelayanan" is still a word for the checks.
    expect(withModal[0].text.split("\n")).toEqual(["Maklumat Pelayanan", MODAL_TEXT]);
    expect(p.mainText).not.toContain(MODAL_TEXT);
    expect(p.revealed.some((r) => r.source === "click" && r.text.includes("Misi: melayani"))).toBe(true);
  });

  it("stops clicking a 500-slide carousel at the page's click bound and keeps the page", () => {
    const p = page("/slide")!;
    expect(p.mainText).toContain(`Slide 1 dari ${SLIDES}`);
    const clicks = Math.max(0, ...p.revealed.flatMap((r) => [...r.text.matchAll(/Geser ke-(\d+)/g)].map((m) => Number(m[1]))));
    // More than one control was clicked (the arrow alone stops at 10), never more than the bound.
    expect(clicks).toBeGreaterThan(10);
    expect(clicks).toBeLessThanOrEqual(MAX_REVEAL_CLICKS);
    const slides = new Set(p.revealed.flatMap((r) => [...r.text.matchAll(/Slide (\d+) dari/g)].map((m) => m[1])));
    expect(slides.size).toBeLessThanOrEqual(MAX_REVEAL_CLICKS);
  });
});
