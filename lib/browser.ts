/**
 * Finds the Chromium to drive, in one place: CHROMIUM_PATH, then Debian's headless shell, then
 * Debian's full /usr/bin/chromium, then Playwright's own build. Used by the crawler, the PDF export
 * and the end-to-end tests.
 */
import fs from "node:fs";
import { chromium, type Browser, type LaunchOptions } from "playwright";
import { sandboxPlan } from "./browser-sandbox";
import { AppError } from "./errors";

/**
 * Without the networking flags Chromium keeps trying to reach the internet (STACK.md). The
 * sandbox is decided by lib/browser-sandbox.ts, not here.
 */
export const CHROMIUM_ARGS = [
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
  // A hostile page's WebRTC would otherwise send UDP straight out, past the crawler's guard
  // proxy and its target policy (lib/browser.test.ts listens for it).
  "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
];

/**
 * Debian's builds, best first. Everything Patuh does runs headless, and the headless shell (the
 * build Playwright itself uses for headless runs) costs half the browser-process CPU of the full
 * browser in headless mode: on the 300-page bench site answering without delay, 8.2 s against
 * 18.4 s of browser CPU, 14.2 against 9.6 pages/s, 660 against 870 MB PSS. The shell is named by
 * its binary: /usr/bin/chromium-headless-shell is a sh wrapper that does not exec, so Chromium
 * would run as a grandchild and outlive a killed parent.
 */
const SYSTEM_CHROMIUMS = ["/usr/lib/chromium/chromium-headless-shell", "/usr/bin/chromium"];

export const BROWSER_MISSING_MESSAGE =
  "Chromium tidak ditemukan. Pasang dengan `apt-get install -y chromium-headless-shell` (Debian/Ubuntu; paket `chromium` juga bisa) atau `npx playwright install chromium`, atau isi CHROMIUM_PATH dengan lokasi berkasnya.";

/** Path of the Chromium executable, or throws an AppError naming the install command. */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (fs.existsSync(fromEnv)) return fromEnv;
    throw new AppError("browser_missing", `CHROMIUM_PATH menunjuk ${fromEnv}, tetapi berkas itu tidak ada. ${BROWSER_MISSING_MESSAGE}`);
  }
  const system = SYSTEM_CHROMIUMS.find((p) => fs.existsSync(p));
  if (system) return system;
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && fs.existsSync(/*turbopackIgnore: true*/ bundled)) return bundled;
  throw new AppError("browser_missing", BROWSER_MISSING_MESSAGE);
}

/**
 * For the end-to-end tests' own browser, which drives the app and renders nothing hostile
 * (Playwright adds --no-sandbox; it needs to write downloads into Playwright's root-owned folders).
 */
export function launchOptions(extra: LaunchOptions = {}): LaunchOptions {
  return { headless: true, executablePath: chromiumPath(), args: CHROMIUM_ARGS, ...extra };
}

/** The crawler's and the PDF export's Chromium: sandboxed, as `nobody` when the app runs as root. */
export async function launchChromium(extra: LaunchOptions = {}): Promise<Browser> {
  const options = launchOptions(extra);
  const plan = sandboxPlan();
  if (plan.kind === "no-sandbox") return chromium.launch({ ...options, chromiumSandbox: false });
  if (plan.kind === "sandbox") return chromium.launch({ ...options, chromiumSandbox: true });
  return chromium.launch({
    ...options,
    chromiumSandbox: true,
    executablePath: plan.launcher,
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin", PATUH_CHROMIUM: options.executablePath ?? chromiumPath() },
  });
}
