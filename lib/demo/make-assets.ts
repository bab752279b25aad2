/**
 * Generates the binary files of the demo sites with Chromium: service-standard decrees as PDF
 * with a text layer, a scanned (image-only) PDF, and posters and banners as PNG/JPEG with
 * readable text. The outputs are committed; the demo and the tests use the committed files and
 * never run this script.
 *
 *   npx tsx lib/demo/make-assets.ts
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright";
import { launchChromium } from "@/lib/browser";
import { MAX_ASSET_BYTES, SITES_ROOT } from "./sites";
import { alurPoster, bannerImage, maklumatPoster, strukturPoster, type Struktur } from "./assets/posters";
import { dinsosDecree, dpmptspDecree } from "./assets/decrees";
import { standardDecreeHtml, type StandardDecree } from "./assets/standard-document";

/** A4 at 96 CSS px per inch, the sheet size of the scanned copy. */
const A4_PX = { width: 794, height: 1123 };
/** Scan resolution factor: 96 dpi, a cheap office scan; two sheets must fit the size budget. */
const SCAN_SCALE = 1;
const SCAN_JPEG_QUALITY = 30;
/** Decrees are dated the year before generation: a standard in force, not a brand-new one. */
const DECREE_YEAR = new Date().getFullYear() - 1;

type Job =
  | { out: string; kind: "png" | "jpeg"; html: string; width: number; height: number; quality?: number }
  | { out: string; kind: "pdf"; html: string }
  | { out: string; kind: "scanned-pdf"; sheets: string[] };

const site = (slug: string, version: "before" | "after", rel: string) => path.join(SITES_ROOT, slug, version, rel);

function struktur(opd: string, color: string, fields: string[], extra?: string[]): Struktur {
  return {
    opd,
    head: "Kepala Dinas",
    secretariat: ["Subbagian Umum dan Kepegawaian", "Subbagian Keuangan dan Perencanaan"],
    fields,
    extra: ["Kelompok Jabatan Fungsional", ...(extra ?? [])],
    color,
  };
}

function decreeSheets(d: StandardDecree): string[] {
  return ["body" as const, ...d.services.map((_, i) => i + 1)].map((sheet) => standardDecreeHtml(d, { scanned: true, sheet }));
}

function jobs(): Job[] {
  const dpmptsp = dpmptspDecree(DECREE_YEAR);
  const dinsos = dinsosDecree(DECREE_YEAR);
  const img = (out: string, html: string, width: number, height: number, kind: "png" | "jpeg" = "png", quality?: number): Job => ({ out, kind, html, width, height, quality });
  return [
    { out: site("dpmptsp-naker", "before", "dokumen/sk-standar-pelayanan-dpmptsp-naker.pdf"), kind: "pdf", html: standardDecreeHtml(dpmptsp) },
    { out: site("dinsos-pmd", "before", "wp-content/uploads/standar-pelayanan-dinsos-pmd-scan.pdf"), kind: "scanned-pdf", sheets: decreeSheets(dinsos).slice(0, 2) },
    { out: site("dinsos-pmd", "after", "wp-content/uploads/standar-pelayanan-dinsos-pmd.pdf"), kind: "pdf", html: standardDecreeHtml(dinsos) },
    img(site("dinsos-pmd", "before", "wp-content/uploads/maklumat-pelayanan-dinsos-pmd.jpg"), maklumatPoster({ opd: dinsos.opd, title: "Kepala Dinas Sosial, PMD Kab. Kuantan Singingi", signer: "Drs. M. YUSRI, M.Si.", year: DECREE_YEAR }), 800, 1120, "jpeg", 70),
    img(site("dinsos-pmd", "before", "wp-content/uploads/alur-pelayanan-dinsos-pmd.jpg"), alurPoster({
      opd: dinsos.opd,
      title: "ALUR PELAYANAN",
      steps: ["Pemohon datang ke loket pelayanan", "Petugas memeriksa kelengkapan berkas persyaratan", "Verifikasi dan validasi data DTKS", "Proses layanan oleh bidang terkait", "Penandatanganan oleh pejabat berwenang", "Penyerahan produk layanan kepada pemohon"],
      note: "Seluruh layanan tidak dipungut biaya. Pengaduan: WA 0813-7156-1377",
    }), 800, 1120, "jpeg", 70),
    img(site("disdukcapil", "before", "uploads/struktur-organisasi-disdukcapil.png"), strukturPoster(struktur("Dinas Kependudukan dan Pencatatan Sipil Kabupaten Kuantan Singingi", "#0f5132", ["Bidang Pelayanan Pendaftaran Penduduk", "Bidang Pelayanan Pencatatan Sipil", "Bidang Pengelolaan Informasi Adminduk", "Bidang Pemanfaatan Data dan Inovasi"])), 900, 600),
    img(site("dpmptsp-naker", "before", "uploads/struktur-organisasi-dpmptsp-naker.png"), strukturPoster(struktur("DPMPTSP dan Tenaga Kerja Kabupaten Kuantan Singingi", "#114a82", ["Bidang Penanaman Modal", "Bidang Pelayanan Perizinan", "Bidang Pengaduan dan Informasi", "Bidang Tenaga Kerja"])), 900, 600),
    img(site("dinsos-pmd", "before", "wp-content/uploads/struktur-organisasi-dinsos-pmd.png"), strukturPoster(struktur("Dinas Sosial, PMD Kabupaten Kuantan Singingi", "#6a1b9a", ["Bidang Rehabilitasi dan Perlindungan Sosial", "Bidang Pemberdayaan Sosial dan Fakir Miskin", "Bidang Pemerintahan Desa", "Bidang Pemberdayaan Masyarakat"])), 900, 600),
    img(site("dinkes", "before", "wp-content/uploads/struktur-organisasi-dinkes.png"), strukturPoster(struktur("Dinas Kesehatan Kabupaten Kuantan Singingi", "#00897b", ["Bidang Kesehatan Masyarakat", "Bidang Pencegahan dan Pengendalian Penyakit", "Bidang Pelayanan Kesehatan", "Bidang Sumber Daya Kesehatan"], ["UPT Puskesmas", "UPT Instalasi Farmasi"])), 900, 600),
    img(site("rsud-teluk-kuantan", "before", "assets/img/struktur-organisasi-rsud.png"), strukturPoster({ ...struktur("RSUD Teluk Kuantan", "#1565c0", ["Bidang Pelayanan Medik", "Bidang Keperawatan", "Bidang Penunjang"], ["Komite Medik", "Satuan Pengawas Internal"]), head: "Direktur", secretariat: ["Bagian Umum dan Kepegawaian", "Bagian Keuangan"] }), 900, 600),
    img(site("bapenda", "before", "images/IMG_20190312_struktur.jpg"), strukturPoster({ ...struktur("Badan Pendapatan Daerah Kabupaten Kuantan Singingi", "#1a237e", ["Bidang Pendataan dan Penetapan", "Bidang Penagihan", "Bidang PBB dan BPHTB"]), head: "Kepala Badan" }), 800, 560, "jpeg", 60),
    img(site("bapenda", "before", "images/banner-bapenda.jpg"), bannerImage({ headline: "Bayar Pajak Tepat Waktu", line: "Pajak Anda membangun Kuantan Singingi", from: "#1a237e", to: "#c62828", width: 980, height: 240 }), 980, 240, "jpeg", 70),
    img(site("rsud-teluk-kuantan", "before", "assets/slider/igd-24-jam.jpg"), bannerImage({ headline: "IGD 24 Jam", line: "Gawat darurat? Hubungi (0760) 561118 atau PSC 119", from: "#b71c1c", to: "#1565c0" }), 1000, 360, "jpeg", 70),
    img(site("rsud-teluk-kuantan", "before", "assets/slider/pendaftaran-online.jpg"), bannerImage({ headline: "Daftar Lewat WhatsApp", line: "Pendaftaran rawat jalan H-1: 0812-7756-1118", from: "#1565c0", to: "#00897b" }), 1000, 360, "jpeg", 70),
    img(site("rsud-teluk-kuantan", "before", "assets/slider/akreditasi-paripurna.jpg"), bannerImage({ headline: "Terakreditasi Paripurna", line: "Mutu pelayanan dan keselamatan pasien terjamin", from: "#0d47a1", to: "#6a1b9a" }), 1000, 360, "jpeg", 70),
  ];
}

