/**
 * Regenerates the binary files of the fixture sites (posters, photos, PDFs) from the HTML in
 * lib/accuracy/asset-src (seen set) and lib/accuracy/blind/asset-src (blind set) with Chromium:
 * `npx tsx lib/accuracy/make-assets.ts [--only SUBSTRING]`. The outputs are committed, so the
 * accuracy run never needs this; rerun it only after editing a source.
 *
 * Nothing in a generated file carries a date that decides a label: dates that matter live in the
 * HTML pages, where the server writes them relative to today.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright";
import { pathToFileURL } from "node:url";
import { launchChromium } from "@/lib/browser";
import { ASSETS_A } from "./blind/assets-a";
import { ASSETS_B } from "./blind/assets-b";
import { BLIND_SITES_DIR, SITES_DIR } from "./server";

const SRC_DIR = path.join(import.meta.dirname, "asset-src");
const BLIND_SRC_DIR = path.join(import.meta.dirname, "blind", "asset-src");

/**
 * One generated file: `src` is an HTML file in the set's asset-src folder, `out` a path under
 * the set's sites folder. `scanned` PDFs are printed as images only (no text layer), as a
 * scanner at the office would produce them. `quality` is the JPEG quality (phone photos: low).
 */
export type Asset =
  | { src: string; out: string; kind: "png" | "jpeg" | "webp"; width: number; height: number; quality?: number }
  | { src: string; out: string; kind: "pdf"; scanned?: boolean };

/** JPEG quality of the "phone photos": low, as real uploads are, which also keeps them small. */
const PHOTO_QUALITY = 55;

export const ASSETS: Asset[] = [
  { src: "struktur-capil.html", out: "capil-teladan/img/struktur-organisasi.png", kind: "png", width: 900, height: 560 },
  { src: "struktur-dinsos.html", out: "dinsos-warta/img/struktur-organisasi.jpg", kind: "jpeg", width: 900, height: 560 },
  { src: "poster-maklumat-dinkes.html", out: "dinkes-poster/img/maklumat-pelayanan.png", kind: "png", width: 800, height: 1100 },
  { src: "alur-sip.html", out: "dinkes-poster/img/alur-pelayanan-sip.png", kind: "png", width: 800, height: 1000 },
  { src: "alur-pengaduan-dinkes.html", out: "dinkes-poster/img/alur-pengaduan.png", kind: "png", width: 800, height: 1000 },
  { src: "foto-papan.html", out: "rsud-foto/img/maklumat.jpg", kind: "jpeg", width: 1024, height: 768 },
  { src: "foto-banner-alur.html", out: "rsud-foto/img/alur-pendaftaran.jpg", kind: "jpeg", width: 1024, height: 768 },
  { src: "sk-standar-pelayanan-bapenda.html", out: "bapenda-sk/dokumen/sk-standar-pelayanan-bapenda.pdf", kind: "pdf" },
  { src: "lkjip-bapenda.html", out: "bapenda-sk/dokumen/lkjip-bapenda.pdf", kind: "pdf" },
  { src: "maklumat-dpmptsp.html", out: "dpmptsp-biasa/dokumen/maklumat-pelayanan-dpmptsp.pdf", kind: "pdf" },
  // kesehatan-visual (issue 14): posters with meaningless names, a WhatsApp-style upload, a
  // lightbox thumbnail made from its big poster (so the big one comes first), a scanned PDF.
  ...kesehatanVisual(),
];

