/**
 * The images phase: every content image a visitor would read, ranked by the page it is on and
 * the text around it (not by its file name: `spgdt.jpeg` and `IMG-20250611-WA0007.png` are how
 * OPD upload their standar pelayanan), fetched under the policy, measured from the file itself,
 * de-duplicated by content hash, photos skipped by a cheap pre-pass, and read by OCR on a pool of
 * workers within the scan's OCR time. Every candidate yields an artifact saying what happened.
 */
import type { DocumentArtifact, ImageArtifact, PageArtifact } from "@/lib/artifacts/types";
import { classifyError, errorMessage } from "../errors";
import type { KeywordMatcher } from "../keywords";
import { withTimeout } from "../time";
import { canonicalUrl, pathWords, sameSite } from "../url";
import { artifact, fetchDocumentBody, IMAGE_MAX_BYTES, type DocumentCandidate, type DocumentsEnv } from "./index";
import { forOcr, inspectImage, POSTER_MIN_SIDE, textLikeness } from "./raster";

/** Images fetched and measured per scan: a site with 40 posters and as many photos fits. */
export const DEFAULT_MAX_OCR_IMAGES = 120;
/** OCR time per scan: 40 posters at ~2 s on two workers, with room for a slow machine. */
export const DEFAULT_OCR_BUDGET_MS = 90_000;
/** Files fetched at once while OCR works on earlier ones. */
const FETCH_CONCURRENCY = 3;
/** A poster is a few MB at most; a server slower than this for one is failing visitors too. */
const IMAGE_FETCH_TIMEOUT_MS = 20_000;
/** One image never holds a worker longer than this. */
const OCR_IMAGE_TIMEOUT_MS = 30_000;
/** Logos, icons and decoration, whatever page they are on. */
const NOT_CONTENT = /(?:^|[^a-z])(?:logo|icon|ikon|favicon|avatar|sprite|spinner|loading|placeholder|blank|spacer|emoji|flag|bendera)(?:[^a-z]|$)/i;
const NOT_RASTER = /\.(?:svg|ico)(?:[?#]|$)/i;

/** Why an image was not read by OCR, as recorded in its artifact. */
export type SkipReason = "small" | "photo" | "budget" | "duplicate" | "ocr_off";

function relevance(text: string, keywords: KeywordMatcher): number {
  return keywords.score(text.replace(/[-_.]+/g, " "));
}

/**
 * Candidates in reading order. Score: the page's subject (title, headings, address), the words
 * a visitor reads with the image (caption, heading, slide or tab label, alt, file name), shown in
 * the content rather than a sidebar, revealed by a click or pop-up (someone put it there on
 * purpose), not a news post's illustration.
 */
export function imageCandidates(pages: PageArtifact[], keywords: KeywordMatcher, isNews: (p: PageArtifact) => boolean): DocumentCandidate[] {
  const byUrl = new Map<string, DocumentCandidate>();
  for (const p of pages) {
    if (p.errorClass) continue;
    const pageWords = [p.title, pathWords(p.finalUrl), ...p.headings.slice(0, 4).map((h) => h.text)].join(" ");
    const pageScore = Math.min(150, relevance(pageWords, keywords));
    for (const img of p.images) {
      if (!eligible(img)) continue;
      const url = canonicalUrl(img.src);
      if (!url) continue;
      const own = relevance(`${img.context} ${img.alt} ${img.fileName}`, keywords);
      // Sidebars and headers hold logos and banners; a poster there counts only when it says what it is.
      if (img.region !== "main" && own === 0) continue;
      const score =
        pageScore / 2 + own + (img.region === "main" ? 20 : 0) + (img.revealedBy ? 15 : 0) + (img.shownAs === "lightbox" ? 10 : 0) - (isNews(p) ? 40 : 0);
      const prev = byUrl.get(url);
      if (prev && prev.score >= score) continue;
      byUrl.set(url, { url, sourcePageUrl: p.finalUrl, label: img.alt, kind: "image", score, via: "image", context: img.context, revealedBy: img.revealedBy });
    }
  }
  return [...byUrl.values()].sort((a, b) => b.score - a.score);
}

function eligible(img: ImageArtifact): boolean {
  if (NOT_RASTER.test(img.src) || NOT_CONTENT.test(`${img.fileName} ${img.alt}`)) return false;
  // Sizes from the page are hints (0 = unknown); the file decides later.
  const known = img.width > 0 && img.height > 0;
  return !(known && img.shownAs !== "background" && Math.min(img.width, img.height) < POSTER_MIN_SIDE / 2);
}

type Read = { text: string; confidence: number | null };

/** Reads the candidates: fetch, measure, skip or OCR, in rank order. Never throws. */
export async function readImages(cands: DocumentCandidate[], env: DocumentsEnv): Promise<DocumentArtifact[]> {
  const out: DocumentArtifact[] = cands.map((c) => artifact(c));
  const byHash = new Map<string, Promise<Read | SkipReason>>();
  let next = 0;
  const ocrDeadline = env.ocrDeadline ?? env.deadline;
  const work = async () => {
    while (next < cands.length) {
      const i = next++;
      const c = cands[i];
      const doc = out[i];
      if (env.signal?.aborted || Date.now() > env.deadline - 1_000) {
        doc.skipReason = "budget";
        continue;
      }
      env.onDocument?.(c.url);
      if (sameSite(c.url, env.site) && !env.robots.allows(c.url)) {
        Object.assign(doc, { errorClass: "robots", errorMessage: "Dilarang robots.txt" });
        continue;
      }
      try {
        await readOne(c, doc, env, byHash, ocrDeadline);
      } catch (e) {
        doc.errorClass = classifyError(e);
        doc.errorMessage = errorMessage(e);
      }
    }
  };
  await Promise.all(Array.from({ length: FETCH_CONCURRENCY }, work));
  return out;
}

async function readOne(
  c: DocumentCandidate,
  doc: DocumentArtifact,
  env: DocumentsEnv,
  byHash: Map<string, Promise<Read | SkipReason>>,
  ocrDeadline: number,
): Promise<void> {
  const timeoutMs = Math.max(1_000, Math.min(IMAGE_FETCH_TIMEOUT_MS, env.deadline - Date.now() - 500));
  const { body, sha } = await fetchDocumentBody(c.url, doc, env, { kind: "image", timeoutMs, maxBytes: IMAGE_MAX_BYTES });
  // The same poster on several pages (or under several names) is read once.
  let pending = byHash.get(sha);
  const first = !pending;
  if (!pending) {
    pending = readPixels(body, sha, env, ocrDeadline);
    byHash.set(sha, pending);
  }
  const r = await pending;
  if (typeof r === "string") {
    doc.skipReason = first ? r : r === "budget" ? "budget" : "duplicate";
    return;
  }
  Object.assign(doc, { text: r.text, textSource: r.text ? "ocr" : null, ocrConfidence: r.confidence });
}

async function readPixels(body: Buffer, sha: string, env: DocumentsEnv, ocrDeadline: number): Promise<Read | SkipReason> {
  const info = await inspectImage(body);
  if (Math.min(info.width, info.height) < POSTER_MIN_SIDE) return "small";
  const cached = await env.textCache?.get(sha).catch(() => null);
  if (cached) return { text: cached.text, confidence: cached.confidence };
  if (!env.ocr) return "ocr_off";
  if ((await textLikeness(body)).photo) return "photo";
  if (Date.now() > ocrDeadline - 1_000) return "budget";
  const prepared = await forOcr(body, info);
  const r = await withTimeout(env.ocr.recognize(prepared), Math.min(OCR_IMAGE_TIMEOUT_MS, Math.max(1_000, env.deadline - Date.now())), "OCR");
  await env.textCache?.set(sha, "ocr", r.text, r.confidence).catch(() => undefined);
  return { text: r.text, confidence: r.confidence };
}

