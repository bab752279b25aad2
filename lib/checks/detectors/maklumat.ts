/**
 * maklumat: the service pledge. Presence (KP-01) as text, PDF or image (an image whose text
 * could not be read is level 1); substance (KP-02) when `substance` groups are given: the text
 * (or the text read from its image) must state each (commitment, standar pelayanan, sanksi).
 */
import { z } from "zod";
import { corpusOf } from "../corpus/units";
import { findContent, type Candidate } from "../judge/content";
import { decide, levelForStrong, rankCandidates, review, scored, toEvidence } from "../judge/decide";
import { hasKeyword } from "../text/normalize";
import type { CheckOutcome, Detector } from "../types";
import { contentShape, subjectOf } from "./common";

export const maklumatParams = z.object({
  ...contentShape,
  minWords: z.number().int().min(0).default(12),
  imageKeywords: z.array(z.array(z.string())).default([]),
  /** What the maklumat must state, each a name and its words; empty: presence only. */
  substance: z.array(z.object({ name: z.string(), keywords: z.array(z.string().min(1)).min(1) })).default([]),
});
export type MaklumatParams = z.infer<typeof maklumatParams>;

function judgeSubstance(cands: Candidate[], p: MaklumatParams, mode: "A" | "P"): CheckOutcome {
  const subject = subjectOf(p);
  const texts = rankCandidates(cands).filter((c) => c.strength === "strong");
  const scoredTexts = texts.map((c) => ({ c, missing: p.substance.filter((s) => !hasKeyword(c.text, s.keywords)).map((s) => s.name) }));
  const complete = scoredTexts.find((x) => x.missing.length === 0);
  if (complete) {
    const level = levelForStrong(complete.c, p.maxClicks);
    return scored(level, `${subject} memuat ${p.substance.map((s) => s.name).join(", ")}.`, [toEvidence(complete.c)]);
  }
  if (scoredTexts.length) {
    const best = scoredTexts.sort((a, b) => a.missing.length - b.missing.length)[0];
    const reason = `${subject} ditemukan tetapi tidak menyebut ${best.missing.join(", ")}.`;
    return mode === "P" ? review(`${reason} Perlu diperiksa petugas.`, [toEvidence(best.c)]) : scored(1, reason, [toEvidence(best.c)]);
  }
  const unreadable = cands.filter((c) => c.strength === "unreadable" || c.strength === "partial");
  if (unreadable.length) {
    const reason = `${subject} hanya berupa gambar atau pindaian yang teksnya tidak terbaca, sehingga isinya tidak dapat dinilai otomatis.`;
    return mode === "P" ? review(reason, unreadable.map(toEvidence)) : scored(1, reason, unreadable.map(toEvidence));
  }
  const weak = cands.filter((c) => c.strength === "weak");
  if (weak.length && mode === "P") return review(`Ada kandidat ${subject.toLowerCase()} (${weak[0].note}); perlu diperiksa petugas.`, weak.map(toEvidence));
  return scored(0, `${subject} tidak ditemukan, sehingga substansinya tidak dapat dinilai.`);
}

export const maklumat: Detector<MaklumatParams> = {
  id: "maklumat",
  params: maklumatParams,
  evaluate(artifacts, p, ctx) {
    const finding = findContent(corpusOf(artifacts), { ...p, images: "unreadable" });
    if (p.substance.length) return judgeSubstance(finding.candidates, p, ctx.mode);
    return decide(finding, ctx, { subject: subjectOf(p), maxClicks: p.maxClicks });
  },
};
