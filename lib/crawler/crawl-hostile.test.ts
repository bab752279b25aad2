/**
 * The hostile site: the scan finishes within its limit, records each failure with its class,
 * never contacts the forbidden addresses, and keeps memory bounded.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScanArtifacts } from "@/lib/artifacts/types";
import { crawlSiteDetailed, type CrawlDiagnostics } from "./crawl";
import { FORBIDDEN_HOSTS, HUGE_DOWNLOAD_BYTES, PAYLOAD, startHostileSite, type HostileSite } from "./testing/hostile-site";
import { sampleTreeMemory } from "./testing/proc-memory";

const TIME_LIMIT_MS = 35_000;
/** Closing Chromium and the proxy after the limit. */
const CLOSE_MARGIN_MS = 4_000;

let site: HostileSite;
let artifacts: ScanArtifacts;
let diagnostics: CrawlDiagnostics;
let elapsed = 0;
let memory: { peakRss: number; peakPss: number; peakNodeRss: number };
let nodeRssBefore = 0;

beforeAll(async () => {
  site = await startHostileSite();
  nodeRssBefore = process.memoryUsage().rss;
  const sampler = sampleTreeMemory(200);
  const t0 = Date.now();
  const r = await crawlSiteDetailed({
    startUrl: `${site.origin}/`,
    allowPrivateNetwork: true,
    timeLimitMs: TIME_LIMIT_MS,
    pageTimeoutMs: 4_000,
    concurrency: 3,
    maxPages: 30,
  });
  elapsed = Date.now() - t0;
  memory = sampler.stop();
  artifacts = r.artifacts;
  diagnostics = r.diagnostics;
}, TIME_LIMIT_MS + 20_000);

afterAll(async () => {
  await site?.close();
});

const page = (path: string) => artifacts.pages.find((p) => p.url === `${site.origin}${path}`);
const failure = (path: string) => artifacts.site.failures.find((f) => f.url === `${site.origin}${path}`);

describe("crawl of a hostile site", () => {
  it("finishes within its time limit with valid artifacts", () => {
    expect(elapsed).toBeLessThan(TIME_LIMIT_MS + CLOSE_MARGIN_MS);
    expect(ScanArtifacts.parse(artifacts)).toBeTruthy();
    expect(artifacts.site.reachable).toBe(true);
    expect(page("/")?.status).toBe(200);
  });

  it("records each failure with its class", () => {
    expect(failure("/lambat")?.errorClass).toBe("timeout");
    expect(failure("/macet")?.errorClass).toBe("timeout");
    expect(failure("/putar/a")?.errorClass).toBe("too_many_redirects");
    expect(failure("/besar")?.errorClass).toBe("too_large");
    expect(page("/besar")?.errorClass).toBe("too_large");
    const endless = artifacts.site.failures.filter((f) => f.errorClass === "endless_url_space");
    expect(endless).toHaveLength(1);
    expect(endless[0].message).toContain("/agenda");
    const pdf = artifacts.documents.find((d) => d.url === `${site.origin}/unduh/arsip.pdf`);
    expect(pdf?.errorClass).toBe("too_large");
    expect(artifacts.site.skipped).toContainEqual({ url: `${site.origin}/unduh/data`, reason: "unsupported_content" });
  });

  it("follows the calendar only a few months", () => {
    const months = artifacts.pages.filter((p) => p.url.includes("/agenda"));
    expect(months.length).toBeGreaterThan(0);
    expect(months.length).toBeLessThanOrEqual(4);
    expect(artifacts.site.skipped.some((s) => s.reason === "endless_url_space" && s.url.includes("/agenda?bulan="))).toBe(true);
  });

  it("never contacts the metadata or private addresses", () => {
    for (const host of FORBIDDEN_HOSTS) {
      expect(diagnostics.proxyConnected.has(host)).toBe(false);
      expect(diagnostics.policyLog.filter((e) => e.host === host && e.allowed)).toEqual([]);
    }
    const connectedHosts = [...diagnostics.proxyConnected.keys()];
    expect(connectedHosts.every((h) => h === `127.0.0.1:${site.port}`)).toBe(true);
    // They were asked for (by the browser and the link checker) and refused.
    const refused = diagnostics.policyLog.filter((e) => !e.allowed);
    expect(refused.some((e) => e.host === "169.254.169.254" && e.origin.startsWith("browser"))).toBe(true);
    expect(refused.some((e) => e.host === "10.0.0.1" && e.origin.startsWith("browser"))).toBe(true);
    expect(refused.some((e) => e.host === "10.0.0.1" && e.origin === "link-check")).toBe(true);
    expect(diagnostics.routeSeen.some((u) => u.startsWith("http://169.254.169.254/"))).toBe(true);
    expect(artifacts.site.skipped).toContainEqual({ url: "http://169.254.169.254/latest/meta-data", reason: "off_site" });
    expect(artifacts.site.skipped).toContainEqual({ url: "http://10.0.0.1/admin", reason: "blocked_target" });
  });

  it("keeps payload text as text", () => {
    const p = page("/muatan");
    expect(p?.title).toBe(PAYLOAD);
    expect(p?.mainText).toContain(PAYLOAD);
    expect(p?.links.some((l) => l.text === PAYLOAD)).toBe(true);
  });

  it("never pulls the 200 MB download into memory", () => {
    expect(site.hugeBytesSent()).toBeLessThan(HUGE_DOWNLOAD_BYTES / 4);
    expect(memory.peakNodeRss - nodeRssBefore).toBeLessThan(200 * 1024 * 1024);
    expect(memory.peakPss).toBeLessThan(1.5 * 1024 ** 3);
  });
});
