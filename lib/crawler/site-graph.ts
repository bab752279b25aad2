/**
 * Click depth from the home page over the links the crawl actually saw. The frontier's depth is
 * the route by which a page was first found (priority order, not breadth first); checks need the
 * shortest route ("reachable within 2 clicks").
 */
import type { PageArtifact } from "@/lib/artifacts/types";
import { canonicalUrl, sameSite } from "./url";

/**
 * Sets each page's depth to its shortest click distance from `homeUrl`. Pages no visited page
 * links to (sitemap-only) get maxDepth + 1: beyond what a visitor reaches by clicking.
 */
export function recomputeDepths(pages: PageArtifact[], homeUrl: string, site: string, maxDepth: number): void {
  const byKey = new Map<string, PageArtifact>();
  for (const p of pages) {
    byKey.set(p.url, p);
    const f = canonicalUrl(p.finalUrl);
    if (f) byKey.set(f, p);
  }
  const depth = new Map<PageArtifact, number>();
  const home = byKey.get(homeUrl);
  if (!home) return;
  depth.set(home, 0);
  const queue: PageArtifact[] = [home];
  while (queue.length > 0) {
    const p = queue.shift()!;
    const d = depth.get(p)!;
    for (const l of p.links) {
      if (!l.internal && !sameSite(l.href, site)) continue;
      const key = canonicalUrl(l.href);
      const q = key ? byKey.get(key) : undefined;
      if (q && !depth.has(q)) {
        depth.set(q, d + 1);
        queue.push(q);
      }
    }
  }
  for (const p of pages) p.depth = depth.get(p) ?? (p.discoveredVia === "sitemap" ? maxDepth + 1 : p.depth);
}
