/**
 * keyword-content: a section, page, document or image about the subject with real content under
 * it. Optional groups must all be present for a complete item (visi AND misi); optional links
 * out count for items about linking (PPID portal, JDIH, LPSE).
 */
import { z } from "zod";
import { SOURCE_LABEL, corpusOf, type Corpus } from "../corpus/units";
import { COMPONENT_NAMES, DEFAULT_COMPONENT_KEYWORDS, discoverServices } from "../services";
import { clip } from "../text/normalize";
import { findContent, type Candidate, type ContentFinding } from "../judge/content";
import { decide, levelForStrong, rankCandidates, scored, toEvidence } from "../judge/decide";
import type { CheckContext, CheckOutcome, Detector } from "../types";
import { contentShape, findLinks, linkShape, subjectOf } from "./common";

export const keywordContentParams = z.object({
  ...contentShape,
  bodyMentions: z.enum(["ignore", "weak", "content"]).default("ignore"),
  near: z.array(z.string()).default([]),
  nearMode: z.enum(["required", "partial"]).default("required"),
  requires: z.array(z.enum(["phone", "email", "address", "name", "year"])).default([]),
  images: z.enum(["content", "unreadable", "ignore"]).default("unreadable"),
  imageKeywords: z.array(z.array(z.string())).default([]),
  documentTerms: z.array(z.string()).default([]),
  /** Parts that must all be present: each a name (for reasons) and its keywords. */
  groups: z
    .array(z.object({ name: z.string(), keywords: z.array(z.string().min(1)).min(1), hrefPatterns: z.array(z.string().min(1)).default([]) }))
    .default([]),
  links: linkShape.optional(),
  /**
   * A service page or section showing at least this many of the six published components is a
   * published service standard whatever its title (0: off). For "Standar Pelayanan" (SP-02).
   */
  serviceStandards: z.number().int().min(0).max(6).default(0),
});
export type KeywordContentParams = z.infer<typeof keywordContentParams>;

function serviceStandardCandidates(corpus: Corpus, min: number): Candidate[] {
  return discoverServices(corpus, DEFAULT_COMPONENT_KEYWORDS)
    .filter((s) => COMPONENT_NAMES.filter((n) => s.components[n]).length >= min)
    .map((s) => ({
      strength: "strong" as const,
      url: s.url,
      pageUrl: s.unit.page.finalUrl || s.unit.page.url,
      screenshotPath: s.unit.page.screenshotPath,
      depth: s.unit.depth,
      linked: s.unit.linked,
      excerpt: clip(`${s.name}: ${COMPONENT_NAMES.filter((n) => s.components[n]).join(", ")}`),
      source: SOURCE_LABEL[s.unit.kind],
      note: "",
      text: s.name,
      unit: s.unit,
    }));
}

export function findKeywordContent(
  corpusArgs: Parameters<typeof corpusOf>[0],
  p: KeywordContentParams,
  keywords = p.keywords,
  links = p.links,
): ContentFinding {
  const corpus = corpusOf(corpusArgs);
  const finding = findContent(corpus, { ...p, keywords });
  if (links) finding.candidates.push(...findLinks(corpus, links, keywords));
  if (p.serviceStandards > 0) finding.candidates.push(...serviceStandardCandidates(corpus, p.serviceStandards));
  return finding;
}

function evaluateGroups(artifacts: Parameters<typeof corpusOf>[0], p: KeywordContentParams, ctx: CheckContext): CheckOutcome {
  const subject = subjectOf(p);
  // Each group brings its own links out (LHKPN at e-LHKPN); the item's links are not any group's.
  const per = p.groups.map((g) => ({
    g,
    finding: findKeywordContent(artifacts, p, g.keywords, g.hrefPatterns.length ? { hrefPatterns: g.hrefPatterns, textKeywords: false, externalOnly: true, strength: "strong" } : undefined),
  }));
  const bestStrong = per.map(({ finding }) => rankCandidates(finding.candidates).find((c) => c.strength === "strong"));
  if (bestStrong.every(Boolean)) {
    const found = bestStrong as Candidate[];
    const worst = found.reduce((a, b) => (levelForStrong(b, p.maxClicks) < levelForStrong(a, p.maxClicks) ? b : a));
    const merged: ContentFinding = { candidates: [{ ...worst, strength: "strong" }], shells: [] };
    const out = decide(merged, ctx, { subject, maxClicks: p.maxClicks });
    return { ...out, evidence: found.map(toEvidence).slice(0, 3) };
  }
  const present = per.filter(({ finding }) => finding.candidates.some((c) => c.strength !== "weak"));
  if (present.length) {
    const missing = per.filter((x) => !present.includes(x)).map((x) => x.g.name);
    const partial = per.filter((_, i) => !bestStrong[i]).map((x) => x.g.name);
    const gaps = [...new Set([...missing, ...partial])].join(", ");
    const ev = present.flatMap(({ finding }) => rankCandidates(finding.candidates).slice(0, 1)).map(toEvidence);
    return scored(1, `${subject} ditemukan tetapi belum lengkap: ${gaps} belum ada atau belum berisi.`, ev);
  }
  const all: ContentFinding = {
    candidates: per.flatMap((x) => x.finding.candidates),
    shells: per.flatMap((x) => x.finding.shells),
  };
  return decide(all, ctx, { subject, maxClicks: p.maxClicks });
}

export const keywordContent: Detector<KeywordContentParams> = {
  id: "keyword-content",
  params: keywordContentParams,
  evaluate(artifacts, p, ctx) {
    if (p.groups.length) return evaluateGroups(artifacts, p, ctx);
    return decide(findKeywordContent(artifacts, p), ctx, { subject: subjectOf(p), maxClicks: p.maxClicks });
  },
};
