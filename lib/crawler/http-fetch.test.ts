import http from "node:http";
import net from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CookieJar } from "./cookie-jar";
import { classifyError } from "./errors";
import { PageHosts, startGuardProxy, type GuardProxy } from "./guard-proxy";
import { safeFetch } from "./http-fetch";
import { TargetPolicy } from "./target-policy";
import { startFixtureServer, type FixtureServer } from "./testing/fixture-server";

let s: FixtureServer;
let policy: TargetPolicy;
let streamed = 0;

beforeAll(async () => {
  s = await startFixtureServer({
    "/ok": "<p>halo</p>",
    "/gz": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
      res.end(zlib.gzipSync("<p>terkompresi</p>"));
    },
    "/bom": (_req, res) => {
      // 100 KB on the wire, 50 MB unpacked.
      res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
      res.end(zlib.gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x61)));
    },
    "/declared-big": (_req, res) => {
      res.writeHead(200, { "content-type": "application/pdf", "content-length": String(200 * 1024 * 1024) });
      res.write("%PDF");
    },
    "/endless-stream": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      const t = setInterval(() => {
        streamed += 65536;
        res.write(Buffer.alloc(65536, 0x20));
      }, 1);
      res.on("close", () => clearInterval(t));
    },
    "/loop-a": (_req, res) => void res.writeHead(302, { location: "/loop-b" }).end(),
    "/loop-b": (_req, res) => void res.writeHead(302, { location: "/loop-a" }).end(),
    "/to-metadata": (_req, res) => void res.writeHead(301, { location: "http://169.254.169.254/latest/meta-data/" }).end(),
    "/to-offsite": (_req, res) => void res.writeHead(302, { location: "https://example.org/baru" }).end(),
    "/slow": (_req, res) => {
      const t = setTimeout(() => res.end("telat"), 5_000);
      res.on("close", () => clearTimeout(t));
    },
    "/cookie-gate": (req, res) => {
      if (String(req.headers.cookie ?? "").includes("cek=1")) return void res.writeHead(200, { "content-type": "text/html" }).end("<p>masuk</p>");
      res.writeHead(302, { location: "/cookie-gate", "set-cookie": "cek=1; Path=/; HttpOnly" });
      res.end();
    },
  });
  policy = new TargetPolicy(true, `127.0.0.1:${s.port}`);
});

afterAll(async () => {
  await s?.close();
});

const base = () => ({ policy, origin: "test", userAgent: "PatuhBot-test", timeoutMs: 3_000, maxBytes: 1024 * 1024 });

describe("safeFetch", () => {
  it("fetches and decompresses", async () => {
    const r = await safeFetch(`${s.origin}/ok`, base());
    expect(r.status).toBe(200);
    expect(r.body?.toString()).toBe("<p>halo</p>");
    expect((await safeFetch(`${s.origin}/gz`, base())).body?.toString()).toBe("<p>terkompresi</p>");
    expect(s.userAgents.has("PatuhBot-test")).toBe(true);
  });

  it("caps bodies by declared size, by streamed size and after decompression", async () => {
    await expect(safeFetch(`${s.origin}/declared-big`, base())).rejects.toMatchObject({ errorClass: "too_large" });
    await expect(safeFetch(`${s.origin}/endless-stream`, base())).rejects.toMatchObject({ errorClass: "too_large" });
    expect(streamed).toBeLessThan(8 * 1024 * 1024);
    await expect(safeFetch(`${s.origin}/bom`, base())).rejects.toMatchObject({ errorClass: "too_large" });
  });

  it("stops redirect loops and checks every hop against the policy", async () => {
    await expect(safeFetch(`${s.origin}/loop-a`, base())).rejects.toMatchObject({ errorClass: "too_many_redirects" });
    const e = await safeFetch(`${s.origin}/to-metadata`, base()).catch((x: unknown) => x);
    expect(classifyError(e)).toBe("blocked_target");
    expect(policy.log.some((l) => l.host === "169.254.169.254" && !l.allowed)).toBe(true);
  });

  it("reports an off-site redirect instead of following it when asked to stay", async () => {
    const r = await safeFetch(`${s.origin}/to-offsite`, { ...base(), stayOnSite: `127.0.0.1:${s.port}` });
    expect(r.offSiteRedirect).toBe("https://example.org/baru");
  });

  it("times out", async () => {
    const t0 = Date.now();
    await expect(safeFetch(`${s.origin}/slow`, { ...base(), timeoutMs: 300 })).rejects.toMatchObject({ errorClass: "timeout" });
    expect(Date.now() - t0).toBeLessThan(2_000);
  });

  it("keeps cookies across a set-cookie redirect", async () => {
    await expect(safeFetch(`${s.origin}/cookie-gate`, base())).rejects.toMatchObject({ errorClass: "too_many_redirects" });
    const r = await safeFetch(`${s.origin}/cookie-gate`, { ...base(), cookies: new CookieJar() });
    expect(r.body?.toString()).toBe("<p>masuk</p>");
  });
});

describe("guard proxy", () => {
  let proxy: GuardProxy;
  const hosts = new PageHosts();
  beforeAll(async () => {
    proxy = await startGuardProxy(policy, hosts);
  });
  afterAll(async () => {
    await proxy?.close();
  });

  const viaProxy = (target: string): Promise<{ status: number; body: string }> =>
    new Promise((resolve, reject) => {
      const p = new URL(proxy.server);
      const req = http.request({ host: p.hostname, port: p.port, path: target, headers: { host: new URL(target).host } }, (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on("error", reject);
      req.end();
    });

  it("passes requests to the scan's site and refuses everything else", async () => {
    expect(await viaProxy(`${s.origin}/ok`)).toEqual({ status: 200, body: "<p>halo</p>" });
    expect((await viaProxy("http://169.254.169.254/latest/meta-data/")).status).toBe(403);
    hosts.note("http://10.0.0.1/x.png");
    expect((await viaProxy("http://10.0.0.1/x.png")).status).toBe(403);
    expect((await viaProxy("http://update.googleapis.com/service")).status).toBe(403);
    expect(policy.log.some((l) => l.host === "update.googleapis.com" && l.reason === "not_requested_by_page")).toBe(true);
    expect([...proxy.connected.keys()]).toEqual([`127.0.0.1:${s.port}`]);
  });

  it("refuses https tunnels to forbidden addresses", async () => {
    const p = new URL(proxy.server);
    const answer = await new Promise<string>((resolve) => {
      const sock = net.connect(Number(p.port), p.hostname, () => sock.write("CONNECT 169.254.169.254:443 HTTP/1.1\r\nHost: 169.254.169.254:443\r\n\r\n"));
      let buf = "";
      sock.on("data", (c) => (buf += c));
      sock.on("close", () => resolve(buf));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 403/);
  });
});
