/**
 * list-content: a label followed by a list or table (persyaratan, daftar layanan). A label with
 * a paragraph but no list is incomplete (level 1).
 */
import { z } from "zod";
import { corpusOf } from "../corpus/units";
import { findContent } from "../judge/content";
import { decide } from "../judge/decide";
import { listItems } from "../text/lists";
import type { Detector } from "../types";
import { contentShape, findLinks, linkShape, subjectOf } from "./common";

export const listContentParams = z.object({
  ...contentShape,
  minWords: z.number().int().min(0).default(2),
  /** Items a list needs to count ("KTP dan KK" is two). */
  minItems: z.number().int().min(1).default(2),
  /** Links to online service applications (OSS, SiCantik ...): access, but not the list itself. */
  links: linkShape.optional(),
});
export type ListContentParams = z.infer<typeof listContentParams>;

export const listContent: Detector<ListContentParams> = {
  id: "list-content",
  params: listContentParams,
  evaluate(artifacts, p, ctx) {
    const corpus = corpusOf(artifacts);
    const finding = findContent(corpus, {
      ...p,
      images: "unreadable",
      accept: (body) => (listItems(body).length >= p.minItems ? true : `belum berupa daftar (minimal ${p.minItems} butir)`),
    });
    if (p.links) {
      for (const l of findLinks(corpus, p.links, p.keywords)) {
        finding.candidates.push({ ...l, strength: l.strength === "strong" ? "partial" : l.strength, note: l.note || "hanya tautan ke aplikasi layanan daring, tanpa daftar layanan" });
      }
    }
    return decide(finding, ctx, { subject: subjectOf(p), maxClicks: p.maxClicks });
  },
};
