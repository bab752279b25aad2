/**
 * link-present: the site links out to a named service or platform (SP4N-LAPOR, social media).
 * Linked from the home page (any region) is reachable; a name written without a link is level 1.
 */
import { z } from "zod";
import { corpusOf } from "../corpus/units";
import { findContent, type Candidate } from "../judge/content";
import { rankCandidates, review, scored, toEvidence } from "../judge/decide";
import type { Detector } from "../types";
import { findLinks } from "./common";

export const linkPresentParams = z.object({
  /** Each platform: a name and URL substrings ("instagram.com"). */
  platforms: z.array(z.object({ name: z.string(), hrefPatterns: z.array(z.string().min(1)).min(1) })).min(1),
  /** Platforms linked for the top level (social media: at least 2 official accounts). */
  minPlatforms: z.number().int().min(1).default(1),
  /** Names that, written without a link, show the site knows the service (level 1). */
  mentionKeywords: z.array(z.string()).default([]),
  maxClicks: z.number().int().min(0).default(2),
  subject: z.string().default("Tautan"),
});
export type LinkPresentParams = z.infer<typeof linkPresentParams>;

export const linkPresent: Detector<LinkPresentParams> = {
  id: "link-present",
  params: linkPresentParams,
  evaluate(artifacts, p, ctx) {
    const corpus = corpusOf(artifacts);
    const byPlatform = p.platforms.map((pl) => ({
      name: pl.name,
      links: rankCandidates(findLinks(corpus, { hrefPatterns: pl.hrefPatterns, textKeywords: false, externalOnly: false, strength: "strong" })),
    }));
    const strong = byPlatform.map((x) => ({ name: x.name, best: x.links.find((c) => c.strength === "strong") })).filter((x): x is { name: string; best: Candidate } => !!x.best);
    if (strong.length) {
      const near = strong.filter((x) => x.best.linked && x.best.depth !== null && x.best.depth <= p.maxClicks);
      const names = strong.map((x) => x.name).filter(Boolean).join(", ");
      const ev = strong.map((x) => toEvidence(x.best));
      if (near.length >= p.minPlatforms) {
        return scored(3, `${p.subject} ditautkan dalam ${p.maxClicks} klik dari beranda${names ? ` (${names})` : ""}.`, ev);
      }
      const why = near.length ? `baru ${near.length} platform ditautkan dalam ${p.maxClicks} klik dari beranda` : `tidak ditautkan dalam ${p.maxClicks} klik dari beranda`;
      return scored(2, `${p.subject} ditemukan${names ? ` (${names})` : ""}, tetapi ${why}.`, ev);
    }
    const weak = byPlatform.flatMap((x) => x.links);
    if (p.mentionKeywords.length) {
      const mentions = findContent(corpus, { keywords: p.mentionKeywords, minWords: 1, includeChrome: true, bodyMentions: "content" });
      const named = rankCandidates(mentions.candidates).filter((c) => c.strength === "strong" || c.strength === "partial");
      if (named.length) return scored(1, `${p.subject} hanya disebut tanpa tautan.`, named.map(toEvidence));
    }
    if (weak.length && ctx.mode === "P") return review(`${p.subject} hanya ditemukan di dalam berita; perlu diperiksa petugas.`, weak.map(toEvidence));
    return scored(0, `${p.subject} tidak ditemukan di situs.`);
  },
};
