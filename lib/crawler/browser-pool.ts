/**
 * One Chromium per scan, driven through the guard proxy, with one browser context per worker.
 * A browser that crashed (or served many pages and may have leaked) is replaced; contexts are
 * renewed regularly so no page's leftovers pile up.
 */
import type { Browser, BrowserContext, Page } from "playwright";
import { launchChromium, CHROMIUM_ARGS } from "@/lib/browser";
import { canonicalUrl } from "./url";

/** Fonts, audio/video, captions, server-sent streams and beacons carry no checklist content. */
const BLOCKED_TYPES = new Set(["font", "media", "texttrack", "eventsource", "ping"]);
/** A fresh browser after this many pages bounds slow leaks in long scans. */
export const BROWSER_RECYCLE_PAGES = 250;
/** Contexts are cheap (~50 ms); renewing them drops cookies, caches and stray timers. */
export const CONTEXT_RECYCLE_PAGES = 25;
/** Closing a context whose renderer spins in `while(true){}` must not hang the worker. */
const CLOSE_TIMEOUT_MS = 3_000;
export const VIEWPORT = { width: 1280, height: 900 };

export type PendingDocument = { status: number; contentType: string; body: Buffer; setCookie?: string[] };

/** A worker's context: serves the pre-fetched main document, blocks heavy types, counts. */
export class Session {
  /** Main-frame documents fetched by Node, keyed by URL; served to the browser instead of the network. */
  readonly pending = new Map<string, PendingDocument>();
  /** Main-frame navigations the page tried by itself (JS or meta refresh), aborted. */
  readonly clientNavigations: string[] = [];
  pagesServed = 0;
  closed = false;
  private page: Page | null = null;

  constructor(
    readonly context: BrowserContext,
    readonly browser: Browser,
    private readonly stats: RouteStats,
  ) {}

  async install(): Promise<void> {
    await this.context.route("**/*", async (route) => {
      const req = route.request();
      const url = req.url();
      this.stats.seen.push(url.slice(0, 300));
      if (this.stats.seen.length > 5_000) this.stats.seen.splice(0, 1_000);
      try {
        if (BLOCKED_TYPES.has(req.resourceType())) {
          this.stats.blockedTypes++;
          return await route.abort("blockedbyclient");
        }
        let mainFrame = false;
        try {
          mainFrame = req.isNavigationRequest() && req.frame().parentFrame() === null;
        } catch {
          mainFrame = false;
        }
        if (mainFrame) {
          const key = this.pending.has(url) ? url : [...this.pending.keys()].find((k) => canonicalUrl(k) === canonicalUrl(url));
          const doc = key ? this.pending.get(key) : undefined;
          if (key && doc) {
            this.pending.delete(key);
            const headers: Record<string, string> = { "content-type": doc.contentType };
            if (doc.setCookie?.length) headers["set-cookie"] = doc.setCookie.join("\n");
            return await route.fulfill({ status: doc.status, headers, body: doc.body });
          }
          // Navigations the crawler did not start: recorded (client redirects) but not followed here.
          this.clientNavigations.push(url);
          return await route.abort("aborted");
        }
        this.stats.onPageRequest(url);
        return await route.continue();
      } catch {
        /* the page or context closed meanwhile */
      }
    });
  }

  /**
   * The context's one tab, reused from page to page: a same-site navigation keeps its renderer
   * process, where a new tab would start one (the largest cost per page on a busy machine).
   */
  async tab(): Promise<Page> {
    if (this.page && !this.page.isClosed()) return this.page;
    const page = await this.context.newPage();
    page.on("dialog", (d) => void d.dismiss().catch(() => undefined));
    this.page = page;
    return page;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.race([this.context.close().catch(() => undefined), sleep(CLOSE_TIMEOUT_MS)]);
  }
}

export type RouteStats = { seen: string[]; blockedTypes: number; onPageRequest: (url: string) => void };

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export class BrowserPool {
  private browser: Browser | null = null;
  private launching: Promise<Browser> | null = null;
  private pagesOnBrowser = 0;
  private readonly retired = new Set<Browser>();
  readonly routeStats: RouteStats;
  crashes = 0;
  launches = 0;

  constructor(private readonly opts: { proxyServer: string; userAgent: string; onPageRequest: (url: string) => void }) {
    this.routeStats = { seen: [], blockedTypes: 0, onPageRequest: opts.onPageRequest };
  }

  private async current(): Promise<Browser> {
    if (this.browser && this.browser.isConnected() && this.pagesOnBrowser < BROWSER_RECYCLE_PAGES) return this.browser;
    if (this.launching) return this.launching;
    const old = this.browser;
    if (old) {
      if (old.isConnected()) this.retired.add(old);
      else this.crashes++;
    }
    this.launching = (async () => {
      const b = await launchChromium({
        proxy: { server: this.opts.proxyServer },
        // No DNS prefetch or preconnect outside the proxy's control.
        args: [...CHROMIUM_ARGS, "--dns-prefetch-disable", "--disable-features=NetworkPrediction"],
      });
      this.launches++;
      this.browser = b;
      this.pagesOnBrowser = 0;
      return b;
    })();
    try {
      return await this.launching;
    } finally {
      this.launching = null;
      void this.closeIdleRetired();
    }
  }

  /** A new context on a live browser, with routing installed. */
  async session(): Promise<Session> {
    const browser = await this.current();
    const context = await browser.newContext({
      userAgent: this.opts.userAgent,
      viewport: VIEWPORT,
      javaScriptEnabled: true,
      bypassCSP: true,
      serviceWorkers: "block",
      acceptDownloads: false,
      // Certificate validity is a finding (site.tls), not a reason to leave the content unread.
      ignoreHTTPSErrors: true,
      locale: "id-ID",
      timezoneId: "Asia/Jakarta",
    });
    context.setDefaultTimeout(10_000);
    // Popups opened by pages are not part of the crawl.
    context.on("page", (p) => {
      void p.opener().then((opener) => (opener ? p.close() : undefined)).catch(() => undefined);
    });
    const s = new Session(context, browser, this.routeStats);
    await s.install();
    return s;
  }

  notePage(): void {
    this.pagesOnBrowser++;
  }

  isAlive(s: Session): boolean {
    return !s.closed && s.browser.isConnected() && s.browser === this.browser;
  }

  private async closeIdleRetired(): Promise<void> {
    for (const b of [...this.retired]) {
      if (b.contexts().length === 0) {
        this.retired.delete(b);
        await Promise.race([b.close().catch(() => undefined), sleep(CLOSE_TIMEOUT_MS)]);
      }
    }
  }

  /** Called after a session closes, so retired browsers go away once unused. */
  async release(s: Session): Promise<void> {
    await s.close();
    await this.closeIdleRetired();
  }

  async close(): Promise<void> {
    const all = [this.browser, ...this.retired].filter((b): b is Browser => !!b);
    this.browser = null;
    this.retired.clear();
    await Promise.all(all.map((b) => Promise.race([b.close().catch(() => undefined), sleep(CLOSE_TIMEOUT_MS)])));
  }
}
