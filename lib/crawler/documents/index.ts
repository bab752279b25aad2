/**
 * The documents phase: linked PDFs (text layer, first pages) and poster-like content images
 * (OCR), chosen by keyword and capped per scan, fetched under the policy and a size cap into
 * memory only, cached by content hash so a re-scan does not read the same file again.
 */
import { createHash } from "node:crypto";
import type { DocumentArtifact, PageArtifact } from "@/lib/artifacts/types";
import { classifyError, CrawlError, errorMessage } from "../errors";
import { safeFetch } from "../http-fetch";
import type { KeywordMatcher } from "../keywords";
import type { Robots } from "../robots";
import type { TargetPolicy } from "../target-policy";
import { withTimeout } from "../time";
import { canonicalUrl, fileNameOf, pathWords, sameSite, urlKind } from "../url";
import type { OcrEngine } from "./ocr";
import { extractPdfText } from "./pdf";

export type TextCache = {
  get(sha256: string): Promise<{ text: string; confidence: number | null } | null>;
  set(sha256: string, method: "pdf" | "ocr", text: string, confidence: number | null): Promise<void>;
};

/** PDFs read per scan: the standar pelayanan, maklumat, SOPs and reports of one OPD fit. */
export const MAX_PDFS = 15;
/** Scanned decrees run to 10-20 MB; beyond that the file is an archive, not a notice. */
export const PDF_MAX_BYTES = 20 * 1024 * 1024;
/** A poster photographed by a phone is 1-5 MB. */
export const IMAGE_MAX_BYTES = 8 * 1024 * 1024;
/** Images read by OCR per scan unless the caller says otherwise (about 1-3 s each). */
export const DEFAULT_MAX_OCR_IMAGES = 6;
/** Posters and charts are big; icons, logos and thumbnails are not worth reading. */
const POSTER_MIN_SIDE = 300;
const DOC_TIMEOUT_MS = 20_000;
const POSTER_WORDS =
  /maklumat|alur|alir|flow|struktur|bagan|organisasi|skm|ikm|survei|survey|kepuasan|standar|sop|prosedur|persyaratan|syarat|pengaduan|aduan|jam[\s_-]*(pelayanan|layanan|operasional)|tarif|biaya|motto|moto|visi|misi|janji|kompensasi|infografi|pengumuman/i;
const NOT_POSTER = /logo|icon|ikon|favicon|avatar|banner-?ads|sprite/i;

export type DocumentCandidate = { url: string; sourcePageUrl: string; label: string; kind: "pdf" | "image"; score: number };

/** Linked PDFs (and PDFs found by navigating), keyword-ranked, same site first. */
export function pdfCandidates(pages: PageArtifact[], found: DocumentCandidate[], site: string, keywords: KeywordMatcher): DocumentCandidate[] {
  const byUrl = new Map<string, DocumentCandidate>();
  const consider = (c: DocumentCandidate) => {
    const prev = byUrl.get(c.url);
    if (!prev || c.score > prev.score) byUrl.set(c.url, c);
  };
  for (const c of found) consider(c);
  for (const p of pages) {
    for (const l of p.links) {
      if (urlKind(l.href) !== "pdf") continue;
      const url = canonicalUrl(l.href);
      if (!url) continue;
      const score = keywords.score(`${l.text} ${pathWords(url)}`) + (sameSite(url, site) ? 10 : 0) + (l.region === "main" ? 5 : 0);
      consider({ url, sourcePageUrl: p.finalUrl, label: l.text, kind: "pdf", score });
    }
  }
  return [...byUrl.values()].sort((a, b) => b.score - a.score);
}

/** Content images that look like posters or documents by name, alt text and size. */
export function imageCandidates(pages: PageArtifact[], keywords: KeywordMatcher): DocumentCandidate[] {
  const byUrl = new Map<string, DocumentCandidate>();
  for (const p of pages) {
    for (const img of p.images) {
      const words = `${img.fileName} ${img.alt}`;
      if (!POSTER_WORDS.test(words) || NOT_POSTER.test(img.fileName)) continue;
      if (/\.(svg|ico|gif)$/i.test(img.fileName)) continue;
      const known = img.width > 0 && img.height > 0;
      if (known && Math.min(img.width, img.height) < POSTER_MIN_SIDE) continue;
      const url = canonicalUrl(img.src);
      if (!url || byUrl.has(url)) continue;
      const score = keywords.score(words.replace(/[-_.]+/g, " ")) + (img.region === "main" ? 10 : 0);
      byUrl.set(url, { url, sourcePageUrl: p.finalUrl, label: img.alt, kind: "image", score });
    }
  }
  return [...byUrl.values()].sort((a, b) => b.score - a.score);
}

