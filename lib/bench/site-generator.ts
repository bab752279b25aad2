/**
 * A generated 300-page OPD-like site for the crawl benchmark: WordPress-sized pages (a menu with
 * dropdowns, a sidebar of recent news, paragraphs of content, footer) with a shared stylesheet,
 * script, web font and images, a few PDFs, a news archive. Served from a child process so the
 * crawler under test does not share its event loop with the server, as on a real network.
 *
 *   tsx lib/bench/site-generator.ts   (serves and prints {"port": N} on stdout)
 */
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

export const TOTAL_PAGES = 300;

type Page = { path: string; title: string; body: string };
type Site = { pages: Map<string, Page>; assets: Map<string, { type: string; body: Buffer }>; bfs: string[] };

const WORDS = "pelayanan publik standar persyaratan prosedur waktu biaya produk pengaduan masyarakat dinas kabupaten informasi kegiatan program laporan kinerja anggaran pegawai kantor layanan daring formulir berkas dokumen jadwal petugas sarana prasarana".split(" ");

/** Deterministic pseudo-random numbers, so every run serves the same site. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function paragraph(r: () => number, words: number): string {
  const w = Array.from({ length: words }, () => WORDS[Math.floor(r() * WORDS.length)]);
  w[0] = w[0][0].toUpperCase() + w[0].slice(1);
  return `<p>${w.join(" ")}.</p>`;
}

const SECTIONS: Array<{ slug: string; title: string; count: number }> = [
  { slug: "profil", title: "Profil", count: 10 },
  { slug: "layanan", title: "Layanan", count: 45 },
  { slug: "ppid", title: "PPID", count: 20 },
  { slug: "regulasi", title: "Regulasi", count: 15 },
  { slug: "pengumuman", title: "Pengumuman", count: 25 },
  { slug: "galeri", title: "Galeri", count: 10 },
];
const POSTS_PER_LISTING = 15;

/** A minimal valid PDF with a text layer (one page, Helvetica). */
export function makePdf(lines: string[]): Buffer {
  const text = lines.map((l, i) => `BT /F1 12 Tf 50 ${780 - i * 16} Td (${l.replace(/[()\\]/g, "")}) Tj ET`).join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${Buffer.byteLength(text)} >>\nstream\n${text}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A noisy RGB PNG of about width*height*1.5 bytes: as heavy to load as a photo. */
export function makePng(width: number, height: number, seed: number): Buffer {
  const r = rng(seed);
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 1; x <= width * 3; x++) raw[row + x] = (x * 3 + y * 5 + Math.floor(r() * 96)) & 0xff;
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", zlib.deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

/** Builds the whole site in memory: pages by path, assets, and the pages in breadth-first order. */
export function generateSite(): Site {
  const r = rng(42);
  const pages = new Map<string, Page>();
  const add = (p: string, title: string, body: string) => pages.set(p, { path: p, title, body });
  const listings = Math.ceil((TOTAL_PAGES - 1 - 1 - SECTIONS.reduce((n, s) => n + 1 + s.count, 0)) / (POSTS_PER_LISTING + 1));
  const postCount = TOTAL_PAGES - 2 - SECTIONS.reduce((n, s) => n + 1 + s.count, 0) - listings;
  add("/", "Beranda", `${paragraph(r, 120)}<a href="/berita">Berita terbaru</a>`);
  add("/kontak", "Kontak", `<p>Jl. Proklamasi No. 1, Teluk Kuantan. Telp (0760) 561234.</p>${paragraph(r, 80)}`);
  for (const s of SECTIONS) {
    const items = Array.from({ length: s.count }, (_, i) => `/${s.slug}/${s.slug}-${i + 1}`);
    add(`/${s.slug}`, s.title, `<ul>${items.map((p, i) => `<li><a href="${p}">${s.title} ${i + 1}</a></li>`).join("")}</ul>${paragraph(r, 100)}`);
    items.forEach((p, i) => {
      const pdf = s.slug === "regulasi" || (s.slug === "layanan" && i % 9 === 0) ? `<a href="/dokumen/${s.slug}-${i + 1}.pdf">Unduh dokumen (PDF)</a>` : "";
      add(p, `${s.title} ${i + 1}`, `${Array.from({ length: 6 + Math.floor(r() * 10) }, () => paragraph(r, 60 + Math.floor(r() * 80))).join("")}<img src="/media/foto-${(i % 12) + 1}.png" alt="Foto ${s.title} ${i + 1}" width="640" height="360">${pdf}`);
    });
  }
  const numbers = Array.from({ length: listings }, (_, n) => `<a href="/berita?page=${n + 1}">${n + 1}</a>`).join(" ");
  let post = 0;
  for (let n = 1; n <= listings; n++) {
    const items: string[] = [];
    for (let k = 0; k < POSTS_PER_LISTING && post < postCount; k++, post++) {
      const p = `/berita/kabar-${post + 1}`;
      items.push(`<li><a href="${p}">Kabar kegiatan ${post + 1}</a> Kamis, 7 Juni 2018</li>`);
      add(p, `Kabar kegiatan ${post + 1}`, `<p>Kamis, 7 Juni 2018</p>${Array.from({ length: 5 }, () => paragraph(r, 90)).join("")}<img src="/media/foto-${(post % 12) + 1}.png" alt="Kegiatan" width="640" height="360">`);
    }
    add(n === 1 ? "/berita" : `/berita?page=${n}`, `Berita halaman ${n}`, `<ul>${items.join("")}</ul><nav class="pagination">${numbers}</nav>`);
  }
  const assets = new Map<string, { type: string; body: Buffer }>();
  assets.set("/assets/style.css", { type: "text/css", body: Buffer.from(`@font-face{font-family:Inter;src:url(/assets/inter.woff2)}body{font-family:Inter,sans-serif;margin:0}` + ".x{color:#333;padding:2px}\n".repeat(1200)) });
  assets.set("/assets/app.js", { type: "application/javascript", body: Buffer.from(`document.addEventListener("DOMContentLoaded",function(){document.querySelectorAll(".menu li").forEach(function(li){li.addEventListener("mouseenter",function(){li.classList.add("open")})})});\n` + "var _pad=0;\n".repeat(4000)) });
  assets.set("/assets/inter.woff2", { type: "font/woff2", body: Buffer.alloc(48 * 1024, 7) });
  assets.set("/assets/logo.png", { type: "image/png", body: makePng(120, 120, 1) });
  for (let i = 1; i <= 12; i++) assets.set(`/media/foto-${i}.png`, { type: "image/png", body: makePng(320, 180, i + 10) });
  for (const s of ["regulasi", "layanan"]) {
    for (let i = 1; i <= 45; i++) assets.set(`/dokumen/${s}-${i}.pdf`, { type: "application/pdf", body: makePdf([`Dokumen ${s} ${i}`, "Keputusan Kepala Dinas tentang Standar Pelayanan", "Persyaratan, prosedur, waktu, biaya, produk, pengaduan."]) });
  }
  // Breadth-first order from the home page over the links as rendered (for the baselines).
  const bfs: string[] = [];
  const seen = new Set<string>(["/"]);
  const queue = ["/"];
  while (queue.length > 0) {
    const p = queue.shift()!;
    bfs.push(p);
    for (const m of renderPage(pages.get(p)!, pages).matchAll(/href="(\/[^"#]*)"/g)) {
      const next = m[1].replace(/&amp;/g, "&");
      if (pages.has(next) && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return { pages, assets, bfs };
}

/** What a WordPress theme inlines in every head (critical CSS, emoji script, settings): ~25 KB. */
const INLINE_HEAD =
  `<style>${".wp-block-x{margin:0 0 1em;padding:0;color:#222;font-size:16px;line-height:1.6}\n".repeat(260)}</style>` +
  `<script>window._settings=${JSON.stringify({ menu: Array.from({ length: 120 }, (_, i) => ({ id: i, label: `Menu ${i}`, url: `/menu-${i}` })) })};</script>`;

function renderPage(page: Page, pages: Map<string, Page>): string {
  const menu = SECTIONS.map((s) => `<li><a href="/${s.slug}">${s.title}</a><ul class="sub">${Array.from({ length: Math.min(8, s.count) }, (_, i) => `<li><a href="/${s.slug}/${s.slug}-${i + 1}">${s.title} ${i + 1}</a></li>`).join("")}</ul></li>`).join("");
  const recent = Array.from({ length: 8 }, (_, i) => `<li><a href="/berita/kabar-${i + 1}">${pages.get(`/berita/kabar-${i + 1}`)?.title ?? "Kabar"}</a></li>`).join("");
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${page.title} - Dinas Contoh</title>${INLINE_HEAD}<link rel="stylesheet" href="/assets/style.css"><script src="/assets/app.js" defer></script></head><body>
<header class="site-header"><img src="/assets/logo.png" alt="Logo Dinas Contoh" width="60" height="60"><nav class="menu"><ul><li><a href="/">Beranda</a></li>${menu}<li><a href="/berita">Berita</a></li><li><a href="/kontak">Kontak</a></li></ul></nav></header>
<div class="wrap"><main><h1>${page.title}</h1>${page.body}</main><aside class="sidebar"><h2>Berita terbaru</h2><ul>${recent}</ul></aside></div>
<footer><p>Dinas Contoh Kabupaten Kuantan Singingi. Jl. Proklamasi No. 1. Telp (0760) 561234.</p><a href="https://www.instagram.com/dinascontoh">Instagram</a></footer></body></html>`;
}

/**
 * Server think time. OPD sites are mostly uncached PHP (WordPress, custom CMS) on shared or pemda
 * hosting: a page's HTML takes a few hundred ms to generate, static files come after a round trip.
 */
export type Latency = { htmlMs: number; assetMs: number };
export const REALISTIC_LATENCY: Latency = { htmlMs: 200, assetMs: 30 };
export const NO_LATENCY: Latency = { htmlMs: 0, assetMs: 0 };

/** Serves the site in this process; returns the server. */
export async function serveSite(site: Site = generateSite(), port = 0, latency: Latency = NO_LATENCY): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const isHtml = !/\.(css|js|woff2|png|pdf)$/.test(new URL(req.url ?? "/", "http://bench.local").pathname);
    const delay = isHtml ? latency.htmlMs : latency.assetMs;
    if (delay > 0) setTimeout(() => answer(req, res), delay);
    else answer(req, res);
  });
  const answer = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const u = new URL(req.url ?? "/", "http://bench.local");
    const key = u.pathname + (u.searchParams.has("page") ? `?page=${u.searchParams.get("page")}` : "");
    const page = site.pages.get(key) ?? site.pages.get(u.pathname);
    if (page && (key === page.path || u.pathname === page.path)) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return void res.end(renderPage(page, site.pages));
    }
    const asset = site.assets.get(u.pathname);
    if (asset) {
      res.writeHead(200, { "content-type": asset.type, "content-length": String(asset.body.length), "cache-control": "max-age=3600" });
      return void res.end(asset.body);
    }
    res.writeHead(404, { "content-type": "text/html" });
    res.end("<h1>404</h1>");
  };
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return server;
}

export type ServedSite = { origin: string; bfs: string[]; pid: number; latency: Latency; close(): Promise<void> };

/** Starts the site in a child process (its own event loop and CPU share, like a remote server). */
export async function startGeneratedSite(latency: Latency = REALISTIC_LATENCY): Promise<ServedSite> {
  const self = fileURLToPath(import.meta.url);
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", self, String(latency.htmlMs), String(latency.assetMs)], {
    // stdin stays open as a lifeline: when this process ends, the server sees it close and exits.
    stdio: ["pipe", "pipe", "inherit"],
    cwd: path.resolve(path.dirname(self), "..", ".."),
  });
  const port = await new Promise<number>((resolve, reject) => {
    let buf = "";
    child.stdout!.on("data", (c: Buffer) => {
      buf += c.toString();
      const m = /"port":\s*(\d+)/.exec(buf);
      if (m) resolve(Number(m[1]));
    });
    child.on("exit", (code) => reject(new Error(`site server exited (${code})`)));
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    bfs: generateSite().bfs.map((p) => origin + p),
    pid: child.pid!,
    latency,
    close: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [htmlMs, assetMs] = process.argv.slice(2).map(Number);
  const server = await serveSite(generateSite(), 0, { htmlMs: htmlMs || 0, assetMs: assetMs || 0 });
  process.stdout.write(JSON.stringify({ port: (server.address() as AddressInfo).port }) + "\n");
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
  process.stdin.on("end", () => process.exit(0));
  process.stdin.on("close", () => process.exit(0));
  process.stdin.resume();
}
