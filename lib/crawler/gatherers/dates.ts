/**
 * Gatherer: dates on the page, from the text (Indonesian month names, numeric, ISO) and from
 * markup machines read: meta tags, <time datetime>, JSON-LD datePublished/dateModified.
 */
import type { Page } from "playwright";
import type { DateArtifact } from "@/lib/artifacts/types";
import { isoFromMachineDate, MAX_DATES_PER_PAGE, parseTextDates } from "../dates";
import { arr, obj, runInPage, str, type PageScript } from "./dom";

const SCRIPT = String.raw`() => {
  const out = [];
  const metas = 'meta[property="article:published_time"], meta[property="article:modified_time"], meta[property="og:updated_time"], meta[itemprop="datePublished"], meta[itemprop="dateModified"], meta[name="date" i], meta[name="pubdate" i], meta[name="publishdate" i], meta[name="dc.date" i], meta[name="dcterms.date" i], meta[name="citation_publication_date" i]';
  for (const m of document.querySelectorAll(metas)) out.push({ source: "meta", value: m.getAttribute("content") || "" });
  for (const t of document.querySelectorAll("time[datetime]")) out.push({ source: "time", value: t.getAttribute("datetime") || "", text: (t.innerText || "").trim() });
  const keys = new Set(["datePublished", "dateModified", "dateCreated", "uploadDate", "startDate"]);
  const visit = (node, depth) => {
    if (!node || typeof node !== "object" || depth > 6 || out.length > 200) return;
    if (Array.isArray(node)) { for (const n of node) visit(n, depth + 1); return; }
    for (const [k, v] of Object.entries(node)) {
      if (keys.has(k) && typeof v === "string") out.push({ source: "jsonld", value: v });
      else if (v && typeof v === "object") visit(v, depth + 1);
    }
  };
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
    try { visit(JSON.parse(s.textContent || ""), 0); } catch (e) { /* broken JSON-LD is common */ }
  }
  return out.slice(0, 200);
}`;

/** Machine-readable dates of the page (meta, time, JSON-LD). */
export const markupDatesScript: PageScript<DateArtifact[]> = { source: SCRIPT, parse: parseMarkupDates };

/** Dates of the page: machine-readable ones first, then those in the text. */
export async function gatherDates(page: Page, text: string): Promise<DateArtifact[]> {
  return withTextDates(parseMarkupDates(await runInPage(page, SCRIPT)), text);
}

/** Adds the dates written in `text` to the markup dates, within the per-page cap. */
export function withTextDates(markup: DateArtifact[], text: string): DateArtifact[] {
  const out = markup.slice(0, MAX_DATES_PER_PAGE);
  for (const d of parseTextDates(text, MAX_DATES_PER_PAGE - out.length)) {
    if (!out.some((o) => o.iso === d.iso && o.text === d.text)) out.push(d);
  }
  return out;
}

function parseMarkupDates(value: unknown): DateArtifact[] {
  const out: DateArtifact[] = [];
  for (const d of arr(value, 200).map(obj)) {
    const value = str(d.value, 100);
    const source = d.source === "meta" || d.source === "time" || d.source === "jsonld" ? d.source : null;
    const iso = value ? isoFromMachineDate(value) : null;
    if (!iso || !source) continue;
    if (out.some((o) => o.iso === iso && o.source === source)) continue;
    out.push({ iso, source, text: str(d.text, 100) || value });
    if (out.length >= MAX_DATES_PER_PAGE) break;
  }
  return out;
}