async function renderImage(page: Page, job: Extract<Job, { kind: "png" | "jpeg" }>): Promise<Buffer> {
  await page.setViewportSize({ width: job.width, height: job.height });
  await page.setContent(job.html, { waitUntil: "load" });
  return page.screenshot({ type: job.kind, quality: job.kind === "jpeg" ? job.quality : undefined });
}

async function renderPdf(page: Page, html: string): Promise<Buffer> {
  await page.setContent(html, { waitUntil: "load" });
  return page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
}

/** Photographs each sheet, then prints a PDF holding only those pictures: no text layer. */
async function renderScannedPdf(scanPage: Page, printPage: Page, sheets: string[]): Promise<Buffer> {
  const shots: string[] = [];
  for (const html of sheets) {
    await scanPage.setContent(html.replace("<body>", '<body style="padding:40px 48px 40px 60px">'), { waitUntil: "load" });
    const jpeg = await scanPage.screenshot({ type: "jpeg", quality: SCAN_JPEG_QUALITY, clip: { x: 0, y: 0, ...A4_PX } });
    shots.push(jpeg.toString("base64"));
  }
  const doc = `<!doctype html><html><head><style>@page{size:A4;margin:0}html,body{margin:0}img{display:block;width:210mm;height:297mm;break-after:page}</style></head><body>${shots
    .map((b) => `<img src="data:image/jpeg;base64,${b}" alt="">`)
    .join("")}</body></html>`;
  await printPage.setContent(doc, { waitUntil: "load" });
  return printPage.pdf({ format: "A4", printBackground: true, margin: { top: "0", right: "0", bottom: "0", left: "0" } });
}

async function main(): Promise<number> {
  const browser = await launchChromium();
  let tooBig = 0;
  try {
    const page = await browser.newPage();
    const scanContext = await browser.newContext({ viewport: A4_PX, deviceScaleFactor: SCAN_SCALE });
    const scanPage = await scanContext.newPage();
    for (const job of jobs()) {
      const bytes =
        job.kind === "pdf"
          ? await renderPdf(page, job.html)
          : job.kind === "scanned-pdf"
            ? await renderScannedPdf(scanPage, page, job.sheets)
            : await renderImage(page, job);
      fs.mkdirSync(path.dirname(job.out), { recursive: true });
      fs.writeFileSync(job.out, bytes);
      const kb = (bytes.length / 1024).toFixed(0);
      const over = bytes.length > MAX_ASSET_BYTES;
      if (over) tooBig++;
      console.log(`${over ? "TERLALU BESAR " : ""}${path.relative(SITES_ROOT, job.out)} (${kb} KB)`);
    }
  } finally {
    await browser.close();
  }
  return tooBig ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().then((code) => process.exit(code));
}
