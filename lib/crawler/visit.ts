/**
 * One page: fetch its document under the policy, render it in the worker's context, run the
 * gatherers, all within a hard time limit. A page that fails is returned as a failed artifact
 * (never thrown); a page that spins forever is cut off by closing its context.
 */
import type { Page } from "playwright";
import type { ErrorClass, PageArtifact } from "@/lib/artifacts/types";
import type { Session } from "./browser-pool";
import { classifyError, classifyStatus, CrawlError, errorMessage } from "./errors";
import type { FrontierItem } from "./frontier";
import type { CookieJar } from "./cookie-jar";
import { gatherAxe } from "./gatherers/axe";
import { gatherDates, markupDatesScript, withTextDates } from "./gatherers/dates";
import { runScripts } from "./gatherers/dom";
import { formsScript } from "./gatherers/forms";
import { imagesScript } from "./gatherers/images";
import { gatherLinks, linksScript, mergeLinks } from "./gatherers/links";
import { metaScript } from "./gatherers/meta";
import { gatherMobileOverflow } from "./gatherers/mobile";
import { prefetchDocument } from "./gatherers/navigation";
import { gatherRevealed } from "./gatherers/reveal";
import { takeScreenshot } from "./gatherers/screenshot";
import { textScript } from "./gatherers/text";
import type { KeywordMatcher } from "./keywords";
import type { Robots } from "./robots";
import type { TargetPolicy } from "./target-policy";
import { sleep, withTimeout } from "./time";
import { canonicalUrl, pathWords, sameSite } from "./url";

export type VisitEnv = {
  site: string;
  policy: TargetPolicy;
  userAgent: string;
  robots: Robots;
  keywords: KeywordMatcher;
  cookies: CookieJar;
  pageTimeoutMs: number;
  scanDeadline: number;
  /** Index for the next evidence screenshot, or null when none is wanted / budget is spent. */
  takeScreenshotSlot: () => { dir: string; index: number } | null;
  takeAxeSlot: () => boolean;
};

export type VisitResult =
  | { kind: "page"; page: PageArtifact; feeds: string[]; gathererErrors: string[] }
  | { kind: "failed"; page: PageArtifact; errorClass: ErrorClass }
  | { kind: "document"; url: string }
  | { kind: "skipped"; url: string; reason: string };

/** After DOMContentLoaded, wait this long at most for `load` (images, scripts). */
const LOAD_WAIT_MS = 3_000;
/** Single-page apps render after their XHRs; wait for the network to go quiet, within this. */
const QUIET_MAX_MS = 1_500;
/** An app that is still fetching starts its next request well within this. */
const QUIET_WINDOW_MS = 200;
/** A meta-refresh/JS redirect page (index.html -> /portal) is followed this many times. */
const MAX_CLIENT_REDIRECTS = 3;
/** Time a reveal pass may take; the rest of the page budget stays for screenshots and axe. */
const REVEAL_BUDGET_MS = 3_000;
/** The home page carries the site-wide facts (axe, mobile overflow, evidence): it gets more time. */
const HOME_TIME_FACTOR = 2;
/** Optional gatherers run only with at least this much page time left. */
const MIN_LEFT_FOR_OPTIONAL_MS = 1_200;
const SOFT_404 = /(halaman tidak ditemukan|halaman yang anda cari|page not found|not found|\b404\b|tidak ditemukan)/i;
/** A "not found" title on a page with this much text is a real page mentioning 404. */
const SOFT_404_MAX_TEXT = 1_500;

export function emptyPage(item: FrontierItem): PageArtifact {
  return {
    url: item.url,
    finalUrl: item.url,
    status: null,
    redirectChain: [],
    depth: item.depth,
    discoveredVia: item.via,
    contentType: null,
    title: "",
    lang: null,
    metaViewport: null,
    headings: [],
    mainText: "",
    chromeText: "",
    revealed: [],
    links: [],
    images: [],
    forms: [],
    dates: [],
    mobileOverflow: null,
    axe: null,
    screenshotPath: null,
    loadMs: 0,
    errorClass: null,
    errorMessage: null,
  };
}

type State = { page: PageArtifact; core: boolean; feeds: string[]; errors: string[] };

/** Visits one page within min(page time limit, scan deadline). Never throws. */
export async function visitPage(session: Session, item: FrontierItem, env: VisitEnv, isHome: boolean): Promise<VisitResult> {
  const started = Date.now();
  const deadline = Math.min(started + env.pageTimeoutMs * (isHome ? HOME_TIME_FACTOR : 1), env.scanDeadline);
  const ac = new AbortController();
  const state: State = { page: emptyPage(item), core: false, feeds: [], errors: [] };
  const work = run(session, item, env, isHome, deadline, ac.signal, state, started).catch((e: unknown) => {
    if (state.core) return pageResult(state, started);
    return failed(state.page, classifyError(e), errorMessage(e), started);
  });
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<"expired">((r) => {
    timer = setTimeout(() => r("expired"), Math.max(0, deadline - Date.now()));
  });
  const outcome = await Promise.race([work, expired]);
  clearTimeout(timer);
  if (outcome !== "expired") return outcome;
  ac.abort(new CrawlError("timeout", "batas waktu halaman"));
  // The renderer may be stuck in a script loop: closing the whole context is what stops it.
  await session.close();
  if (state.core) return pageResult(state, started);
  return failed(state.page, "timeout", `Halaman tidak selesai dalam ${deadline - started} ms`, started);
}

