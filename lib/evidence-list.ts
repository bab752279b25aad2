/**
 * Evidence as a reader wants it: each page once. Detectors may cite one page several times (one
 * excerpt per keyword that matched); the OPD page shows the URL once with the best of its
 * excerpts, in the detector's order.
 */
import type { Evidence } from "@/lib/checks/types";

/** Where an excerpt came from, in the interface's words (the artifacts store English ids). */
export const SOURCE_WORDS: Record<string, string> = {
  page: "teks halaman",
  revealed: "teks yang muncul setelah diklik",
  dialog: "jendela dialog",
  pdf: "dokumen PDF",
  ocr: "teks dalam gambar",
  embedded: "dokumen tersemat",
};

export function sourceWords(source: string | undefined): string | null {
  if (!source) return null;
  return SOURCE_WORDS[source] ?? source;
}

/**
 * An excerpt's worth as evidence: any text beats none, then the longer one (more of the
 * sentence that decided), up to the point where length stops adding meaning.
 */
const USEFUL_EXCERPT_CHARS = 240;
function worth(e: Evidence): number {
  return Math.min(e.excerpt.trim().length, USEFUL_EXCERPT_CHARS);
}

/** One entry per URL, first-seen order; keeps the best excerpt and any screenshot of that URL. */
export function uniqueEvidence(evidence: Evidence[]): Evidence[] {
  const byUrl = new Map<string, Evidence>();
  for (const e of evidence) {
    const seen = byUrl.get(e.url);
    if (!seen) {
      byUrl.set(e.url, { ...e });
      continue;
    }
    const best = worth(e) > worth(seen) ? { ...e } : seen;
    best.screenshotPath ??= seen.screenshotPath ?? e.screenshotPath ?? null;
    byUrl.set(e.url, best);
  }
  return [...byUrl.values()];
}
