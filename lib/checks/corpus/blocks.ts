/**
 * Blocks: a label (heading, tab control, "Label:" line, page title, document name) and the body
 * under it. Detectors ask "is there a block labelled X with real content under it", which is how
 * a person reads a page, and how a keyword in a menu or a headline is told from content.
 */
import type { PageArtifact } from "@/lib/artifacts/types";
import { urlKey } from "./graph";
import type { Corpus, Unit } from "./units";
import { hasKeyword, lines, matchKeyword, normalizeLabel, stripNumbering, wordCount, words } from "../text/normalize";

export type BlockKind = "whole" | "heading" | "control" | "document" | "label";

export type Block = {
  unit: Unit;
  kind: BlockKind;
  label: string;
  body: string;
  /** The whole line an inline label was read from ("Syarat dan Ketentuan ..."), for exclusions. */
  line?: string;
};

/** A label longer than this is a sentence or a headline, not the name of a section. */
export const LABEL_MAX_WORDS = 12;
/** Inline labels ("Biaya : Gratis") are short. */
export const LINE_LABEL_MAX_WORDS = 8;
/** How many words may precede the keyword in an inline label ("Lama Waktu Penyelesaian"). */
export const LINE_LABEL_LEAD_WORDS = 2;
/** A body under an inline label stops after this many lines unless a new label starts first. */
export const LINE_BODY_MAX_LINES = 25;

/** Section names of service standards and profile pages: a new one ends the body of the previous. */
export const STRUCTURAL_LABELS = [
  "persyaratan", "syarat", "prosedur", "alur", "mekanisme", "sistem mekanisme", "tata cara", "jangka waktu", "waktu",
  "biaya", "tarif", "produk", "hasil pelayanan", "pengaduan", "penanganan pengaduan", "dasar hukum", "sarana", "prasarana",
  "kompetensi", "pengawasan", "jumlah pelaksana", "jaminan", "evaluasi", "visi", "misi", "motto", "moto", "maklumat",
  "tujuan", "sasaran", "tugas", "fungsi", "jam pelayanan", "jadwal", "alamat", "kontak", "keterangan", "catatan",
];

export type LabelOptions = {
  keywords: readonly string[];
  /** Keywords that count only when they are the whole label ("Produk", "Hasil"). */
  exactLabels?: readonly string[];
  /** Allow bare "Label" lines in menus and footers (safe only when the body is tested for values). */
  chromeBareLabels?: boolean;
};

/** Whether a section label names the subject (headings, titles: keyword anywhere; exact-only words: whole label). */
export function labelMatches(label: string, opts: LabelOptions, kind: BlockKind): boolean {
  const norm = normalizeLabel(label);
  if (!norm) return false;
  if (opts.exactLabels?.some((k) => normalizeLabel(k) === norm)) return true;
  const m = matchKeyword(label, opts.keywords);
  if (!m) return false;
  if (kind === "label") return words(label.slice(0, m.index)).length <= LINE_LABEL_LEAD_WORDS;
  if (kind === "heading" || kind === "control") return wordCount(label) <= LABEL_MAX_WORDS;
  return true;
}

type Located = { text: string; level: number; start: number; bodyStart: number };

/** Finds each heading in the unit's text, in order, so its section can be cut out. */
export function locateHeadings(unit: Unit): Located[] {
  const out: Located[] = [];
  const lower = unit.text.toLowerCase();
  let from = 0;
  for (const h of unit.headings) {
    const needle = h.text.replace(/\s+/g, " ").trim().toLowerCase();
    if (!needle) continue;
    const at = lower.indexOf(needle, from);
    if (at < 0) continue;
    out.push({ text: h.text, level: h.level, start: at, bodyStart: at + needle.length });
    from = at + needle.length;
  }
  return out;
}

/** A heading that is the text of a main-region link to another page is a teaser card, not a section. */
function isTeaser(page: PageArtifact, heading: string): boolean {
  const norm = normalizeLabel(heading);
  const self = urlKey(page.finalUrl || page.url);
  return page.links.some((l) => l.region === "main" && normalizeLabel(l.text) === norm && urlKey(l.href) !== self);
}

