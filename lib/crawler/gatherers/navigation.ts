/**
 * Gatherer: final URL, status, content type and redirect chain of a page. The HTML is fetched
 * by Node (policy on every hop, size cap, time limit) and then handed to the browser, so the
 * browser never follows a redirect or downloads an oversized page by itself.
 */
import type { CookieJar } from "../cookie-jar";
import { CrawlError } from "../errors";
import { safeFetch } from "../http-fetch";
import type { TargetPolicy } from "../target-policy";
import { urlKind } from "../url";

/** Real OPD pages are 20-500 KB; 5 MB is generous and keeps a hostile page from filling memory. */
export const HTML_MAX_BYTES = 5 * 1024 * 1024;

export type Prefetched =
  | {
      kind: "html";
      finalUrl: string;
      status: number;
      contentType: string;
      body: Buffer;
      redirectChain: string[];
      setCookie: string[];
    }
  | { kind: "error-status"; finalUrl: string; status: number; contentType: string | null; redirectChain: string[] }
  | { kind: "pdf"; finalUrl: string; status: number; redirectChain: string[] }
  | { kind: "other"; finalUrl: string; status: number; contentType: string | null; redirectChain: string[] }
  | { kind: "off-site"; target: string; redirectChain: string[] };

export type PrefetchOptions = {
  policy: TargetPolicy;
  userAgent: string;
  site: string;
  timeoutMs: number;
  signal?: AbortSignal;
  cookies?: CookieJar;
};

function isHtmlType(ct: string | null): boolean {
  return !!ct && /html|xhtml/i.test(ct);
}

function isPdf(ct: string | null, url: string): boolean {
  return (!!ct && /application\/(x-)?pdf/i.test(ct)) || (urlKind(url) === "pdf" && (!ct || /octet-stream/i.test(ct)));
}

/** Fetches a page's document; the kind says what the crawler should do with it. */
export async function prefetchDocument(url: string, o: PrefetchOptions): Promise<Prefetched> {
  const res = await safeFetch(url, {
    policy: o.policy,
    origin: "page",
    userAgent: o.userAgent,
    timeoutMs: o.timeoutMs,
    maxBytes: HTML_MAX_BYTES,
    stayOnSite: o.site,
    signal: o.signal,
    cookies: o.cookies,
    // Only successful HTML (or untyped) answers are read; a 200 MB download is never started.
    readBody: ({ status, contentType, url: u }) =>
      status >= 200 && status < 300 && !isPdf(contentType, u) && (isHtmlType(contentType) || !contentType),
  });
  if (res.offSiteRedirect) return { kind: "off-site", target: res.offSiteRedirect, redirectChain: res.redirectChain };
  const base = { finalUrl: res.url, redirectChain: res.redirectChain };
  if (res.status >= 300 && res.status < 400) {
    throw new CrawlError("too_many_redirects", `Pengalihan ${res.status} tanpa tujuan yang sah`);
  }
  if (res.status >= 400 || res.status < 200) {
    return { kind: "error-status", status: res.status, contentType: res.contentType, ...base };
  }
  if (isPdf(res.contentType, res.url)) return { kind: "pdf", status: res.status, ...base };
  const body = res.body;
  const sniffedHtml = !res.contentType && !!body && /^\s*</.test(body.subarray(0, 512).toString("utf8"));
  if (!body || (!isHtmlType(res.contentType) && !sniffedHtml)) {
    return { kind: "other", status: res.status, contentType: res.contentType, ...base };
  }
  const raw = res.headers["set-cookie"];
  return {
    kind: "html",
    status: res.status,
    contentType: res.contentType ?? "text/html",
    body,
    setCookie: Array.isArray(raw) ? raw : raw ? [raw] : [],
    ...base,
  };
}
