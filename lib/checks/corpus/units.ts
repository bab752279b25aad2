/**
 * The corpus: every readable text of a scan as "units" (a page's main text, text revealed by its
 * tabs, navigation and footer, each PDF's text, each image's OCR text), with how many clicks from
 * the home page it sits and whether it is a news post. Built once per artifacts object.
 */
import type { DocumentArtifact, ImageArtifact, PageArtifact, ScanArtifacts } from "@/lib/artifacts/types";
import { computeReach, urlKey, type Reach } from "./graph";
import { isNewsPage } from "./news";
import { normalizeLabel, urlWords } from "../text/normalize";

export type UnitKind = "page" | "revealed" | "dialog" | "chrome" | "pdf" | "ocr";

/** Indonesian names of where evidence came from, as shown next to it. */
export const SOURCE_LABEL: Record<UnitKind, string> = {
  page: "halaman",
  revealed: "konten tab/akordeon",
  dialog: "pop-up",
  chrome: "menu/footer",
  pdf: "pdf",
  ocr: "ocr",
};

/** Source label of a document shown by an external viewer (see EVIDENCE_SOURCES in ../types). */
export const EMBEDDED_SOURCE_LABEL = "dokumen tersemat";

/**
 * OCR confidence under which text read from an image is weak evidence: enough to point a person
 * at the image, not enough to give a level on its own.
 */
export const OCR_CONFIDENT = 60;

export type Unit = {
  kind: UnitKind;
  /** Where the text lives: the page URL or the document URL. */
  url: string;
  /** The page that shows or links it (evidence screenshot). */
  page: PageArtifact;
  doc: DocumentArtifact | null;
  /** Page title without the site name, or the document's link text. */
  title: string;
  /** What names the unit as a whole: title, h1 and URL words; control text; document label and file name. */
  label: string;
  text: string;
  headings: { level: number; text: string }[];
  depth: number | null;
  linked: boolean;
  isNews: boolean;
};

export type PageImage = { page: PageArtifact; image: ImageArtifact; doc: DocumentArtifact | null; reach: Reach; isNews: boolean };

/** A document shown in the page by another service's viewer (Google Drive ...): named, not readable here. */
export type EmbeddedDocument = { page: PageArtifact; doc: DocumentArtifact; reach: Reach; isNews: boolean };

export type Corpus = {
  artifacts: ScanArtifacts;
  pages: PageArtifact[];
  home: PageArtifact | null;
  units: Unit[];
  /** Content images (main region, not logos or placeholders) with their OCR document if any. */
  images: PageImage[];
  embedded: EmbeddedDocument[];
  reach(url: string): Reach;
  isNews(page: PageArtifact): boolean;
  /** Normalised texts of a page's menu and footer links (menu lines are not content). */
  chromeLinkTexts(page: PageArtifact): Set<string>;
  siteHost: string;
};

/** Images smaller than this are icons and bullets, not posters or charts. */
export const CONTENT_IMAGE_MIN_PX = 120;
const PLACEHOLDER_IMAGE = /(?:placeholder|no[-_]?image|noimage|default|coming[-_]?soon|blank|spacer|logo|icon|avatar|loading|banner[-_]?kosong)/i;

/**
 * Tesseract's mean word confidence (0-100) under which OCR output is mostly noise: such an image
 * counts as one whose text could not be read (level 1), not as text.
 */
export const OCR_MIN_CONFIDENCE = 40;

/**
 * OCR splits a spaced-out poster word into fragments ("G RATI S"): a run of capital fragments of
 * at most four letters, one of them a single letter, is one word again ("GRATIS").
 */
export function joinOcrFragments(text: string): string {
  return text.replace(/\b\p{Lu}{1,4}(?: \p{Lu}{1,4})+\b/gu, (run) => {
    const parts = run.split(" ");
    const joined = parts.join("");
    return parts.some((p) => p.length === 1) && joined.length >= 4 && joined.length <= 12 ? joined : run;
  });
}

