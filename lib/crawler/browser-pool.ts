/**
 * One Chromium per scan, driven through the guard proxy, with one browser context per worker.
 * A browser that crashed (or served many pages and may have leaked) is replaced; contexts are
 * renewed regularly so no page's leftovers pile up.
 */
import type { Browser, BrowserContext, CDPSession, Page } from "playwright";
import { launchChromium, CHROMIUM_ARGS } from "@/lib/browser";
import { canonicalUrl } from "./url";

/**
 * Request types stopped before they start: fonts, audio/video, captions, server-sent streams and
 * beacons carry no checklist content. CDP names (Fetch/Network resource types).
 */
const BLOCKED_TYPES = ["Font", "Media", "EventSource", "Ping"] as const;
const PAUSED_TYPES = ["Document", "Image", ...BLOCKED_TYPES] as const;

type Paused = { requestId: string; request: { url: string }; frameId: string; resourceType: string };
/** A fresh browser after this many pages bounds slow leaks in long scans. */
export const BROWSER_RECYCLE_PAGES = 250;
/**
 * A tab's renderer grows about 3 MB per page it shows (measured on WordPress-sized pages), so a
 * worker opens a fresh tab after this many: peak memory of a 300-page crawl fell from about
 * 1,000 to 800 MB (PSS) at no cost in pages per second.
 */
export const TAB_RECYCLE_PAGES = 12;
/** Closing a context whose renderer spins in `while(true){}` must not hang the worker. */
const CLOSE_TIMEOUT_MS = 3_000;
export const VIEWPORT = { width: 1280, height: 900 };
/** Kept in the diagnostics list of requested URLs; older ones are dropped. */
const MAX_SEEN = 5_000;

export type PendingDocument = { status: number; contentType: string; body: Buffer; setCookie?: string[] };


/**
 * A worker's context and its one tab. Requests are handled over the tab's own CDP session rather
 * than Playwright routing, which pauses every request (measured: about 60 ms of Chromium CPU per
 * page): only documents, blocked types and images are paused; everything else is only observed.
 */
export class Session {
  /** Main-frame documents fetched by Node, keyed by URL; served to the browser instead of the network. */
  readonly pending = new Map<string, PendingDocument>();
  /** Main-frame navigations the page tried by itself (JS or meta refresh), aborted. */
  readonly clientNavigations: string[] = [];
  pagesServed = 0;
  closed = false;
  /** Timed out while rendering (maybe a script that never ends): replace before the next page. */
  broken = false;
  /** Images load only on pages that may get an evidence screenshot; elsewhere the DOM facts suffice. */
  allowImages = true;
  /** XHR/fetch requests of the current page: a page that makes them is an app still rendering. */
  dataRequests = 0;
  private page: Page | null = null;

  constructor(
    readonly context: BrowserContext,
    readonly browser: Browser,
    private readonly stats: RouteStats,
  ) {}

  /**
   * The context's one tab, reused from page to page: a same-site navigation keeps its renderer
   * process, where a new tab would start one (the largest cost per page on a busy machine).
   */
  async tab(): Promise<Page> {
    if (this.page && !this.page.isClosed()) return this.page;
    const page = await this.context.newPage();
    page.on("dialog", (d) => void d.dismiss().catch(() => undefined));
    const cdp = await this.context.newCDPSession(page);
    const tree = (await cdp.send("Page.getFrameTree")) as { frameTree: { frame: { id: string } } };
    const mainFrameId = tree.frameTree.frame.id;
    cdp.on("Network.requestWillBeSent", (e) => {
      const url = e.request.url;
      if (!/^https?:/i.test(url)) return;
      this.stats.seen.push(url.slice(0, 300));
      if (this.stats.seen.length > MAX_SEEN) this.stats.seen.splice(0, MAX_SEEN / 5);
      this.stats.onPageRequest(url);
      if (e.type === "XHR" || e.type === "Fetch") this.dataRequests++;
    });
    cdp.on("Fetch.requestPaused", (e) => void this.paused(cdp, e, mainFrameId).catch(() => undefined));
    await cdp.send("Network.enable", { maxTotalBufferSize: 0, maxResourceBufferSize: 0 });
    const patterns = PAUSED_TYPES.map((resourceType) => ({ urlPattern: "*", resourceType, requestStage: "Request" as const }));
    await cdp.send("Fetch.enable", { patterns });
    this.page = page;
    return page;
  }

