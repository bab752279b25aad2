/**
 * Regenerates the binary files of the fixture sites (posters, photos, PDFs) from the HTML in
 * lib/accuracy/asset-src with Chromium: `npx tsx lib/accuracy/make-assets.ts`. The outputs are
 * committed, so the accuracy run never needs this; rerun it only after editing a source.
 *
 * Nothing in a generated file carries a date that decides a label: dates that matter live in the
 * HTML pages, where the server writes them relative to today.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { launchChromium } from "@/lib/browser";
import { SITES_DIR } from "./server";

const SRC_DIR = path.join(import.meta.dirname, "asset-src");

type Asset =
  | { src: string; out: string; kind: "png" | "jpeg"; width: number; height: number }
  | { src: string; out: string; kind: "pdf" };

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
];

async function main(): Promise<void> {
  const browser = await launchChromium();
  try {
    for (const a of ASSETS) {
      const page = await browser.newPage(a.kind === "pdf" ? {} : { viewport: { width: a.width, height: a.height } });
      await page.goto(pathToFileURL(path.join(SRC_DIR, a.src)).href, { waitUntil: "load" });
      const out = path.join(SITES_DIR, a.out);
      if (a.kind === "pdf") {
        await page.pdf({ path: out, format: "A4", margin: { top: "20mm", bottom: "20mm", left: "22mm", right: "20mm" } });
      } else {
        await page.screenshot({ path: out, type: a.kind, ...(a.kind === "jpeg" ? { quality: a.out.includes("struktur") ? 85 : PHOTO_QUALITY } : {}) });
      }
      await page.close();
      console.log(`${a.src} -> ${a.out}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
