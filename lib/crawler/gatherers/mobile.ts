/**
 * Gatherer: horizontal overflow at a phone's width (home page only): a page wider than the
 * screen makes visitors scroll sideways to read it.
 */
import type { Page } from "playwright";

/** The narrowest common phone width (iPhone SE, many Android phones). */
export const MOBILE_WIDTH = 375;
const MOBILE_HEIGHT = 800;
/** Sub-pixel rounding and scrollbars are not overflow. */
const TOLERANCE_PX = 2;
/** Layout and media queries settle within this after a resize. */
const RELAYOUT_MS = 300;

export async function gatherMobileOverflow(page: Page): Promise<boolean> {
  const before = page.viewportSize();
  await page.setViewportSize({ width: MOBILE_WIDTH, height: MOBILE_HEIGHT });
  try {
    await page.waitForTimeout(RELAYOUT_MS);
    const width = await page.evaluate(
      "Math.max(document.documentElement.scrollWidth || 0, document.body ? document.body.scrollWidth : 0)",
    );
    return typeof width === "number" && width > MOBILE_WIDTH + TOLERANCE_PX;
  } finally {
    if (before) await page.setViewportSize(before).catch(() => undefined);
  }
}
