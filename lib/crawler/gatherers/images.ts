/**
 * Gatherer: every image a visitor could read, whatever its name. An OPD's standar pelayanan is
 * often an infographic named `spgdt.jpeg` or `IMG-20250611-WA0007.png` with empty alt text, so
 * nothing here filters by name: it records each image with what a visitor reads around it
 * (caption, heading, slide or tab label), lazy sources, the full-size target of thumbnail links
 * (lightboxes) and large CSS backgrounds of content blocks. Which ones are read by OCR is
 * decided later, from the file itself (lib/crawler/documents/images.ts).
 */
import type { ImageArtifact } from "@/lib/artifacts/types";
import { fileNameOf } from "../url";
import type { Page } from "playwright";
import { arr, num, obj, REGION_JS, regionOf, runInPage, str, type PageScript } from "./dom";

export const MAX_IMAGES = 300;
const ALT_MAX = 500;
export const CONTEXT_MAX = 200;
/** A CSS background smaller than this is decoration (a pattern, an icon), not a poster. */
const BACKGROUND_MIN_PX = 200;
/** Elements inspected for CSS backgrounds: computed style is costly on huge pages. */
const BACKGROUND_SCAN_MAX = 3_000;

/**
 * In-page helpers: `__imageRecords(scope, max)` lists the images under `scope` (also hidden ones:
 * carousel slides and tab panels that are in the DOM but not shown). Used by this gatherer and by
 * the click pass, which records the images a click brings in.
 */
export const IMAGES_JS = String.raw`
const __IMG_EXT = /\.(jpe?g|png|webp|gif|bmp|tiff?|avif)(?:[?#]|$)/i;
function __abs(u) { try { return new URL(u, document.baseURI).href; } catch (e) { return ""; } }
function __largestSrcset(set) {
  let best = "", bestW = -1;
  for (const part of String(set || "").split(",")) {
    const [u, d] = part.trim().split(/\s+/);
    if (!u) continue;
    const w = d ? parseFloat(d) * (/x$/i.test(d) ? 1000 : 1) : 0;
    if (w > bestW) { best = u; bestW = w; }
  }
  return best ? __abs(best) : "";
}
function __imgSrc(img) {
  const lazy = img.getAttribute("data-src") || img.getAttribute("data-lazy-src") || img.getAttribute("data-original")
    || img.getAttribute("data-lazy") || img.getAttribute("data-url") || "";
  const set = img.getAttribute("data-srcset") || img.getAttribute("data-lazy-srcset") || img.getAttribute("srcset") || "";
  let src = img.currentSrc || img.src || "";
  const placeholder = !src || /^data:|placeholder|blank\.|spacer|lazy|loading/i.test(src);
  if (lazy && placeholder) src = __abs(lazy);
  const big = set ? __largestSrcset(set) : "";
  if (big && (placeholder || !img.naturalWidth || img.naturalWidth < 600)) src = big;
  return src && !src.startsWith("data:") ? src : "";
}
function __headingBefore(el) {
  let n = el;
  for (let up = 0; n && up < 6; up++, n = n.parentElement) {
    let s = n.previousElementSibling;
    for (let k = 0; s && k < 6; k++, s = s.previousElementSibling) {
      if (/^H[1-6]$/.test(s.tagName)) return s.textContent || "";
      const hs = s.querySelectorAll ? s.querySelectorAll("h1,h2,h3,h4,h5,h6") : [];
      if (hs.length) return hs[hs.length - 1].textContent || "";
    }
  }
  return "";
}
function __context(el) {
  const parts = [];
  const fig = el.closest("figure");
  const cap = fig && fig.querySelector("figcaption");
  if (cap) parts.push(cap.textContent);
  const holder = el.closest('[aria-roledescription="slide"], .slide, .carousel-item, .swiper-slide, .slick-slide, [role="tabpanel"], .tab-pane, [role="dialog"], dialog, .modal');
  if (holder) {
    parts.push(holder.getAttribute("aria-label") || "");
    const h = holder.querySelector("h1,h2,h3,h4,h5,h6,.modal-title,.caption,.carousel-caption");
    if (h) parts.push(h.textContent);
  }
  parts.push(el.getAttribute("title") || "");
  parts.push(__headingBefore(el));
  return parts.map((p) => String(p || "").replace(/\s+/g, " ").trim()).filter(Boolean).join(" | ").slice(0, ${CONTEXT_MAX});
}
function __top(el) {
  const r = el.getBoundingClientRect();
  return r.width || r.height ? Math.round(r.top + window.scrollY) : null;
}
function __imageRecords(scope, max) {
  const out = [];
  const seen = new Set();
  const add = (rec) => {
    if (out.length >= max || !rec.src || seen.has(rec.src)) return;
    seen.add(rec.src);
    out.push(rec);
  };
  for (const img of scope.querySelectorAll("img")) {
    const src = __imgSrc(img);
    const context = __context(img);
    const region = __region(img);
    // The loaded picture's size only when it is the one recorded: a lazy image's 1x1 placeholder is not.
    const loaded = (img.currentSrc || img.src) === src;
    if (src) add({
      src, alt: img.getAttribute("alt") || "", region, context, shownAs: "img", top: __top(img),
      width: (loaded && img.naturalWidth) || Number(img.getAttribute("width")) || 0,
      height: (loaded && img.naturalHeight) || Number(img.getAttribute("height")) || 0,
    });
    // A thumbnail that opens the full picture (lightbox): the full picture is what a visitor reads.
    const a = img.closest("a[href]");
    if (a && __IMG_EXT.test(a.getAttribute("href") || "")) {
      const full = __abs(a.getAttribute("href"));
      if (full && full !== src) add({ src: full, alt: img.getAttribute("alt") || a.getAttribute("title") || "", region, context, shownAs: "lightbox", top: __top(img), width: 0, height: 0 });
    }
  }
  // Large CSS backgrounds of content blocks (a poster as the background of a banner): blocks with
  // an inline background or a class that says so; computing every element's style costs a page's time.
  let inspected = 0;
  const BG_HINT = /(?:^|[-_\s])(?:bg|background|banner|hero|poster|cover|slide|jumbotron|parallax|infografi\w*)(?:[-_\s]|$)/i;
  for (const el of scope.querySelectorAll('[style*="background"], [data-bg], [data-background], [class]')) {
    if (out.length >= max || ++inspected > ${BACKGROUND_SCAN_MAX}) break;
    const cls = typeof el.className === "string" ? el.className : "";
    if (!(el.getAttribute("style") || "").includes("background") && !el.hasAttribute("data-bg") && !el.hasAttribute("data-background") && !BG_HINT.test(cls)) continue;
    const r = el.getBoundingClientRect();
    if (r.width < ${BACKGROUND_MIN_PX} || r.height < ${BACKGROUND_MIN_PX}) continue;
    const bg = getComputedStyle(el).backgroundImage || "";
    const m = /url\(["']?([^"')]+)["']?\)/.exec(bg);
    if (!m) continue;
    const src = __abs(m[1]);
    if (!src || src.startsWith("data:")) continue;
    add({ src, alt: el.getAttribute("aria-label") || el.getAttribute("title") || "", region: __region(el), context: __context(el),
      shownAs: "background", top: __top(el), width: Math.round(r.width), height: Math.round(r.height) });
  }
  return out;
}
`;

