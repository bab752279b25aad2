/**
 * procedure: a procedure label with 3 or more steps under it, or a flowchart image (judged by
 * the text read from it; level 1 when none could be read).
 */
import { z } from "zod";
import { corpusOf } from "../corpus/units";
import { findContent } from "../judge/content";
import { decide } from "../judge/decide";
import { procedureSteps } from "../text/lists";
import type { Detector } from "../types";
import { contentShape, subjectOf } from "./common";

export const procedureParams = z.object({
  ...contentShape,
  minWords: z.number().int().min(0).default(4),
  /** Steps an ordered procedure needs (checklist: 3+). */
  minSteps: z.number().int().min(1).default(3),
  /** Groups of words that must all name a flowchart image (alt or file name). */
  imageKeywords: z.array(z.array(z.string())).default([]),
});
export type ProcedureParams = z.infer<typeof procedureParams>;

export const procedure: Detector<ProcedureParams> = {
  id: "procedure",
  params: procedureParams,
  evaluate(artifacts, p, ctx) {
    const finding = findContent(corpusOf(artifacts), {
      ...p,
      images: "unreadable",
      accept: (body, block) =>
        procedureSteps(body).length >= p.minSteps || block.unit.kind === "ocr"
          ? true
          : `langkah belum diuraikan (minimal ${p.minSteps} langkah)`,
    });
    return decide(finding, ctx, { subject: subjectOf(p), maxClicks: p.maxClicks });
  },
};
