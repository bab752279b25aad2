/**
 * `npm run bench:crawl`: crawl throughput and memory on a generated 300-page local site, next to
 * two baselines measured on the same site in the same run: a plain sequential Playwright loop
 * (one tab, goto each URL in breadth-first order, nothing blocked) and plain HTTP fetching
 * without a browser. Targets: Patuh >= 3x sequential Playwright, peak memory < 1 GB.
 *
 * The site answers with the think time of a real OPD server (REALISTIC_LATENCY: uncached PHP).
 * The same comparison without any latency is reported too: there the sequential loop is itself
 * CPU-bound on 2 cores, so it measures CPU per page rather than crawling.
 */
import os from "node:os";
import { launchChromium } from "@/lib/browser";
import { runCli } from "@/lib/cli/run";
import { crawlSite } from "@/lib/crawler";
import { sampleTreeMemory } from "@/lib/crawler/testing/proc-memory";
import { DEFAULT_CONCURRENCY } from "@/lib/crawler/options";
import { NO_LATENCY, REALISTIC_LATENCY, startGeneratedSite, TOTAL_PAGES, type Latency, type ServedSite } from "./site-generator";

const MB = 1024 * 1024;

export type CrawlBench = {
  patuh: {
    pages: number;
    seconds: number;
    /** Pages per second over the whole scan (robots, sitemap, crawl, documents, link checks). */
    pagesPerSecond: number;
    /** Pages per second over the crawl phase only: the like-for-like comparison with the baselines. */
    crawlPhasePagesPerSecond: number;
    documents: number;
    linkChecks: number;
    /** Sum of RSS over this process and Chromium (shared pages counted per process: an overstatement). */
    peakRssBytes: number;
    /** Sum of PSS (shared pages split fairly): the honest total. */
    peakPssBytes: number;
  };
  sequentialPlaywright: { pages: number; seconds: number; pagesPerSecond: number };
  /** Fetching the same URLs with Node's fetch, as many at once as Patuh renders pages. */
  plainHttp: { pages: number; seconds: number; pagesPerSecond: number; concurrency: number };
  /** Server think time of the site these numbers were measured on. */
  latency: Latency;
  /** The same Patuh and sequential runs on a site that answers at once (null when skipped). */
  zeroLatency: { patuhPagesPerSecond: number; sequentialPagesPerSecond: number; peakPssBytes: number } | null;
  loadAverage: number[];
};

/** Crawls the site with crawlSite at its defaults (only maxPages raised to the site's size). */
export async function patuhCrawl(site: ServedSite): Promise<CrawlBench["patuh"]> {
  process.env.ALLOW_PRIVATE_NETWORK = "1";
  const sampler = sampleTreeMemory(200, [site.pid]);
  const t0 = Date.now();
  let crawlStart = 0;
  let crawlEnd = 0;
  const a = await crawlSite({
    startUrl: `${site.origin}/`,
    maxPages: TOTAL_PAGES,
    allowPrivateNetwork: true,
    onProgress: (p) => {
      if (p.phase === "crawl" && !crawlStart) crawlStart = Date.now();
      if (p.phase === "documents" && !crawlEnd) crawlEnd = Date.now();
    },
  });
  const seconds = (Date.now() - t0) / 1000;
  const mem = sampler.stop();
  const pages = a.pages.filter((p) => p.status === 200).length;
  return {
    pages,
    seconds,
    pagesPerSecond: pages / seconds,
    crawlPhasePagesPerSecond: pages / (((crawlEnd || Date.now()) - crawlStart) / 1000),
    documents: a.documents.length,
    linkChecks: a.site.linkChecks.length,
    peakRssBytes: mem.peakRss,
    peakPssBytes: mem.peakPss,
  };
}

/** The naive way: one browser, one tab, each URL in turn, everything loaded. */
export async function sequentialPlaywright(urls: string[]): Promise<CrawlBench["sequentialPlaywright"]> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const t0 = Date.now();
    let pages = 0;
    for (const url of urls) {
      const res = await page.goto(url, { waitUntil: "load" });
      await page.content();
      if (res?.ok()) pages++;
    }
    const seconds = (Date.now() - t0) / 1000;
    return { pages, seconds, pagesPerSecond: pages / seconds };
  } finally {
    await browser.close();
  }
}

