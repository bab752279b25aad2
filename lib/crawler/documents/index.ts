/**
 * The documents phase for PDFs: linked and embedded PDFs (text layer, first pages; scanned ones
 * through OCR), chosen by keyword and capped per scan, fetched under the policy and a size cap
 * into memory only, cached by content hash so a re-scan does not read the same file again.
 * Documents in external viewers are recorded without fetching. Images: ./images.ts.
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
import { forOcr, inspectImage, scannedPageImages } from "./raster";

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
const DOC_TIMEOUT_MS = 20_000;

export type DocumentCandidate = {
  url: string;
  sourcePageUrl: string;
  label: string;
  kind: "pdf" | "image" | "embedded";
  score: number;
  via?: "link" | "image" | "embed";
  context?: string;
  revealedBy?: string | null;
};

/** Viewers of other services that show a document inside a page; their content cannot be read here. */
const EXTERNAL_VIEWERS = /(?:^|\.)(?:drive\.google\.com|docs\.google\.com|scribd\.com|issuu\.com|onedrive\.live\.com|1drv\.ms|dropbox\.com|box\.com|slideshare\.net|yumpu\.com|flipbookpdf\.net|anyflip\.com|heyzine\.com)$/i;
/** An embedded same-site PDF is shown on the page: it outranks PDFs that are only linked. */
const EMBED_BONUS = 15;

/** Linked PDFs (and PDFs found by navigating, and PDFs shown in frames), keyword-ranked, same site first. */
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
      consider({ url, sourcePageUrl: p.finalUrl, label: l.text, kind: "pdf", score, via: "link" });
    }
    for (const e of p.embeds ?? []) {
      const url = canonicalUrl(e.url);
      if (!url || !sameSite(url, site) || (urlKind(url) !== "pdf" && e.tag === "iframe")) continue;
      const score = keywords.score(`${e.label} ${pathWords(url)}`) + 10 + 5 + EMBED_BONUS;
      consider({ url, sourcePageUrl: p.finalUrl, label: e.label, kind: "pdf", score, via: "embed" });
    }
  }
  return [...byUrl.values()].sort((a, b) => b.score - a.score);
}

/** Documents shown by an external viewer (Google Drive, Scribd ...): recorded, never fetched. */
export function embeddedViewerDocuments(pages: PageArtifact[]): DocumentArtifact[] {
  const out = new Map<string, DocumentArtifact>();
  for (const p of pages) {
    for (const e of p.embeds ?? []) {
      let host = "";
      try {
        host = new URL(e.url).hostname;
      } catch {
        continue;
      }
      if (e.internal || !EXTERNAL_VIEWERS.test(host) || out.has(e.url)) continue;
      out.set(e.url, { ...artifact({ url: e.url, sourcePageUrl: p.finalUrl, label: e.label, kind: "embedded", score: 0, via: "embed" }), skipReason: "external_viewer" });
    }
  }
  return [...out.values()];
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
  /** OCR (images, scanned PDFs) starts no new read after this; default: `deadline`. */
  ocrDeadline?: number;
  onDocument?: (url: string) => void;
};

export function artifact(c: DocumentCandidate): DocumentArtifact {
  return {
    url: c.url,
    sourcePageUrl: c.sourcePageUrl,
    kind: c.kind,
    via: c.via ?? (c.kind === "image" ? "image" : "link"),
    label: c.label.slice(0, 300),
    context: (c.context ?? "").slice(0, 300),
    revealedBy: c.revealedBy ?? null,
    skipReason: null,
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

/**
 * Fetches a document under the policy into memory (never to disk), within a size cap; records
 * its size and content hash on the artifact. Throws a classified CrawlError.
 */
export async function fetchDocumentBody(
  url: string,
  doc: DocumentArtifact,
  env: DocumentsEnv,
  o: { kind: "pdf" | "image"; timeoutMs: number; maxBytes: number },
): Promise<{ body: Buffer; sha: string }> {
  const res = await safeFetch(url, {
    policy: env.policy,
    origin: o.kind,
    userAgent: env.userAgent,
    timeoutMs: o.timeoutMs,
    maxBytes: o.maxBytes,
    signal: env.signal,
    readBody: ({ status }) => status >= 200 && status < 300,
  });
  if (res.status >= 400) throw new CrawlError(res.status >= 500 ? "http_5xx" : "http_4xx", `HTTP ${res.status}`);
  const body = res.body;
  if (!body) throw new CrawlError("unknown", `Tidak ada isi (HTTP ${res.status})`);
  const sha = createHash("sha256").update(body).digest("hex");
  doc.bytes = body.length;
  doc.sha256 = sha;
  return { body, sha };
}

async function readOne(c: DocumentCandidate, doc: DocumentArtifact, env: DocumentsEnv, timeoutMs: number): Promise<void> {
  const { body, sha } = await fetchDocumentBody(c.url, doc, env, { kind: "pdf", timeoutMs, maxBytes: PDF_MAX_BYTES });
  if (body.subarray(0, 5).toString("latin1") !== "%PDF-") throw new CrawlError("unsupported_content", "Berkas bukan PDF");
  const cached = await env.textCache?.get(sha).catch(() => null);
  if (cached) {
    // A cached OCR reading (it has a confidence) is a scanned PDF read earlier.
    const ocr = cached.confidence !== null;
    Object.assign(doc, { text: cached.text, textSource: cached.text ? (ocr ? "ocr" : "pdf") : null, scanned: ocr || !cached.text.trim(), ocrConfidence: cached.confidence });
    return;
  }
  const pdf = await withTimeout(extractPdfText(body), timeoutMs, "PDF");
  Object.assign(doc, { text: pdf.text, textSource: pdf.text ? "pdf" : null, scanned: pdf.scanned, pages: pdf.pages });
  if (pdf.scanned) {
    await readScannedPdf(body, doc, env);
    return;
  }
  await env.textCache?.set(sha, "pdf", pdf.text, null).catch(() => undefined);
}

/** A scanned PDF's first pages through OCR, within the scan's OCR time. */
async function readScannedPdf(body: Buffer, doc: DocumentArtifact, env: DocumentsEnv): Promise<void> {
  if (!env.ocr) {
    doc.skipReason = "ocr_off";
    return;
  }
  if (Date.now() > (env.ocrDeadline ?? env.deadline) - 2_000) {
    doc.skipReason = "budget";
    return;
  }
  const images = await scannedPageImages(body);
  const texts: string[] = [];
  const confidences: number[] = [];
  for (const img of images) {
    if (Date.now() > (env.ocrDeadline ?? env.deadline) - 1_000) break;
    const info = await inspectImage(img);
    const r = await withTimeout(env.ocr.recognize(await forOcr(img, info)), Math.max(1_000, Math.min(DOC_TIMEOUT_MS, env.deadline - Date.now())), "OCR");
    texts.push(r.text);
    confidences.push(r.confidence);
  }
  if (!texts.length) {
    doc.skipReason = images.length ? "budget" : "no_page_image";
    return;
  }
  const text = texts.join("\n\n").trim();
  const confidence = confidences.reduce((a, b) => a + b, 0) / confidences.length;
  Object.assign(doc, { text, textSource: text ? "ocr" : null, ocrConfidence: confidence });
  // Cached only when every page read was tried, so a budget cut is not remembered as the whole text.
  if (texts.length === images.length && doc.sha256) await env.textCache?.set(doc.sha256, "ocr", text, confidence).catch(() => undefined);
}
