/**
 * freshness: how recent the newest news or activity post is, relative to the scan time (so a
 * re-score gives the same answer). Dates come from posts (any source) and from feeds, JSON-LD
 * and <time> elements anywhere; a text date on a non-post page (a clock in the header, an
 * agenda) is not a post date. Dates after the scan are ignored.
 */
import { z } from "zod";
import type { PageArtifact } from "@/lib/artifacts/types";
import { corpusOf } from "../corpus/units";
import { scored } from "../judge/decide";
import type { Detector } from "../types";

const DAY_MS = 86_400_000;

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
    for (const page of corpus.pages) {
      for (const d of postDates(page, corpus.isNews(page))) {
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
