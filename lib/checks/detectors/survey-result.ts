/**
 * survey-result: a published satisfaction index (25.00-100.00) next to SKM/IKM, for a period not
 * older than `maxAgeYears` before the scan. A value in a news post counts (it is a publication,
 * not a plan), but not in a sentence that speaks of a plan ("SKM akan dilaksanakan").
 */
import { z } from "zod";
import { SOURCE_LABEL, corpusOf } from "../corpus/units";
import { findContent, type Candidate } from "../judge/content";
import { decide } from "../judge/decide";
import { isPlanMention } from "../text/mention";
import { clip, matchAll, yearsIn } from "../text/normalize";
import { indexValues, MUTU_RE } from "../text/patterns";
import type { Detector } from "../types";
import { contentShape, subjectOf } from "./common";

/** An index value belongs to the keyword when it is this close (characters either side). */
export const INDEX_WINDOW = 160;

export const surveyResultParams = z.object({
  ...contentShape,
  /** "Not older than last year": the period's year may be at most this many years before the scan's. */
  maxAgeYears: z.number().int().min(0).default(1),
  imageKeywords: z.array(z.array(z.string())).default([]),
});
export type SurveyResultParams = z.infer<typeof surveyResultParams>;

export const surveyResult: Detector<SurveyResultParams> = {
  id: "survey-result",
  params: surveyResultParams,
  evaluate(artifacts, p, ctx) {
    const corpus = corpusOf(artifacts);
    const nowYear = ctx.now.getUTCFullYear();
    const candidates: Candidate[] = [];
    for (const unit of corpus.units) {
      if (unit.kind === "chrome" && !p.includeChrome) continue;
      for (const hit of matchAll(unit.text, p.keywords)) {
        const from = Math.max(0, hit.index - INDEX_WINDOW);
        const window = unit.text.slice(from, hit.index + hit.length + INDEX_WINDOW);
        const value = indexValues(window)[0];
        if (!value) continue;
        const local = hit.index - from;
        if (isPlanMention(window, local, hit.length)) continue;
        const years = [...yearsIn(window), ...yearsIn(unit.title), ...yearsIn(unit.label)].filter((y) => y <= nowYear);
        const year = years.length ? Math.max(...years) : null;
        const mutu = MUTU_RE.exec(window)?.[0];
        candidates.push({
          strength: "strong",
          url: unit.url,
          pageUrl: unit.page.finalUrl || unit.page.url,
          screenshotPath: unit.page.screenshotPath,
          depth: unit.depth,
          linked: unit.linked,
          excerpt: clip(window),
          source: SOURCE_LABEL[unit.kind],
          note: year === null ? "tanpa tahun periode" : "",
          text: `${value.value}|${year ?? ""}|${mutu ?? ""}`,
          unit,
        });
        break;
      }
    }
    // Result posters and scans without readable text: found, not readable (level 1).
    const images = findContent(corpus, { keywords: p.keywords, minWords: Number.MAX_SAFE_INTEGER, images: "unreadable", imageKeywords: p.imageKeywords });
    candidates.push(...images.candidates.filter((c) => c.strength === "unreadable"));
    const current = (c: Candidate) => {
      const year = Number(c.text.split("|")[1]);
      return Number.isFinite(year) && year > 0 && year >= nowYear - p.maxAgeYears;
    };
    return decide({ candidates, shells: [] }, ctx, { subject: subjectOf(p), maxClicks: p.maxClicks, current });
  },
};
