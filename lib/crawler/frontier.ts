/**
 * The crawl frontier: which page next. Pages whose URL or link text names checklist content,
 * and sitemap entries, come before the 40th page of the news archive; among equals, breadth
 * first (discovery order).
 */
import type { LinkRegion } from "@/lib/artifacts/types";
import type { KeywordMatcher } from "./keywords";
import { parseUrl, pathWords } from "./url";

export type Discovery = "start" | "sitemap" | "link";

export type FrontierItem = {
  url: string;
  depth: number;
  via: Discovery;
  priority: number;
  /** Link text (or sitemap) that put it here; kept for the skipped list and screenshots. */
  label: string;
  referrer: string | null;
  seq: number;
};

/** Each click away from the home page costs this much: shallow pages first among equals. */
const DEPTH_COST = 10;
/** Sitemap entries are pages the OPD itself lists as its content. */
const SITEMAP_BONUS = 30;
/** Menu links lead to the profile/service pages that hold most checklist items. */
const NAV_BONUS = 5;
/** Any paginated listing page is a listing, not an item page... */
const PAGINATION_COST = 20;
/** ...and each further page of it is worth less: page 40 of the archive comes last. */
const PAGINATION_STEP_COST = 5;
/**
 * News posts, tags, categories and authors rarely hold checklist content, and a post that names
 * a checklist term ("sosialisasi maklumat pelayanan") is news about it, not the item: such a post
 * still beats plain pages but comes after menu pages that name the item.
 */
const ARCHIVE_COST = 45;

const PAGINATION_PARAM = /^(page|p|paged|hal|halaman|pg|start|offset|per_page|pagenum)$/i;
const PAGINATION_PATH = /\/(page|hal|halaman|p)\/(\d+)\/?$/i;
export const ARCHIVE_PATH = /\/(berita|news|artikel|article|post|posts|blog|kategori|category|tag|tags|arsip|archive|author|penulis|galeri|gallery|foto|video|agenda|event|pengumuman)(\/|$)|\/(19|20)\d{2}\/\d{1,2}\//i;

/** Page number of a listing URL (?page=N, /page/N), or 0 when it is not paginated. */
export function paginationNumber(href: string): number {
  const u = parseUrl(href);
  if (!u) return 0;
  for (const [k, v] of u.searchParams) {
    if (PAGINATION_PARAM.test(k) && /^\d+$/.test(v)) return Math.max(1, Number(v));
  }
  const m = PAGINATION_PATH.exec(u.pathname);
  return m ? Math.max(1, Number(m[2])) : 0;
}

export type PriorityInput = {
  url: string;
  label: string;
  depth: number;
  via: Discovery;
  region?: LinkRegion;
  /** A sitemap of posts, tags or authors: listed, but not the OPD's own pages. */
  postSitemap?: boolean;
};

/** Higher is sooner. Pure, so the ordering rules can be unit-tested. */
export function priorityOf(input: PriorityInput, keywords: KeywordMatcher): number {
  if (input.via === "start") return Number.MAX_SAFE_INTEGER;
  const kw = Math.max(keywords.score(pathWords(input.url)), keywords.score(input.label));
  let p = kw - input.depth * DEPTH_COST;
  if (input.via === "sitemap" && !input.postSitemap) p += SITEMAP_BONUS;
  if (input.region === "nav") p += NAV_BONUS;
  const n = paginationNumber(input.url);
  if (n > 0) p -= PAGINATION_COST + n * PAGINATION_STEP_COST;
  else if (ARCHIVE_PATH.test(parseUrl(input.url)?.pathname ?? "")) p -= ARCHIVE_COST;
  return p;
}

/** Bound on queued URLs: a site with more is paged through by priority, the rest is dropped. */
export const MAX_QUEUED = 20_000;

export class Frontier {
  private readonly queued = new Map<string, FrontierItem>();
  private readonly seen = new Set<string>();
  private seq = 0;
  dropped = 0;

  constructor(private readonly keywords: KeywordMatcher) {}

  /** Adds a URL (canonical) unless already queued or taken; a better route raises its priority. */
  add(input: PriorityInput & { referrer: string | null }): "queued" | "known" | "full" {
    const priority = priorityOf(input, this.keywords);
    const existing = this.queued.get(input.url);
    if (existing) {
      if (priority > existing.priority) {
        existing.priority = priority;
        existing.label = input.label || existing.label;
      }
      if (input.depth < existing.depth) existing.depth = input.depth;
      return "known";
    }
    if (this.seen.has(input.url)) return "known";
    if (this.queued.size >= MAX_QUEUED) {
      this.dropped++;
      return "full";
    }
    this.seen.add(input.url);
    this.queued.set(input.url, {
      url: input.url,
      depth: input.depth,
      via: input.via,
      priority,
      label: input.label,
      referrer: input.referrer,
      seq: this.seq++,
    });
    return "queued";
  }

  /** Marks a URL as taken without queueing it (e.g. the final URL of a redirect). */
  markSeen(url: string): boolean {
    if (this.seen.has(url) && !this.queued.has(url)) return false;
    this.seen.add(url);
    this.queued.delete(url);
    return true;
  }

  has(url: string): boolean {
    return this.seen.has(url);
  }

  /** Highest priority first, then discovery order. O(n), fine for a few thousand entries. */
  next(): FrontierItem | null {
    let best: FrontierItem | null = null;
    for (const item of this.queued.values()) {
      if (!best || item.priority > best.priority || (item.priority === best.priority && item.seq < best.seq)) {
        best = item;
      }
    }
    if (best) this.queued.delete(best.url);
    return best;
  }

  get size(): number {
    return this.queued.size;
  }

  /** Everything still queued, best first (for the skipped list at the end). */
  remaining(): FrontierItem[] {
    return [...this.queued.values()].sort((a, b) => b.priority - a.priority || a.seq - b.seq);
  }
}
