/**
 * A hostile image- and click-heavy OPD site for crawler tests: an image declaring 30000x30000
 * pixels, random bytes served as JPEG, an SVG entity bomb (by name and without an extension), a
 * WebP poster named .png, a 50-page scanned PDF, frames that embed themselves or each other or an
 * endless chain, a pop-up that keeps re-opening, a 500-slide carousel with plain buttons, and one
 * honest poster with a meaningless name and empty alt. Binary files are made here with Chromium
 * and sharp; nothing is committed.
 */
import { randomBytes } from "node:crypto";
import type http from "node:http";
import zlib from "node:zlib";
import sharp from "sharp";
import { launchChromium } from "@/lib/browser";
import { html, sendHtml, startFixtureServer, type FixtureServer } from "./fixture-server";

export const HUGE_SIDE = 30_000;
export const SCANNED_PDF_PAGES = 50;
export const SLIDES = 500;
/** Words OCR must find on the first pages of the scanned PDF, and must not find past them. */
export const PDF_PAGE_WORDS = ["PERSYARATAN", "PROSEDUR", "PENGADUAN", "KOMPENSASI", "LAMPIRAN"];
export const MODAL_TEXT = "Kami sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan.";

const POSTER_STYLE = "width:900px;padding:40px;font-family:sans-serif;background:#fff;color:#000";
/** Read by OCR from a WebP file named .png. */
export const WEBP_POSTER = `<div style="${POSTER_STYLE}"><h1 style="font-size:56px;margin:0 0 30px">MAKLUMAT PELAYANAN</h1>
  <p style="font-size:34px;line-height:1.4">Apabila tidak menepati janji ini kami siap menerima sanksi sesuai peraturan.</p></div>`;
/** Read by OCR although its name means nothing and its alt text is empty. */
export const HONEST_POSTER = `<div style="${POSTER_STYLE}"><h1 style="font-size:56px;margin:0 0 30px">STANDAR PELAYANAN</h1>
  <p style="font-size:34px;line-height:1.4">Persyaratan: fotokopi kartu keluarga. Waktu penyelesaian tiga hari kerja. Biaya GRATIS.</p></div>`;

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const typed = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([len, typed, crc]);
}

/** A valid PNG header declaring side x side RGB pixels (2.7 GB decoded) with one row of data: 200 bytes on the wire. */
export function hugePng(side = HUGE_SIDE): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const row = zlib.deflateSync(Buffer.alloc(1 + side * 3));
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), pngChunk("IHDR", ihdr), pngChunk("IDAT", row), pngChunk("IEND", Buffer.alloc(0))]);
}

/** Billion laughs: 10^12 characters once expanded, under a kilobyte as written. */
export function svgBomb(): Buffer {
  const ents = ['<!ENTITY a "aaaaaaaaaa">'];
  for (let i = 1; i < 12; i++) ents.push(`<!ENTITY ${String.fromCharCode(97 + i)} "${`&${String.fromCharCode(96 + i)};`.repeat(10)}">`);
  return Buffer.from(
    `<?xml version="1.0"?><!DOCTYPE svg [${ents.join("")}]><svg xmlns="http://www.w3.org/2000/svg" width="200000" height="200000"><text x="0" y="40">&l;</text></svg>`,
  );
}

type Binaries = { webpPoster: Buffer; honestPoster: Buffer; scannedPdf: Buffer };

/** Posters rendered by Chromium (WebP via sharp), and a PDF of 50 canvas-drawn page images. */
async function makeBinaries(): Promise<Binaries> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 980, height: 700 } });
    await page.setContent(html(WEBP_POSTER));
    const webpPoster = await sharp(await page.locator("div").first().screenshot({ type: "png" })).webp({ quality: 90 }).toBuffer();
    await page.setContent(html(HONEST_POSTER));
    const honestPoster = await page.locator("div").first().screenshot({ type: "jpeg", quality: 90 });
    await page.setContent(html(""));
    // JPEG page images: Chromium puts them in the PDF as they are, so 50 pages cost little to make.
    await page.evaluate(
      `((words, n) => {
        for (let i = 1; i <= n; i++) {
          const c = document.createElement("canvas");
          c.width = 900; c.height = 560;
          const g = c.getContext("2d");
          g.fillStyle = "#fff"; g.fillRect(0, 0, c.width, c.height);
          g.fillStyle = "#000"; g.font = "bold 80px sans-serif";
          g.fillText(words[Math.min(i, words.length) - 1], 60, 200);
          g.font = "54px sans-serif";
          g.fillText("Halaman " + i + " dari " + n, 60, 360);
          const img = document.createElement("img");
          img.src = c.toDataURL("image/jpeg", 0.85);
          img.style.cssText = "width:170mm;display:block;break-after:page";
          document.body.appendChild(img);
        }
      })(${JSON.stringify(PDF_PAGE_WORDS)}, ${SCANNED_PDF_PAGES})`,
    );
    const scannedPdf = await page.pdf({ format: "A4" });
    return { webpPoster, honestPoster, scannedPdf };
  } finally {
    await browser.close();
  }
}

const send = (type: string, body: Buffer) => (_req: http.IncomingMessage, res: http.ServerResponse) => {
  res.writeHead(200, { "content-type": type, "content-length": String(body.length) });
  res.end(body);
};

