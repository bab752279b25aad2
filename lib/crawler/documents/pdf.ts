/**
 * The text layer of a PDF (first pages only), with unpdf (pdf.js). A PDF with pages but no text
 * is a scan: its content is there for a person, not for the checks (level 1 rather than 2).
 */
import { getDocumentProxy } from "unpdf";

/** The decree and its annex usually state the standard within the first pages. */
export const PDF_MAX_PAGES = 10;
/** Enough for every keyword detector; bounds the artifact store. */
export const PDF_MAX_CHARS = 60_000;
/** Fewer characters per page than this is a scanned page (page numbers, stamps). */
const SCANNED_CHARS_PER_PAGE = 20;

export type PdfText = { text: string; pages: number; scanned: boolean };

type TextItem = { str?: unknown; hasEOL?: unknown };

export async function extractPdfText(data: Uint8Array, maxPages = PDF_MAX_PAGES): Promise<PdfText> {
  // pdf.js takes ownership of (and detaches) the buffer it is given: pass a copy.
  const pdf = await getDocumentProxy(new Uint8Array(data), { isEvalSupported: false, disableFontFace: true });
  try {
    const pages = pdf.numPages;
    const read = Math.min(pages, maxPages);
    let text = "";
    for (let i = 1; i <= read && text.length < PDF_MAX_CHARS; i++) {
      const page = await pdf.getPage(i);
      const content = await page.getTextContent();
      for (const item of content.items as TextItem[]) {
        if (typeof item.str === "string") text += item.str + (item.hasEOL ? "\n" : " ");
      }
      text += "\n";
      page.cleanup();
    }
    const clean = text.replace(/[ \t]+/g, " ").replace(/\s*\n\s*/g, "\n").trim().slice(0, PDF_MAX_CHARS);
    const scanned = read > 0 && clean.replace(/\s/g, "").length < SCANNED_CHARS_PER_PAGE * read;
    return { text: clean, pages, scanned };
  } finally {
    await pdf.destroy();
  }
}
