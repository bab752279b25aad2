/**
 * Gatherer: where a page sends the visitor at once. A meta refresh (index.html -> /portal) or a
 * script that navigates away from a near-empty page is a redirect the crawler follows.
 */
import type { Session } from "../browser-pool";
import { sameSite } from "../url";
import type { PageScript } from "./dom";

/** Below this much text a page that navigates away by script is a redirect page, not content. */
const REDIRECT_PAGE_MAX_TEXT = 300;

/** Meta refresh target, when the page sends the visitor on within 5 s. */
export const redirectScript: PageScript<string | null> = {
  source: String.raw`() => {
    const m = document.querySelector('meta[http-equiv="refresh" i]');
    if (!m) return null;
    const r = /^\s*(\d+)\s*[;,]\s*url\s*=\s*['"]?([^'"]+)/i.exec(m.getAttribute("content") || "");
    return r && Number(r[1]) <= 5 ? new URL(r[2], document.baseURI).href : null;
  }`,
  parse: (raw) => (typeof raw === "string" ? raw.slice(0, 2_000) : null),
};

/** A same-site page the document sends the visitor to at once (meta refresh or script), if any. */
export function clientRedirect(
  refresh: string | null | Error,
  text: { mainText: string; chromeText: string } | Error,
  session: Session,
  site: string,
): string | null {
  const thin = !(text instanceof Error) && text.mainText.length + text.chromeText.length < REDIRECT_PAGE_MAX_TEXT;
  const candidates = [refresh instanceof Error ? null : refresh, ...(thin ? session.clientNavigations : [])];
  return candidates.find((u): u is string => !!u && sameSite(u, site)) ?? null;
}