  private async paused(cdp: CDPSession, e: Paused, mainFrameId: string): Promise<void> {
    const url = e.request.url;
    const fail = () => cdp.send("Fetch.failRequest", { requestId: e.requestId, errorReason: "BlockedByClient" });
    if ((BLOCKED_TYPES as readonly string[]).includes(e.resourceType) || (e.resourceType === "Image" && !this.allowImages)) {
      this.stats.blockedTypes++;
      await fail();
      return;
    }
    if (e.resourceType !== "Document" || e.frameId !== mainFrameId) {
      await cdp.send("Fetch.continueRequest", { requestId: e.requestId });
      return;
    }
    const key = this.pending.has(url) ? url : [...this.pending.keys()].find((k) => canonicalUrl(k) === canonicalUrl(url));
    const doc = key ? this.pending.get(key) : undefined;
    if (key && doc) {
      this.pending.delete(key);
      const headers = [{ name: "content-type", value: doc.contentType }, ...(doc.setCookie ?? []).map((value) => ({ name: "set-cookie", value }))];
      await cdp.send("Fetch.fulfillRequest", { requestId: e.requestId, responseCode: doc.status, responseHeaders: headers, body: doc.body.toString("base64") });
      return;
    }
    // Navigations the crawler did not start: recorded (client redirects) but not followed here.
    this.clientNavigations.push(url);
    await cdp.send("Fetch.failRequest", { requestId: e.requestId, errorReason: "Aborted" });
  }

  /**
   * Closes the tab, which ends its renderer process, also one spinning in `while(true){}`.
   * Resolves false when Chromium did not confirm in time (the pool then retires the browser).
   */
  async close(): Promise<boolean> {
    if (this.closed) return true;
    this.closed = true;
    const page = this.page;
    this.page = null;
    if (!page) return true;
    return Promise.race([
      page.close({ runBeforeUnload: false }).then(
        () => true,
        () => true,
      ),
      sleep(CLOSE_TIMEOUT_MS).then(() => false),
    ]);
  }
}

export type RouteStats = { seen: string[]; blockedTypes: number; onPageRequest: (url: string) => void };

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * One browser (replaced when it crashes or has served BROWSER_RECYCLE_PAGES) with one shared
 * context: in new headless Chromium every context is a window with its own browser-UI renderer
 * (about 50 MB each), while tabs of one context still get a renderer process each. So a worker's
 * Session is a tab, and a page that hangs is stopped by closing its tab.
 */
export class BrowserPool {
  private browser: Browser | null = null;
  private context: Promise<BrowserContext> | null = null;
  private launching: Promise<Browser> | null = null;
  private pagesOnBrowser = 0;
  private readonly open = new Map<Browser, number>();
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
        args: [...CHROMIUM_ARGS, "--dns-prefetch-disable"],
      });
      this.launches++;
      this.browser = b;
      this.context = this.newContext(b);
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

  private async newContext(browser: Browser): Promise<BrowserContext> {
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
    return context;
  }

  /** A worker's session (a tab in the shared context, opened on first use) on a live browser. */
  async session(): Promise<Session> {
    const browser = await this.current();
    const context = await this.context!;
    this.open.set(browser, (this.open.get(browser) ?? 0) + 1);
    return new Session(context, browser, this.routeStats);
  }

  notePage(): void {
    this.pagesOnBrowser++;
  }

  isAlive(s: Session): boolean {
    return !s.closed && !s.broken && s.browser.isConnected() && s.browser === this.browser;
  }

  private async closeIdleRetired(): Promise<void> {
    for (const b of [...this.retired]) {
      if ((this.open.get(b) ?? 0) === 0) {
        this.retired.delete(b);
        this.open.delete(b);
        await Promise.race([b.close().catch(() => undefined), sleep(CLOSE_TIMEOUT_MS)]);
      }
    }
  }

  /** Closes a session's tab; a tab that will not close takes its browser out of service. */
  async release(s: Session): Promise<void> {
    const wasOpen = !s.closed;
    const closed = await s.close();
    if (wasOpen) this.open.set(s.browser, Math.max(0, (this.open.get(s.browser) ?? 1) - 1));
    if (!closed && s.browser === this.browser) {
      this.retired.add(s.browser);
      this.browser = null;
    }
    await this.closeIdleRetired();
  }

  async close(): Promise<void> {
    const all = [this.browser, ...this.retired].filter((b): b is Browser => !!b);
    this.browser = null;
    this.retired.clear();
    await Promise.all(all.map((b) => Promise.race([b.close().catch(() => undefined), sleep(CLOSE_TIMEOUT_MS)])));
  }
}
