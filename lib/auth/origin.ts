/**
 * Cross-site request refusal for mutating route handlers (server actions get the same check from
 * Next itself): the Origin must be this app, as the browser addressed it or as configured.
 */
import { env } from "@/lib/env";

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/**
 * True when the request comes from a page of this app. Browsers send Origin on every POST,
 * PUT, PATCH and DELETE; without one, Sec-Fetch-Site decides; a request with neither is not from
 * a browser and so carries no ambient cookie to abuse.
 */
export function isSameOrigin(req: Request): boolean {
  const origin = req.headers.get("origin");
  if (origin) {
    if (origin === "null") return false;
    const originHost = hostOf(origin);
    if (!originHost) return false;
    const base = env().PATUH_BASE_URL;
    const hosts = [
      req.headers.get("x-forwarded-host")?.split(",")[0]?.trim(),
      req.headers.get("host"),
      hostOf(req.url),
      base ? hostOf(base) : null,
    ];
    return hosts.some((h) => h && h === originHost);
  }
  const site = req.headers.get("sec-fetch-site");
  if (site) return site === "same-origin" || site === "none";
  return true;
}
