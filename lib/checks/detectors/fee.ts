/** fee: a tariff ("Rp 50.000", "sesuai Perbup") or an explicit "gratis" / "tidak dipungut biaya". */
import { z } from "zod";
import { corpusOf } from "../corpus/units";
import { findContent } from "../judge/content";
import { decide } from "../judge/decide";
import { FEE_RE, FREE_RE } from "../text/patterns";
import type { Detector } from "../types";
import { contentShape, subjectOf } from "./common";
import { VALUE_WINDOW } from "./duration";

/** Verbs that say a fee is charged. */
const PAID_RE = /\b(?:membayar|dibayar|bayar|pembayaran|dikenakan|dipungut|menyetor|disetor)\b/i;

export const feeParams = z.object({
  ...contentShape,
  minWords: z.number().int().min(0).default(1),
  /** Phrases that state the fee on their own, in any sentence ("tidak dipungut biaya"). */
  statementKeywords: z.array(z.string()).default([]),
});
export type FeeParams = z.infer<typeof feeParams>;

export const fee: Detector<FeeParams> = {
  id: "fee",
  params: feeParams,
  evaluate(artifacts, p, ctx) {
    const corpus = corpusOf(artifacts);
    const finding = findContent(corpus, {
      ...p,
      accept: (body) => (FEE_RE.test(body.slice(0, VALUE_WINDOW)) ? true : "tanpa besaran biaya atau pernyataan gratis"),
    });
    if (p.statementKeywords.length) {
      const statements = findContent(corpus, {
        keywords: p.statementKeywords,
        minWords: Number.MAX_SAFE_INTEGER,
        bodyMentions: "content",
        acceptMention: (s) => FREE_RE.test(s) || FEE_RE.test(s),
      });
      finding.candidates.push(...statements.candidates);
    }
    // "Pemohon membayar retribusi PBG": the fee exists but its amount is not published.
    const named = findContent(corpus, {
      keywords: p.keywords,
      excludeLabels: p.excludeLabels,
      minWords: Number.MAX_SAFE_INTEGER,
      bodyMentions: "content",
      // "Pemohon membayar retribusi PBG." is short but says a fee is charged.
      mentionMinWords: 3,
      acceptMention: (s) => PAID_RE.test(s) && !FEE_RE.test(s),
    });
    finding.candidates.push(...named.candidates.map((c) => ({ ...c, strength: "partial" as const, note: "biaya disebut tanpa besarannya" })));
    return decide(finding, ctx, { subject: subjectOf(p), maxClicks: p.maxClicks });
  },
};
