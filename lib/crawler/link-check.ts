/**
 * Link checks for broken-link scoring: internal pages the crawl already opened count with the
 * status they gave; other internal and outbound links are asked with HEAD (GET when a server
 * refuses HEAD), small timeouts, a capped number, a few at a time.
 */
import type { PageArtifact, SiteArtifact } from "@/lib/artifacts/types";
import { classifyError, classifyStatus } from "./errors";
import { safeFetch } from "./http-fetch";
import type { Robots } from "./robots";
import type { TargetPolicy } from "./target-policy";
import { canonicalUrl, sameSite } from "./url";

export type LinkCheck = SiteArtifact["linkChecks"][number];

/** Links asked per scan: a sample large enough for a percentage, small enough to be polite. */
export const MAX_LINK_CHECKS = 80;
/** A link that does not answer within this is broken for a visitor too. */
export const LINK_TIMEOUT_MS = 6_000;
const LINK_CONCURRENCY = 6;
/** Statuses that mean "exists, but not for robots": not broken. */
const ACCESS_CONTROLLED = new Set([401, 403, 429]);

export type LinkCheckEnv = {
  policy: TargetPolicy;
  userAgent: string;
  robots: Robots;
  site: string;
  deadline: number;
  signal?: AbortSignal;
  maxChecks?: number;
  /** Links the policy refused (private/metadata targets): not asked, listed as skipped. */
  onBlocked: (url: string) => void;
};

export function isOk(status: number | null): boolean {
  return status !== null && ((status >= 200 && status < 400) || ACCESS_CONTROLLED.has(status));
}

export async function checkLinks(pages: PageArtifact[], visited: Map<string, PageArtifact>, env: LinkCheckEnv): Promise<LinkCheck[]> {
  const out: LinkCheck[] = [];
  const seen = new Set<string>();
  const toAsk: Array<{ url: string; internal: boolean }> = [];
  for (const p of pages) {
    for (const l of p.links) {
      const url = canonicalUrl(l.href);
      if (!url || seen.has(url)) continue;
      seen.add(url);
      const internal = sameSite(url, env.site);
      const known = visited.get(url);
      if (known) {
        // The crawl already opened it: its answer (or failure) is the check, asked once.
        const cls = known.errorClass === "soft_404" ? null : known.errorClass;
        out.push({ url, internal, status: known.status, ok: known.status !== null && isOk(known.status) && !cls, errorClass: cls });
        continue;
      }
      if (internal && !env.robots.allows(url)) continue;
      toAsk.push({ url, internal });
    }
  }
  // Body links first in page order; the cap keeps the scan polite on link-heavy portals.
  const batch = toAsk.slice(0, env.maxChecks ?? MAX_LINK_CHECKS);
  let next = 0;
  const worker = async () => {
    while (next < batch.length && Date.now() < env.deadline - 500 && !env.signal?.aborted) {
      const item = batch[next++];
      const r = await checkOne(item.url, env);
      if (r === "blocked") env.onBlocked(item.url);
      else out.push({ url: item.url, internal: item.internal, ...r });
    }
  };
  await Promise.all(Array.from({ length: LINK_CONCURRENCY }, worker));
  return out;
}

async function checkOne(url: string, env: LinkCheckEnv): Promise<"blocked" | Omit<LinkCheck, "url" | "internal">> {
  const timeoutMs = Math.max(500, Math.min(LINK_TIMEOUT_MS, env.deadline - Date.now() - 200));
  const base = { policy: env.policy, origin: "link-check", userAgent: env.userAgent, timeoutMs, maxBytes: 1, signal: env.signal };
  try {
    let res = await safeFetch(url, { ...base, method: "HEAD" });
    if (res.status === 405 || res.status === 501 || res.status === 400) {
      res = await safeFetch(url, { ...base, method: "GET", readBody: () => false });
    }
    return { status: res.status, ok: isOk(res.status), errorClass: isOk(res.status) ? null : classifyStatus(res.status) };
  } catch (e) {
    const cls = classifyError(e);
    if (cls === "blocked_target") return "blocked";
    return { status: null, ok: false, errorClass: cls };
  }
}
