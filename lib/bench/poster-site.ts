/**
 * The bench's image-heavy site (issue 14): 12 pages of an OPD that publishes its service
 * information as pictures. 40 posters with real Indonesian text (standar pelayanan, alur, jam
 * pelayanan, hasil SKM, maklumat, motto, kompensasi) in varied layouts and colours, 20 event
 * photos with no text and 10 icons, all under meaningless file names (WhatsApp uploads, camera
 * names) with empty or generic alt, some lazy (data-src), some behind arrow-button carousels.
 *
 * The images are drawn by Chromium from HTML once and cached under bench-output/poster-site/<hash>,
 * the hash being over every generated source, so a changed template renders again and an
 * unchanged one costs nothing. Pages are built in memory and served on 127.0.0.1.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { launchChromium } from "@/lib/browser";
import { PAGES, posterHtml, POSTERS, photoHtml, iconHtml, renderPage, type PageId } from "./poster-site-content";

export type ImageKind = "poster" | "photo" | "icon";
export type PosterSiteImage = { path: string; kind: ImageKind; page: PageId; title: string };
export type PosterSite = {
  url: string;
  close(): Promise<void>;
  counts: { posters: number; photos: number; icons: number };
  /** Every image with its kind, so the bench can tell a poster left unread from a photo skipped. */
  images: PosterSiteImage[];
};

const DEFAULT_CACHE_DIR = path.join(import.meta.dirname, "..", "..", "bench-output", "poster-site");
/** Bump when the renderer itself changes in a way the sources do not show. */
const RENDER_VERSION = 1;
/** Two pages at once: the bench machine has 2 cores. */
const RENDER_CONCURRENCY = 2;
const PHOTO_COUNT = 20;
const ICON_COUNT = 10;

type Spec = { file: string; kind: ImageKind; page: PageId; title: string; html: string; width: number; height: number; type: "png" | "jpeg"; quality?: number };

/** Deterministic pseudo-random numbers, so every build is the same site. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** Names as real uploads have them: WhatsApp, camera, screenshot-like hex, never the subject. */
function fileName(i: number, ext: "jpg" | "png", r: () => number): string {
  const month = String(1 + Math.floor(r() * 12)).padStart(2, "0");
  const day = String(1 + Math.floor(r() * 28)).padStart(2, "0");
  const n = String(i).padStart(4, "0");
  const styles = [`IMG-2025${month}${day}-WA${n}`, `DSC_${n}`, `IMG_2025${month}${day}_${n}`, Math.floor(r() * 2 ** 32).toString(16).padStart(8, "0")];
  return `${styles[i % styles.length]}.${ext}`;
}

function specs(): Spec[] {
  const r = rng(20250611);
  const out: Spec[] = [];
  POSTERS.forEach((p, i) => {
    const type = i % 3 === 1 ? "png" : "jpeg";
    out.push({ file: fileName(7 + i, type === "png" ? "png" : "jpg", r), kind: "poster", page: p.page, title: p.title, html: posterHtml(p, i), width: 800, height: 1000, type, quality: 80 });
  });
  const photoPages: PageId[] = ["beranda", "beranda", "profil", "profil", ...Array<PageId>(10).fill("galeri"), ...Array<PageId>(6).fill("berita")];
  for (let i = 0; i < PHOTO_COUNT; i++) {
    out.push({ file: fileName(101 + i, "jpg", r), kind: "photo", page: photoPages[i], title: `foto ${i + 1}`, html: photoHtml(i), width: 1024, height: 768, type: "jpeg", quality: 60 });
  }
  const iconPages: PageId[] = ["beranda", "beranda", "profil", "layanan-1", "layanan-2", "layanan-3", "layanan-4", "kontak", "kontak", "kontak"];
  for (let i = 0; i < ICON_COUNT; i++) {
    out.push({ file: `i${String(i + 1).padStart(2, "0")}.png`, kind: "icon", page: iconPages[i], title: `ikon ${i + 1}`, html: iconHtml(i), width: 64, height: 64, type: "png" });
  }
  return out;
}

