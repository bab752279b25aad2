/**
 * Parameter pieces shared by content detectors, and link finding. Parameters are data from the
 * checklist in the database, validated here, so an admin's keyword edit needs no code.
 */
import { z } from "zod";
import type { Corpus } from "../corpus/units";
import type { Candidate } from "../judge/content";
import { clip, hasKeyword } from "../text/normalize";

export const keywordList = z.array(z.string().trim().min(1)).min(1);

/** Fields every content detector accepts. */
export const contentShape = {
  keywords: keywordList,
  /** Words that count only as a whole label ("Produk:", "Hasil:"). */
  exactLabels: z.array(z.string()).default([]),
  /** Labels that look like a match but are another subject ("Produk Hukum", "Syarat dan Ketentuan"). */
  excludeLabels: z.array(z.string()).default([]),
  /** Words of content a section needs before it is more than an empty shell. */
  minWords: z.number().int().min(0).default(8),
  maxClicks: z.number().int().min(0).default(2),
  /** Also read navigation and footer text (office hours, contact blocks, motto banners). */
  includeChrome: z.boolean().default(false),
  /** Indonesian noun phrase used in reasons; defaults to the first keyword. */
  subject: z.string().default(""),
};

export function subjectOf(p: { subject: string; keywords: string[] }): string {
  const s = p.subject || p.keywords[0];
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export const linkShape = z.object({
  /** Substrings of the link's URL (host or path), case-insensitive: "lapor.go.id", "jdih". */
  hrefPatterns: z.array(z.string().min(1)).default([]),
  /** Whether a link whose text names the item's keywords counts too. */
  textKeywords: z.boolean().default(false),
  /** Only links leaving the site (internal pages are judged by their own content). */
  externalOnly: z.boolean().default(true),
  /**
   * What a link out is worth: "strong" when linking out is the item (JDIH, LPSE, a survey form),
   * "partial" when the item is the OPD's own content and a link to another agency's site only
   * points at it (the regency's PPID portal instead of the OPD's own PPID page): level 1.
   */
  strength: z.enum(["strong", "partial"]).default("strong"),
});
export type LinkQuery = z.infer<typeof linkShape>;

/** Link texts that name no subject: the address decides what the link is. */
const GENERIC_LINK_TEXT = /^(?:klik(?:\s+di\s*sini)?|di\s*sini|disini|selengkapnya|kunjungi|buka|link|tautan|website|situs|portal|lihat|akses|masuk|here|more|logo)\b/i;

/**
 * A link whose own words name another subject ("Rencana Kerja" pointing at the national
 * procurement portal) is about that subject, whatever its address: a visitor follows the words.
 */
function namesAnotherSubject(text: string, keywords: readonly string[], hrefPatterns: readonly string[]): boolean {
  const t = text.trim();
  if (!t || t.split(/\s+/).length < 2 || GENERIC_LINK_TEXT.test(t) || /^https?:|^www\./i.test(t)) return false;
  if (hasKeyword(t, keywords)) return false;
  const lower = t.toLowerCase();
  return !hrefPatterns.some((h) => lower.includes(h.toLowerCase().split(".")[0]));
}

/** URLs of share buttons, not accounts or services. */
const SHARE_URL = /(?:sharer|share\.php|\/share\b|intent\/tweet|\/intent\/|addtoany|\/plugins\/|whatsapp:\/\/send)/i;

/** Links matching a query, graded strong (weak inside news posts), on the page that carries them. */
export function findLinks(corpus: Corpus, q: LinkQuery, keywords: readonly string[] = []): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const p of corpus.pages) {
    const reach = corpus.reach(p.url);
    const news = corpus.isNews(p);
    for (const l of p.links) {
      if (q.externalOnly && l.internal) continue;
      if (SHARE_URL.test(l.href)) continue;
      const href = l.href.toLowerCase();
      const byHref = q.hrefPatterns.some((h) => href.includes(h.toLowerCase()));
      const byText = q.textKeywords && keywords.length > 0 && hasKeyword(l.text, keywords);
      if (!byHref && !byText) continue;
      if (!byText && q.textKeywords && namesAnotherSubject(l.text, keywords, q.hrefPatterns)) continue;
      const key = `${p.url} ${l.href}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        strength: news ? "weak" : q.strength,
        url: l.href,
        pageUrl: p.finalUrl || p.url,
        screenshotPath: p.screenshotPath,
        depth: reach.depth,
        linked: reach.linked,
        excerpt: clip(`Tautan "${l.text || l.href}" → ${l.href}`),
        source: "tautan",
        note: news ? "tautan hanya di dalam berita" : q.strength === "partial" ? "hanya tautan ke situs instansi lain" : "",
        text: l.text,
        unit: null,
      });
    }
  }
  return out;
}
