/**
 * complaint-channel: a way to complain that works: a complaint form (with a text area), a
 * complaint section with a phone, WhatsApp, e-mail or counter, or contact links named for
 * complaints. A general contact form with no complaint wording is incomplete (level 1).
 */
import { z } from "zod";
import { corpusOf, type Corpus } from "../corpus/units";
import { findContent, type Candidate } from "../judge/content";
import { decide } from "../judge/decide";
import { clip, hasKeyword } from "../text/normalize";
import { EMAIL_RE, findPhones } from "../text/patterns";
import type { Detector } from "../types";
import { contentShape, subjectOf } from "./common";

export const complaintParams = z.object({
  ...contentShape,
  minWords: z.number().int().min(0).default(3),
  includeChrome: z.boolean().default(true),
  /** Words that name a channel in a complaint section ("loket", "kotak saran", "WhatsApp"). */
  channelWords: z.array(z.string()).default([]),
  /** URL substrings of channels (wa.me, mailto:, tel:, lapor.go.id). */
  channelHrefs: z.array(z.string()).default([]),
});
export type ComplaintParams = z.infer<typeof complaintParams>;

function formCandidates(corpus: Corpus, p: ComplaintParams): Candidate[] {
  const out: Candidate[] = [];
  for (const page of corpus.pages) {
    if (corpus.isNews(page)) continue;
    for (const form of page.forms) {
      if (!form.fields.some((f) => f.type === "textarea")) continue;
      const named = hasKeyword(`${page.title} ${page.headings.map((h) => h.text).join(" ")} ${form.action} ${form.fields.map((f) => `${f.name} ${f.label}`).join(" ")}`, p.keywords);
      const reach = corpus.reach(page.url);
      out.push({
        strength: named ? "strong" : "partial",
        url: page.finalUrl || page.url,
        pageUrl: page.finalUrl || page.url,
        screenshotPath: page.screenshotPath,
        depth: reach.depth,
        linked: reach.linked,
        excerpt: clip(`Formulir: ${form.fields.map((f) => f.label || f.name).filter(Boolean).join(", ")}`),
        source: "formulir",
        note: named ? "" : "hanya formulir kontak umum, tidak disebut untuk pengaduan",
        text: "",
        unit: null,
      });
    }
  }
  return out;
}

function linkCandidates(corpus: Corpus, p: ComplaintParams): Candidate[] {
  const out: Candidate[] = [];
  for (const page of corpus.pages) {
    if (corpus.isNews(page)) continue;
    const pageNamed = hasKeyword(`${page.title} ${page.headings.map((h) => h.text).join(" ")}`, p.keywords);
    const reach = corpus.reach(page.url);
    for (const l of page.links) {
      const href = l.href.toLowerCase();
      if (!p.channelHrefs.some((h) => href.includes(h.toLowerCase()))) continue;
      const external = href.includes("lapor.go.id");
      if (!external && !pageNamed && !hasKeyword(l.text, p.keywords)) continue;
      out.push({
        strength: "strong", url: l.href, pageUrl: page.finalUrl || page.url, screenshotPath: page.screenshotPath, depth: reach.depth, linked: reach.linked,
        excerpt: clip(`Tautan "${l.text || l.href}" → ${l.href}`), source: "tautan", note: "", text: l.text, unit: null,
      });
    }
  }
  return out;
}

export const complaintChannel: Detector<ComplaintParams> = {
  id: "complaint-channel",
  params: complaintParams,
  evaluate(artifacts, p, ctx) {
    const corpus = corpusOf(artifacts);
    const finding = findContent(corpus, {
      ...p,
      chromeBareLabels: true,
      accept: (body) =>
        findPhones(body).length > 0 || EMAIL_RE.test(body) || hasKeyword(body, p.channelWords) ? true : "tanpa saluran (telepon, WhatsApp, e-mail, formulir, loket)",
    });
    // Menu lines after "Pengaduan" in a footer say nothing: keep only footer finds with a channel.
    finding.candidates = finding.candidates.filter((c) => c.source !== "menu/footer" || c.strength === "strong");
    finding.candidates.push(...formCandidates(corpus, p), ...linkCandidates(corpus, p));
    return decide(finding, ctx, { subject: subjectOf(p), maxClicks: p.maxClicks });
  },
};