function hashOf(all: Spec[]): string {
  const h = crypto.createHash("sha256").update(String(RENDER_VERSION));
  for (const s of all) h.update(JSON.stringify(s));
  return h.digest("hex").slice(0, 16);
}

/** Renders every missing image into `dir`; a finished build leaves `done.json` behind. */
async function build(all: Spec[], dir: string): Promise<void> {
  if (fs.existsSync(path.join(dir, "done.json"))) return;
  fs.mkdirSync(dir, { recursive: true });
  const browser = await launchChromium();
  try {
    const queue = all.filter((s) => !fs.existsSync(path.join(dir, s.file)));
    const worker = async () => {
      const page = await browser.newPage();
      for (let s = queue.shift(); s; s = queue.shift()) {
        await page.setViewportSize({ width: s.width, height: s.height });
        await page.setContent(s.html, { waitUntil: "load" });
        const overflow = await page.evaluate(() => {
          const wrap = document.querySelector(".wrap");
          return wrap ? wrap.scrollHeight > window.innerHeight + 1 : false;
        });
        if (overflow) throw new Error(`Poster "${s.title}" does not fit ${s.width}x${s.height}`);
        const buf = await page.screenshot({ type: s.type, ...(s.type === "jpeg" ? { quality: s.quality } : {}) });
        // Write then rename, so an interrupted build never leaves a truncated image in the cache.
        fs.writeFileSync(path.join(dir, `${s.file}.tmp`), buf);
        fs.renameSync(path.join(dir, `${s.file}.tmp`), path.join(dir, s.file));
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: RENDER_CONCURRENCY }, worker));
    fs.writeFileSync(path.join(dir, "done.json"), JSON.stringify({ images: all.length }));
  } finally {
    await browser.close();
  }
}

/** Builds of earlier sources are never read again; leave only the current one. */
function pruneOldBuilds(root: string, keep: string): void {
  for (const d of fs.readdirSync(root)) {
    if (d !== keep && /^[0-9a-f]{16}$/.test(d)) fs.rmSync(path.join(root, d), { recursive: true, force: true });
  }
}

/**
 * Builds the site if its cache is missing (about 20-40 s of Chromium on 2 cores), then serves
 * it on an ephemeral loopback port.
 */
export async function servePosterSite(opts: { cacheDir?: string } = {}): Promise<PosterSite> {
  const all = specs();
  const root = opts.cacheDir ?? DEFAULT_CACHE_DIR;
  const hash = hashOf(all);
  const dir = path.join(root, hash);
  await build(all, dir);
  pruneOldBuilds(root, hash);

  const files = new Map<string, { type: string; body: Buffer }>();
  for (const s of all) files.set(`/img/${s.file}`, { type: `image/${s.type}`, body: fs.readFileSync(path.join(dir, s.file)) });
  for (const p of PAGES) {
    const images = all.filter((s) => s.page === p.id).map((s) => ({ src: `/img/${s.file}`, kind: s.kind }));
    files.set(p.path, { type: "text/html; charset=utf-8", body: Buffer.from(renderPage(p, images)) });
  }
  files.set("/robots.txt", { type: "text/plain", body: Buffer.from("User-agent: *\nDisallow:\n") });

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://poster-site.invalid");
    const file = files.get(url.pathname === "/" ? "/index.html" : url.pathname);
    if (!file) {
      res.writeHead(404, { "content-type": "text/html; charset=utf-8" });
      res.end("<!doctype html><title>404</title><h1>Halaman tidak ditemukan</h1>");
      return;
    }
    res.writeHead(200, { "content-type": file.type, "content-length": file.body.length });
    res.end(req.method === "HEAD" ? undefined : file.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  const count = (k: ImageKind) => all.filter((s) => s.kind === k).length;
  return {
    url: `http://127.0.0.1:${port}/`,
    counts: { posters: count("poster"), photos: count("photo"), icons: count("icon") },
    images: all.map((s) => ({ path: `/img/${s.file}`, kind: s.kind, page: s.page, title: s.title })),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
