/**
 * "Is there real content about X on this site?" The one question most items ask. Looks for
 * blocks labelled X with real content (not an empty shell, not a news headline, not a menu),
 * for images and documents named X, and optionally for sentences that state X, and grades each
 * find: strong (complete), partial (incomplete), unreadable (image or scan without text), weak
 * (news post or passing mention: a person must look).
 */
import { EMBEDDED_SOURCE_LABEL, OCR_CONFIDENT, SOURCE_LABEL, type Corpus, type Unit, type PageImage } from "../corpus/units";
import { contentBody, matchingBlocks, type Block } from "../corpus/blocks";
import { isPlanLabel, isPlanMention } from "../text/mention";
import { clip, hasKeyword, matchAll, normalizeLabel, sentences, wordCount } from "../text/normalize";
import { EMAIL_RE, findPhones, hasPattern, type PatternName } from "../text/patterns";
import { isShellSentence, judgeShell } from "../text/shell";

export type Strength = "strong" | "partial" | "unreadable" | "weak";

export const STRENGTH_RANK: Record<Strength, number> = { strong: 3, partial: 2, unreadable: 1, weak: 0 };

export type Candidate = {
  strength: Strength;
  url: string;
  pageUrl: string;
  screenshotPath: string | null;
  depth: number | null;
  linked: boolean;
  excerpt: string;
  source: string;
  /** Short Indonesian phrase on what is missing or why it is weak. */
  note: string;
  /** The text judged (for detectors that look further, e.g. for years). */
  text: string;
  unit: Unit | null;
  /**
   * Only a person can tell (an external viewer's document, a poster read with low confidence):
   * with nothing better the item is `review` in any mode, never a guessed level.
   */
  forPerson?: boolean;
};

export type ContentQuery = {
  keywords: readonly string[];
  exactLabels?: readonly string[];
  excludeLabels?: readonly string[];
  minWords: number;
  includeChrome?: boolean;
  chromeBareLabels?: boolean;
  /** Sentences naming a keyword outside a labelled block: ignored, weak (review), or content. */
  bodyMentions?: "ignore" | "weak" | "content";
  /** Words one of which must appear with the keyword (in the block or sentence). */
  near?: readonly string[];
  /** Block without a `near` word: dropped ("required") or incomplete ("partial"). */
  nearMode?: "required" | "partial";
  requires?: readonly PatternName[];
  /** Images named after the subject: their content ("content": org charts), level 1 without OCR ("unreadable"), or ignored. */
  images?: "content" | "unreadable" | "ignore";
  /** Groups of words that must all name an image (alt or file name); default: the keywords. */
  imageKeywords?: readonly (readonly string[])[];
  /** A document whose text contains all of these is strong evidence whatever its name. */
  documentTerms?: readonly string[];
  /**
   * Detector-specific test of a body: true complete, a note on what is missing (incomplete), or
   * false when the block turns out to be about something else ("Waktu Pelayanan" with office hours).
   */
  accept?: (body: string, block: Block) => true | string | false;
  /** Shortest sentence worth reading as a mention (default MENTION_MIN_WORDS). */
  mentionMinWords?: number;
  /** Detector-specific test of a sentence mention. */
  acceptMention?: (sentence: string) => boolean;
};

export type ContentFinding = { candidates: Candidate[]; shells: Candidate[] };

/** A sentence opening with a plan ("Akan dilaksanakan tahun depan") under a label says it is not there yet. */
const PLAN_OPENING = /^(?:akan|segera|direncanakan|rencananya|dalam\s+proses)\b/i;

/** Sentences shorter than this say nothing about the subject ("Maklumat Pelayanan"). */
export const MENTION_MIN_WORDS = 5;

function base(unit: Unit, excerpt: string, text: string): Omit<Candidate, "strength" | "note"> {
  return {
    url: unit.url,
    pageUrl: unit.page.finalUrl || unit.page.url,
    screenshotPath: unit.page.screenshotPath,
    depth: unit.depth,
    linked: unit.linked,
    excerpt: clip(excerpt),
    source: SOURCE_LABEL[unit.kind],
    text,
    unit,
  };
}

