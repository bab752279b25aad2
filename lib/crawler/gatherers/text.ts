/**
 * Gatherer: headings and visible text, with the main content apart from the navigation and
 * footer that repeat on every page (so a keyword in the menu does not make every page match).
 */
import { arr, num, obj, REGION_JS, str, type PageScript } from "./dom";

export type TextFacts = {
  headings: Array<{ level: number; text: string }>;
  mainText: string;
  chromeText: string;
};

/** Enough for a long standar pelayanan page; a hostile page cannot fill the artifact store. */
export const MAIN_TEXT_MAX = 100_000;
const CHROME_TEXT_MAX = 20_000;
const MAX_HEADINGS = 200;
const HEADING_MAX = 300;

const SCRIPT = String.raw`(limits) => {
  ${REGION_JS}
  const root = __root();
  const headings = [];
  for (const h of document.querySelectorAll("h1,h2,h3,h4,h5,h6,[role=heading]")) {
    if (headings.length >= limits.maxHeadings) break;
    if (!__visible(h)) continue;
    const level = /^h[1-6]$/i.test(h.tagName) ? Number(h.tagName[1]) : Number(h.getAttribute("aria-level") || 2);
    const text = __clean(h.innerText, limits.headingMax).replace(/\n/g, " ");
    if (text) headings.push({ level, text });
  }
  // Top-most chrome elements (menus, header, footer, sidebars) anywhere in the body.
  const chrome = [];
  const walk = (el) => {
    for (const c of el.children) {
      if (__selfRegion(c)) chrome.push(c); else walk(c);
    }
  };
  if (document.body) walk(document.body);
  const chromeText = __clean(chrome.map((c) => c.innerText || "").join("\n"), limits.chromeMax);
  // Hide chrome inside the content root for one read of innerText, then restore it.
  const inside = chrome.filter((c) => root !== c && root.contains(c));
  const saved = inside.map((c) => [c, c.style.getPropertyValue("display"), c.style.getPropertyPriority("display")]);
  for (const c of inside) c.style.setProperty("display", "none", "important");
  let mainText = "";
  try { mainText = __clean(root.innerText || "", limits.mainMax); }
  finally { for (const [c, v, p] of saved) { if (v) c.style.setProperty("display", v, p); else c.style.removeProperty("display"); } }
  return { headings, mainText, chromeText };
}`;

export const textScript: PageScript<TextFacts> = {
  source: SCRIPT,
  arg: { maxHeadings: MAX_HEADINGS, headingMax: HEADING_MAX, chromeMax: CHROME_TEXT_MAX, mainMax: MAIN_TEXT_MAX },
  parse: parseText,
};

function parseText(raw: unknown): TextFacts {
  const r = obj(raw);
  const headings = arr(r.headings, MAX_HEADINGS)
    .map(obj)
    .map((h) => ({ level: Math.min(6, Math.max(1, Math.round(num(h.level)) || 2)), text: str(h.text, HEADING_MAX) }))
    .filter((h) => h.text.length > 0);
  return { headings, mainText: str(r.mainText, MAIN_TEXT_MAX), chromeText: str(r.chromeText, CHROME_TEXT_MAX) };
}
