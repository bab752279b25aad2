/**
 * Per-service matrix: for each service the OPD offers (from its settings, or found on the site),
 * which of the six published components its page or section shows. A service section is found
 * by its structure (a heading, tab or document with at least three component labels under it)
 * or by a title that names a service ("Pelayanan KTP-el", "Penerbitan Izin Trayek").
 */
import { contentBody, locateHeadings, matchingBlocks } from "./corpus/blocks";
import { corpusOf, type Corpus, type Unit } from "./corpus/units";
import { procedureSteps, listItems } from "./text/lists";
import { hasKeyword, normalizeLabel, stripNumbering, wordCount } from "./text/normalize";
import { DURATION_RE, FEE_RE } from "./text/patterns";
import { judgeShell } from "./text/shell";
import type { ScanArtifacts } from "@/lib/artifacts/types";
import type { ServiceRow } from "./types";

export const COMPONENT_NAMES = ["persyaratan", "prosedur", "waktu", "biaya", "produk", "pengaduan"] as const;
export type ComponentName = (typeof COMPONENT_NAMES)[number];
export type ComponentKeywords = Record<ComponentName, string[]>;

export const DEFAULT_COMPONENT_KEYWORDS: ComponentKeywords = {
  persyaratan: ["persyaratan", "syarat", "berkas", "dokumen yang diperlukan", "kelengkapan berkas", "kelengkapan dokumen"],
  prosedur: ["prosedur", "alur", "mekanisme", "tata cara", "langkah", "tahapan", "sistem mekanisme", "sop"],
  waktu: ["jangka waktu", "waktu penyelesaian", "lama penyelesaian", "waktu proses", "lama proses", "waktu pelayanan", "waktu", "durasi"],
  biaya: ["biaya", "tarif", "retribusi"],
  produk: ["produk pelayanan", "produk layanan", "hasil pelayanan", "output", "produk", "hasil"],
  pengaduan: ["pengaduan", "aduan", "penanganan pengaduan", "saran dan masukan"],
};

/** A service title line is short; a longer line is a sentence. */
const SERVICE_LINE_MAX_WORDS = 14;
/** A section with this many component labels is a service standard. */
export const MIN_SERVICE_COMPONENTS = 3;
/** Title prefixes that name a single service. */
const SERVICE_TITLE = /^(?:(?:standar\s+)?(?:pe)?layanan|penerbitan|pembuatan|izin|perizinan|permohonan|pendaftaran|pengurusan|legalisir|legalisasi|rekomendasi|surat\s+keterangan|akta|pencatatan|uji|pengujian|penggantian|perpanjangan|perekaman)\s+\S/i;
/** What follows "Layanan" on hub pages, not a service name. */
const HUB_WORDS = /^(?:(?:pe)?layanan|standar\s+(?:pe)?layanan)\s+(?:publik|kami|online|daring|informasi|pengaduan|masyarakat|unggulan|lainnya|umum|terpadu|prima|khusus|prioritas)\b/i;

type Section = { name: string; unit: Unit; url: string; components: Record<ComponentName, boolean>; depth: number };

function emptyComponents(): Record<ComponentName, boolean> {
  return { persyaratan: false, prosedur: false, waktu: false, biaya: false, produk: false, pengaduan: false };
}

function componentShown(name: ComponentName, body: string): boolean {
  const v = judgeShell(body, 1);
  if (v.shell) return false;
  const head = v.content.slice(0, 300);
  switch (name) {
    case "persyaratan":
      return listItems(v.content).length >= 1;
    case "prosedur":
      return procedureSteps(v.content).length >= 2 || wordCount(v.content) >= 8;
    case "waktu":
      return DURATION_RE.test(head);
    case "biaya":
      return FEE_RE.test(head);
    case "produk":
      return wordCount(v.content) >= 1;
    case "pengaduan":
      return wordCount(v.content) >= 2;
  }
}

/** Which components a unit (or a slice of one) shows under their labels. */
export function componentsOf(corpus: Corpus, unit: Unit, keywords: ComponentKeywords): Record<ComponentName, boolean> {
  const out = emptyComponents();
  for (const name of COMPONENT_NAMES) {
    const blocks = matchingBlocks(corpus, unit, { keywords: keywords[name] }).filter((b) => b.kind !== "whole");
    out[name] = blocks.some((b) => componentShown(name, contentBody(corpus, b)));
  }
  if (!out.prosedur) {
    out.prosedur = unit.page.images.some((i) => i.region === "main" && hasKeyword(`${i.alt} ${i.fileName.replace(/[-_.]+/g, " ")}`, ["alur", "prosedur", "flow", "flowchart", "sop", "mekanisme"]));
  }
  return out;
}

