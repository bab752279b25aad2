/**
 * Text helpers shared by every detector: keyword matching with word boundaries (case-insensitive,
 * "pelayanan" = "layanan"), words, lines, sentences and excerpts. Pure string functions.
 */

/** Evidence excerpts stay short enough to read at a glance and to store with every result. */
export const EXCERPT_MAX = 300;

const SEPARATOR = "[^\\p{L}\\p{N}]{1,3}";
const BEFORE = "(?<![\\p{L}\\p{N}])";
const AFTER = "(?![\\p{L}\\p{N}])";

/** Token spellings that mean the same word (the checklist: "pelayanan" and "layanan"). */
function tokenPattern(token: string): string {
  if (/^(pe)?layanan$/.test(token)) return "(?:pe)?layanan";
  if (token === "survei" || token === "survey") return "surve[iy]";
  if (token === "jumat" || token === "jum'at") return "jum'?at";
  return token.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const cache = new Map<string, RegExp>();

function keywordBody(keyword: string): string {
  const tokens = keyword.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  return tokens.length ? tokens.map(tokenPattern).join(SEPARATOR) : "(?!)";
}

/** A global, case-insensitive regex for a keyword: its words in order, any light punctuation between. */
export function keywordRegex(keyword: string): RegExp {
  const key = keyword.toLowerCase();
  let re = cache.get(key);
  if (!re) {
    re = new RegExp(`${BEFORE}${keywordBody(key)}${AFTER}`, "giu");
    cache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

/**
 * One regex for a whole keyword list, so a text is scanned once rather than once per keyword
 * (detectors run dozens of lists over every page). Longer keywords first: at one position the
 * longer name wins ("maklumat pelayanan" over "maklumat").
 */
const listCache = new Map<string, { re: RegExp; keywords: string[] }>();

const byIdentity = new WeakMap<readonly string[], { re: RegExp; keywords: string[] }>();

function listRegex(keywords: readonly string[]): { re: RegExp; keywords: string[] } {
  const known = byIdentity.get(keywords);
  if (known) {
    known.re.lastIndex = 0;
    return known;
  }
  const key = keywords.join("\u0001");
  let hit = listCache.get(key);
  if (!hit) {
    const sorted = [...new Set(keywords.map((k) => k.toLowerCase()))].sort((a, b) => b.length - a.length);
    const body = sorted.length ? sorted.map((k) => `(?:${keywordBody(k)})`).join("|") : "(?!)";
    hit = { re: new RegExp(`${BEFORE}(?:${body})${AFTER}`, "giu"), keywords: sorted };
    listCache.set(key, hit);
  }
  byIdentity.set(keywords, hit);
  hit.re.lastIndex = 0;
  return hit;
}

/** Which keyword of the list a matched string is. */
const exactCache = new Map<string, RegExp>();

function whichKeyword(matched: string, keywords: string[]): string {
  return (
    keywords.find((k) => {
      let re = exactCache.get(k);
      if (!re) exactCache.set(k, (re = new RegExp(`^${keywordBody(k)}$`, "iu")));
      return re.test(matched);
    }) ?? keywords[0]
  );
}

export type KeywordMatch = { keyword: string; index: number; length: number };

/** The earliest match of any keyword in the text, or null. */
export function matchKeyword(text: string, keywords: readonly string[]): KeywordMatch | null {
  if (!keywords.length || !text) return null;
  const { re, keywords: sorted } = listRegex(keywords);
  const m = re.exec(text);
  return m ? { keyword: whichKeyword(m[0], sorted), index: m.index, length: m[0].length } : null;
}

/** Every match of any keyword, in text order. */
export function matchAll(text: string, keywords: readonly string[]): KeywordMatch[] {
  if (!keywords.length || !text) return [];
  const { re, keywords: sorted } = listRegex(keywords);
  return [...text.matchAll(re)].map((m) => ({ keyword: whichKeyword(m[0], sorted), index: m.index, length: m[0].length }));
}

export function hasKeyword(text: string, keywords: readonly string[]): boolean {
  if (!keywords.length || !text) return false;
  const { re } = listRegex(keywords);
  return re.test(text);
}

/** Lower case, without numbering, punctuation or extra spaces: for comparing labels. */
export function normalizeLabel(text: string): string {
  return stripNumbering(text)
    .toLowerCase()
    .replace(/\bpelayanan\b/g, "layanan")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** "3. Persyaratan", "b) Biaya", "- Produk", "IV. Prosedur" -> the label without its marker. */
export function stripNumbering(line: string): string {
  return line
    .replace(/^\s*(?:(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)]|\(\d{1,2}\)|[-–•*▪●◦·>»✓✔])\s*/u, "")
    .replace(/^\s*\d{1,2}\s+(?=\p{Lu})/u, "")
    .trim();
}

/** True when the label is exactly one of the keywords (ignoring numbering and punctuation). */
export function labelEquals(label: string, keywords: readonly string[]): boolean {
  const l = normalizeLabel(label);
  return keywords.some((k) => normalizeLabel(k) === l);
}

export function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((w) => /\p{L}/u.test(w) || w.length > 1);
}

export function wordCount(text: string): number {
  return words(text).length;
}

export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

/** Sentences, also broken at line ends (menus and lists have no full stops). */
export function sentences(text: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    let from = 0;
    for (const m of line.matchAll(/[.!?]+\s+(?=\S)/g)) {
      const end = m.index + m[0].length;
      // A full stop after "Jl", "Rp", "No" or a digit ("08.00", "1.") does not end a sentence.
      if (ABBREVIATION_END.test(line.slice(Math.max(from, m.index - 8), m.index + 1))) continue;
      push(out, line.slice(from, end), offset + from);
      from = end;
    }
    push(out, line.slice(from), offset + from);
    offset += line.length + 1;
  }
  return out;
}

const ABBREVIATION_END = /(?:\b(?:Jl|Jln|Rp|No|Kab|Kec|Kel|Prov|Telp|Tlp|Hp|dr|Dr|Drs|Ir|H|Hj|St|S|M|A|Md|Sp|Kp|Ds|Ps|UU|dll|dsb|tgl|Ket|Bpk|Sdr|Yth)\.|\d\.)$/;

function push(out: { text: string; index: number }[], raw: string, index: number): void {
  const t = raw.trim();
  if (t) out.push({ text: t, index: index + raw.indexOf(t) });
}

/** Collapses whitespace and cuts to at most `max` characters on a word boundary. */
export function clip(text: string, max = EXCERPT_MAX): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${cut.slice(0, space > max * 0.6 ? space : cut.length)}…`;
}

/** An excerpt of `text` around `index`, starting a little before it. */
export function excerptAround(text: string, index: number, max = EXCERPT_MAX): string {
  const lead = Math.min(index, 60);
  let start = index - lead;
  const nl = text.lastIndexOf("\n", index);
  if (nl >= start) start = nl + 1;
  return clip(text.slice(start, start + max * 2), max);
}

/** Four-digit years (1990-2099) mentioned in the text. */
export function yearsIn(text: string): number[] {
  return [...text.matchAll(/(?<!\d)(19[89]\d|20\d{2})(?!\d)/g)].map((m) => Number(m[1]));
}

/** Path and query of a URL as words ("/layanan/maklumat-pelayanan" -> "layanan maklumat pelayanan"). */
export function urlWords(url: string): string {
  try {
    const u = new URL(url);
    return decodeURIComponent(`${u.pathname} ${u.search}`).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  } catch {
    return "";
  }
}