function imageCandidate(img: PageImage, strength: Strength, note: string): Candidate {
  return {
    strength,
    url: img.image.src,
    pageUrl: img.page.finalUrl || img.page.url,
    screenshotPath: img.page.screenshotPath,
    depth: img.reach.depth,
    linked: img.reach.linked,
    excerpt: clip(`Gambar: ${img.image.alt || img.image.fileName}`),
    source: "gambar",
    note,
    text: img.doc?.text ?? "",
    unit: null,
  };
}

function excluded(label: string, q: ContentQuery): boolean {
  return !!q.excludeLabels?.length && hasKeyword(label, q.excludeLabels);
}

/** "NIP 19750412 200312 2 004": a civil servant's number under a name. */
const NIP = /\bNIP\.?\s*:?\s*\d[\d\s]{7,}/i;
/** A body that is only a name with title and NIP (a signature) says who, not anything about them. */
export const SIGNATURE_MAX_WORDS = 16;

/** A name with an honorific or a degree: "dr. Ratna", "Drs. Ahmad", "Budi, S.Kom", "RATNA, M.K.M.". */
const DEGREE_NAME = /\b(?:dr|drs|dra|ir|hj?|prof)\.\s*\p{Lu}|\p{Lu}[\p{L}']+,\s*(?:[SMAD]|Dr|Ir)\.\s?\p{Lu}?/u;
/** Titles and ranks around a name ("dr.", "M.K.M.", "Pembina Tk. I"): not words about the person. */
const TITLE_TOKEN = /^(?:dr|drs|dra|ir|hj?|prof|nip|pembina|penata|utama|muda|tk|[ivx]+|[a-z](?:\.[a-z]+)+)\.?,?$/i;

/**
 * A signature: a name with its title, rank and NIP, and no words about the person (no sentence,
 * no education or career, no phone to reach them). Under "Kepala Dinas" it names the official
 * without publishing a profile.
 */
export function isSignatureOnly(body: string): boolean {
  if (findPhones(body).length || EMAIL_RE.test(body)) return false;
  const words = body.replace(NIP, " ").split(/\s+/).filter(Boolean);
  if (!words.length || words.length > SIGNATURE_MAX_WORDS) return false;
  const prose = words.filter((w) => /^[a-z][a-z-]{2,}[.,;:)]?$/.test(w) && !TITLE_TOKEN.test(w));
  return NIP.test(body) ? prose.length <= 4 : prose.length === 0 && DEGREE_NAME.test(body);
}

/**
 * Laws and regulations of higher levels, and regional regulations, are references: their text
 * defines "laporan keuangan" or names "Susunan Organisasi" without being the OPD's publication
 * of it. They count only for items that ask for laws (their keywords name them).
 */
const REGULATION_TITLE =
  /^\W*(?:salinan\s+)?(?:undang[-\s]undang|peraturan\s+(?:pemerintah|presiden|menteri|daerah|gubernur|bupati|wali\s*kota|lembaga|badan|komisi)|perpres|permen\w*|perda|perbup|perwako|perwal|pergub|uu|pp)\b(?:\s+(?:republik\s+indonesia|ri|kabupaten|provinsi|kota|nomor|no\.?))?/i;
const LEGAL_ITEM_WORDS = ["regulasi", "produk hukum", "dasar hukum", "peraturan", "jdih", "undang-undang"];

function isRegulation(unit: Unit): boolean {
  if (unit.kind !== "pdf" && unit.kind !== "ocr") return false;
  return REGULATION_TITLE.test(unit.title) || REGULATION_TITLE.test(unit.text.slice(0, 200));
}