function failed(page: PageArtifact, cls: ErrorClass, message: string, started: number): VisitResult {
  return { kind: "failed", errorClass: cls, page: { ...page, errorClass: cls, errorMessage: message, loadMs: Date.now() - started } };
}

function pageResult(state: State, started: number): VisitResult {
  if (!state.page.loadMs) state.page.loadMs = Date.now() - started;
  return { kind: "page", page: state.page, feeds: state.feeds, gathererErrors: state.errors };
}

async function run(
  session: Session,
  item: FrontierItem,
  env: VisitEnv,
  isHome: boolean,
  deadline: number,
  signal: AbortSignal,
  state: State,
  started: number,
): Promise<VisitResult> {
  const p = state.page;
  let target = item.url;
  let page: Page | null = null;
  const chain: string[] = [];
  try {
    for (let hop = 0; ; hop++) {
      const doc = await prefetchDocument(target, {
        policy: env.policy,
        userAgent: env.userAgent,
        site: env.site,
        timeoutMs: deadline - Date.now(),
        signal,
        cookies: env.cookies,
      });
      chain.push(...(hop === 0 ? [] : [p.finalUrl]), ...doc.redirectChain);
      if (doc.kind === "off-site") return { kind: "skipped", url: doc.target, reason: "off_site_redirect" };
      p.finalUrl = doc.finalUrl;
      p.redirectChain = chain.slice();
      if (doc.kind === "pdf") return { kind: "document", url: doc.finalUrl };
      if (doc.kind === "other") return { kind: "skipped", url: doc.finalUrl, reason: "unsupported_content" };
      p.status = doc.status;
      p.contentType = doc.contentType;
      if (doc.kind === "error-status") {
        return failed(p, classifyStatus(doc.status) ?? "unknown", `HTTP ${doc.status}`, started);
      }
      if (!env.robots.allows(doc.finalUrl)) return { kind: "skipped", url: doc.finalUrl, reason: "robots" };
      page ??= await session.tab();
      session.clientNavigations.length = 0;
      session.pending.set(doc.finalUrl, { status: doc.status, contentType: doc.contentType, body: doc.body, setCookie: doc.setCookie });
      const tracker = trackNetwork(page);
      await page.goto(doc.finalUrl, { waitUntil: "domcontentloaded", timeout: Math.max(1, deadline - Date.now()) });
      await page.waitForLoadState("load", { timeout: Math.max(1, Math.min(LOAD_WAIT_MS, deadline - Date.now() - 500)) }).catch(() => undefined);
      await tracker.quiet(Math.min(QUIET_MAX_MS, deadline - Date.now() - 500));
      tracker.stop();
      const next = await clientRedirect(page, session, env.site);
      if (!next || hop >= MAX_CLIENT_REDIRECTS || canonicalUrl(next) === canonicalUrl(doc.finalUrl)) break;
      target = next;
    }
    p.loadMs = Date.now() - started;
    await gatherCore(page, env, state);
    await gatherOptional(page, env, item, isHome, deadline, state);
    return pageResult(state, started);
  } finally {
    session.pending.clear();
  }
}

async function gatherCore(page: Page, env: VisitEnv, state: State): Promise<void> {
  const p = state.page;
  const r = await runScripts(page, {
    meta: metaScript,
    text: textScript,
    links: linksScript(env.site),
    images: imagesScript,
    forms: formsScript,
    dates: markupDatesScript,
  });
  // A gatherer that throws leaves its field empty and the page goes on (Lighthouse's rule).
  const ok = <T>(name: string, v: T | Error, use: (x: T) => void) => {
    if (v instanceof Error) state.errors.push(`${name}: ${errorMessage(v)}`);
    else use(v);
  };
  ok("meta", r.meta, (m) => {
    Object.assign(p, { title: m.title, lang: m.lang, metaViewport: m.metaViewport });
    state.feeds = m.feeds;
  });
  ok("text", r.text, (t) => Object.assign(p, t));
  ok("links", r.links, (l) => (p.links = l));
  ok("images", r.images, (i) => (p.images = i));
  ok("forms", r.forms, (f) => (p.forms = f));
  ok("dates", r.dates, (d) => (p.dates = withTextDates(d, p.mainText)));
  if (r.text instanceof Error) throw r.text;
  state.core = true;
  const soft =
    (SOFT_404.test(p.title) || p.headings.some((h) => h.level <= 2 && SOFT_404.test(h.text))) && p.mainText.length < SOFT_404_MAX_TEXT;
  if (soft || (p.mainText.trim().length === 0 && p.links.length === 0)) {
    p.errorClass = "soft_404";
    p.errorMessage = soft ? "Halaman menyatakan 'tidak ditemukan'" : "Halaman tanpa isi";
  }
}

