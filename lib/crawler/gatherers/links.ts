/**
 * Gatherer: links with their text and where on the page they sit (menu, body, footer), plus
 * documents embedded in frames and objects (a maklumat PDF shown inline counts as linked).
 */
import type { Page } from "playwright";
import type { LinkArtifact } from "@/lib/artifacts/types";
import { sameSite } from "../url";
import { arr, obj, REGION_JS, regionOf, runInPage, str, type PageScript } from "./dom";

/** A portal home page has a few hundred links; more is generated. */
export const MAX_LINKS = 1_500;
const TEXT_MAX = 300;
const HREF_MAX = 2_000;

const SCRIPT = String.raw`(max) => {
  ${REGION_JS}
  const out = [];
  const seen = new Set();
  const add = (href, text, el) => {
    if (!href || out.length >= max) return;
    const region = __region(el);
    const key = href + "\u0000" + text + "\u0000" + region;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ href, text, region });
  };
  for (const a of document.querySelectorAll("a[href], area[href]")) {
    const raw = a.getAttribute("href") || "";
    if (/^\s*javascript:/i.test(raw)) continue;
    const img = a.querySelector && a.querySelector("img[alt]");
    const text = __clean(a.innerText || a.textContent || "", 300).replace(/\n/g, " ")
      || a.getAttribute("aria-label") || a.getAttribute("title") || (img ? img.getAttribute("alt") : "") || "";
    add(a.href, String(text).trim(), a);
  }
  for (const f of document.querySelectorAll("iframe[src], embed[src], object[data]")) {
    const src = f.src || f.data || "";
    if (/\.pdf($|[?#])/i.test(src)) add(src, f.getAttribute("title") || "(dokumen tersemat)", f);
  }
  return out;
}`;

/** Links of the page; `site` (siteKey) decides `internal`. */
export function linksScript(site: string): PageScript<LinkArtifact[]> {
  return { source: SCRIPT, arg: MAX_LINKS, parse: (raw) => parseLinks(raw, site) };
}

export async function gatherLinks(page: Page, site: string): Promise<LinkArtifact[]> {
  return parseLinks(await runInPage(page, SCRIPT, MAX_LINKS), site);
}

function parseLinks(value: unknown, site: string): LinkArtifact[] {
  const raw = arr(value, MAX_LINKS).map(obj);
  const out: LinkArtifact[] = [];
  for (const l of raw) {
    const href = str(l.href, HREF_MAX);
    if (!href) continue;
    out.push({ href, text: str(l.text, TEXT_MAX), region: regionOf(l.region), internal: sameSite(href, site) });
  }
  return out;
}

/** Adds links not already present (after clicks revealed more), keeping the cap. */
export function mergeLinks(a: LinkArtifact[], b: LinkArtifact[]): LinkArtifact[] {
  const key = (l: LinkArtifact) => `${l.href}\u0000${l.text}\u0000${l.region}`;
  const seen = new Set(a.map(key));
  const out = [...a];
  for (const l of b) {
    if (out.length >= MAX_LINKS) break;
    if (!seen.has(key(l))) {
      seen.add(key(l));
      out.push(l);
    }
  }
  return out;
}