export type DocumentsEnv = {
  policy: TargetPolicy;
  userAgent: string;
  robots: Robots;
  site: string;
  deadline: number;
  signal?: AbortSignal;
  textCache?: TextCache;
  ocr: OcrEngine | null;
  onDocument?: (url: string) => void;
};

function artifact(c: DocumentCandidate): DocumentArtifact {
  return {
    url: c.url,
    sourcePageUrl: c.sourcePageUrl,
    kind: c.kind,
    label: c.label.slice(0, 300),
    fileName: fileNameOf(c.url).slice(0, 300),
    bytes: null,
    sha256: null,
    text: "",
    textSource: null,
    scanned: false,
    pages: null,
    ocrConfidence: null,
    errorClass: null,
    errorMessage: null,
  };
}

/** Reads each candidate in turn until the deadline; every candidate yields an artifact. */
export async function readDocuments(cands: DocumentCandidate[], env: DocumentsEnv): Promise<DocumentArtifact[]> {
  const out: DocumentArtifact[] = [];
  for (const c of cands) {
    if (env.signal?.aborted) break;
    const left = env.deadline - Date.now();
    if (left < 1_000) break;
    env.onDocument?.(c.url);
    const doc = artifact(c);
    out.push(doc);
    if (sameSite(c.url, env.site) && !env.robots.allows(c.url)) {
      Object.assign(doc, { errorClass: "robots", errorMessage: "Dilarang robots.txt" });
      continue;
    }
    try {
      await readOne(c, doc, env, Math.min(DOC_TIMEOUT_MS, left - 500));
    } catch (e) {
      doc.errorClass = classifyError(e);
      doc.errorMessage = errorMessage(e);
    }
  }
  return out;
}

async function readOne(c: DocumentCandidate, doc: DocumentArtifact, env: DocumentsEnv, timeoutMs: number): Promise<void> {
  const res = await safeFetch(c.url, {
    policy: env.policy,
    origin: c.kind,
    userAgent: env.userAgent,
    timeoutMs,
    maxBytes: c.kind === "pdf" ? PDF_MAX_BYTES : IMAGE_MAX_BYTES,
    signal: env.signal,
    readBody: ({ status }) => status >= 200 && status < 300,
  });
  if (res.status >= 400) throw new CrawlError(res.status >= 500 ? "http_5xx" : "http_4xx", `HTTP ${res.status}`);
  const body = res.body;
  if (!body) throw new CrawlError("unknown", `Tidak ada isi (HTTP ${res.status})`);
  doc.bytes = body.length;
  doc.sha256 = createHash("sha256").update(body).digest("hex");
  const isPdf = body.subarray(0, 5).toString("latin1") === "%PDF-";
  if (c.kind === "pdf" && !isPdf) throw new CrawlError("unsupported_content", "Berkas bukan PDF");
  const cached = await env.textCache?.get(doc.sha256).catch(() => null);
  if (c.kind === "pdf") {
    if (cached) {
      Object.assign(doc, { text: cached.text, textSource: "pdf", scanned: cached.text.trim().length === 0 });
      return;
    }
    const pdf = await withTimeout(extractPdfText(body), timeoutMs, "PDF");
    Object.assign(doc, { text: pdf.text, textSource: pdf.text ? "pdf" : null, scanned: pdf.scanned, pages: pdf.pages });
    await env.textCache?.set(doc.sha256, "pdf", pdf.text, null).catch(() => undefined);
    return;
  }
  if (cached) {
    Object.assign(doc, { text: cached.text, textSource: "ocr", ocrConfidence: cached.confidence });
    return;
  }
  if (!env.ocr) return;
  const r = await withTimeout(env.ocr.recognize(body), timeoutMs, "OCR");
  Object.assign(doc, { text: r.text, textSource: r.text ? "ocr" : null, ocrConfidence: r.confidence });
  await env.textCache?.set(doc.sha256, "ocr", r.text, r.confidence).catch(() => undefined);
}
