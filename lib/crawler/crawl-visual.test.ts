/**
 * What an image- and click-heavy single-page app shows a visitor, read by the real crawler: the
 * kesehatan-visual fixture (lib/accuracy/sites) has infographics with meaningless names and empty
 * alt text, a lazy WhatsApp-named poster, a carousel whose arrows are plain icon buttons, tabs
 * made of plain buttons, a first-visit pop-up, a lightbox, a CSS background poster, a PDF in an
 * iframe, a Google Drive viewer and a scanned PDF. Every one must be in the artifacts with its
 * source; nothing here names the fixture in the crawler's code.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveSite, type FixtureServer } from "@/lib/accuracy/server";
import { ScanArtifacts } from "@/lib/artifacts/types";
import { crawlSite } from "./index";

let server: FixtureServer;
let a: ScanArtifacts;

beforeAll(async () => {
  server = await serveSite("kesehatan-visual", { now: new Date("2026-12-01T05:00:00Z") });
  a = await crawlSite({
    startUrl: server.url,
    allowPrivateNetwork: true,
    maxPages: 20,
    screenshotDir: null,
    ocr: { enabled: true, cacheDir: fs.mkdtempSync(path.join(os.tmpdir(), "patuh-ocr-")) },
  });
}, 240_000);

afterAll(async () => {
  await server?.close();
});

const doc = (file: string) => a.documents.find((d) => new URL(d.url).pathname === file);
const page = (p: string) => a.pages.find((x) => new URL(x.finalUrl).pathname === p)!;
const ocrText = (file: string) => (doc(file)?.textSource === "ocr" ? doc(file)!.text : "");

describe("a visitor's view of an image- and click-heavy site", () => {
  it("is a valid artifact set", () => {
    expect(ScanArtifacts.parse(a)).toBeTruthy();
    expect(a.site.reachable).toBe(true);
  });

  it("reads infographics whatever their name or alt text: plain, srcset WebP, lazy data-src", () => {
    expect(ocrText("/img/layanan/spgdt.jpeg")).toMatch(/PERSYARATAN/i);
    expect(ocrText("/img/layanan/spgdt.jpeg")).toMatch(/PROSEDUR/i);
    expect(ocrText("/img/layanan/sip.webp")).toMatch(/Surat Izin Praktik/i);
    expect(ocrText("/img/IMG-20250611-WA0007.png")).toMatch(/JAM PELAYANAN/i);
    expect(ocrText("/img/IMG-20250611-WA0007.png")).toMatch(/SENIN/i);
    for (const f of ["/img/layanan/spgdt.jpeg", "/img/IMG-20250611-WA0007.png"]) expect(doc(f)!.ocrConfidence).toBeGreaterThan(60);
  });

  it("clicks a carousel's unlabelled arrow buttons and reads every slide's poster", () => {
    const home = page("/");
    for (const n of [2, 3, 4]) {
      const img = home.images.find((i) => i.src.endsWith(`/img/slide/banner${n}.jpg`));
      expect(img, `slide ${n}`).toBeTruthy();
      expect(img!.revealedBy, `slide ${n}`).not.toBeNull();
    }
    expect(ocrText("/img/slide/banner2.jpg")).toMatch(/SANGGUP/i);
    expect(ocrText("/img/slide/banner3.jpg")).toMatch(/MOTTO/i);
    expect(ocrText("/img/slide/banner4.jpg")).toMatch(/tanpa biaya/i);
  });

  it("clicks tabs made of plain buttons and records each panel's text", () => {
    const rev = page("/profil").revealed.filter((r) => r.source === "click");
    expect(rev.map((r) => r.control)).toEqual(expect.arrayContaining(["Pejabat", "Tupoksi", "Pengelola Aduan"]));
    expect(rev.find((r) => r.control === "Tupoksi")!.text).toMatch(/Tugas Pokok dan Fungsi/);
  });

  it("reads the first-visit pop-up", () => {
    const home = page("/");
    const text = [home.mainText, ...home.revealed.map((r) => r.text)].join("\n");
    expect(text).toMatch(/87,45/);
  });

  it("reads the full picture behind a thumbnail and a poster set as a CSS background", () => {
    expect(page("/pengaduan").images.find((i) => i.src.endsWith("/img/alur-besar.jpg"))?.shownAs).toBe("lightbox");
    expect(ocrText("/img/alur-besar.jpg")).toMatch(/pengaduan/i);
    expect(doc("/img/alur-kecil.jpg")?.skipReason).toBe("small");
    expect(page("/").images.find((i) => i.src.endsWith("/img/bg-info-2.jpg"))?.shownAs).toBe("background");
    expect(ocrText("/img/bg-info-2.jpg")).toMatch(/Kursi roda/i);
  });

  it("reads a PDF shown in an iframe and records an external viewer as an embedded document", () => {
    const kep = doc("/dokumen/kep-standar-pelayanan.pdf")!;
    expect(kep).toMatchObject({ kind: "pdf", via: "embed", textSource: "pdf", errorClass: null });
    expect(kep.text).toMatch(/STANDAR PELAYANAN/i);
    const drive = a.documents.find((d) => d.kind === "embedded")!;
    expect(drive.url).toMatch(/^https:\/\/drive\.google\.com\//);
    expect(drive.label).toMatch(/Laporan Keuangan/);
    expect(drive).toMatchObject({ via: "embed", text: "", skipReason: "external_viewer" });
  });

  it("reads a scanned PDF through OCR", () => {
    const scan = doc("/dokumen/scan-0031.pdf")!;
    expect(scan).toMatchObject({ scanned: true, textSource: "ocr" });
    expect(scan.text).toMatch(/STRUKTUR ORGANISASI/i);
  });

  it("records why each image was not read, and never reads icons", () => {
    for (const d of a.documents.filter((x) => x.kind === "image" && !x.text)) {
      expect(d.skipReason ?? d.errorClass ?? (d.ocrConfidence !== null ? "read" : null), d.url).not.toBeNull();
    }
    expect(a.documents.some((d) => /\/ikon\//.test(d.url))).toBe(false);
  });
});
