/**
 * accessibility: axe-core critical/serious violations on the pages where axe ran, <html lang>
 * on the home page, alt text on content images, and PDFs with a text layer. Without any axe
 * result the level is capped at 2: the strongest evidence is missing.
 */
import { z } from "zod";
import { corpusOf } from "../corpus/units";
import { scored } from "../judge/decide";
import type { Detector, Evidence, Level } from "../types";

export const accessibilityParams = z.object({
  /** Share of content images with alt text for full marks. */
  minAltShare: z.number().min(0).max(1).default(0.9),
  /** Share of PDFs with a text layer for full marks. */
  minPdfTextShare: z.number().min(0).max(1).default(0.8),
});

export const accessibility: Detector<z.infer<typeof accessibilityParams>> = {
  id: "accessibility",
  params: accessibilityParams,
  evaluate(artifacts, p) {
    const corpus = corpusOf(artifacts);
    const home = corpus.home;
    const axed = corpus.pages.filter((pg) => pg.axe);
    const violations = axed.flatMap((pg) => pg.axe!.violations.map((v) => ({ ...v, url: pg.finalUrl || pg.url })));
    const critical = violations.filter((v) => v.impact === "critical");
    const serious = violations.filter((v) => v.impact === "serious");
    const lang = !!home?.lang?.trim();
    const images = corpus.pages.flatMap((pg) => pg.images.filter((i) => i.region === "main" && (i.width === 0 || i.width >= 50)));
    const altShare = images.length ? images.filter((i) => i.alt.trim()).length / images.length : 1;
    const pdfs = artifacts.documents.filter((d) => d.kind === "pdf" && !d.errorClass);
    const pdfShare = pdfs.length ? pdfs.filter((d) => !d.scanned && d.text.trim()).length / pdfs.length : 1;

    const problems: string[] = [];
    if (critical.length) problems.push(`${critical.length} pelanggaran kritis`);
    if (serious.length) problems.push(`${serious.length} pelanggaran serius`);
    if (!lang) problems.push("atribut lang tidak diisi");
    if (altShare < p.minAltShare) problems.push(`hanya ${Math.round(altShare * 100)}% gambar punya teks alternatif`);
    if (pdfShare < p.minPdfTextShare) problems.push(`hanya ${Math.round(pdfShare * 100)}% PDF punya lapisan teks`);

    let level: Level;
    if (!critical.length && !serious.length && lang && altShare >= p.minAltShare && pdfShare >= p.minPdfTextShare) level = 3;
    else if (!critical.length && lang && altShare >= 0.7) level = 2;
    else if (lang || altShare >= 0.5) level = 1;
    else level = 0;
    if (!axed.length && level > 2) level = 2;

    const ev: Evidence[] = [...critical, ...serious].slice(0, 3).map((v) => ({ url: v.url, excerpt: `${v.impact}: ${v.help} (${v.nodes} elemen)`, source: "axe" }));
    if (!ev.length && home) ev.push({ url: home.finalUrl, excerpt: `lang="${home.lang ?? ""}"; gambar beralt ${Math.round(altShare * 100)}%; PDF berteks ${Math.round(pdfShare * 100)}%`, source: "halaman" });
    const axeNote = axed.length ? "" : " Pemeriksaan axe tidak berjalan, sehingga nilai dibatasi 2.";
    const reason = problems.length ? `Aksesibilitas: ${problems.join("; ")}.${axeNote}` : `Tidak ada pelanggaran kritis atau serius; lang diisi; gambar dan PDF dapat dibaca.${axeNote}`;
    return scored(level, reason, ev);
  },
};
