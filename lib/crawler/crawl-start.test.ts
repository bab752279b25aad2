/**
 * The start URL contract: an invalid or refused target throws AppError("blocked_target"); a start
 * that does not answer (or forbids everything) returns artifacts with reachable=false and the
 * class, so the caller fails the scan with it. None of these start a browser.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScanArtifacts } from "@/lib/artifacts/types";
import { AppError } from "@/lib/errors";
import { crawlSite } from "./index";
import { startFixtureServer, type FixtureServer } from "./testing/fixture-server";

let closedPort = 0;
let s: FixtureServer;
let closedToBots: FixtureServer;

beforeAll(async () => {
  const tmp = http.createServer();
  await new Promise<void>((r) => tmp.listen(0, "127.0.0.1", r));
  closedPort = (tmp.address() as AddressInfo).port;
  await new Promise<void>((r) => tmp.close(() => r()));
  closedToBots = await startFixtureServer({
    "/robots.txt": (_req, res) => void res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nDisallow: /\n"),
    "/": "<p>beranda</p>",
  });
  s = await startFixtureServer({
    "/hilang": (_req, res) => void res.writeHead(404, { "content-type": "text/html" }).end("<h1>404</h1>"),
    "/rusak": (_req, res) => void res.writeHead(503, { "content-type": "text/html" }).end("<h1>503</h1>"),
    "/baru": "<main><h1>Situs baru</h1><p>Dinas pindah ke alamat ini.</p></main>",
  });
});

afterAll(async () => {
  await s?.close();
  await closedToBots?.close();
});

async function blocked(startUrl: string, allowPrivateNetwork: boolean): Promise<AppError> {
  const e = await crawlSite({ startUrl, allowPrivateNetwork }).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe("blocked_target");
  return e as AppError;
}

describe("crawlSite start URL", () => {
  it("refuses invalid and forbidden targets with an Indonesian AppError", async () => {
    expect((await blocked("ftp://dinas.kuansing.go.id/", true)).message).toMatch(/http/);
    await blocked("bukan alamat", true);
    expect((await blocked("http://169.254.169.254/latest/meta-data/", true)).message).toMatch(/metadata/);
    expect((await blocked(`http://127.0.0.1:${s.port}/`, false)).message).toMatch(/ALLOW_PRIVATE_NETWORK/);
    await blocked("http://10.0.0.1/", false);
  });

  it("returns an unreachable site with its class instead of throwing", async () => {
    const cases: Array<[string, string]> = [
      [`http://127.0.0.1:${closedPort}/`, "refused"],
      [`${s.origin}/hilang`, "http_4xx"],
      [`${s.origin}/rusak`, "http_5xx"],
      ["http://situs-yang-tidak-ada.invalid/", "dns"],
    ];
    for (const [startUrl, cls] of cases) {
      const a = await crawlSite({ startUrl, allowPrivateNetwork: true, timeLimitMs: 20_000 });
      expect(ScanArtifacts.parse(a)).toBeTruthy();
      expect(a.site.reachable, startUrl).toBe(false);
      expect(a.site.errorClass, startUrl).toBe(cls);
      expect(a.site.failures[0]).toMatchObject({ errorClass: cls });
      expect(a.pages).toEqual([]);
    }
  }, 40_000);

  it("scans a site that moved where it now lives", async () => {
    const moved = await startFixtureServer({ "/": (_req, res) => void res.writeHead(301, { location: `${s.origin}/baru` }).end() });
    try {
      const a = await crawlSite({ startUrl: `${moved.origin}/`, allowPrivateNetwork: true, maxPages: 2, timeLimitMs: 30_000 });
      expect(a.site.reachable).toBe(true);
      expect(a.site.startUrl).toBe(`${moved.origin}/`);
      expect(a.site.robots.url).toBe(`${s.origin}/robots.txt`);
      expect(a.pages[0]).toMatchObject({ url: `${s.origin}/baru`, status: 200, depth: 0 });
    } finally {
      await moved.close();
    }
  }, 40_000);

  it("fails the scan with class robots when robots.txt forbids the home page", async () => {
    const a = await crawlSite({ startUrl: `${closedToBots.origin}/`, allowPrivateNetwork: true });
    expect(a.site).toMatchObject({ reachable: false, errorClass: "robots" });
    // Nothing but robots.txt was asked for.
    expect(closedToBots.log).toEqual(["/robots.txt"]);
    expect(a.site.robots).toMatchObject({ found: true, ignored: false });
    expect(a.site.robots.excerpt).toContain("Disallow: /");
  });
});
