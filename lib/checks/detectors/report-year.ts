/**
 * report-year: a report or plan (LKjIP, Renstra, laporan keuangan, rekap pengaduan) published as
 * a section or a document, whose latest year is not older than `maxAgeYears` before the scan.
 * Download links to the documents are the content here, so document links count.
 */
import { z } from "zod";
import { corpusOf, type Corpus } from "../corpus/units";
import { urlKey } from "../corpus/graph";
import { findContent, type Candidate } from "../judge/content";
import { decide } from "../judge/decide";
import { clip, hasKeyword, yearsIn } from "../text/normalize";
import type { Detector } from "../types";
import { contentShape, subjectOf } from "./common";

/** Plans run ahead of the scan year (Renstra 2021-2026); later years are typos. */
export const MAX_YEARS_AHEAD = 6;
const DOCUMENT_HREF = /\.(?:pdf|docx?|xlsx?|pptx?|zip|rar)(?:$|[?#])|\/(?:download|unduh|file|files|uploads?|dokumen)\//i;

export const reportYearParams = z.object({
  ...contentShape,
  minWords: z.number().int().min(0).default(2),
  maxAgeYears: z.number().int().min(0).default(1),
});
export type ReportYearParams = z.infer<typeof reportYearParams>;

function documentLinks(corpus: Corpus, p: ReportYearParams): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const page of corpus.pages) {
    if (corpus.isNews(page)) continue;
    const reach = corpus.reach(page.url);
    for (const l of page.links) {
      if (!l.internal || !DOCUMENT_HREF.test(l.href) || seen.has(urlKey(l.href))) continue;
      const name = `${l.text} ${decodeURIComponent(l.href.split("/").pop() ?? "").replace(/[-_+.]+/g, " ")}`;
      if (!hasKeyword(name, p.keywords) || hasKeyword(name, p.excludeLabels)) continue;
      seen.add(urlKey(l.href));
      const broken = corpus.artifacts.site.linkChecks.some((c) => urlKey(c.url) === urlKey(l.href) && !c.ok);
      if (broken) continue;
      out.push({
        strength: "strong", url: l.href, pageUrl: page.finalUrl || page.url, screenshotPath: page.screenshotPath,
        depth: reach.depth === null ? null : reach.depth + 1, linked: reach.linked,
        excerpt: clip(`Dokumen "${l.text || l.href}"`), source: "tautan dokumen", note: "", text: name, unit: null,
      });
    }
  }
  return out;
}

export const reportYear: Detector<ReportYearParams> = {
  id: "report-year",
  params: reportYearParams,
  evaluate(artifacts, p, ctx) {
    const corpus = corpusOf(artifacts);
    const nowYear = ctx.now.getUTCFullYear();
    const finding = findContent(corpus, { ...p, images: "unreadable" });
    // A document named after the report counts even when scanned: the report is published.
    finding.candidates = finding.candidates.map((c) => (c.strength === "unreadable" && c.unit?.doc ? { ...c, strength: "strong" as const, text: c.unit.label } : c));
    finding.candidates.push(...documentLinks(corpus, p));
    const yearOf = (c: Candidate) => {
      const basis = `${c.text.slice(0, 600)} ${c.unit?.label ?? ""} ${c.url}`;
      const years = yearsIn(basis).filter((y) => y <= nowYear + MAX_YEARS_AHEAD);
      return years.length ? Math.max(...years) : null;
    };
    const current = (c: Candidate) => {
      const y = yearOf(c);
      return y !== null && y >= nowYear - p.maxAgeYears;
    };
    return decide(finding, ctx, { subject: subjectOf(p), maxClicks: p.maxClicks, current });
  },
};
