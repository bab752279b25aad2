/**
 * Prints a page of the app to PDF with the same Chromium the crawler uses. The page is opened
 * with the requesting user's cookies, so it shows exactly what that user may see, and the
 * browser may reach nothing but the app's own origin.
 */
import type { BrowserContext } from "playwright";
import { launchChromium } from "@/lib/browser";
import { AppError } from "@/lib/errors";
import { RenderSlots } from "./render-slots";

/** The pack of a regency's OPD renders in well under this; a hung page must not hold Chromium. */
const RENDER_TIMEOUT_MS = 60_000;
/**
 * One PDF at a time: Chromium takes a few hundred MB and the server (2 cores) also serves pages
 * and runs scans. Further requests wait their turn instead of starting another browser; one
 * per user (a second click while the first prints is refused), and at most a meeting room's
 * worth waiting.
 */
const renderSlots = new RenderSlots({ concurrent: 1, perOwner: 1, maxWaiting: 8 });

export type ForwardedCookie = { name: string; value: string };

/** Cookies of a request's Cookie header, as sent by the user's browser. */
export function parseCookieHeader(header: string | null): ForwardedCookie[] {
  if (!header) return [];
  return header
    .split(";")
    .map((part) => {
      const eq = part.indexOf("=");
      return eq < 0 ? null : { name: part.slice(0, eq).trim(), value: part.slice(eq + 1).trim() };
    })
    .filter((c): c is ForwardedCookie => !!c && c.name.length > 0);
}

async function addCookies(context: BrowserContext, origin: URL, cookies: ForwardedCookie[]): Promise<void> {
  if (!cookies.length) return;
  await context.addCookies(
    cookies.map((c) => ({
      name: c.name,
      value: c.value,
      domain: origin.hostname,
      path: "/",
      // "__Secure-" cookies (production sessions) must carry Secure; Chromium sends them to
      // loopback over plain http too, since 127.0.0.1 counts as a secure origin.
      secure: origin.protocol === "https:" || c.name.startsWith("__Secure-") || c.name.startsWith("__Host-"),
      httpOnly: true,
      sameSite: "Lax" as const,
    })),
  );
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Opens `url` in a fresh Chromium context carrying `cookies` and prints it as A4. Throws
 * AppError unauthenticated when the app answered with its sign-in page, and internal when the
 * page failed, so the route handler can answer with a status instead of a blank PDF.
 */
/** `owner`: the requesting user's id, for the per-user bound on the render queue. */
export async function renderPdf(url: string, opts: { cookies: ForwardedCookie[]; footer: string; owner: string }): Promise<Buffer> {
  const target = new URL(url);
  return renderSlots.run(opts.owner, async () => {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ locale: "id-ID", timezoneId: "Asia/Jakarta" });
      // The pack is the app's own page: nothing else is fetched (no SSRF through a crafted host).
      await context.route("**/*", (route) =>
        new URL(route.request().url()).origin === target.origin ? route.continue() : route.abort("blockedbyclient"),
      );
      await addCookies(context, target, opts.cookies);
      const page = await context.newPage();
      page.setDefaultTimeout(RENDER_TIMEOUT_MS);
      const response = await page.goto(target.href, { waitUntil: "load", timeout: RENDER_TIMEOUT_MS });
      const landed = new URL(page.url());
      if (landed.pathname !== target.pathname) {
        throw new AppError("unauthenticated", "Sesi Anda tidak berlaku lagi. Masuk kembali, lalu unduh ulang paket rapat.");
      }
      if (!response || response.status() >= 400) {
        throw new AppError("internal", `Halaman cetak tidak dapat dibuka (status ${response?.status() ?? "tanpa jawaban"}).`);
      }
      return await page.pdf({
        format: "A4",
        printBackground: true,
        margin: { top: "12mm", right: "12mm", bottom: "16mm", left: "12mm" },
        displayHeaderFooter: true,
        headerTemplate: "<span></span>",
        footerTemplate: `<div style="font-size:8px;width:100%;padding:0 12mm;color:#555;display:flex;justify-content:space-between"><span>${escapeHtml(opts.footer)}</span><span>Halaman <span class="pageNumber"></span> dari <span class="totalPages"></span></span></div>`,
      });
    } finally {
      await browser.close();
    }
  });
}
