/**
 * Gatherer: pop-ups a visitor sees on the first visit or on a click (modals, dialogs, offcanvas
 * panels) that are in the page but hidden when it is read. A maklumat shown in a first-visit
 * modal is published; its text and images are recorded as `dialog` content.
 */
import type { ImageArtifact } from "@/lib/artifacts/types";
import { arr, obj, REGION_JS, str, type PageScript } from "./dom";
import { IMAGES_JS, parseImages } from "./images";

export const MAX_DIALOGS = 10;
const DIALOG_TEXT_MAX = 8_000;
const LABEL_MAX = 120;

const SCRIPT = String.raw`(max) => {
  ${REGION_JS}
  ${IMAGES_JS}
  const sel = 'dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"], .modal, .offcanvas, .popup, .pop-up, .popup-modal, [class*="modal"], [id*="modal"], [id*="popup"], [class*="popup"]';
  const all = [...document.querySelectorAll(sel)];
  // The outermost of nested matches (.modal > .modal-dialog > .modal-content) is the pop-up.
  const tops = all.filter((el) => !all.some((o) => o !== el && o.contains(el)));
  const out = [];
  const root = __root();
  for (const el of tops) {
    if (out.length >= max) break;
    if (__region(el) !== "main") continue;
    // An open pop-up inside the content is in mainText already; one outside it (Bootstrap puts
    // modals at the end of <body>, after <main>) is read only here, open or not.
    if (root.contains(el) && __visible(el) && el.getBoundingClientRect().height > 0) continue;
    const clone = el.cloneNode(true);
    for (const junk of clone.querySelectorAll("script, style, noscript, template, button")) junk.remove();
    // A detached clone has no layout, so textContent runs a title into its paragraph ("PelayananKami"): break lines at blocks.
    for (const b of clone.querySelectorAll("p, div, li, br, tr, h1, h2, h3, h4, h5, h6, section, article, header, footer, dt, dd")) b.after("\n");
    const text = __clean(clone.textContent || "", ${DIALOG_TEXT_MAX});
    const images = __imageRecords(el, 20);
    if (!text && !images.length) continue;
    const titleEl = el.querySelector(".modal-title, [class*='title'], h1, h2, h3, h4");
    const label = (el.getAttribute("aria-label") || (titleEl && titleEl.textContent) || "pop-up").replace(/\s+/g, " ").trim();
    out.push({ label, text, images });
  }
  return out;
}`;

export type DialogContent = { label: string; text: string; images: ImageArtifact[] };

export const dialogsScript: PageScript<DialogContent[]> = {
  source: SCRIPT,
  arg: MAX_DIALOGS,
  parse: (v) =>
    arr(v, MAX_DIALOGS)
      .map(obj)
      .map((d) => ({ label: str(d.label, LABEL_MAX) || "pop-up", text: str(d.text, DIALOG_TEXT_MAX), images: parseImages(d.images, "dialog") })),
};
