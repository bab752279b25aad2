/**
 * Gatherer: title, <html lang>, <meta name=viewport>, and the feeds the page announces
 * (read later for news dates).
 */
import { arr, obj, str, type PageScript } from "./dom";

export type MetaFacts = { title: string; lang: string | null; metaViewport: string | null; feeds: string[] };

const SCRIPT = String.raw`() => {
  const vp = document.querySelector('meta[name="viewport" i]');
  const feeds = [...document.querySelectorAll('link[rel~="alternate" i][href]')]
    .filter((l) => /rss|atom/i.test(l.getAttribute("type") || ""))
    .map((l) => l.href);
  return {
    title: (document.title || "").trim(),
    lang: document.documentElement.getAttribute("lang"),
    viewport: vp ? vp.getAttribute("content") : null,
    feeds,
  };
}`;

/** Bounds against hostile pages: a title is a line, a viewport a short list. */
const TITLE_MAX = 500;
const ATTR_MAX = 200;
const MAX_FEEDS = 5;

export const metaScript: PageScript<MetaFacts> = { source: SCRIPT, parse: parseMeta };

function parseMeta(raw: unknown): MetaFacts {
  const r = obj(raw);
  const lang = typeof r.lang === "string" ? r.lang.trim().slice(0, 35) : null;
  return {
    title: str(r.title, TITLE_MAX).replace(/\s+/g, " ").trim(),
    lang: lang || null,
    metaViewport: typeof r.viewport === "string" ? r.viewport.slice(0, ATTR_MAX) : null,
    feeds: arr(r.feeds, MAX_FEEDS).filter((f): f is string => typeof f === "string").map((f) => f.slice(0, 2000)),
  };
}
