/**
 * A minimal cookie jar for the crawler's own page fetches: some hosting panels answer the first
 * visit with "Set-Cookie + redirect to the same URL" and loop forever without it. Name=value per
 * site only; paths, expiry and flags do not matter within one short scan.
 */
import { bareHost, parseUrl } from "./url";

/** A scan does not need more; a hostile site cannot grow the jar without bound. */
const MAX_COOKIES_PER_SITE = 50;
const MAX_VALUE_LENGTH = 4_096;

export class CookieJar {
  private readonly jar = new Map<string, Map<string, string>>();

  header(url: string): string | undefined {
    const u = parseUrl(url);
    const c = u ? this.jar.get(bareHost(u.hostname)) : undefined;
    if (!c || c.size === 0) return undefined;
    return [...c].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  store(url: string, setCookie: string | string[] | undefined): void {
    const u = parseUrl(url);
    if (!u || !setCookie) return;
    const host = bareHost(u.hostname);
    const c = this.jar.get(host) ?? new Map<string, string>();
    for (const line of Array.isArray(setCookie) ? setCookie : [setCookie]) {
      const pair = line.split(";")[0];
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim().slice(0, MAX_VALUE_LENGTH);
      if (c.size >= MAX_COOKIES_PER_SITE && !c.has(name)) continue;
      c.set(name, value);
    }
    this.jar.set(host, c);
  }
}