/** The posters, documents, event photos and icons of the kesehatan-visual fixture (issue 14). */
function kesehatanVisual(): Asset[] {
  const poster = { kind: "jpeg", width: 800, height: 1000, quality: 85 } as const;
  const photo = { kind: "jpeg", width: 1024, height: 768 } as const;
  const icon = { kind: "png", width: 32, height: 32 } as const;
  const src = (name: string) => `kesehatan-visual-${name}.html`;
  const out = (file: string) => `kesehatan-visual/${file}`;
  return [
    { src: src("sp-spgdt"), out: out("img/layanan/spgdt.jpeg"), ...poster },
    { src: src("sp-sip"), out: out("img/layanan/sip.webp"), kind: "webp", width: 800, height: 1000 },
    { src: src("jam"), out: out("img/IMG-20250611-WA0007.png"), kind: "png", width: 800, height: 1000 },
    { src: src("slide-germas"), out: out("img/slide/banner1.jpg"), ...poster },
    { src: src("maklumat"), out: out("img/slide/banner2.jpg"), ...poster },
    { src: src("motto"), out: out("img/slide/banner3.jpg"), ...poster },
    { src: src("kompensasi"), out: out("img/slide/banner4.jpg"), ...poster },
    { src: src("alur-pengaduan"), out: out("img/alur-besar.jpg"), ...poster },
    { src: src("alur-kecil"), out: out("img/alur-kecil.jpg"), kind: "jpeg", width: 150, height: 188, quality: 80 },
    { src: src("prioritas"), out: out("img/bg-info-2.jpg"), ...poster },
    { src: src("kep-sp"), out: out("dokumen/kep-standar-pelayanan.pdf"), kind: "pdf" },
    { src: src("struktur"), out: out("dokumen/scan-0031.pdf"), kind: "pdf", scanned: true },
    { src: src("foto-posyandu"), out: out("img/galeri/DSC_0412.jpg"), ...photo },
    { src: src("foto-ambulans"), out: out("img/galeri/DSC_0419.jpg"), ...photo },
    { src: src("foto-rapat"), out: out("img/galeri/IMG_20251103_091522.jpg"), ...photo },
    { src: src("foto-vaksin"), out: out("img/galeri/DSC_0533.jpg"), ...photo },
    { src: src("ikon-telp"), out: out("img/ikon/telp.png"), ...icon },
    { src: src("ikon-wa"), out: out("img/ikon/wa.png"), ...icon },
    { src: src("ikon-surel"), out: out("img/ikon/surel.png"), ...icon },
  ];
}

const SETS = [
  { srcDir: SRC_DIR, sitesDir: SITES_DIR, assets: ASSETS },
  { srcDir: BLIND_SRC_DIR, sitesDir: BLIND_SITES_DIR, assets: [...ASSETS_A, ...ASSETS_B] },
];

async function main(): Promise<void> {
  const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : null;
  const browser = await launchChromium();
  try {
    for (const set of SETS) {
      for (const a of set.assets) {
        if (only && !a.src.includes(only) && !a.out.includes(only)) continue;
        const out = path.join(set.sitesDir, a.out);
        fs.mkdirSync(path.dirname(out), { recursive: true });
        const page = await browser.newPage(a.kind === "pdf" ? {} : { viewport: { width: a.width, height: a.height } });
        await page.goto(pathToFileURL(path.join(set.srcDir, a.src)).href, { waitUntil: "load" });
        if (a.kind === "pdf" && a.scanned) await printScanned(page, out);
        else if (a.kind === "pdf") {
          await page.pdf({ path: out, format: "A4", margin: { top: "20mm", bottom: "20mm", left: "22mm", right: "20mm" } });
        } else if (a.kind === "webp") {
          // Chromium screenshots only PNG/JPEG: encode the PNG as WebP in the page itself.
          const png = await page.screenshot({ type: "png" });
          fs.writeFileSync(out, await toWebp(page, png));
        } else {
          const quality = a.quality ?? (a.out.includes("struktur") ? 85 : PHOTO_QUALITY);
          await page.screenshot({ path: out, type: a.kind, ...(a.kind === "jpeg" ? { quality } : {}) });
        }
        await page.close();
        console.log(`${a.src} -> ${a.out}`);
      }
    }
  } finally {
    await browser.close();
  }
}

/** A scanned PDF: each A4 page is a JPEG photo of the rendered page, with no text layer. */
async function printScanned(page: Page, out: string): Promise<void> {
  await page.setViewportSize({ width: 794, height: 1123 });
  const total = await page.evaluate(() => document.documentElement.scrollHeight);
  const shots: string[] = [];
  for (let y = 0; y < total; y += 1123) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    const jpeg = await page.screenshot({ type: "jpeg", quality: 70 });
    shots.push(jpeg.toString("base64"));
  }
  const html = shots
    .map((b) => `<img src="data:image/jpeg;base64,${b}" style="width:210mm;height:297mm;display:block;page-break-after:always">`)
    .join("");
  await page.setContent(`<!doctype html><style>@page{size:A4;margin:0}body{margin:0}</style>${html}`, { waitUntil: "load" });
  await page.pdf({ path: out, format: "A4", margin: { top: "0", bottom: "0", left: "0", right: "0" } });
}

async function toWebp(page: Page, png: Buffer): Promise<Buffer> {
  const b64 = await page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    c.getContext("2d")!.drawImage(img, 0, 0);
    return c.toDataURL("image/webp", 0.8).split(",")[1];
  }, `data:image/png;base64,${png.toString("base64")}`);
  return Buffer.from(b64, "base64");
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