function judgeBlock(corpus: Corpus, block: Block, q: ContentQuery, out: ContentFinding): void {
  const { unit } = block;
  const shownLabel = block.kind === "whole" ? unit.title || block.label : block.label;
  if (excluded(block.line ?? shownLabel, q)) return;
  // A headline naming the subject as planned or requested is a passing mention.
  if (block.kind !== "document" && isPlanLabel(block.line ?? shownLabel)) return;
  const body = contentBody(corpus, block);
  // "SKM akan dilaksanakan tahun depan" under an SKM heading is a placeholder, not content.
  const planned = (s: string) => matchAll(s, q.keywords).some((h) => isPlanMention(s, h.index, h.length)) || PLAN_OPENING.test(s);
  const verdict = judgeShell(body, q.minWords, planned);
  const excerpt = `${shownLabel}: ${verdict.content || body}`;
  if (verdict.shell) {
    const isDoc = unit.kind === "pdf" || unit.kind === "ocr";
    if (isDoc && !unit.text.trim()) {
      const note = "dokumen hasil pindai tanpa teks yang terbaca";
      out.candidates.push({ ...base(unit, `Dokumen: ${unit.label}`, ""), strength: unit.isNews ? "weak" : "unreadable", note });
    } else {
      const shellExcerpt = verdict.placeholder ? `${shownLabel}: ${verdict.placeholder}` : excerpt;
      out.shells.push({ ...base(unit, shellExcerpt, body), strength: "weak", note: verdict.placeholder ? "halaman masih kosong" : "tanpa isi" });
    }
    return;
  }
  const whole = `${block.label}\n${verdict.content}`;
  const cand = (strength: Strength, note: string): Candidate => ({ ...base(unit, excerpt, whole), strength, note });
  if (isSignatureOnly(verdict.content)) {
    out.shells.push({ ...cand("weak", "hanya nama dan NIP penanda tangan"), excerpt: clip(excerpt) });
    return;
  }
  if (isRegulation(unit) && !hasKeyword(q.keywords.join(" "), LEGAL_ITEM_WORDS)) {
    out.candidates.push(cand("weak", "hanya disebut di naskah peraturan (rujukan), bukan publikasi OPD sendiri"));
    return;
  }
  const confidence = unit.kind === "ocr" ? unit.doc?.ocrConfidence : null;
  if (typeof confidence === "number" && confidence < OCR_CONFIDENT && !unit.isNews) {
    out.candidates.push({ ...cand("weak", `teks gambar terbaca kurang jelas (keyakinan OCR ${Math.round(confidence)}%)`), forPerson: true });
    return;
  }
  if (unit.isNews) {
    out.candidates.push(cand("weak", "hanya di dalam berita"));
    return;
  }
  if (q.near?.length && !hasKeyword(whole, q.near)) {
    if ((q.nearMode ?? "required") === "partial") out.candidates.push(cand("partial", "isinya belum lengkap"));
    return;
  }
  if ((q.requires ?? []).some((r) => !hasPattern(r, verdict.content))) {
    out.candidates.push(cand("partial", "isinya belum lengkap"));
    return;
  }
  const accepted = q.accept ? q.accept(verdict.content, block) : true;
  if (accepted === false) return;
  out.candidates.push(accepted === true ? cand("strong", "") : cand("partial", accepted));
}

function imageMatches(img: PageImage, q: ContentQuery, pageMatched: boolean): boolean {
  const name = `${img.image.alt} ${img.image.fileName.replace(/[-_+.]+/g, " ")}`;
  if (excluded(name, q)) return false;
  const groups = q.imageKeywords?.length ? q.imageKeywords : [q.keywords];
  return groups.every((g) => hasKeyword(name, g)) || pageMatched;
}

function judgeImages(corpus: Corpus, q: ContentQuery, matchedPages: Set<string>, out: ContentFinding): void {
  const mode = q.images ?? "ignore";
  if (mode === "ignore") return;
  for (const img of corpus.images) {
    const pageUrl = img.page.finalUrl || img.page.url;
    if (!imageMatches(img, q, matchedPages.has(pageUrl))) continue;
    // Text read from the image is judged as a document unit; here only images with no text.
    if (img.doc && wordCount(img.doc.text) >= Math.max(q.minWords, 1)) continue;
    if (img.isNews) out.candidates.push(imageCandidate(img, "weak", "gambar di dalam berita"));
    else if (mode === "content") out.candidates.push(imageCandidate(img, "strong", ""));
    else out.candidates.push(imageCandidate(img, "unreadable", "hanya berupa gambar yang teksnya tidak terbaca"));
  }
}

