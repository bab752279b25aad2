/**
 * Gatherer: an evidence screenshot, a JPEG file outside the database referenced by its path.
 */
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright";

/** Long pages are cut here: the evidence is near the top, and a 30,000 px JPEG helps nobody. */
export const SCREENSHOT_MAX_HEIGHT = 5_000;
/** Text stays legible; a typical page is 150-400 KB. */
const JPEG_QUALITY = 60;

/** Writes the screenshot of `page` into `dir`; returns its path. */
export async function takeScreenshot(page: Page, dir: string, url: string, index: number, timeoutMs: number): Promise<string> {
  await fs.mkdir(dir, { recursive: true });
  const name = `${String(index).padStart(3, "0")}-${createHash("sha1").update(url).digest("hex").slice(0, 12)}.jpg`;
  const file = path.join(dir, name);
  const vp = page.viewportSize() ?? { width: 1280, height: 900 };
  const height = await page
    .evaluate("Math.max(document.documentElement.scrollHeight || 0, document.body ? document.body.scrollHeight : 0)")
    .then((h) => (typeof h === "number" && h > 0 ? h : vp.height))
    .catch(() => vp.height);
  await page.screenshot({
    path: file,
    type: "jpeg",
    quality: JPEG_QUALITY,
    fullPage: true,
    clip: { x: 0, y: 0, width: vp.width, height: Math.min(SCREENSHOT_MAX_HEIGHT, Math.max(1, height)) },
    timeout: timeoutMs,
    animations: "disabled",
  });
  return file;
}
