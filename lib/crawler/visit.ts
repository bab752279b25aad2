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
import { runInPage, runScripts } from "./gatherers/dom";
import { formsScript } from "./gatherers/forms";
import { dialogsScript } from "./gatherers/dialogs";
import { embedsScript } from "./gatherers/embeds";
import { imagesScript, mergeImages, parseImages, scrollForLazyImages } from "./gatherers/images";
import { gatherLinks, linksScript, mergeLinks } from "./gatherers/links";
import { metaScript } from "./gatherers/meta";
import { gatherMobileOverflow } from "./gatherers/mobile";
import { prefetchDocument, type Prefetched } from "./gatherers/navigation";
import { clientRedirect, redirectScript } from "./gatherers/redirect";
import { gatherRevealed, revealProbeScript } from "./gatherers/reveal";
import { takeScreenshot } from "./gatherers/screenshot";
import { textScript } from "./gatherers/text";
import type { KeywordMatcher } from "./keywords";
import type { Robots } from "./robots";
import type { TargetPolicy } from "./target-policy";
import { withTimeout } from "./time";
import { appRoute, canonicalUrl, documentUrl, pathWords, sameSite } from "./url";

export type VisitEnv = {
  site: string;
  policy: TargetPolicy;
  userAgent: string;
  robots: Robots;
  keywords: KeywordMatcher;
  cookies: CookieJar;
  /** Evidence screenshots are wanted in this scan. */
  screenshots: boolean;
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
/** Single-page apps render after their XHRs; wait for the network to go idle, within this. */
const APP_SETTLE_MAX_MS = 2_500;
/** A meta-refresh/JS redirect page (index.html -> /portal) is followed this many times. */
const MAX_CLIENT_REDIRECTS = 3;
/** Time a click pass may take (30 clicks at most); the rest of the page budget stays for screenshots and axe. */
const REVEAL_BUDGET_MS = 6_000;
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
    embeds: [],
    dates: [],
    mobileOverflow: null,
    axe: null,
    screenshotPath: null,
    loadMs: 0,
    errorClass: null,
    errorMessage: null,
  };
}

type State = { page: PageArtifact; core: boolean; rendering: boolean; feeds: string[]; errors: string[]; controls: number };

