/**
 * Gatherer: content a visitor reaches by clicking. OPD sites hide the maklumat, the complaint
 * procedure or the SKM result behind tabs, accordions and carousels, often rendered only on
 * click (React state). Within a bounded number of clicks in the main content, activate each
 * control and record the text that became visible, one entry per control.
 */
import type { Page } from "playwright";
import { arr, obj, REGION_JS, runInPage, str, type PageScript } from "./dom";

/** Clicks per page: a services page with a dozen tabs is read whole, a carousel of 200 is not. */
export const MAX_REVEAL_CLICKS = 12;
/** Clicks on one carousel's "next" button (each shows another slide). */
const CAROUSEL_CLICKS = 3;
/** Wait after a click: React commits and Bootstrap starts its transition well within this. */
const SETTLE_MS = 250;
const REVEALED_MAX = 20_000;
const CONTROL_LABEL_MAX = 120;

/** `__revealControls()`: eligible tab/accordion/carousel controls in the main content. */
const COLLECT_JS = String.raw`
function __revealControls() {
  const root = __root();
  const selectors = [
    '[role="tab"]', '[aria-expanded="false"]', 'details:not([open]) > summary',
    '[data-toggle="tab"]', '[data-toggle="pill"]', '[data-toggle="collapse"]',
    '[data-bs-toggle="tab"]', '[data-bs-toggle="pill"]', '[data-bs-toggle="collapse"]',
    '.accordion-button', '.accordion-header', '.accordion-title', '.accordion-toggle', '.tab-link', '.tablinks',
    '.nav-tabs a', '.nav-tabs button', '.nav-pills a', '.tabs a', '.tabs button',
  ];
  const nextSelectors = ['.carousel-control-next', '.slick-next', '.swiper-button-next', '.owl-next', '.flex-next',
    '[aria-label*="next" i]', '[aria-label*="berikut" i]', '[aria-label*="selanjutnya" i]'];
  const here = location.href.split("#")[0];
  const navigatesAway = (el) => {
    const a = el.closest("a[href]");
    if (!a) return false;
    const raw = a.getAttribute("href") || "";
    if (raw.startsWith("#") || /^javascript:/i.test(raw)) return false;
    return a.href.split("#")[0] !== here;
  };
  const eligible = (el) => root.contains(el) && __region(el) === "main" && __visible(el) && !navigatesAway(el)
    && !(el.matches('button[type="submit"], input[type="submit"]')) && !el.closest("form");
  const controls = [];
  const seen = new Set();
  const collect = (sel, kind) => {
    for (const el of root.querySelectorAll(sel)) {
      if (seen.has(el) || !eligible(el)) continue;
      seen.add(el);
      controls.push({ el, kind });
    }
  };
  for (const s of selectors) collect(s, "toggle");
  for (const s of nextSelectors) collect(s, "next");
  return controls;
}
`;

/** How many controls there are to click: the click pass runs only when there is one. */
export const revealProbeScript: PageScript<number> = {
  source: String.raw`() => { ${REGION_JS} ${COLLECT_JS} return __revealControls().length; }`,
  parse: (raw) => (typeof raw === "number" ? raw : 0),
};

const SCRIPT = String.raw`async (limits) => {
  ${REGION_JS}
  ${COLLECT_JS}
  const root = __root();
  const controls = __revealControls();
  const lines = () => new Set(__clean(root.innerText || "", 200000).split("\n").map((l) => l.trim()).filter(Boolean));
  const known = lines();
  const out = [];
  let clicks = 0;
  const deadline = Date.now() + limits.budgetMs;
  for (const { el, kind } of controls) {
    const label = __clean(el.innerText || el.getAttribute("aria-label") || el.getAttribute("title") || kind, limits.labelMax).replace(/\n/g, " ");
    const times = kind === "next" ? limits.carouselClicks : 1;
    const fresh = [];
    for (let i = 0; i < times && clicks < limits.maxClicks && Date.now() < deadline; i++) {
      clicks++;
      try { el.click(); } catch (e) { break; }
      await new Promise((r) => setTimeout(r, limits.settleMs));
      for (const l of lines()) if (!known.has(l)) { known.add(l); fresh.push(l); }
    }
    if (fresh.length) out.push({ control: label || kind, text: fresh.join("\n").slice(0, limits.textMax) });
    if (clicks >= limits.maxClicks || Date.now() >= deadline) break;
  }
  return out;
}`;

export type Revealed = Array<{ control: string; text: string }>;

/** Clicks within `budgetMs`; returns the text each control revealed. */
export async function gatherRevealed(page: Page, budgetMs: number): Promise<Revealed> {
  if (budgetMs < SETTLE_MS * 2) return [];
  const raw = await runInPage(page, SCRIPT, {
    maxClicks: MAX_REVEAL_CLICKS,
    carouselClicks: CAROUSEL_CLICKS,
    settleMs: SETTLE_MS,
    budgetMs,
    textMax: REVEALED_MAX,
    labelMax: CONTROL_LABEL_MAX,
  });
  return arr(raw, MAX_REVEAL_CLICKS)
    .map(obj)
    .map((r) => ({ control: str(r.control, CONTROL_LABEL_MAX) || "kontrol", text: str(r.text, REVEALED_MAX) }))
    .filter((r) => r.text.length > 0);
}
