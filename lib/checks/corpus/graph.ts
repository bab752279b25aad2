/**
 * Clicks from the home page. The crawler's depth is the path it happened to take (it visits
 * promising pages first), so the shortest path over the links it saw is recomputed here. A page
 * no crawled page links to (found only in the sitemap) is reachable only by a deep link.
 */
import type { PageArtifact } from "@/lib/artifacts/types";

/** A single-page app's route in the fragment ("#/layanan", "#!/profil" -> "/profil"): a page of its own. */
export function appRoutePath(hash: string): string | null {
  const m = /^#!?\/(.+?)\/*$/.exec(hash);
  return m ? `/${m[1]}` : null;
}

/** Same page whatever the scheme, www, trailing slash or fragment (except an app route). */
export function urlKey(url: string): string {
  try {
    const u = new URL(url);
    const host = u.hostname.toLowerCase().replace(/^www\./, "");
    const path = u.pathname.replace(/\/+$/, "") || "/";
    const route = appRoutePath(u.hash);
    return `${host}${path}${u.search}${route ? `#${route}` : ""}`;
  } catch {
    return url;
  }
}

export type Reach = { depth: number | null; linked: boolean };

export function computeReach(pages: PageArtifact[]): Map<string, Reach> {
  const byKey = new Map<string, PageArtifact>();
  for (const p of pages) {
    byKey.set(urlKey(p.url), p);
    byKey.set(urlKey(p.finalUrl), p);
  }
  const dist = new Map<PageArtifact, number>();
  const queue: PageArtifact[] = [];
  for (const p of pages) {
    if (p.depth === 0 || p.discoveredVia === "start") {
      dist.set(p, 0);
      queue.push(p);
    }
  }
  while (queue.length) {
    const p = queue.shift()!;
    const d = dist.get(p)!;
    for (const l of p.links) {
      if (!l.internal) continue;
      const t = byKey.get(urlKey(l.href));
      if (t && !dist.has(t)) {
        dist.set(t, d + 1);
        queue.push(t);
      }
    }
  }
  const out = new Map<string, Reach>();
  for (const p of pages) {
    const bfs = dist.get(p);
    const crawled = p.discoveredVia === "sitemap" ? undefined : p.depth;
    const candidates = [bfs, crawled].filter((x): x is number => typeof x === "number");
    const reach: Reach = candidates.length ? { depth: Math.min(...candidates), linked: true } : { depth: null, linked: false };
    out.set(urlKey(p.url), reach);
    out.set(urlKey(p.finalUrl), reach);
  }
  return out;
}
