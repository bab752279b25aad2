/**
 * freshness: how recent the newest news or activity post is, relative to the scan time (so a
 * re-score gives the same answer). Dates come from posts (any source) and from feeds, JSON-LD
 * and <time> elements anywhere; a text date on a non-post page (a clock in the header, an
 * agenda) is not a post date. Dates after the scan are ignored (announced events), and so is a
 * date the template prints on most pages (today's date in a header, a "last updated" footer).
 */
import { z } from "zod";
import type { PageArtifact } from "@/lib/artifacts/types";
import { corpusOf } from "../corpus/units";
import { scored } from "../judge/decide";
import type { Detector } from "../types";

const DAY_MS = 86_400_000;
/** A date on this share of the pages (and at least 3) is the template's, not a post's. */
const TEMPLATE_DATE_SHARE = 0.5;
/** Around the scan day, a date on that many pages is a clock in the header. */
const CLOCK_WINDOW_DAYS = 1;
/** Any other date on nearly every page is a site-wide line ("diperbarui ..."), not a post. */
const SITEWIDE_DATE_SHARE = 0.8;

/** Dates (ISO day) the template prints across the site. */
export function templateDates(pages: PageArtifact[], now: number): Set<string> {
  const out = new Set<string>();
  if (pages.length < 3) return out;
  const counts = new Map<string, number>();
  for (const p of pages) for (const iso of new Set(p.dates.map((d) => d.iso))) counts.set(iso, (counts.get(iso) ?? 0) + 1);
  for (const [iso, n] of counts) {
    const t = Date.parse(`${iso}T00:00:00Z`);
    const nearNow = Math.abs(now - t) <= (CLOCK_WINDOW_DAYS + 1) * DAY_MS;
    if (n >= 3 && ((nearNow && n >= pages.length * TEMPLATE_DATE_SHARE) || n >= pages.length * SITEWIDE_DATE_SHARE)) out.add(iso);
  }
  return out;
}

export const freshnessParams = z.object({
  /** Age limits in days for levels 3, 2, 1 (checklist: 30, 90, 180). */
  maxAgeDays: z.tuple([z.number(), z.number(), z.number()]).default([30, 90, 180]),
});

function postDates(page: PageArtifact, news: boolean): { iso: string; text: string }[] {
  return page.dates.filter((d) => (news ? true : d.source === "feed" || d.source === "jsonld" || d.source === "time"));
}

export const freshness: Detector<z.infer<typeof freshnessParams>> = {
  id: "freshness",
  params: freshnessParams,
  evaluate(artifacts, p, ctx) {
    const corpus = corpusOf(artifacts);
    const now = ctx.now.getTime();
    let newest: { t: number; page: PageArtifact; text: string } | null = null;
    const template = templateDates(corpus.pages, now);
    for (const page of corpus.pages) {
      for (const d of postDates(page, corpus.isNews(page))) {
        if (template.has(d.iso)) continue;
        const t = Date.parse(`${d.iso}T00:00:00Z`);
        if (!Number.isFinite(t) || t > now + DAY_MS) continue;
        if (!newest || t > newest.t) newest = { t, page, text: d.text || d.iso };
      }
    }
    if (!newest) return scored(0, "Tidak ditemukan berita atau kegiatan bertanggal di situs.");
    const days = Math.max(0, Math.floor((now - newest.t) / DAY_MS));
    const [a, b, c] = p.maxAgeDays;
    const level = days <= a ? 3 : days <= b ? 2 : days <= c ? 1 : 0;
    const ev = [{ url: newest.page.finalUrl || newest.page.url, excerpt: `Tanggal terbaru: ${newest.text} (${days} hari sebelum pemindaian)`, screenshotPath: newest.page.screenshotPath, source: "halaman" }];
    return scored(level, `Berita/kegiatan terbaru berumur ${days} hari saat pemindaian.`, ev);
  },
};