async function gatherOptional(page: Page, env: VisitEnv, item: FrontierItem, isHome: boolean, deadline: number, state: State): Promise<void> {
  const p = state.page;
  const left = () => deadline - Date.now();
  const keywordPage =
    env.keywords.matches([pathWords(p.finalUrl), item.label, p.title, ...p.headings.slice(0, 5).map((h) => h.text)].join(" ")).length > 0;
  const step = async (name: string, need: number, fn: (ms: number) => Promise<void>) => {
    if (left() < need) {
      state.errors.push(`${name}: tidak sempat (sisa waktu halaman ${Math.max(0, left())} ms)`);
      return;
    }
    await withTimeout(fn(left() - 300), left() - 300, name).catch((e: unknown) => state.errors.push(`${name}: ${errorMessage(e)}`));
  };
  // Most valuable first: the evidence view as loaded, content behind clicks, then site-wide facts.
  if ((isHome || keywordPage) && !p.errorClass) {
    const slot = env.takeScreenshotSlot();
    if (slot) await step("screenshot", MIN_LEFT_FOR_OPTIONAL_MS, async (ms) => void (p.screenshotPath = await takeScreenshot(page, slot.dir, p.finalUrl, slot.index, ms)));
  }
  await step("reveal", MIN_LEFT_FOR_OPTIONAL_MS, async (ms) => {
    p.revealed = await gatherRevealed(page, Math.min(REVEAL_BUDGET_MS, ms - 500));
    if (p.revealed.length > 0) {
      p.links = mergeLinks(p.links, await gatherLinks(page, env.site));
      const extra = await gatherDates(page, p.revealed.map((r) => r.text).join("\n"));
      for (const d of extra) if (!p.dates.some((x) => x.iso === d.iso && x.text === d.text)) p.dates.push(d);
    }
  });
  if (isHome) await step("mobile", MIN_LEFT_FOR_OPTIONAL_MS, async () => void (p.mobileOverflow = await gatherMobileOverflow(page)));
  if ((isHome || (keywordPage && !p.errorClass)) && env.takeAxeSlot()) {
    await step("axe", MIN_LEFT_FOR_OPTIONAL_MS * 2, async () => void (p.axe = await gatherAxe(page)));
  }
}

/** Counts requests in flight so the crawler can wait for a single-page app to settle. */
function trackNetwork(page: Page): { quiet(maxMs: number): Promise<void>; stop(): void } {
  let inflight = 0;
  let lastChange = Date.now();
  const up = () => {
    inflight++;
    lastChange = Date.now();
  };
  const down = () => {
    inflight = Math.max(0, inflight - 1);
    lastChange = Date.now();
  };
  page.on("request", up);
  page.on("requestfinished", down);
  page.on("requestfailed", down);
  return {
    async quiet(maxMs: number) {
      const until = Date.now() + Math.max(0, maxMs);
      while (Date.now() < until) {
        if (inflight === 0 && Date.now() - lastChange >= QUIET_WINDOW_MS) return;
        await sleep(50);
      }
    },
    stop() {
      page.off("request", up);
      page.off("requestfinished", down);
      page.off("requestfailed", down);
    },
  };
}

/** Below this much text a page that navigates away by script is a redirect page, not content. */
const REDIRECT_PAGE_MAX_TEXT = 300;

/** A same-site page the document sends the visitor to at once (meta refresh or script), if any. */
async function clientRedirect(page: Page, session: Session, site: string): Promise<string | null> {
  const r = await page
    .evaluate(
      `(() => { const m = document.querySelector('meta[http-equiv="refresh" i]');
        const text = document.body ? (document.body.innerText || "").trim().length : 0;
        let refresh = null;
        if (m) { const r = /^\\s*(\\d+)\\s*[;,]\\s*url\\s*=\\s*['"]?([^'"]+)/i.exec(m.getAttribute("content") || "");
          if (r && Number(r[1]) <= 5) refresh = new URL(r[2], document.baseURI).href; }
        return { refresh, text }; })()`,
    )
    .catch(() => null);
  const facts = r && typeof r === "object" ? (r as { refresh?: unknown; text?: unknown }) : {};
  const thin = typeof facts.text === "number" && facts.text < REDIRECT_PAGE_MAX_TEXT;
  const candidates = [typeof facts.refresh === "string" ? facts.refresh : null, ...(thin ? session.clientNavigations : [])];
  return candidates.find((u): u is string => !!u && sameSite(u, site)) ?? null;
}