const SCRIPT = String.raw`(max) => {
  ${REGION_JS}
  ${IMAGES_JS}
  return __imageRecords(document, max);
}`;

export const imagesScript: PageScript<ImageArtifact[]> = { source: SCRIPT, arg: MAX_IMAGES, parse: (v) => parseImages(v, null) };

/** Re-checks image records that came back from the page; `revealedBy` marks those a click or pop-up showed. */
export function parseImages(value: unknown, revealedBy: string | null): ImageArtifact[] {
  const raw = arr(value, MAX_IMAGES).map(obj);
  return raw
    .map((i): ImageArtifact => {
      const src = str(i.src, 2_000);
      const shown = str(i.shownAs, 20);
      const top = typeof i.top === "number" && Number.isFinite(i.top) ? Math.round(i.top) : null;
      return {
        src,
        alt: str(i.alt, ALT_MAX),
        fileName: fileNameOf(src).slice(0, 300),
        width: Math.max(0, Math.round(num(i.width))),
        height: Math.max(0, Math.round(num(i.height))),
        region: regionOf(i.region),
        shownAs: shown === "lightbox" || shown === "background" ? shown : "img",
        context: str(i.context, CONTEXT_MAX),
        revealedBy,
        top,
      };
    })
    .filter((i) => /^https?:/i.test(i.src));
}

/** Adds images not yet listed (by address); returns how many were new. */
export function mergeImages(into: ImageArtifact[], more: ImageArtifact[]): number {
  const have = new Set(into.map((i) => i.src));
  let added = 0;
  for (const i of more) {
    if (have.has(i.src) || into.length >= MAX_IMAGES) continue;
    have.add(i.src);
    into.push(i);
    added++;
  }
  return added;
}

/**
 * Scrolls the page down in a few steps so images that load only when scrolled into view get
 * their real address, then returns to the top. Cheap: no waiting for the images themselves.
 */
export async function scrollForLazyImages(page: Page): Promise<boolean> {
  return (await runInPage(page, String.raw`async () => {
    const lazy = document.querySelector('img[loading="lazy"], img[data-src], img[data-lazy-src], .lazy, .lazyload, [data-bg]');
    if (!lazy) return false;
    const h = Math.min(document.documentElement.scrollHeight, 20000);
    for (let y = 0; y <= h; y += Math.max(400, Math.floor(h / 6))) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 60));
    }
    window.scrollTo(0, 0);
    return true;
  }`)) === true;
}
