/**
 * The crawl phase: workers (one browser context each) take the best URL from the frontier,
 * visit it, retry transient failures with backoff, and queue what the page links to, until the
 * page budget, the frontier or the time runs out. Every URL not visited is accounted for.
 */
import type { LinkRegion, PageArtifact, SiteArtifact } from "@/lib/artifacts/types";
import type { BrowserPool, Session } from "./browser-pool";
import { TAB_RECYCLE_PAGES } from "./browser-pool";
import type { DocumentCandidate } from "./documents";
import { EndlessSpaceDetector } from "./endless";
import { backoffMs, isTransient } from "./errors";
import { Frontier, type Discovery, type FrontierItem } from "./frontier";
import type { KeywordMatcher } from "./keywords";
import { MAX_SKIPPED, type SkipReason } from "./options";
import { sleep } from "./time";
import { canonicalUrl, pathWords, sameSite, urlKind } from "./url";
import { prefetchDocument, type Prefetched } from "./gatherers/navigation";
import { emptyPage, visitPage, type VisitEnv, type VisitResult } from "./visit";

type Ahead = { item: FrontierItem; prefetch: Promise<Prefetched>; abort: () => void };

/** One retry: a page that times out twice is slow for visitors too, and the budget is shared. */
const MAX_ATTEMPTS = 2;
/** Do not start a page with less time than this left in the phase. */
const MIN_TIME_FOR_PAGE_MS = 1_000;

export type LoopConfig = {
  site: string;
  startUrl: string;
  maxPages: number;
  maxDepth: number;
  concurrency: number;
  deadline: number;
  crawlDelayMs: number;
  keywords: KeywordMatcher;
  visitEnv: VisitEnv;
  pool: BrowserPool;
  signal?: AbortSignal;
  onPage: (url: string) => void;
};

export class CrawlLoop {
  readonly pages: PageArtifact[] = [];
  readonly byUrl = new Map<string, PageArtifact>();
  readonly skipped: SiteArtifact["skipped"] = [];
  readonly failures: SiteArtifact["failures"] = [];
  readonly foundDocuments: DocumentCandidate[] = [];
  readonly feeds: string[] = [];
  readonly frontier: Frontier;
  private readonly endless = new EndlessSpaceDetector();
  private readonly skippedUrls = new Set<string>();
  private readonly endlessPatterns = new Set<string>();
  private started = 0;
  private inFlight = 0;
  private waiters: Array<() => void> = [];
  private nextSlotAt = 0;

  constructor(
    private readonly c: LoopConfig,
    private readonly robotsAllows: (url: string) => boolean,
  ) {
    this.frontier = new Frontier(c.keywords);
  }

  skip(url: string, reason: SkipReason): void {
    const key = `${reason} ${url}`;
    if (this.skippedUrls.has(key) || this.skipped.length >= MAX_SKIPPED) return;
    this.skippedUrls.add(key);
    this.skipped.push({ url: url.slice(0, 2_000), reason });
  }

