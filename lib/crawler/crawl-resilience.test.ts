/**
 * A browser that dies mid-scan is replaced and the scan goes on; a cancelled scan stops.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crawlSiteDetailed } from "./crawl";
import { html, startFixtureServer, type FixtureServer } from "./testing/fixture-server";
import { childPids } from "./testing/proc-memory";

const PAGES = 12;
let site: FixtureServer;

beforeAll(async () => {
  const routes: Record<string, string> = {};
  const links = Array.from({ length: PAGES - 1 }, (_, i) => `<a href="/p${i + 1}">Layanan ${i + 1}</a>`).join(" ");
  routes["/"] = html(`<nav>${links}</nav><main><h1>Beranda</h1></main>`);
  for (let i = 1; i < PAGES; i++) routes[`/p${i}`] = html(`<main><h1>Layanan ${i}</h1><p>Isi halaman ${i}.</p></main>`);
  site = await startFixtureServer(routes);
});

afterAll(async () => {
  await site?.close();
});

describe("crawl resilience", () => {
  it("replaces a crashed browser and still visits every page", async () => {
    let killed: number[] = [];
    let started = 0;
    const { artifacts, diagnostics } = await crawlSiteDetailed({
      startUrl: `${site.origin}/`,
      allowPrivateNetwork: true,
      concurrency: 2,
      timeLimitMs: 60_000,
      pageTimeoutMs: 8_000,
      onProgress: (p) => {
        if (p.phase !== "crawl" || !p.currentUrl) return;
        started++;
        if (started === 4 && killed.length === 0) {
          killed = childPids(/chrom/i);
          for (const pid of killed) process.kill(pid, "SIGKILL");
        }
      },
    });
    expect(killed.length).toBe(1);
    expect(diagnostics.browserLaunches).toBeGreaterThanOrEqual(2);
    expect(artifacts.pages).toHaveLength(PAGES);
    expect(artifacts.pages.every((p) => p.status === 200 && p.errorClass === null)).toBe(true);
    // Only optional gatherers of a page in flight at the kill may have failed; no page did.
    expect(artifacts.site.failures.filter((f) => !f.message.startsWith("Pengumpul"))).toEqual([]);
  }, 90_000);

  it("stops when cancelled and says so", async () => {
    const ac = new AbortController();
    const t0 = Date.now();
    const run = crawlSiteDetailed({
      startUrl: `${site.origin}/`,
      allowPrivateNetwork: true,
      concurrency: 1,
      timeLimitMs: 60_000,
      signal: ac.signal,
      onProgress: (p) => {
        if (p.phase === "crawl" && p.currentUrl?.endsWith("/p2")) ac.abort(new Error("dibatalkan"));
      },
    });
    await expect(run).rejects.toThrow("dibatalkan");
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(childPids(/chrom/i)).toEqual([]);
  }, 60_000);
});
