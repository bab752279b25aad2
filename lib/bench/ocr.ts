/**
 * Bench section 5: reading an image-heavy site (40 posters, 20 photos, 10 icons with meaningless
 * names, lazy sources and carousels) with the real crawler and OCR, once with an empty text cache
 * (first scan) and once with the cache the first scan filled (re-scan), as the worker does with
 * the database-backed cache. Reports wall time and what happened to each kind of image.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DocumentArtifact } from "@/lib/artifacts/types";
import { crawlSite, type TextCache } from "@/lib/crawler";
import { servePosterSite, type PosterSiteImage } from "./poster-site";

/** OCR confidence from which a poster counts as read (the checks' own threshold for trusting OCR). */
const READ_CONFIDENCE = 60;

export type OcrScan = {
  ms: number;
  postersRead: number;
  postersUnread: string[];
  photosSkippedByPrepass: number;
  photosOcrd: number;
  iconsOcrd: number;
  cached: number;
  ocrd: number;
};

export type OcrBench = { posters: number; photos: number; icons: number; first: OcrScan; rescan: OcrScan };

/** The bench's stand-in for the scan_text_cache table: same interface, in memory. */
function memoryCache(hits: { n: number }): TextCache {
  const m = new Map<string, { text: string; confidence: number | null }>();
  return {
    get: async (sha) => {
      const v = m.get(sha) ?? null;
      if (v) hits.n++;
      return v;
    },
    set: async (sha, _method, text, confidence) => void m.set(sha, { text, confidence }),
  };
}

function tally(docs: DocumentArtifact[], images: PosterSiteImage[], ms: number, cached: number): OcrScan {
  const byPath = new Map(docs.filter((d) => d.kind === "image").map((d) => [new URL(d.url).pathname, d]));
  const of = (kind: PosterSiteImage["kind"]) => images.filter((i) => i.kind === kind).map((i) => ({ i, d: byPath.get(i.path) }));
  const posters = of("poster");
  const read = posters.filter(({ d }) => d && d.text.trim() && (d.ocrConfidence ?? 0) >= READ_CONFIDENCE);
  return {
    ms,
    postersRead: read.length,
    postersUnread: posters.filter((p) => !read.includes(p)).map(({ i, d }) => `${i.path} (${d ? (d.skipReason ?? d.errorClass ?? `keyakinan ${Math.round(d.ocrConfidence ?? 0)}`) : "tidak ditemukan"})`),
    photosSkippedByPrepass: of("photo").filter(({ d }) => d?.skipReason === "photo").length,
    photosOcrd: of("photo").filter(({ d }) => d && d.ocrConfidence !== null).length,
    iconsOcrd: of("icon").filter(({ d }) => d && d.ocrConfidence !== null).length,
    cached,
    ocrd: docs.filter((d) => d.kind === "image" && d.ocrConfidence !== null).length - cached,
  };
}

export async function benchOcr(): Promise<OcrBench> {
  const site = await servePosterSite();
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), "patuh-bench-ocr-"));
  const hits = { n: 0 };
  const textCache = memoryCache(hits);
  const scan = async () => {
    hits.n = 0;
    const t0 = performance.now();
    const a = await crawlSite({ startUrl: site.url, allowPrivateNetwork: true, maxPages: 30, screenshotDir: null, ocr: { enabled: true, cacheDir }, textCache });
    return tally(a.documents, site.images, Math.round(performance.now() - t0), hits.n);
  };
  try {
    const first = await scan();
    const rescan = await scan();
    return { ...site.counts, first, rescan };
  } finally {
    await site.close();
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
}