  /** Queues a URL found on a page or in a sitemap, or records why it is not. */
  consider(href: string, label: string, via: Discovery, depth: number, referrer: string | null, region?: LinkRegion, postSitemap = false): void {
    const url = canonicalUrl(href);
    if (!url) return;
    if (!sameSite(url, this.c.site)) {
      this.skip(url, "off_site");
      return;
    }
    if (urlKind(url) === "pdf") {
      if (via === "sitemap") this.foundDocuments.push({ url, sourcePageUrl: this.c.startUrl, label, kind: "pdf", score: this.c.keywords.score(`${label} ${pathWords(url)}`) });
      return;
    }
    if (urlKind(url) !== "page") return;
    if (this.frontier.has(url)) {
      this.frontier.add({ url, label, depth, via, region, referrer, postSitemap });
      return;
    }
    if (!this.robotsAllows(url)) {
      this.skip(url, "robots");
      return;
    }
    const e = this.endless.check(url);
    if (e.endless) {
      this.skip(url, "endless_url_space");
      if (!this.endlessPatterns.has(e.pattern)) {
        this.endlessPatterns.add(e.pattern);
        this.failures.push({ url, errorClass: "endless_url_space", message: `Ruang alamat tanpa akhir (${e.rule}): ${e.pattern.slice(0, 300)}` });
      }
      return;
    }
    if (depth > this.c.maxDepth) {
      this.skip(url, "max_depth");
      return;
    }
    this.frontier.add({ url, label, depth, via, region, referrer, postSitemap });
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  private done(): boolean {
    return this.c.signal?.aborted === true || Date.now() >= this.c.deadline - MIN_TIME_FOR_PAGE_MS;
  }

  /** Runs the workers until nothing is left to do; then records what was left unvisited. */
  async run(): Promise<void> {
    const ticker = setInterval(() => this.wake(), 250);
    try {
      await Promise.all(Array.from({ length: this.c.concurrency }, () => this.worker()));
    } finally {
      clearInterval(ticker);
    }
    const reason: SkipReason = this.started >= this.c.maxPages ? "budget" : "time_limit";
    for (const item of this.frontier.remaining()) this.skip(item.url, reason);
  }

  /**
   * Takes the next URL and starts fetching its document at once. A worker holds one page being
   * rendered and one being fetched: the server's think time (often hundreds of ms on PHP sites)
   * overlaps rendering, without another browser context (about 150 MB each).
   */
  private take(): Ahead | null {
    if (this.done() || this.started >= this.c.maxPages) return null;
    const item = this.frontier.next();
    if (!item) return null;
    this.started++;
    this.inFlight++;
    const ac = new AbortController();
    const onAbort = () => ac.abort(this.c.signal?.reason);
    this.c.signal?.addEventListener("abort", onAbort, { once: true });
    const e = this.c.visitEnv;
    const prefetch = this.politeness().then(() =>
      prefetchDocument(item.url, { policy: e.policy, userAgent: e.userAgent, site: e.site, timeoutMs: e.pageTimeoutMs, signal: ac.signal, cookies: e.cookies }),
    );
    prefetch.catch(() => undefined).finally(() => this.c.signal?.removeEventListener("abort", onAbort));
    return { item, prefetch, abort: () => ac.abort() };
  }

  private async worker(): Promise<void> {
    let session: Session | null = null;
    let ahead: Ahead | null = null;
    try {
      for (;;) {
        const cur: Ahead | null = ahead ?? this.take();
        ahead = null;
        if (!cur) {
          if (this.done() || this.started >= this.c.maxPages || this.inFlight === 0) break;
          await new Promise<void>((r) => this.waiters.push(r));
          continue;
        }
        ahead = this.take();
        try {
          this.c.onPage(cur.item.url);
          const { result, session: s } = await this.visitWithRetry(session, cur);
          session = s;
          // Only pages (visited or failed) use the budget; skips, documents and duplicates do not.
          if (!this.record(cur.item, result)) this.started--;
        } finally {
          this.inFlight--;
          this.wake();
        }
      }
    } finally {
      if (ahead) {
        // Fetched ahead but never rendered: the scan's time ran out.
        ahead.abort();
        this.inFlight--;
        this.skip(ahead.item.url, "time_limit");
      }
      if (session) await this.c.pool.release(session);
    }
  }

  private async politeness(): Promise<void> {
    if (this.c.crawlDelayMs <= 0) return;
    const now = Date.now();
    const at = Math.max(now, this.nextSlotAt);
    this.nextSlotAt = at + this.c.crawlDelayMs;
    await sleep(at - now);
  }

  private async freshSession(session: Session | null): Promise<Session> {
    if (session && this.c.pool.isAlive(session) && session.pagesServed < TAB_RECYCLE_PAGES) return session;
    if (session) await this.c.pool.release(session);
    return this.c.pool.session();
  }

  private async visitWithRetry(session: Session | null, cur: Ahead): Promise<{ result: VisitResult; session: Session | null }> {
    const item = cur.item;
    let result: VisitResult | null = null;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        session = await this.freshSession(session);
      } catch (e) {
        // Chromium could not start: the page fails as a browser crash and the next one tries again.
        result = { kind: "failed", errorClass: "browser_crash", page: { ...emptyPage(item), errorClass: "browser_crash", errorMessage: String(e).slice(0, 300) } };
        session = null;
        continue;
      }
      session.pagesServed++;
      this.c.pool.notePage();
      const isHome = item.via === "start";
      // The first attempt uses the document fetched ahead; a retry fetches it again.
      result = await visitPage(session, item, { ...this.c.visitEnv, scanDeadline: this.c.deadline }, isHome, attempt === 1 ? cur.prefetch : undefined);
      if (result.kind !== "failed" || !isTransient(result.errorClass)) break;
      const wait = backoffMs(attempt);
      if (attempt === MAX_ATTEMPTS || Date.now() + wait + this.c.visitEnv.pageTimeoutMs / 2 > this.c.deadline) break;
      await sleep(wait);
    }
    return { result: result!, session };
  }

  /** Records a visit's outcome; true when it produced a page artifact (it used the budget). */
  private record(item: FrontierItem, r: VisitResult): boolean {
    if (r.kind === "skipped") {
      this.skip(r.url, r.reason as SkipReason);
      return false;
    }
    if (r.kind === "document") {
      this.foundDocuments.push({ url: canonicalUrl(r.url) ?? r.url, sourcePageUrl: item.referrer ?? this.c.startUrl, label: item.label, kind: "pdf", score: 100 });
      return false;
    }
    const page = r.page;
    if (r.kind === "failed" && r.errorClass === "timeout" && Date.now() >= this.c.deadline - 50) {
      // Cut by the scan's own time limit, not slow by itself: not the site's failure.
      this.skip(item.url, "time_limit");
      return false;
    }
    const finalKey = canonicalUrl(page.finalUrl) ?? page.finalUrl;
    // Redirected to a page already visited under another address.
    if (finalKey !== item.url && this.byUrl.has(finalKey)) return false;
    this.frontier.markSeen(finalKey);
    this.pages.push(page);
    this.byUrl.set(item.url, page);
    this.byUrl.set(finalKey, page);
    if (r.kind === "failed") {
      this.failures.push({ url: item.url, errorClass: r.errorClass, message: page.errorMessage ?? "" });
      return true;
    }
    if (page.errorClass === "soft_404") this.failures.push({ url: item.url, errorClass: "soft_404", message: page.errorMessage ?? "" });
    for (const g of r.gathererErrors) this.failures.push({ url: item.url, errorClass: "unknown", message: `Pengumpul ${g}`.slice(0, 300) });
    if (item.via === "start") this.feeds.push(...r.feeds);
    for (const l of page.links) this.consider(l.href, l.text, "link", item.depth + 1, page.finalUrl, l.region);
    return true;
  }
}

