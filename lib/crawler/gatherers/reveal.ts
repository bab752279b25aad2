/**
 * Gatherer: content a visitor reaches by clicking. OPD sites hide the maklumat, the complaint
 * procedure or the standard's posters behind tabs, accordions and carousels, often rendered only
 * on click (React state) by plain `<button>`s with an icon and no ARIA label. Controls are found
 * the way a visitor finds them: ARIA and framework markup, and small button-like elements in the
 * main content (rows of sibling buttons, arrows, dots, "selengkapnya"). Each click records the
 * text AND the images that became visible. Forms are never submitted and links that leave the
 * page are never followed (navigations the crawler did not start are refused by the browser pool).
 */
import type { ImageArtifact } from "@/lib/artifacts/types";
import type { Page } from "playwright";
import { arr, obj, REGION_JS, runInPage, str, type PageScript } from "./dom";
import { IMAGES_JS, parseImages } from "./images";

/** Clicks per page: a services page with a dozen tabs and a 5-slide carousel is read whole, 500 slides are not. */
export const MAX_REVEAL_CLICKS = 30;
/** Clicks on one "next" arrow; it stops earlier after two clicks that show nothing new. */
const CAROUSEL_CLICKS = 10;
const CAROUSEL_IDLE_STOP = 2;
/** Wait after a click: React commits and Bootstrap starts its transition well within this. */
const SETTLE_MS = 200;
const REVEALED_MAX = 20_000;
const CONTROL_LABEL_MAX = 120;
/** A button-like element larger than this is a card or a banner, not a control. */
const CONTROL_MAX_W = 420;
const CONTROL_MAX_H = 140;
/** Controls whose text is longer are links to read, not switches. */
const CONTROL_TEXT_MAX = 40;
/** Images recorded per control. */
const IMAGES_PER_CONTROL = 20;