const count = (c: Record<ComponentName, boolean>) => COMPONENT_NAMES.filter((n) => c[n]).length;

function isComponentLabel(label: string, keywords: ComponentKeywords): boolean {
  return COMPONENT_NAMES.some((n) => keywords[n].some((k) => normalizeLabel(label).startsWith(normalizeLabel(k))));
}

/** Service sections of one page: the smallest heading sections holding 3+ component labels. */
function pageSections(corpus: Corpus, unit: Unit, keywords: ComponentKeywords): Section[] {
  const located = locateHeadings(unit);
  const found: { start: number; end: number; level: number; section: Section }[] = [];
  located.forEach((h, i) => {
    if (isComponentLabel(h.text, keywords)) return;
    const next = located.slice(i + 1).find((n) => n.level <= h.level);
    const end = next ? next.start : unit.text.length;
    const sub: Unit = { ...unit, text: unit.text.slice(h.start, end), headings: unit.headings.filter((x) => located.some((l) => l.text === x.text && l.start >= h.start && l.start < end)) };
    const components = componentsOf(corpus, sub, keywords);
    if (count(components) >= MIN_SERVICE_COMPONENTS || (SERVICE_TITLE.test(h.text) && !HUB_WORDS.test(h.text) && h.level <= 2)) {
      found.push({ start: h.start, end, level: h.level, section: { name: h.text, unit, url: unit.url, components, depth: unit.depth ?? 99 } });
    }
  });
  // Keep the smallest: drop a section that contains another qualifying one.
  return found.filter((f) => !found.some((g) => g !== f && g.start > f.start && g.end <= f.end && count(g.section.components) >= MIN_SERVICE_COMPONENTS)).map((f) => f.section);
}

/**
 * Service sections marked by title lines rather than headings: "A. Pelayanan Mutasi SPPT" in a
 * PDF's attachment, or bold text on a page without heading tags.
 */
function lineSections(corpus: Corpus, unit: Unit, keywords: ComponentKeywords): Section[] {
  const ls = unit.text.split("\n");
  const starts: { at: number; name: string }[] = [];
  ls.forEach((line, i) => {
    const name = stripNumbering(line.trim());
    if (!/^\p{Lu}/u.test(name) || wordCount(name) > SERVICE_LINE_MAX_WORDS) return;
    if (SERVICE_TITLE.test(name) && !HUB_WORDS.test(name) && !isComponentLabel(name, keywords)) starts.push({ at: i, name });
  });
  return starts.flatMap((s, k) => {
    const end = k + 1 < starts.length ? starts[k + 1].at : ls.length;
    const sub: Unit = { ...unit, text: ls.slice(s.at, end).join("\n"), headings: [] };
    const components = componentsOf(corpus, sub, keywords);
    return count(components) >= MIN_SERVICE_COMPONENTS ? [{ name: s.name, unit, url: unit.url, components, depth: unit.depth ?? 99 }] : [];
  });
}

const discovered = new WeakMap<Corpus, WeakMap<ComponentKeywords, Section[]>>();

/** Every service section found on the site (cached per corpus and keyword set). */
export function discoverServices(corpus: Corpus, keywords: ComponentKeywords): Section[] {
  let byKeywords = discovered.get(corpus);
  if (!byKeywords) discovered.set(corpus, (byKeywords = new WeakMap()));
  let hit = byKeywords.get(keywords);
  if (!hit) byKeywords.set(keywords, (hit = findServices(corpus, keywords)));
  return hit;
}

function findServices(corpus: Corpus, keywords: ComponentKeywords): Section[] {
  const out: Section[] = [];
  for (const unit of corpus.units) {
    if (unit.isNews || unit.kind === "chrome") continue;
    if (unit.kind === "page") {
      const byHeading = pageSections(corpus, unit, keywords);
      const secs = byHeading.length ? byHeading : lineSections(corpus, unit, keywords);
      // Tabs named after components ("Persyaratan", "Prosedur") belong to the page's service.
      const tabs = corpus.units.filter((u) => (u.kind === "revealed" || u.kind === "dialog") && u.page === unit.page && isComponentLabel(u.label, keywords));
      for (const s of secs) for (const t of tabs) mergeInto(s.components, componentsOf(corpus, { ...t, text: `${t.label}\n${t.text}` }, keywords));
      if (!secs.length && tabs.length) {
        const components = emptyComponents();
        for (const t of tabs) mergeInto(components, componentsOf(corpus, { ...t, text: `${t.label}\n${t.text}` }, keywords));
        if (count(components) >= MIN_SERVICE_COMPONENTS) out.push({ name: unit.title || unit.page.title, unit, url: unit.url, components, depth: unit.depth ?? 99 });
      }
      out.push(...secs);
    } else if (!isComponentLabel(unit.label, keywords)) {
      const byLine = lineSections(corpus, unit, keywords);
      if (byLine.length) {
        out.push(...byLine);
        continue;
      }
      const components = componentsOf(corpus, unit, keywords);
      if (count(components) >= MIN_SERVICE_COMPONENTS) out.push({ name: documentTitle(unit, keywords), unit, url: unit.url, components, depth: unit.depth ?? 99 });
    }
  }
  return out;
}

