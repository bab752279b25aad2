/**
 * Gatherer: documents shown inside a page (<iframe>, <embed>, <object>): a decree PDF in a
 * frame, a Google Drive or Scribd viewer. Same-site PDFs are then read like linked PDFs; other
 * viewers are recorded as embedded documents a person can open (lib/crawler/documents).
 */
import type { EmbedArtifact } from "@/lib/artifacts/types";
import { arr, obj, REGION_JS, str, type PageScript } from "./dom";
import { IMAGES_JS } from "./images";

export const MAX_EMBEDS = 20;
const LABEL_MAX = 200;

const SCRIPT = String.raw`(max) => {
  ${REGION_JS}
  ${IMAGES_JS}
  const out = [];
  for (const el of document.querySelectorAll("iframe[src], embed[src], object[data]")) {
    if (out.length >= max) break;
    const raw = el.getAttribute(el.tagName === "OBJECT" ? "data" : "src") || "";
    let url = "";
    try { url = new URL(raw, document.baseURI).href; } catch (e) { continue; }
    if (!/^https?:/i.test(url)) continue;
    const label = el.getAttribute("title") || el.getAttribute("aria-label") || el.getAttribute("name") || __headingBefore(el);
    out.push({ url, tag: el.tagName.toLowerCase(), label: String(label).replace(/\s+/g, " ").trim() });
  }
  return out;
}`;

export type RawEmbed = Omit<EmbedArtifact, "internal">;

export const embedsScript: PageScript<RawEmbed[]> = {
  source: SCRIPT,
  arg: MAX_EMBEDS,
  parse: (v) =>
    arr(v, MAX_EMBEDS)
      .map(obj)
      .map((e) => {
        const raw = str(e.tag, 10);
        const tag: RawEmbed["tag"] = raw === "embed" || raw === "object" ? raw : "iframe";
        return { url: str(e.url, 2_000), tag, label: str(e.label, LABEL_MAX) };
      })
      .filter((e) => /^https?:/i.test(e.url)),
};
