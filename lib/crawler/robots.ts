/**
 * robots.txt: fetched once per scan from the site's origin, honoured unless the admin set the
 * OPD's override, and recorded (status, excerpt, sitemaps) either way.
 */
import robotsParser from "robots-parser";
import type { SiteArtifact } from "@/lib/artifacts/types";
import { classifyError, errorMessage } from "./errors";
import { safeFetch, type FetchOptions } from "./http-fetch";
import { parseUrl } from "./url";

/** robots.txt files are small; Google reads at most 500 KiB. */
export const ROBOTS_MAX_BYTES = 500 * 1024;
const ROBOTS_TIMEOUT_MS = 10_000;
/** Shown to the admin: enough to see the rules that matter. */
const EXCERPT_CHARS = 2_000;
/** The token robots.txt groups address (User-agent: PatuhBot). */
export const ROBOTS_AGENT = "PatuhBot";
/** A Crawl-delay is honoured up to this; more would not fit any scan's time limit. */
export const MAX_CRAWL_DELAY_MS = 2_000;

export type Robots = {
  record: SiteArtifact["robots"];
  /** True when the crawler may fetch `url` (always true when ignored or absent). */
  allows(url: string): boolean;
  crawlDelayMs: number;
};

type RobotsFetch = Pick<FetchOptions, "policy" | "userAgent" | "signal">;

/** Loads robots.txt of `origin` (scheme://host[:port]). Never throws for network failures. */
export async function loadRobots(origin: string, ignore: boolean, f: RobotsFetch, deadline = Infinity): Promise<Robots> {
  const url = `${origin}/robots.txt`;
  let status: number | null = null;
  let text = "";
  let note = "";
  try {
    const res = await safeFetch(url, {
      ...f,
      origin: "robots",
      // Never longer than the scan has left: a silent server must not eat the whole time limit.
      timeoutMs: Math.max(500, Math.min(ROBOTS_TIMEOUT_MS, deadline - Date.now())),
      maxBytes: ROBOTS_MAX_BYTES,
    });
    status = res.status;
    if (res.status >= 200 && res.status < 300 && res.body) text = res.body.toString("utf8");
    else note = `robots.txt menjawab HTTP ${res.status}; semua halaman dianggap boleh dibuka.`;
  } catch (e) {
    // An unreadable robots.txt is recorded, not fatal: the start page's own fetch decides reachability.
    note = `robots.txt tidak dapat dibaca (${classifyError(e)}: ${errorMessage(e)}); semua halaman dianggap boleh dibuka.`;
  }
  const found = status !== null && status >= 200 && status < 300;
  const parser = found ? robotsParser(url, text) : null;
  const base = parseUrl(origin)!;
  const sitemaps = (parser?.getSitemaps() ?? []).slice(0, 50);
  const delay = Math.min(MAX_CRAWL_DELAY_MS, Math.max(0, (parser?.getCrawlDelay(ROBOTS_AGENT) ?? 0) * 1000));
  return {
    record: {
      url,
      status,
      found,
      ignored: ignore,
      excerpt: (found ? text : note).slice(0, EXCERPT_CHARS),
      sitemaps,
    },
    crawlDelayMs: ignore ? 0 : delay,
    allows(target: string): boolean {
      if (ignore || !parser) return true;
      // Rules are per origin; www/non-www and http/https variants of the site share the origin's rules.
      const t = parseUrl(target);
      if (!t) return false;
      const onOrigin = `${base.origin}${t.pathname}${t.search}`;
      return parser.isAllowed(onOrigin, ROBOTS_AGENT) !== false;
    },
  };
}