/** The text of a document as far as it can be trusted. */
export function readableText(d: DocumentArtifact): string {
  if (d.textSource === "ocr" && d.ocrConfidence !== null && d.ocrConfidence < OCR_MIN_CONFIDENCE) return "";
  return d.textSource === "ocr" ? joinOcrFragments(d.text) : d.text;
}

export function isUsablePage(p: PageArtifact): boolean {
  if (p.errorClass) return false;
  if (p.status !== null && (p.status < 200 || p.status >= 400)) return false;
  return !p.contentType || /html|xml|text/i.test(p.contentType);
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return "";
  }
}

/** Title parts repeated on most pages are the site's name, not the page's subject. */
function titleCleaner(pages: PageArtifact[]): (title: string) => string {
  const split = (t: string) => t.split(/\s+[|–—\-:»·]\s+|\s*[|»]\s*/).map((s) => s.trim()).filter(Boolean);
  const counts = new Map<string, number>();
  for (const p of pages) for (const part of new Set(split(p.title).map(normalizeLabel))) counts.set(part, (counts.get(part) ?? 0) + 1);
  const common = pages.length >= 3 ? new Set([...counts].filter(([, n]) => n >= pages.length / 2).map(([k]) => k)) : new Set<string>();
  return (title) => {
    const parts = split(title);
    const kept = parts.filter((p) => !common.has(normalizeLabel(p)));
    return (kept.length ? kept : parts.length > 1 ? [] : parts).join(" | ");
  };
}

/**
 * Template text: lines of the main text that the home page shares with at least half of the
 * site's pages (menus, sidebars, headers and footers that the theme did not mark as such). They
 * are never content for any item; they stay readable as menu/footer text.
 */
export const TEMPLATE_MIN_SHARE = 0.5;
export const TEMPLATE_MIN_PAGES = 3;