function headingBlocks(unit: Unit): Block[] {
  const located = locateHeadings(unit);
  return located.map((h, i) => {
    const next = located.slice(i + 1).find((n) => n.level <= h.level);
    const body = unit.text.slice(h.bodyStart, next ? next.start : undefined);
    return { unit, kind: "heading" as const, label: h.text, body: isTeaser(unit.page, h.text) ? "" : body };
  });
}

/** The whole text of a page without its headings (a page with only a heading has an empty body). */
export function withoutHeadings(unit: Unit): string {
  const heads = new Set(unit.headings.map((h) => normalizeLabel(h.text)));
  return unit.text
    .split("\n")
    .filter((l) => !heads.has(normalizeLabel(l)))
    .join("\n");
}

type LineLabel = { label: string; inline: string; colon: boolean };

function parseLineLabel(line: string, allowBare: boolean): LineLabel | null {
  const stripped = stripNumbering(line);
  const m = /^([^:\t]{1,90}?)\s*(?::|\t|\s{3,})\s*(.*)$/.exec(stripped);
  if (m && wordCount(m[1]) >= 1 && wordCount(m[1]) <= LINE_LABEL_MAX_WORDS && !/^\d/.test(m[1])) {
    return { label: m[1].trim(), inline: m[2].trim(), colon: true };
  }
  if (allowBare && wordCount(stripped) <= LINE_LABEL_MAX_WORDS && !/[.!?]$/.test(stripped)) {
    return { label: stripped, inline: "", colon: false };
  }
  return null;
}

/** Words that continue a sentence ("Persyaratan dan informasi lebih lanjut dapat ..."), not a value. */
const PROSE_CONTINUATION = /^(?:dan|serta|atau|yang|dapat|bisa|akan|ini|itu|tersebut|untuk|adalah|merupakan|harus|wajib|sudah|belum|telah|sedang|bagi|di|ke|dari|pada|juga|masih|perlu|agar|sebagai|secara)\b/i;

/**
 * A row whose first words are the label and the rest its value ("Biaya Gratis", a table row
 * whose cells lost their tab): the keyword must open the line.
 */
function prefixLabel(line: string, opts: LabelOptions): LineLabel | null {
  const stripped = stripNumbering(line);
  const m = matchKeyword(stripped, opts.keywords);
  if (!m || m.index !== 0) return null;
  const rest = stripped.slice(m.length).replace(/^[\s:.\-–]+/, "");
  if (!rest || PROSE_CONTINUATION.test(rest)) return null;
  return { label: stripped.slice(0, m.length), inline: rest, colon: false };
}

/** "Lama Waktu Penyelesaian 1 hari kerja": what follows the keyword is the value. */
function splitBareLabel(parsed: LineLabel, opts: LabelOptions): LineLabel {
  const m = matchKeyword(parsed.label, opts.keywords);
  if (!m) return parsed;
  const end = m.index + m.length;
  const rest = parsed.label.slice(end).replace(/^[\s:.\-–]+/, "").trim();
  return rest ? { label: parsed.label.slice(0, end), inline: [rest, parsed.inline].filter(Boolean).join(" "), colon: false } : parsed;
}

/**
 * Inline labels in running text: "Biaya : Gratis", a table row "Persyaratan<TAB>KTP", or a
 * short line "Persyaratan" followed by its list. Bare lines are off in menus and footers, where
 * every line is a short link.
 */
