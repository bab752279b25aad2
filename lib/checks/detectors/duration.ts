/** duration: a completion time ("3 hari kerja", "60 menit") under or next to a time label. */
import { z } from "zod";
import { corpusOf } from "../corpus/units";
import { findContent } from "../judge/content";
import { decide } from "../judge/decide";
import { DAY_RE, DURATION_RE, TIME_RE } from "../text/patterns";
import type { Detector } from "../types";
import { contentShape, subjectOf } from "./common";

/** The value belongs to the label when it comes within this many characters after it. */
export const VALUE_WINDOW = 300;

export const durationParams = z.object({
  ...contentShape,
  minWords: z.number().int().min(0).default(1),
  /** Sentences with one of these words and a duration count too ("selesai dalam 3 hari kerja"). */
  mentionKeywords: z.array(z.string()).default([]),
});
export type DurationParams = z.infer<typeof durationParams>;

export const duration: Detector<DurationParams> = {
  id: "duration",
  params: durationParams,
  evaluate(artifacts, p, ctx) {
    const corpus = corpusOf(artifacts);
    const finding = findContent(corpus, {
      ...p,
      accept: (body) => {
        const head = body.slice(0, VALUE_WINDOW);
        if (DURATION_RE.test(head)) return true;
        // "Waktu Pelayanan: Senin-Kamis 08.00-16.00" is office hours (SP-10), not a completion time.
        if (DAY_RE.test(head) || TIME_RE.test(head)) return false;
        return "tanpa lama waktu yang jelas";
      },
    });
    if (p.mentionKeywords.length) {
      const mentions = findContent(corpus, {
        keywords: p.mentionKeywords,
        excludeLabels: p.excludeLabels,
        minWords: Number.MAX_SAFE_INTEGER,
        bodyMentions: "content",
        acceptMention: (s) => DURATION_RE.test(s),
      });
      finding.candidates.push(...mentions.candidates);
    }
    return decide(finding, ctx, { subject: subjectOf(p), maxClicks: p.maxClicks });
  },
};