/** No browser at all: fetch each URL's HTML (what a non-rendering crawler does), `concurrency` at once. */
export async function plainHttp(urls: string[], concurrency = DEFAULT_CONCURRENCY): Promise<CrawlBench["plainHttp"]> {
  const t0 = Date.now();
  let pages = 0;
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const res = await fetch(urls[next++]);
      await res.text();
      if (res.ok) pages++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (Date.now() - t0) / 1000;
  return { pages, seconds, pagesPerSecond: pages / seconds, concurrency };
}

/** All three on a freshly started site with realistic latency, then Patuh and sequential without it. */
export async function benchCrawl(opts: { withZeroLatency?: boolean } = {}): Promise<CrawlBench> {
  const site = await startGeneratedSite(REALISTIC_LATENCY);
  let result: Omit<CrawlBench, "zeroLatency" | "loadAverage">;
  try {
    const patuh = await patuhCrawl(site);
    const seq = await sequentialPlaywright(site.bfs);
    const plain = await plainHttp(site.bfs);
    result = { patuh, sequentialPlaywright: seq, plainHttp: plain, latency: site.latency };
  } finally {
    await site.close();
  }
  let zeroLatency: CrawlBench["zeroLatency"] = null;
  if (opts.withZeroLatency ?? true) {
    const fast = await startGeneratedSite(NO_LATENCY);
    try {
      const p = await patuhCrawl(fast);
      const q = await sequentialPlaywright(fast.bfs);
      zeroLatency = { patuhPagesPerSecond: p.crawlPhasePagesPerSecond, sequentialPagesPerSecond: q.pagesPerSecond, peakPssBytes: p.peakPssBytes };
    } finally {
      await fast.close();
    }
  }
  return { ...result, zeroLatency, loadAverage: os.loadavg() };
}

if (process.argv[1]?.endsWith("lib/bench/crawl.ts")) {
  runCli(async () => {
    console.error("Merayapi situs uji 300 halaman (dengan dan tanpa latensi server) ...");
    const b = await benchCrawl();
    const ratio = b.patuh.crawlPhasePagesPerSecond / b.sequentialPlaywright.pagesPerSecond;
    const mb = (n: number) => Math.round(n / MB);
    const lines = [
      `Situs: ${TOTAL_PAGES} halaman, latensi server ${b.latency.htmlMs} ms per halaman HTML, ${b.latency.assetMs} ms per berkas; beban mesin (1/5/15 menit): ${b.loadAverage.map((l) => l.toFixed(1)).join(" / ")}`,
      `Patuh (crawlSite, bawaan):   ${b.patuh.pages} halaman dalam ${b.patuh.seconds.toFixed(1)} s = ${b.patuh.pagesPerSecond.toFixed(2)} halaman/s seluruh pindaian; fase rayap ${b.patuh.crawlPhasePagesPerSecond.toFixed(2)} halaman/s (${b.patuh.documents} dokumen, ${b.patuh.linkChecks} cek tautan)`,
      `Memori puncak (Node + Chromium): PSS ${mb(b.patuh.peakPssBytes)} MB (target < 1024 MB); jumlah RSS ${mb(b.patuh.peakRssBytes)} MB (menghitung memori bersama berkali-kali)`,
      `Playwright berurutan:        ${b.sequentialPlaywright.pages} halaman dalam ${b.sequentialPlaywright.seconds.toFixed(1)} s = ${b.sequentialPlaywright.pagesPerSecond.toFixed(2)} halaman/s`,
      `HTTP biasa tanpa peramban:   ${b.plainHttp.pages} halaman dalam ${b.plainHttp.seconds.toFixed(1)} s = ${b.plainHttp.pagesPerSecond.toFixed(2)} halaman/s (${b.plainHttp.concurrency} sekaligus)`,
      `Rasio Patuh (fase rayap) / Playwright berurutan: ${ratio.toFixed(2)}x (target >= 3x)`,
    ];
    if (b.zeroLatency) {
      const z = b.zeroLatency;
      lines.push(
        `Tanpa latensi: Patuh ${z.patuhPagesPerSecond.toFixed(2)} halaman/s, Playwright berurutan ${z.sequentialPagesPerSecond.toFixed(2)} halaman/s (rasio ${(z.patuhPagesPerSecond / z.sequentialPagesPerSecond).toFixed(2)}x; keduanya dibatasi CPU), PSS puncak ${mb(z.peakPssBytes)} MB`,
      );
    }
    console.log(lines.join("\n"));
  });
}