/** `__revealControls()`: eligible tab/accordion/carousel/"more" controls in the main content. */
const COLLECT_JS = String.raw`
function __revealControls() {
  const root = __root();
  const known = [
    '[role="tab"]', '[aria-expanded="false"]', 'details:not([open]) > summary',
    '[data-toggle="tab"]', '[data-toggle="pill"]', '[data-toggle="collapse"]',
    '[data-bs-toggle="tab"]', '[data-bs-toggle="pill"]', '[data-bs-toggle="collapse"]',
    '.accordion-button', '.accordion-header', '.accordion-title', '.accordion-toggle', '.tab-link', '.tablinks',
    '.nav-tabs a', '.nav-tabs button', '.nav-pills a', '.tabs a', '.tabs button',
  ];
  const nextKnown = ['.carousel-control-next', '.slick-next', '.swiper-button-next', '.owl-next', '.flex-next',
    '[aria-label*="next" i]', '[aria-label*="berikut" i]', '[aria-label*="selanjutnya" i]'];
  // What a visitor takes for a control: buttons, clickable spans, "#" links, dots and arrows.
  const generic = ['button', '[role="button"]', 'a[href="#"]', 'a[href^="javascript:" i]', '[onclick]',
    '[class*="arrow" i]', '[class*="chevron" i]', '[class*="next" i]', '[class*="prev" i]', '[class*="indicator" i]',
    '[class*="selengkap" i]', '[class*="read-more" i]', '[class*="readmore" i]'];
  const ARROW = /^(?:[›»>→❯▶⟩⇨➔➜▸►〉]|next|berikut(?:nya)?|selanjutnya|lanjut)$/i;
  const BACK = /^(?:[‹«<←❮◀⟨⇦◂◄〈]|prev|previous|sebelumnya|kembali)$/i;
  const NEVER = /^(?:cari|search|kirim|submit|simpan|masuk|login|log in|daftar|register|logout|keluar|bagikan|share|cetak|print|unduh|download|tutup|close|×|✕|x|batal|cancel|hapus|like|suka|reply|balas|komentar|bahasa|language|en|id|a\+|a-|menu|☰)$/i;
  const here = location.href.split("#")[0];
  const navigatesAway = (el) => {
    const a = el.closest("a[href]");
    if (!a) return false;
    const raw = a.getAttribute("href") || "";
    if (raw.startsWith("#") || /^javascript:/i.test(raw)) return false;
    return a.href.split("#")[0] !== here;
  };
  const textOf = (el) => (el.innerText || el.textContent || "").replace(/\s+/g, " ").trim();
  const eligible = (el) => {
    // The region of where the control sits: a button's own class ("nav prev") does not make it a menu.
    if (!root.contains(el) || __region(el.parentElement || el) !== "main" || !__visible(el) || navigatesAway(el)) return false;
    if (el.matches('[type="submit"], input, select, textarea, [disabled], [aria-disabled="true"]') || el.closest("form")) return false;
    if (el.closest('[role="dialog"], dialog, .modal')) return false;
    return true;
  };
  const smallEnough = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.width <= ${CONTROL_MAX_W} && r.height <= ${CONTROL_MAX_H};
  };
  const hint = (el) => [el.getAttribute("aria-label"), el.getAttribute("title"), typeof el.className === "string" ? el.className : "", el.id].join(" ").toLowerCase();
  const controls = [];
  const seen = new Set();
  const push = (el, kind) => {
    // A click on an inner icon reaches the button: keep the outermost eligible element only once.
    for (const c of controls) if (c.el.contains(el) || el.contains(c.el)) return;
    seen.add(el);
    controls.push({ el, kind });
  };
  for (const s of known) for (const el of root.querySelectorAll(s)) if (!seen.has(el) && eligible(el)) push(el, "toggle");
  for (const s of nextKnown) for (const el of root.querySelectorAll(s)) if (!seen.has(el) && eligible(el)) push(el, "next");
  for (const s of generic) {
    for (const el of root.querySelectorAll(s)) {
      if (seen.has(el) || !eligible(el) || !smallEnough(el)) continue;
      const text = textOf(el);
      if (text.length > ${CONTROL_TEXT_MAX} || NEVER.test(text)) continue;
      if (el.getAttribute("aria-expanded") === "true" || el.getAttribute("aria-selected") === "true" || el.classList.contains("active")) continue;
      const h = hint(el);
      if (/\b(share|social|search|cari|login|print|cetak|lang|font|zoom|close|tutup|dismiss|hamburger|navbar-toggler|menu-toggle)\b/.test(h)) continue;
      // Arrows, also icon-only buttons (an svg or an icon font and no words) of sliders.
      const iconOnly = text === "" || text.length <= 2;
      const arrow = ARROW.test(text) || BACK.test(text) || /next|prev|arrow|chevron|right|left|slide/.test(h) || iconOnly;
      push(el, arrow ? "next" : "toggle");
    }
  }
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
  ${IMAGES_JS}
  ${COLLECT_JS}
  const root = __root();
  const controls = __revealControls();
  const lines = () => new Set(__clean(root.innerText || "", 200000).split("\n").map((l) => l.trim()).filter(Boolean));
  const known = lines();
  const knownImages = new Set(__imageRecords(document, 400).map((i) => i.src));
  const out = [];
  let clicks = 0;
  const deadline = Date.now() + limits.budgetMs;
  for (const { el, kind } of controls) {
    if (!el.isConnected) continue;
    const raw = (el.innerText || el.getAttribute("aria-label") || el.getAttribute("title") || "").replace(/\s+/g, " ").trim();
    const label = __clean(raw.length > 2 ? raw : kind === "next" ? "slide berikutnya" : raw || "kontrol", limits.labelMax).replace(/\n/g, " ");
    const times = kind === "next" ? limits.carouselClicks : 1;
    const fresh = [];
    const images = [];
    let idle = 0;
    for (let i = 0; i < times && clicks < limits.maxClicks && Date.now() < deadline; i++) {
      clicks++;
      try { el.click(); } catch (e) { break; }
      await new Promise((r) => setTimeout(r, limits.settleMs));
      let found = 0;
      for (const l of lines()) if (!known.has(l)) { known.add(l); fresh.push(l); found++; }
      for (const img of __imageRecords(document, 400)) {
        if (knownImages.has(img.src)) continue;
        knownImages.add(img.src);
        if (images.length < limits.imagesPerControl) images.push(img);
        found++;
      }
      idle = found ? 0 : idle + 1;
      if (idle >= limits.idleStop || !el.isConnected) break;
    }
    if (fresh.length || images.length) out.push({ control: label || kind, text: fresh.join("\n").slice(0, limits.textMax), images });
    if (clicks >= limits.maxClicks || Date.now() >= deadline) break;
  }
  return out;
}`;

export type Revealed = Array<{ control: string; text: string; images: ImageArtifact[] }>;

/** Clicks within `budgetMs`; returns the text and images each control revealed. */
export async function gatherRevealed(page: Page, budgetMs: number): Promise<Revealed> {
  if (budgetMs < SETTLE_MS * 2) return [];
  const raw = await runInPage(page, SCRIPT, {
    maxClicks: MAX_REVEAL_CLICKS,
    carouselClicks: CAROUSEL_CLICKS,
    idleStop: CAROUSEL_IDLE_STOP,
    settleMs: SETTLE_MS,
    budgetMs,
    textMax: REVEALED_MAX,
    labelMax: CONTROL_LABEL_MAX,
    imagesPerControl: IMAGES_PER_CONTROL,
  });
  return arr(raw, MAX_REVEAL_CLICKS)
    .map(obj)
    .map((r) => {
      const control = str(r.control, CONTROL_LABEL_MAX) || "kontrol";
      return { control, text: str(r.text, REVEALED_MAX), images: parseImages(r.images, control) };
    })
    .filter((r) => r.text.length > 0 || r.images.length > 0);
}