export function lineLabelBlocks(unit: Unit, opts: LabelOptions, allowBare: boolean): Block[] {
  // One scan of the text rules out most units before any line is parsed.
  const names = opts.exactLabels?.length ? [...opts.keywords, ...opts.exactLabels] : opts.keywords;
  if (!hasKeyword(unit.text, names)) return [];
  const info = lineInfo(unit);
  const out: Block[] = [];
  info.forEach((li, i) => {
    if (li.linkLine || !hasKeyword(li.line, names)) return;
    let parsed = allowBare ? li.bare : li.colon;
    if (!parsed || !labelMatches(parsed.label, opts, "label")) parsed = prefixLabel(li.line, opts);
    if (!parsed) return;
    if (!parsed.colon) parsed = splitBareLabel(parsed, opts);
    const body: string[] = parsed.inline ? [parsed.inline] : [];
    for (const next of info.slice(i + 1, i + 1 + LINE_BODY_MAX_LINES)) {
      if (next.heading) break;
      if (!next.numbered && next.bare && (next.structural || labelMatches(next.bare.label, opts, "label"))) break;
      body.push(next.line);
    }
    out.push({ unit, kind: "label", label: parsed.label, body: body.join("\n"), line: li.line });
  });
  return out;
}

type LineInfo = {
  line: string;
  /** Parsed as a label, bare lines allowed / colon or tab rows only. */
  bare: LineLabel | null;
  colon: LineLabel | null;
  numbered: boolean;
  heading: boolean;
  /** The line is the text of a link (menu item, headline card): never a label row. */
  linkLine: boolean;
  /** The line opens a standard section (Persyaratan, Biaya ...): it ends the previous body. */
  structural: boolean;
};

const lineInfoCache = new WeakMap<Unit, LineInfo[]>();

/** Per-line facts that do not depend on the query, computed once per unit. */
function lineInfo(unit: Unit): LineInfo[] {
  const hit = lineInfoCache.get(unit);
  if (hit) return hit;
  const headingSet = new Set(unit.headings.map((h) => normalizeLabel(h.text)));
  const isDoc = unit.kind === "pdf" || unit.kind === "ocr";
  const linkLines = isDoc ? new Set<string>() : new Set(unit.page.links.map((l) => normalizeLabel(l.text)).filter(Boolean));
  const info = lines(unit.text).map((line) => {
    const norm = normalizeLabel(line);
    const bare = parseLineLabel(line, true);
    return {
      line,
      bare,
      colon: bare?.colon ? bare : null,
      numbered: stripNumbering(line) !== line.trim(),
      heading: headingSet.has(norm),
      linkLine: linkLines.has(norm),
      structural: !!bare && labelMatches(bare.label, STRUCTURAL_OPTS, "label"),
    };
  });
  lineInfoCache.set(unit, info);
  return info;
}

const STRUCTURAL_OPTS: LabelOptions = { keywords: STRUCTURAL_LABELS };

/** Every block of a unit whose label names one of the keywords. */
export function matchingBlocks(corpus: Corpus, unit: Unit, opts: LabelOptions): Block[] {
  const out: Block[] = [];
  if (unit.kind === "page") {
    if (labelMatches(unit.label, opts, "whole")) out.push({ unit, kind: "whole", label: unit.label, body: withoutHeadings(unit) });
    out.push(...headingBlocks(unit).filter((b) => labelMatches(b.label, opts, "heading")));
  } else if (unit.kind === "revealed" || unit.kind === "dialog") {
    if (labelMatches(unit.label, opts, "control")) out.push({ unit, kind: "control", label: unit.label, body: unit.text });
  } else if (unit.kind === "pdf" || unit.kind === "ocr") {
    const head = `${unit.label} | ${unit.text.slice(0, 200)}`;
    if (labelMatches(head, opts, "document")) out.push({ unit, kind: "document", label: unit.label || unit.text.slice(0, 80), body: unit.text });
  }
  out.push(...lineLabelBlocks(unit, opts, unit.kind !== "chrome" || !!opts.chromeBareLabels));
  void corpus;
  return out;
}

/**
 * Body without lines that are texts of menu or footer links: a menu that leaks into the main
 * text is not content. Links in the content itself (a list of services) stay.
 */
export function contentBody(corpus: Corpus, block: Block): string {
  if (block.unit.kind === "pdf" || block.unit.kind === "ocr") return block.body;
  const links = corpus.chromeLinkTexts(block.unit.page);
  return block.body
    .split("\n")
    .filter((l) => !links.has(normalizeLabel(l)))
    .join("\n");
}