/** Visits one page within min(page time limit, scan deadline). Never throws. */
export async function visitPage(
  session: Session,
  item: FrontierItem,
  env: VisitEnv,
  isHome: boolean,
  fetched?: Promise<Prefetched>,
): Promise<VisitResult> {
  const started = Date.now();
  const deadline = Math.min(started + env.pageTimeoutMs * (isHome ? HOME_TIME_FACTOR : 1), env.scanDeadline);
  const ac = new AbortController();
  const state: State = { page: emptyPage(item), core: false, rendering: false, feeds: [], errors: [], controls: 0 };
  const work = run(session, item, env, isHome, deadline, ac.signal, state, started, fetched).catch((e: unknown) => {
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
  // The renderer may be stuck in a script loop: its tab is closed (by the pool) before the next
  // page. A page still waiting for its document leaves the browser alone.
  if (state.rendering) session.broken = true;
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
  fetched?: Promise<Prefetched>,
): Promise<VisitResult> {
  const p = state.page;
  let target = item.url;
  // Pages likely to get an evidence screenshot load their images; the rest skip them (CPU).
  const keywordish = env.keywords.matches(`${pathWords(item.url)} ${item.label}`).length > 0;
  let page: Page | null = null;
  const chain: string[] = [];
  try {
    for (let hop = 0; ; hop++) {
      const doc = hop === 0 && fetched ? await fetched : await prefetchDocument(target, {
        policy: env.policy,
        userAgent: env.userAgent,
        site: env.site,
        timeoutMs: deadline - Date.now(),
        signal,
        cookies: env.cookies,
      });
      chain.push(...(hop === 0 ? [] : [p.finalUrl]), ...doc.redirectChain);
      if (doc.kind === "off-site") return { kind: "skipped", url: doc.target, reason: "off_site_redirect" };
      // A single-page app's route ("#/layanan") stays on the document the server sent for it.
      const route = appRoute(new URL(target).hash);
      const sameDocument = route !== null && documentUrl(doc.finalUrl) === documentUrl(target);
      p.finalUrl = sameDocument ? `${documentUrl(doc.finalUrl)}${route}` : doc.finalUrl;
      p.redirectChain = chain.slice();
      if (doc.kind === "pdf") return { kind: "document", url: doc.finalUrl };
      if (doc.kind === "other") return { kind: "skipped", url: doc.finalUrl, reason: "unsupported_content" };
      p.status = doc.status;
      p.contentType = doc.contentType;
      if (doc.kind === "error-status") {
        return failed(p, classifyStatus(doc.status) ?? "unknown", `HTTP ${doc.status}`, started);
      }
      if (!env.robots.allows(doc.finalUrl)) return { kind: "skipped", url: doc.finalUrl, reason: "robots" };
      state.rendering = true;
      page ??= await session.tab();
      session.clientNavigations.length = 0;
      session.dataRequests = 0;
      session.allowImages = env.screenshots && (isHome || keywordish);
      session.pending.set(documentUrl(doc.finalUrl), { status: doc.status, contentType: doc.contentType, body: doc.body, setCookie: doc.setCookie });
      // A route of the document the tab already shows would not reload it: load it afresh.
      if (sameDocument && documentUrl(page.url()) === documentUrl(p.finalUrl)) await page.goto("about:blank").catch(() => undefined);
      await page.goto(p.finalUrl, { waitUntil: "domcontentloaded", timeout: Math.max(1, deadline - Date.now()) });
      await page.waitForLoadState("load", { timeout: Math.max(1, Math.min(LOAD_WAIT_MS, deadline - Date.now() - 500)) }).catch(() => undefined);
      if (session.dataRequests > 0) {
        // An app fetching its content: give it until the network is idle (Playwright: 500 ms quiet).
        await page.waitForLoadState("networkidle", { timeout: Math.max(1, Math.min(APP_SETTLE_MAX_MS, deadline - Date.now() - 500)) }).catch(() => undefined);
      }
      const scripts = await runScripts(page, {
        meta: metaScript,
        text: textScript,
        links: linksScript(env.site),
        images: imagesScript,
        forms: formsScript,
        dates: markupDatesScript,
        redirect: redirectScript,
        controls: revealProbeScript,
        embeds: embedsScript,
        dialogs: dialogsScript,
      });
      const next = clientRedirect(scripts.redirect, scripts.text, session, env.site);
      if (!next || hop >= MAX_CLIENT_REDIRECTS || canonicalUrl(next) === canonicalUrl(doc.finalUrl)) {
        p.loadMs = Date.now() - started;
        useCore(scripts, state, env.site);
        break;
      }
      target = next;
    }
    await gatherOptional(page, env, item, isHome, deadline, state);
    return pageResult(state, started);
  } finally {
    session.pending.clear();
  }
}

type CoreResults = Awaited<ReturnType<typeof runScripts<{
  meta: typeof metaScript;
  text: typeof textScript;
  links: ReturnType<typeof linksScript>;
  images: typeof imagesScript;
  forms: typeof formsScript;
  dates: typeof markupDatesScript;
  redirect: typeof redirectScript;
  controls: typeof revealProbeScript;
  embeds: typeof embedsScript;
  dialogs: typeof dialogsScript;
}>>>;

function useCore(r: CoreResults, state: State, site: string): void {
  const p = state.page;
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
  ok("reveal", r.controls, (n) => (state.controls = n));
  ok("embeds", r.embeds, (e) => (p.embeds = e.map((x) => ({ ...x, internal: sameSite(x.url, site) }))));
  ok("dialogs", r.dialogs, (ds) => {
    for (const d of ds) {
      if (d.text) p.revealed.push({ control: d.label, text: d.text, source: "dialog" });
      mergeImages(p.images, d.images);
    }
  });
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
  if (!p.errorClass) await step("lazy-images", MIN_LEFT_FOR_OPTIONAL_MS, async () => {
    // Only pages with lazy images are scrolled and read again.
    if (await scrollForLazyImages(page)) mergeImages(p.images, parseImages(await runInPage(page, imagesScript.source, imagesScript.arg), null));
  });
  if (state.controls > 0) await step("reveal", MIN_LEFT_FOR_OPTIONAL_MS, async (ms) => {
    const revealed = await gatherRevealed(page, Math.min(REVEAL_BUDGET_MS, ms - 500));
    for (const r of revealed) {
      if (r.text) p.revealed.push({ control: r.control, text: r.text, source: "click" });
      mergeImages(p.images, r.images);
    }
    if (revealed.length > 0) {
      p.links = mergeLinks(p.links, await gatherLinks(page, env.site));
      const extra = await gatherDates(page, revealed.map((r) => r.text).join("\n"));
      for (const d of extra) if (!p.dates.some((x) => x.iso === d.iso && x.text === d.text)) p.dates.push(d);
    }
  });
  if (isHome) await step("mobile", MIN_LEFT_FOR_OPTIONAL_MS, async () => void (p.mobileOverflow = await gatherMobileOverflow(page)));
  // Key pages for accessibility: the home page and checklist pages in the main menu.
  if ((isHome || (keywordPage && item.depth <= 1 && !p.errorClass)) && env.takeAxeSlot()) {
    await step("axe", MIN_LEFT_FOR_OPTIONAL_MS * 2, async () => void (p.axe = await gatherAxe(page)));
  }
}
