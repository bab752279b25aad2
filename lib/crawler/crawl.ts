/**
 * crawlSite: one scan of one OPD site, phase by phase (start, robots, sitemap, crawl,
 * documents, links), each within its share of the scan's time limit. Pages that fail are
 * recorded; only an unreachable start makes site.reachable false.
 */
import { ScanArtifacts, type DocumentArtifact, type SiteArtifact } from "@/lib/artifacts/types";
import { env } from "@/lib/env";
import { BrowserPool } from "./browser-pool";
import { CookieJar } from "./cookie-jar";
import { CrawlLoop } from "./crawl-loop";
import { ARCHIVE_PATH } from "./frontier";
import { embeddedViewerDocuments, pdfCandidates, readDocuments, MAX_PDFS } from "./documents";
import { imageCandidates, readImages } from "./documents/images";
import { readFeedDates } from "./documents/feeds";
import { OcrEngine } from "./documents/ocr";
import { PageHosts, startGuardProxy, type GuardProxy } from "./guard-proxy";
import { keywordMatcher } from "./keywords";
import { checkLinks } from "./link-check";
import { MAX_AXE_PAGES, MAX_SCREENSHOTS, resolveOptions, type CrawlOptions, type CrawlProgress } from "./options";
import { loadRobots, type Robots } from "./robots";
import { loadSitemaps } from "./sitemap";
import { recomputeDepths } from "./site-graph";
import { assertStartAllowed, resolveStart } from "./start";
import { TargetPolicy, type PolicyLogEntry } from "./target-policy";
import { tlsFacts } from "./tls";
import { bareHost, canonicalUrl, siteKey } from "./url";

/**
 * Share of the time limit kept for documents, OCR and link checks after the crawl phase: the
 * OCR budget plus a minute for PDFs and links, within 45% of the limit (5 min: 135 s).
 */
const AFTER_CRAWL_SHARE = 0.45;
const AFTER_CRAWL_BASE_MS = 60_000;
/** Share kept for link checks and TLS after documents. */
const LINKS_SHARE = 0.08;
const LINKS_MAX_MS = 15_000;
/** Robots and sitemaps may use this much of the time limit at most. */
const DISCOVERY_SHARE = 0.1;
/** Closing the browser and assembling the artifacts. */
const CLOSE_GRACE_MS = 1_000;

/** What the scan contacted and refused: for tests and debugging, not stored with the scan. */
export type CrawlDiagnostics = {
  policyLog: PolicyLogEntry[];
  /** Hosts the guard proxy actually connected to for the browser. */
  proxyConnected: Map<string, number>;
  /** URLs the browser asked for (route interception), refused or not. */
  routeSeen: string[];
  browserLaunches: number;
  browserCrashes: number;
};

/** crawlSite, plus what the scan contacted (see CrawlDiagnostics). */
export async function crawlSiteDetailed(opts: CrawlOptions): Promise<{ artifacts: ScanArtifacts; diagnostics: CrawlDiagnostics }> {
  const diagnostics: CrawlDiagnostics = { policyLog: [], proxyConnected: new Map(), routeSeen: [], browserLaunches: 0, browserCrashes: 0 };
  const artifacts = await crawl(opts, diagnostics);
  return { artifacts, diagnostics };
}

/**
 * Crawls one site and returns its artifacts. Never throws for a failing page; an unreachable
 * start gives site.reachable=false with site.errorClass. Throws AppError("blocked_target") for
 * an invalid or refused start URL, and the signal's reason when cancelled.
 */
export async function crawlSite(opts: CrawlOptions): Promise<ScanArtifacts> {
  return crawl(opts, null);
}

