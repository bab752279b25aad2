/**
 * Gatherer: images with alt text, file name and size (a maklumat or alur poster is often only
 * an image; its name, alt and size decide whether OCR reads it).
 */
import type { ImageArtifact } from "@/lib/artifacts/types";
import { fileNameOf } from "../url";
import { arr, num, obj, REGION_JS, regionOf, str, type PageScript } from "./dom";

export const MAX_IMAGES = 300;
const ALT_MAX = 500;

const SCRIPT = String.raw`(max) => {
  ${REGION_JS}
  const out = [];
  const seen = new Set();
  for (const img of document.querySelectorAll("img")) {
    if (out.length >= max) break;
    // Lazy-loading themes keep the real address in data-* until the image scrolls into view.
    const lazy = img.getAttribute("data-src") || img.getAttribute("data-lazy-src") || img.getAttribute("data-original") || "";
    let src = img.currentSrc || img.src || "";
    if (lazy && (!src || /^data:|placeholder|blank|lazy/i.test(src))) {
      try { src = new URL(lazy, document.baseURI).href; } catch (e) { /* keep */ }
    }
    if (!src || src.startsWith("data:") || seen.has(src)) continue;
    seen.add(src);
    out.push({
      src,
      alt: img.getAttribute("alt") || "",
      width: img.naturalWidth || Number(img.getAttribute("width")) || Math.round(img.getBoundingClientRect().width) || 0,
      height: img.naturalHeight || Number(img.getAttribute("height")) || Math.round(img.getBoundingClientRect().height) || 0,
      region: __region(img),
    });
  }
  return out;
}`;

export const imagesScript: PageScript<ImageArtifact[]> = { source: SCRIPT, arg: MAX_IMAGES, parse: parseImages };

function parseImages(value: unknown): ImageArtifact[] {
  const raw = arr(value, MAX_IMAGES).map(obj);
  return raw
    .map((i) => {
      const src = str(i.src, 2_000);
      return {
        src,
        alt: str(i.alt, ALT_MAX),
        fileName: fileNameOf(src).slice(0, 300),
        width: Math.max(0, Math.round(num(i.width))),
        height: Math.max(0, Math.round(num(i.height))),
        region: regionOf(i.region),
      };
    })
    .filter((i) => i.src.length > 0);
}
