/**
 * document-component-count: the full service standard names most of the 14 components of
 * UU 25/2009 Ps 21 (dasar hukum ... evaluasi kinerja). Counted per page (with its tabs) or per
 * document, as section labels, never summed across the site.
 */
import { z } from "zod";
import { matchingBlocks } from "../corpus/blocks";
import { SOURCE_LABEL, corpusOf, type Unit } from "../corpus/units";
import type { Candidate } from "../judge/content";
import { levelForStrong, review, scored, toEvidence } from "../judge/decide";
import { clip } from "../text/normalize";
import type { Detector } from "../types";

export const componentCountParams = z.object({
  components: z.array(z.object({ name: z.string(), keywords: z.array(z.string().min(1)).min(1) })).min(1),
  /** Components for a complete standard (checklist: 10 or more). */
  minComponents: z.number().int().min(1).default(10),
  /** Fewer than complete but at least this many: an incomplete standard (level 1). */
  partialComponents: z.number().int().min(1).default(6),
  /** At least this many: a candidate a person should look at (P mode). */
  reviewComponents: z.number().int().min(1).default(3),
  maxClicks: z.number().int().min(0).default(2),
  subject: z.string().default("Standar pelayanan dengan komponen lengkap"),
});
export type ComponentCountParams = z.infer<typeof componentCountParams>;

export const documentComponentCount: Detector<ComponentCountParams> = {
  id: "document-component-count",
  params: componentCountParams,
  evaluate(artifacts, p, ctx) {
    const corpus = corpusOf(artifacts);
    const groups = new Map<string, Unit[]>();
    for (const u of corpus.units) {
      if (u.isNews || u.kind === "chrome") continue;
      const key = u.doc ? u.url : `page ${u.page.url}`;
      groups.set(key, [...(groups.get(key) ?? []), u]);
    }
    let best: { found: string[]; unit: Unit } | null = null;
    for (const units of groups.values()) {
      const found = p.components
        .filter((c) => units.some((u) => matchingBlocks(corpus, u, { keywords: c.keywords }).some((b) => b.kind !== "whole" && b.body.trim())))
        .map((c) => c.name);
      if (!best || found.length > best.found.length) best = { found, unit: units[0] };
    }
    if (!best || best.found.length === 0) return scored(0, `${p.subject} tidak ditemukan.`);
    const { unit, found } = best;
    const cand: Candidate = {
      strength: "strong", url: unit.url, pageUrl: unit.page.url, screenshotPath: unit.page.screenshotPath, depth: unit.depth, linked: unit.linked,
      excerpt: clip(`${found.length} dari ${p.components.length} komponen: ${found.join(", ")}`), source: SOURCE_LABEL[unit.kind], note: "", text: "", unit,
    };
    const ev = [toEvidence(cand)];
    const count = `${found.length} dari ${p.components.length} komponen`;
    if (found.length >= p.minComponents) return scored(levelForStrong(cand, p.maxClicks), `Standar pelayanan memuat ${count}.`, ev);
    if (found.length >= p.partialComponents) return scored(1, `Standar pelayanan baru memuat ${count} (perlu ${p.minComponents}).`, ev);
    if (found.length >= p.reviewComponents && ctx.mode === "P") return review(`Ditemukan ${count}; perlu diperiksa petugas apakah ada dokumen standar lengkap.`, ev);
    return scored(0, `Hanya ${count} yang ditemukan; standar pelayanan lengkap tidak ditemukan.`, ev);
  },
};
