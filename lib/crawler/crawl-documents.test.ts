/**
 * Documents: a text PDF, a scanned PDF and a maklumat poster, all made here with Chromium
 * (page.pdf / page.screenshot), linked from a local site and read back by the crawl: PDF text
 * via unpdf, poster text via tesseract.js with the Indonesian data, the cache used by hash.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScanArtifacts } from "@/lib/artifacts/types";
import { launchChromium } from "@/lib/browser";
import { crawlSite, type TextCache } from "./index";
import { html, startFixtureServer, type FixtureServer } from "./testing/fixture-server";

const POSTER = `<div style="width:900px;padding:40px;font-family:sans-serif;background:#fff;color:#000">
  <h1 style="font-size:56px;margin:0 0 30px">MAKLUMAT PELAYANAN</h1>
  <p style="font-size:34px;line-height:1.4">Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan dan apabila tidak menepati kami siap menerima sanksi.</p></div>`;

let site: FixtureServer;
let textPdf: Buffer;
let artifacts: ScanArtifacts;
const cacheSets: Array<{ sha: string; method: string; text: string }> = [];
const CACHED_TEXT = "Teks dari cache: laporan kinerja 2024";

beforeAll(async () => {
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 980, height: 700 } });
  await page.setContent(html(`<h1>Keputusan Kepala Dinas</h1><p>Tentang Standar Pelayanan pada Dinas Kependudukan dan Pencatatan Sipil.</p><p>Persyaratan: fotokopi KK.</p>`));
  textPdf = await page.pdf({ format: "A4" });
  await page.setContent(html(POSTER));
  const poster = await page.locator("div").first().screenshot({ type: "png" });
  await page.setContent(html(`<img src="data:image/png;base64,${poster.toString("base64")}" style="width:700px">`));
  const scannedPdf = await page.pdf({ format: "A4" });
  await page.setContent(html(`<h1>Laporan Kinerja</h1><p>LKjIP 2024</p>`));
  const cachedPdf = await page.pdf({ format: "A4" });
  await browser.close();

  const pdf = (body: Buffer) => (_req: unknown, res: import("node:http").ServerResponse) => {
    res.writeHead(200, { "content-type": "application/pdf", "content-length": String(body.length) });
    res.end(body);
  };
  site = await startFixtureServer({
    "/": html(`<main><h1>Dokumen</h1>
      <a href="/dok/sk-standar-pelayanan.pdf">SK Standar Pelayanan</a>
      <a href="/dok/maklumat-scan.pdf">Maklumat (hasil pindai)</a>
      <a href="/dok/lkjip-2024.pdf">LKjIP 2024</a>
      <a href="/unduh?berkas=7">Unduh SOP</a>
      <img src="/img/maklumat-pelayanan.png" alt="Maklumat Pelayanan" width="900" height="500">
      <img src="/img/ikon-kecil.png" alt="ikon maklumat" width="32" height="32"></main>`, "Dokumen"),
    "/dok/sk-standar-pelayanan.pdf": pdf(textPdf),
    "/dok/maklumat-scan.pdf": pdf(scannedPdf),
    "/dok/lkjip-2024.pdf": pdf(cachedPdf),
    "/unduh": pdf(textPdf),
    "/img/maklumat-pelayanan.png": (_req, res) => {
      res.writeHead(200, { "content-type": "image/png" });
      res.end(poster);
    },
  });
  const cachedSha = createHash("sha256").update(cachedPdf).digest("hex");
  const textCache: TextCache = {
    get: async (sha) => (sha === cachedSha ? { text: CACHED_TEXT, confidence: null } : null),
    set: async (sha, method, text) => void cacheSets.push({ sha, method, text }),
  };
  artifacts = await crawlSite({
    startUrl: `${site.origin}/`,
    allowPrivateNetwork: true,
    timeLimitMs: 90_000,
    maxPages: 5,
    concurrency: 1,
    ocr: { enabled: true, maxImages: 3, cacheDir: fs.mkdtempSync(path.join(os.tmpdir(), "patuh-ocr-")) },
    textCache,
  });
}, 120_000);

afterAll(async () => {
  await site?.close();
});

const doc = (p: string) => artifacts.documents.find((d) => d.url === `${site.origin}${p}`);

describe("documents", () => {
  it("validates and reads the text layer of a linked PDF", () => {
    expect(ScanArtifacts.parse(artifacts)).toBeTruthy();
    const d = doc("/dok/sk-standar-pelayanan.pdf")!;
    expect(d).toMatchObject({ kind: "pdf", textSource: "pdf", scanned: false, pages: 1, errorClass: null, label: "SK Standar Pelayanan" });
    expect(d.text).toContain("Keputusan Kepala Dinas");
    expect(d.text).toContain("Standar Pelayanan");
    expect(d.bytes).toBe(textPdf.length);
    expect(d.sha256).toBe(createHash("sha256").update(textPdf).digest("hex"));
    expect(cacheSets.some((c) => c.sha === d.sha256 && c.method === "pdf")).toBe(true);
  });

  it("marks a PDF without a text layer as scanned", () => {
    expect(doc("/dok/maklumat-scan.pdf")).toMatchObject({ scanned: true, pages: 1, errorClass: null });
  });

  it("uses the text cache by content hash", () => {
    expect(doc("/dok/lkjip-2024.pdf")).toMatchObject({ text: CACHED_TEXT, textSource: "pdf" });
  });

  it("treats a link that turns out to be a PDF as a document, not a page", () => {
    expect(artifacts.pages.some((p) => p.url.includes("/unduh"))).toBe(false);
    expect(doc("/unduh?berkas=7")?.text).toContain("Keputusan Kepala Dinas");
  });

  it("reads a maklumat poster by OCR and skips small icons", () => {
    const d = doc("/img/maklumat-pelayanan.png")!;
    expect(d).toMatchObject({ kind: "image", textSource: "ocr", errorClass: null });
    expect(d.text.toUpperCase()).toContain("MAKLUMAT PELAYANAN");
    expect(d.text.toLowerCase()).toContain("sanggup");
    expect(d.text.toLowerCase()).toContain("sanksi");
    expect(d.ocrConfidence).toBeGreaterThan(50);
    expect(doc("/img/ikon-kecil.png")).toBeUndefined();
    expect(cacheSets.some((c) => c.sha === d.sha256 && c.method === "ocr")).toBe(true);
  });
});