const PAGES = [
  ["/galeri", "Galeri infografis"],
  ["/layanan/ktp", "Layanan KTP"],
  ["/dokumen", "Dokumen"],
  ["/bingkai/diri", "Bingkai diri"],
  ["/bingkai/a", "Bingkai A"],
  ["/bingkai/rantai?n=1", "Bingkai berantai"],
  ["/maklumat", "Maklumat"],
  ["/slide", "Slide"],
];

/** The pop-up closes itself and re-opens itself, forever, whatever state the crawler reads. */
const MODAL_PAGE = html(`<main><h1>Maklumat Pelayanan</h1><p>Maklumat dinas ditampilkan dalam jendela.</p>
  <div><button type="button" data-p="visi">Visi</button><button type="button" data-p="misi">Misi</button></div>
  <p id="panel">Visi: pelayanan prima.</p></main>
  <div class="modal" id="maklumat" role="dialog" aria-label="Maklumat Pelayanan" style="display:block">
    <div class="modal-content"><h2 class="modal-title">Maklumat Pelayanan</h2><p>${MODAL_TEXT}</p>
    <button type="button" class="tutup">Tutup</button></div></div>
  <script>
    const m = document.getElementById("maklumat");
    m.querySelector(".tutup").onclick = () => { m.style.display = "none"; };
    setInterval(() => { m.style.display = m.style.display === "none" ? "block" : "none"; }, 150);
    for (const b of document.querySelectorAll("[data-p]")) b.onclick = () => {
      document.getElementById("panel").textContent = b.dataset.p === "misi" ? "Misi: melayani dengan cepat." : "Visi: pelayanan prima.";
    };
  </script>`, "Maklumat");

/** 500 slides, only one in the DOM; a plain arrow button and a row of plain dot buttons; every click counted in the text. */
const SLIDE_PAGE = html(`<main><h1>Pengumuman</h1>
  <div class="geser"><p id="slide">Slide 1 dari ${SLIDES}</p><p id="hitung">Geser ke-0</p>
  <button type="button" class="btn-geser" id="maju"><svg width="16" height="16"><path d="M4 2l8 6-8 6z"/></svg></button>
  <div id="titik"></div></div></main>
  <script>
    let at = 1, clicks = 0;
    const show = (n) => { at = n; clicks++; document.getElementById("slide").textContent = "Slide " + n + " dari ${SLIDES}";
      document.getElementById("hitung").textContent = "Geser ke-" + clicks; };
    document.getElementById("maju").onclick = () => show(at % ${SLIDES} + 1);
    const row = document.getElementById("titik");
    for (let i = 1; i <= ${SLIDES}; i++) { const b = document.createElement("button"); b.type = "button"; b.className = "titik";
      b.style.cssText = "width:8px;height:8px;padding:0;margin:1px"; b.onclick = () => show(i); row.appendChild(b); }
  </script>`, "Slide");

/** Starts the site; fixtures are built first (about 5 s of Chromium). */
export async function startVisualHostileSite(): Promise<FixtureServer> {
  const bin = await makeBinaries();
  const frame = (src: string, title: string) => html(`<main><h1>${title}</h1><p>Halaman dengan bingkai.</p><iframe src="${src}" title="${title}"></iframe></main>`, title);
  return startFixtureServer({
    "/": html(`<main><h1>Dinas Uji</h1><ul>${PAGES.map(([href, t]) => `<li><a href="${href}">${t}</a></li>`).join("")}</ul></main>`, "Beranda"),
    "/galeri": html(`<main><h1>Galeri Infografis</h1><p>Infografis layanan dinas.</p>
      <img src="/unggah/besar.png" alt="Alur pelayanan">
      <img src="/unggah/rusak.jpg" alt="Standar pelayanan">
      <img src="/unggah/bom.svg" alt="Maklumat">
      <img src="/unggah/gambar-12" alt="Prosedur pengaduan">
      <img src="/unggah/maklumat.png" alt="Maklumat pelayanan"></main>`, "Galeri"),
    "/layanan/ktp": html(`<main><h1>Pelayanan KTP Elektronik</h1><p>Informasi pelayanan perekaman KTP elektronik.</p>
      <img src="/wp-content/uploads/2025/06/a7f3c9e1.jpeg" alt=""></main>`, "Layanan KTP"),
    "/dokumen": html(`<main><h1>Dokumen</h1><a href="/dok/sk-standar-pelayanan-scan.pdf">SK Standar Pelayanan (pindaian)</a></main>`, "Dokumen"),
    "/bingkai/diri": frame("/bingkai/diri", "Bingkai diri"),
    "/bingkai/a": frame("/bingkai/b", "Bingkai A"),
    "/bingkai/b": frame("/bingkai/a", "Bingkai B"),
    "/bingkai/rantai": (_req, res, url) => {
      const n = Number(url.searchParams.get("n")) || 1;
      sendHtml(res, frame(`/bingkai/rantai?n=${n + 1}`, `Bingkai berantai ${n}`));
    },
    "/maklumat": MODAL_PAGE,
    "/slide": SLIDE_PAGE,
    "/unggah/besar.png": send("image/png", hugePng()),
    "/unggah/rusak.jpg": send("image/jpeg", randomBytes(64 * 1024)),
    "/unggah/bom.svg": send("image/svg+xml", svgBomb()),
    "/unggah/gambar-12": send("image/svg+xml", svgBomb()),
    "/unggah/maklumat.png": send("image/png", bin.webpPoster),
    "/wp-content/uploads/2025/06/a7f3c9e1.jpeg": send("image/jpeg", bin.honestPoster),
    "/dok/sk-standar-pelayanan-scan.pdf": send("application/pdf", bin.scannedPdf),
  });
}