export function templateLines(pages: PageArtifact[], home: PageArtifact | null): Set<string> {
  const out = new Set<string>();
  if (!home || pages.length < TEMPLATE_MIN_PAGES) return out;
  const counts = new Map<string, number>();
  for (const p of pages) {
    for (const line of new Set(p.mainText.split("\n").map(normalizeLabel).filter(Boolean))) counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  const need = Math.max(TEMPLATE_MIN_PAGES, Math.ceil(pages.length * TEMPLATE_MIN_SHARE));
  for (const line of home.mainText.split("\n").map(normalizeLabel)) {
    if (line && (counts.get(line) ?? 0) >= need) out.add(line);
  }
  return out;
}

function splitTemplate(text: string, template: Set<string>): { content: string; template: string } {
  if (!template.size) return { content: text, template: "" };
  const content: string[] = [];
  const tpl: string[] = [];
  for (const line of text.split("\n")) (template.has(normalizeLabel(line)) ? tpl : content).push(line);
  return { content: content.join("\n"), template: tpl.join("\n") };
}

const cache = new WeakMap<ScanArtifacts, Corpus>();

export function corpusOf(artifacts: ScanArtifacts): Corpus {
  const hit = cache.get(artifacts);
  if (hit) return hit;
  const corpus = buildCorpus(artifacts);
  cache.set(artifacts, corpus);
  return corpus;
}

function buildCorpus(artifacts: ScanArtifacts): Corpus {
  const pages = artifacts.pages.filter(isUsablePage);
  const reachMap = computeReach(pages);
  const reach = (url: string): Reach => reachMap.get(urlKey(url)) ?? { depth: null, linked: false };
  const newsMap = new Map(pages.map((p) => [p, isNewsPage(p)]));
  const cleanTitle = titleCleaner(pages);
  const siteHost = artifacts.site.host.toLowerCase().replace(/^www\./, "");
  const pageByKey = new Map<string, PageArtifact>();
  for (const p of pages) {
    pageByKey.set(urlKey(p.url), p);
    pageByKey.set(urlKey(p.finalUrl), p);
  }
  const home = pages.find((p) => p.depth === 0 || p.discoveredVia === "start") ?? null;
  const template = templateLines(pages, home);
  const units: Unit[] = [];

  for (const p of pages) {
    const r = reach(p.url);
    const isNews = newsMap.get(p)!;
    const title = cleanTitle(p.title);
    const h1 = p.headings.filter((h) => h.level === 1).map((h) => h.text);
    const base = { page: p, doc: null, title, headings: p.headings, depth: r.depth, linked: r.linked, isNews };
    const main = splitTemplate(p.mainText, template);
    units.push({ ...base, kind: "page", url: p.finalUrl || p.url, label: [title, ...h1, urlWords(p.finalUrl || p.url)].join(" | "), text: main.content });
    for (const rv of p.revealed) {
      units.push({ ...base, kind: rv.source === "dialog" ? "dialog" : "revealed", url: p.finalUrl || p.url, label: rv.control, text: rv.text, headings: [] });
    }
    const chrome = [p.chromeText, main.template].filter((t) => t.trim()).join("\n");
    if (chrome) {
      units.push({ ...base, kind: "chrome", url: p.finalUrl || p.url, label: "", text: chrome, headings: [], isNews: false });
    }
  }

  const images: PageImage[] = [];
  const docByKey = new Map(artifacts.documents.map((d) => [urlKey(d.url), d]));
  for (const p of pages) {
    for (const image of p.images) {
      if (image.region !== "main" || PLACEHOLDER_IMAGE.test(`${image.fileName} ${image.alt}`)) continue;
      const small = image.width > 0 && image.height > 0 && (image.width < CONTENT_IMAGE_MIN_PX || image.height < CONTENT_IMAGE_MIN_PX);
      if (small) continue;
      const doc = docByKey.get(urlKey(image.src)) ?? null;
      const readable = doc && !doc.errorClass ? { ...doc, text: readableText(doc) } : null;
      images.push({ page: p, image, doc: readable, reach: reach(p.url), isNews: newsMap.get(p)! });
    }
  }

  const embedded: EmbeddedDocument[] = [];
  for (const d of artifacts.documents) {
    if (d.errorClass) continue;
    const source = pageByKey.get(urlKey(d.sourcePageUrl));
    if (!source) continue;
    if (d.kind === "embedded") {
      embedded.push({ page: source, doc: d, reach: reach(source.url), isNews: newsMap.get(source) ?? false });
      continue;
    }
    const host = hostOf(d.url);
    // A document on another agency's host is that agency's content, not this OPD's.
    if (host && siteHost && host !== siteHost && !host.endsWith(`.${siteHost}`)) continue;
    const r = reach(source.url);
    const shown = source.images.some((i) => urlKey(i.src) === urlKey(d.url));
    const depth = r.depth === null ? null : r.depth + (shown ? 0 : 1);
    units.push({
      kind: d.kind === "pdf" && d.textSource !== "ocr" ? "pdf" : "ocr",
      url: d.url,
      page: source,
      doc: d,
      title: d.label,
      label: [d.label, d.fileName.replace(/\.[a-z0-9]+$/i, "").replace(/[-_+.]+/g, " ")].filter(Boolean).join(" | "),
      text: readableText(d),
      headings: [],
      depth,
      linked: r.linked,
      isNews: false,
    });
  }

  const linkTextCache = new Map<PageArtifact, Set<string>>();
  return {
    artifacts,
    pages,
    home,
    units,
    images,
    embedded,
    reach,
    isNews: (p) => newsMap.get(p) ?? isNewsPage(p),
    chromeLinkTexts(p) {
      let s = linkTextCache.get(p);
      if (!s) {
        s = new Set(p.links.filter((l) => l.region !== "main").map((l) => normalizeLabel(l.text)).filter(Boolean));
        linkTextCache.set(p, s);
      }
      return s;
    },
    siteHost,
  };
}
