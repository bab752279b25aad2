/**
 * sitemap.xml and sitemap indexes (also gzipped, also WordPress's and Yoast's default names):
 * the OPD's own list of its pages, read before crawling so they are queued early.
 */
import zlib from "node:zlib";
import { XMLParser } from "fast-xml-parser";
import { CrawlError } from "./errors";
import { safeFetch, type FetchOptions } from "./http-fetch";
import { canonicalUrl, sameSite } from "./url";

/** Sitemaps can be big (50,000 URLs, 50 MB by the protocol); we read far less. */
export const SITEMAP_MAX_BYTES = 10 * 1024 * 1024;
/** Sitemap files read per scan (an index may list hundreds of monthly post sitemaps). */
export const MAX_SITEMAP_FILES = 10;
/** URLs taken from sitemaps: many times any page budget, still cheap to hold. */
export const MAX_SITEMAP_URLS = 5_000;
const SITEMAP_TIMEOUT_MS = 10_000;
/** Default locations tried when robots.txt names none: plain, WordPress core, Yoast. */
const DEFAULT_PATHS = ["/sitemap.xml", "/wp-sitemap.xml", "/sitemap_index.xml"];
/** Sitemaps of posts, tags, categories or authors: listed, but not the OPD's own pages. */
const POST_SITEMAP = /(post|posts|berita|news|artikel|category|kategori|tag|author|taxonom)/i;

export type SitemapEntry = { url: string; postSitemap: boolean };
export type Sitemaps = { found: boolean; sources: string[]; entries: SitemapEntry[] };

type SitemapFetch = Pick<FetchOptions, "policy" | "userAgent" | "signal">;

const parser = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true, parseTagValue: false, trimValues: true });

function asArray<T>(v: T | T[] | undefined): T[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** Parses one sitemap document into page locations and nested sitemap locations. */
export function parseSitemap(xml: string): { pages: string[]; sitemaps: string[] } {
  // DOCTYPE entities are how XML bombs expand; sitemaps never need them.
  if (/<!ENTITY/i.test(xml)) throw new CrawlError("unsupported_content", "Sitemap memuat deklarasi ENTITY");
  const doc = parser.parse(xml) as Record<string, unknown>;
  const locs = (node: unknown, key: string) =>
    asArray((node as Record<string, unknown> | undefined)?.[key] as unknown)
      .map((e) => (e && typeof e === "object" ? (e as { loc?: unknown }).loc : undefined))
      .filter((l): l is string => typeof l === "string" && l.length > 0);
  return { pages: locs(doc.urlset, "url"), sitemaps: locs(doc.sitemapindex, "sitemap") };
}

/**
 * Reads the sitemaps named by robots.txt (same site only), or the default locations, following
 * indexes breadth first within MAX_SITEMAP_FILES. Keeps only same-site URLs, canonical.
 */
export async function loadSitemaps(
  origin: string,
  fromRobots: string[],
  site: string,
  f: SitemapFetch,
  deadline: number,
): Promise<Sitemaps> {
  const queue = fromRobots.filter((s) => sameSite(s, site));
  const useDefaults = queue.length === 0;
  if (useDefaults) queue.push(`${origin}${DEFAULT_PATHS[0]}`);
  let nextDefault = 1;
  const sources: string[] = [];
  const seenFiles = new Set<string>();
  const seenUrls = new Set<string>();
  const entries: SitemapEntry[] = [];
  let files = 0;
  while (queue.length > 0 && files < MAX_SITEMAP_FILES && Date.now() < deadline) {
    const file = queue.shift()!;
    if (seenFiles.has(file)) continue;
    seenFiles.add(file);
    files++;
    const xml = await fetchSitemap(file, f, Math.min(SITEMAP_TIMEOUT_MS, deadline - Date.now()));
    if (xml === null) {
      if (useDefaults && sources.length === 0 && nextDefault < DEFAULT_PATHS.length) {
        queue.push(`${origin}${DEFAULT_PATHS[nextDefault++]}`);
      }
      continue;
    }
    let parsed: { pages: string[]; sitemaps: string[] };
    try {
      parsed = parseSitemap(xml);
    } catch {
      continue;
    }
    if (parsed.pages.length === 0 && parsed.sitemaps.length === 0) continue;
    sources.push(file);
    for (const s of parsed.sitemaps) if (sameSite(s, site)) queue.push(s);
    const postSitemap = POST_SITEMAP.test(file.replace(/^https?:\/\/[^/]+/, ""));
    for (const loc of parsed.pages) {
      if (entries.length >= MAX_SITEMAP_URLS) break;
      const url = canonicalUrl(loc);
      if (!url || !sameSite(url, site) || seenUrls.has(url)) continue;
      seenUrls.add(url);
      entries.push({ url, postSitemap });
    }
  }
  return { found: sources.length > 0, sources, entries };
}

async function fetchSitemap(url: string, f: SitemapFetch, timeoutMs: number): Promise<string | null> {
  if (timeoutMs <= 0) return null;
  try {
    const res = await safeFetch(url, { ...f, origin: "sitemap", timeoutMs, maxBytes: SITEMAP_MAX_BYTES });
    if (res.status < 200 || res.status >= 300 || !res.body) return null;
    let body = res.body;
    if (body[0] === 0x1f && body[1] === 0x8b) {
      body = zlib.gunzipSync(body, { maxOutputLength: SITEMAP_MAX_BYTES });
    }
    const text = body.toString("utf8");
    return /<(urlset|sitemapindex)[\s>]/.test(text) ? text : null;
  } catch {
    return null;
  }
}