async function crawl(opts: CrawlOptions, diagnostics: CrawlDiagnostics | null): Promise<ScanArtifacts> {
  const o = resolveOptions(opts, env().ALLOW_PRIVATE_NETWORK);
  const start = await assertStartAllowed(opts.startUrl, o.allowPrivateNetwork);
  opts.signal?.throwIfAborted();
  const t0 = Date.now();
  const startedAt = new Date(t0).toISOString();
  const end = t0 + o.timeLimitMs - CLOSE_GRACE_MS;
  const progress = (phase: CrawlProgress["phase"], pagesVisited = 0, queued = 0, currentUrl: string | null = null) => {
    try {
      opts.onProgress?.({ phase, pagesVisited, queued, currentUrl });
    } catch {
      /* a progress listener must not break the scan */
    }
  };
  // No site yet: until the start is resolved each hop is judged as a start target (a site that
  // moved is scanned where it lives); from then on private addresses only for that site.
  const policy = new TargetPolicy(o.allowPrivateNetwork, null);
  if (diagnostics) diagnostics.policyLog = policy.log;
  const f = { policy, userAgent: o.userAgent, signal: opts.signal };

  const site: SiteArtifact = {
    startUrl: opts.startUrl,
    host: bareHost(start.hostname),
    reachable: false,
    errorClass: null,
    robots: { url: `${start.origin}/robots.txt`, status: null, found: false, ignored: o.ignoreRobots, excerpt: "", sitemaps: [] },
    sitemap: { found: false, sources: [], urlCount: 0 },
    tls: { https: start.protocol === "https:", httpRedirectsToHttps: null, certificateValid: null },
    linkChecks: [],
    skipped: [],
    failures: [],
    pagesVisited: 0,
    durationMs: 0,
    userAgent: o.userAgent,
    startedAt,
  };
  const finish = (pages: ScanArtifacts["pages"], documents: DocumentArtifact[]): ScanArtifacts => {
    site.pagesVisited = pages.length;
    site.durationMs = Date.now() - t0;
    progress("done", pages.length, 0, null);
    return ScanArtifacts.parse({ site, pages, documents });
  };

  progress("robots", 0, 0, start.toString());
  const forbidden = (url: string) => {
    site.errorClass = "robots";
    site.failures.push({ url, errorClass: "robots", message: "robots.txt melarang halaman depan" });
    return finish([], []);
  };
  // robots.txt before the first request for a page; read again if the site lives elsewhere now.
  // At most half the time limit for robots.txt, so the start page still gets its turn.
  let robots: Robots = await loadRobots(start.origin, o.ignoreRobots, f, Math.min(end, t0 + o.timeLimitMs / 2));
  site.robots = robots.record;
  if (!robots.allows(start.toString())) return forbidden(start.toString());
  const resolved = await resolveStart(start, policy, o.userAgent, o.pageTimeoutMs, end, opts.signal);
  if (!resolved.ok) {
    site.errorClass = resolved.errorClass;
    site.failures.push({ url: start.toString(), errorClass: resolved.errorClass, message: resolved.message });
    return finish([], []);
  }
  const home = resolved.finalUrl;
  const key = siteKey(home)!;
  policy.siteKey = key;
  site.host = bareHost(home.hostname);
  const discoveryEnd = Math.min(end, Date.now() + o.timeLimitMs * DISCOVERY_SHARE);
  if (home.origin !== start.origin) {
    robots = await loadRobots(home.origin, o.ignoreRobots, f, discoveryEnd);
    site.robots = robots.record;
  }
  const homeUrl = canonicalUrl(home.toString())!;
  if (!robots.allows(homeUrl)) return forbidden(homeUrl);
  site.reachable = true;
  progress("sitemap", 0, 0, null);
  const sitemaps = await loadSitemaps(home.origin, robots.record.sitemaps, key, f, discoveryEnd);
  site.sitemap = { found: sitemaps.found, sources: sitemaps.sources, urlCount: sitemaps.entries.length };

  const keywords = keywordMatcher(o.keywords);
  let proxy: GuardProxy | null = null;
  let pool: BrowserPool | null = null;
  let ocr: OcrEngine | null = null;
  const onAbort = () => void pool?.close();
  opts.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    const pageHosts = new PageHosts();
    proxy = await startGuardProxy(policy, pageHosts);
    pool = new BrowserPool({ proxyServer: proxy.server, userAgent: o.userAgent, onPageRequest: (url) => pageHosts.note(url) });
    if (diagnostics) {
      diagnostics.proxyConnected = proxy.connected;
      diagnostics.routeSeen = pool.routeStats.seen;
    }
    let shots = 0;
    let axeRuns = 0;
    const ocrMs = o.ocr.enabled ? o.ocr.budgetMs : 0;
    const crawlEnd = end - Math.min(o.timeLimitMs * AFTER_CRAWL_SHARE, AFTER_CRAWL_BASE_MS + ocrMs);
    const loop = new CrawlLoop(
      {
        site: key,
        startUrl: homeUrl,
        maxPages: o.maxPages,
        maxDepth: o.maxDepth,
        concurrency: o.concurrency,
        deadline: crawlEnd,
        crawlDelayMs: robots.crawlDelayMs,
        keywords,
        pool,
        signal: opts.signal,
        onPage: (url) => progress("crawl", loop.pages.length, loop.frontier.size, url),
        visitEnv: {
          site: key,
          policy,
          userAgent: o.userAgent,
          robots,
          keywords,
          cookies: new CookieJar(),
          screenshots: o.screenshotDir !== null,
          pageTimeoutMs: o.pageTimeoutMs,
          scanDeadline: crawlEnd,
          takeScreenshotSlot: () => (o.screenshotDir && shots < MAX_SCREENSHOTS ? { dir: o.screenshotDir, index: ++shots } : null),
          takeAxeSlot: () => axeRuns++ < MAX_AXE_PAGES,
        },
      },
      (url) => robots.allows(url),
    );
    loop.frontier.add({ url: homeUrl, label: "", depth: 0, via: "start", referrer: null });
    for (const e of sitemaps.entries) loop.consider(e.url, "", "sitemap", 1, null, undefined, e.postSitemap);
    await loop.run();
    opts.signal?.throwIfAborted();
    await pool.close();

    progress("documents", loop.pages.length, 0, null);
    const docsEnd = end - Math.min(o.timeLimitMs * LINKS_SHARE, LINKS_MAX_MS);
    ocr = o.ocr.enabled ? new OcrEngine(o.ocr.cacheDir, o.ocr.workers) : null;
    const docsEnv = {
      policy,
      userAgent: o.userAgent,
      robots,
      site: key,
      deadline: docsEnd,
      ocrDeadline: Math.min(docsEnd, Date.now() + ocrMs),
      signal: opts.signal,
      textCache: opts.textCache,
      ocr,
      onDocument: (url: string) => progress("documents", loop.pages.length, 0, url),
    };
    // PDFs and images at once: PDF text comes from this thread, OCR from the pool's threads.
    const isNews = (p: { finalUrl: string }) => ARCHIVE_PATH.test(p.finalUrl);
    const [pdfs, images] = await Promise.all([
      readDocuments(pdfCandidates(loop.pages, loop.foundDocuments, key, keywords).slice(0, MAX_PDFS), docsEnv),
      ocr ? readImages(imageCandidates(loop.pages, keywords, isNews).slice(0, o.ocr.maxImages), docsEnv) : Promise.resolve([]),
    ]);
    const documents = [...pdfs, ...images, ...embeddedViewerDocuments(loop.pages)];
    const homePage = loop.pages.find((p) => p.discoveredVia === "start");
    if (homePage && loop.feeds[0] && Date.now() < docsEnd) {
      homePage.dates.push(...(await readFeedDates(loop.feeds[0], key, policy, o.userAgent, opts.signal)));
    }
    opts.signal?.throwIfAborted();

    progress("links", loop.pages.length, 0, null);
    site.linkChecks = await checkLinks(loop.pages, loop.byUrl, {
      policy,
      userAgent: o.userAgent,
      robots,
      site: key,
      deadline: end,
      signal: opts.signal,
      onBlocked: (url) => loop.skip(url, "blocked_target"),
    });
    if (Date.now() < end) site.tls = await tlsFacts(home, policy, o.userAgent, opts.signal);
    opts.signal?.throwIfAborted();
    recomputeDepths(loop.pages, homeUrl, key, o.maxDepth);
    site.skipped = loop.skipped;
    site.failures.push(...loop.failures);
    return finish(loop.pages, documents);
  } finally {
    opts.signal?.removeEventListener("abort", onAbort);
    await pool?.close();
    if (diagnostics && pool) {
      diagnostics.browserLaunches = pool.launches;
      diagnostics.browserCrashes = pool.crashes;
    }
    await ocr?.close();
    await proxy?.close();
  }
}
