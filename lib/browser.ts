/**
 * Finds the Chromium to drive, in one place: CHROMIUM_PATH, then Debian's /usr/bin/chromium,
 * then Playwright's own build. Used by the crawler, the PDF export and the end-to-end tests.
 */
import fs from "node:fs";
import { chromium, type Browser, type LaunchOptions } from "playwright";
import { AppError } from "./errors";

/** Without the networking flags Chromium keeps trying to reach the internet (STACK.md). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

const SYSTEM_CHROMIUM = "/usr/bin/chromium";

export const BROWSER_MISSING_MESSAGE =
  "Chromium tidak ditemukan. Pasang dengan `apt-get install -y chromium` (Debian/Ubuntu) atau `npx playwright install chromium`, atau isi CHROMIUM_PATH dengan lokasi berkasnya.";

/** Path of the Chromium executable, or throws an AppError naming the install command. */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (fs.existsSync(fromEnv)) return fromEnv;
    throw new AppError("browser_missing", `CHROMIUM_PATH menunjuk ${fromEnv}, tetapi berkas itu tidak ada. ${BROWSER_MISSING_MESSAGE}`);
  }
  if (fs.existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && fs.existsSync(bundled)) return bundled;
  throw new AppError("browser_missing", BROWSER_MISSING_MESSAGE);
}

export function launchOptions(extra: LaunchOptions = {}): LaunchOptions {
  return { headless: true, executablePath: chromiumPath(), args: CHROMIUM_ARGS, ...extra };
}

export async function launchChromium(extra: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch(launchOptions(extra));
}