/** A poster's generic heading ("STANDAR PELAYANAN", "INFORMASI LAYANAN"), not a service's name. */
const GENERIC_TITLE = /^(?:(?:standar|maklumat|informasi|info|alur|prosedur|jenis|sop|layanan|pelayanan|publik|kami|dan|tentang)\s*)+$/i;
/** Lines naming the agency, not the service ("DINAS KESEHATAN KABUPATEN ..."). */
const AGENCY_LINE = /^(?:pemerintah|dinas|badan|kantor|sekretariat|rumah\s+sakit|rsud|puskesmas|kecamatan|kelurahan|bagian|unit\s+pelaksana)\b/i;

/**
 * The service a document or poster is about: its first title-like line (an infographic opens
 * with the service's name), else the words around it on the page, else its link text or name.
 */
function documentTitle(unit: Unit, keywords: ComponentKeywords): string {
  for (const line of unit.text.split("\n").slice(0, 4)) {
    const t = line.trim();
    const n = wordCount(t);
    if (n >= 2 && n <= SERVICE_LINE_MAX_WORDS && !AGENCY_LINE.test(t) && !GENERIC_TITLE.test(t) && !isComponentLabel(t, keywords)) return t;
  }
  return unit.doc?.context.split(" | ")[0] || unit.label.split(" | ")[0] || unit.title;
}

function mergeInto(a: Record<ComponentName, boolean>, b: Record<ComponentName, boolean>): void {
  for (const n of COMPONENT_NAMES) a[n] ||= b[n];
}

/** "Perizinan Berusaha (NIB/OSS)" -> ["Perizinan Berusaha (NIB/OSS)", "Perizinan Berusaha", "NIB", "OSS"]. */
export function serviceAliases(name: string): string[] {
  const out = new Set<string>([name.trim()]);
  const outer = name.replace(/\([^)]*\)/g, " ").trim();
  if (outer) out.add(outer);
  for (const m of name.matchAll(/\(([^)]*)\)/g)) for (const part of m[1].split(/[\/,;]/)) if (part.trim()) out.add(part.trim());
  for (const part of outer.split("/")) if (part.trim()) out.add(part.trim());
  return [...out].filter((a) => wordCount(a) >= 1);
}

/** The per-service matrix: configured services first (matched to what the site shows), then others found. */
export function serviceMatrix(artifacts: ScanArtifacts, configured: string[], keywords: ComponentKeywords = DEFAULT_COMPONENT_KEYWORDS): ServiceRow[] {
  const corpus = corpusOf(artifacts);
  const found = [...discoverServices(corpus, keywords)].sort((a, b) => count(b.components) - count(a.components) || a.depth - b.depth);
  const used = new Set<Section>();
  const rows: ServiceRow[] = [];
  for (const name of configured) {
    const aliases = serviceAliases(name);
    const match = found.find((s) => !used.has(s) && hasKeyword(s.name, aliases)) ?? titledSection(corpus, aliases, keywords);
    if (match) used.add(match);
    rows.push({ name, url: match?.url ?? null, components: match ? { ...match.components } : emptyComponents() });
  }
  const seen = new Set(rows.map((r) => normalizeLabel(r.name)));
  for (const s of found) {
    if (used.has(s) || seen.has(normalizeLabel(s.name))) continue;
    seen.add(normalizeLabel(s.name));
    rows.push({ name: s.name, url: s.url, components: { ...s.components } });
  }
  return rows;
}

/** A configured service named only in a page title or heading (with fewer than 3 components). */
function titledSection(corpus: Corpus, aliases: string[], keywords: ComponentKeywords): Section | undefined {
  for (const unit of corpus.units) {
    if (unit.kind !== "page" || unit.isNews) continue;
    const named = hasKeyword(unit.title, aliases) || unit.headings.some((h) => h.level <= 2 && hasKeyword(h.text, aliases));
    if (named) return { name: unit.title, unit, url: unit.url, components: componentsOf(corpus, unit, keywords), depth: unit.depth ?? 99 };
  }
  return undefined;
}