/** Documents in another service's viewer named after the subject: a person must open them. */
function judgeEmbedded(corpus: Corpus, q: ContentQuery, out: ContentFinding): void {
  for (const e of corpus.embedded) {
    const label = e.doc.label || e.doc.context;
    if (e.isNews || !label || !hasKeyword(label, q.keywords) || excluded(label, q)) continue;
    out.candidates.push({
      strength: "weak",
      url: e.doc.url,
      pageUrl: e.page.finalUrl || e.page.url,
      screenshotPath: e.page.screenshotPath,
      depth: e.reach.depth,
      linked: e.reach.linked,
      excerpt: clip(`Dokumen tersemat: ${label}`),
      source: EMBEDDED_SOURCE_LABEL,
      note: "dokumen ditampilkan lewat layanan luar dan isinya tidak dapat dibaca pemindai",
      text: "",
      unit: null,
      forPerson: true,
    });
  }
}

function judgeMentions(q: ContentQuery, unit: Unit, seen: Set<string>, out: ContentFinding): void {
  if (q.bodyMentions === undefined || q.bodyMentions === "ignore" || unit.isNews) return;
  // A headline (often linking to a post) or a menu item names a subject without stating anything.
  const titles = [...unit.page.links.map((l) => l.text), ...unit.headings.map((h) => h.text)].map(normalizeLabel).filter(Boolean);
  for (const s of sentences(unit.text)) {
    const key = normalizeLabel(s.text);
    if (titles.some((t) => t.includes(key)) || seen.has(key) || wordCount(s.text) < (q.mentionMinWords ?? MENTION_MIN_WORDS) || isShellSentence(s.text)) continue;
    const hits = matchAll(s.text, q.keywords);
    if (!hits.length || excluded(s.text, q)) continue;
    if (hits.every((h) => isPlanMention(s.text, h.index, h.length))) continue;
    if (q.near?.length && !hasKeyword(s.text, q.near)) continue;
    if (q.acceptMention && !q.acceptMention(s.text)) continue;
    seen.add(key);
    out.candidates.push({
      ...base(unit, s.text, s.text),
      strength: q.bodyMentions === "content" ? "strong" : "weak",
      note: q.bodyMentions === "content" ? "" : "hanya disebut sepintas",
    });
  }
}

/** Finds and grades every place on the site that could be content about the query's subject. */
export function findContent(corpus: Corpus, q: ContentQuery): ContentFinding {
  const out: ContentFinding = { candidates: [], shells: [] };
  const matchedPages = new Set<string>();
  const seen = new Set<string>();
  for (const unit of corpus.units) {
    if (unit.kind === "chrome" && !q.includeChrome) continue;
    const blocks = matchingBlocks(corpus, unit, q);
    for (const b of blocks) {
      if (b.kind === "whole" && !excluded(unit.title || b.label, q)) matchedPages.add(unit.page.finalUrl || unit.page.url);
      judgeBlock(corpus, b, q, out);
      for (const s of sentences(b.body)) seen.add(normalizeLabel(s.text));
    }
    const isDoc = unit.kind === "pdf" || unit.kind === "ocr";
    if (q.documentTerms?.length && isDoc && !blocks.length && !unit.isNews && !isRegulation(unit)) {
      if (q.documentTerms.every((t) => hasKeyword(unit.text, [t])) && wordCount(unit.text) >= q.minWords) {
        out.candidates.push({ ...base(unit, unit.text.slice(0, 300), unit.text), strength: "strong", note: "" });
      }
    }
    judgeMentions(q, unit, seen, out);
  }
  judgeImages(corpus, q, matchedPages, out);
  judgeEmbedded(corpus, q, out);
  return out;
}
