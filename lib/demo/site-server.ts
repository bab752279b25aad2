/**
 * Serves the nine bundled demo OPD sites (e2e/sites/<slug>), one node:http server per site on
 * loopback, for `npm run demo`, the crawler tests and the end-to-end tests. Each site answers as
 * its "before" or "after" version (see overlay.ts); switching is instant, so one demo run can
 * scan both. No dependencies beyond Node.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { AppError } from "@/lib/errors";
import { DEMO_SITES } from "./sites";
import type { SiteVersion } from "./overlay";
import { contentType, renderFile, resolveRequest, siteFiles, type SiteFiles } from "./site-files";

export type { SiteVersion } from "./overlay";

export type DemoSites = {
  sites: { slug: string; url: string; port: number }[];
  version(): SiteVersion;
  setVersion(v: SiteVersion): void;
  close(): Promise<void>;
};

export type StartDemoSitesOptions = {
  version?: SiteVersion;
  /** Loopback by default: these sites are fixtures, never meant for the network. */
  host?: string;
  /** Fixed ports (the demo keeps stored website URLs valid across restarts); others get port 0. */
  ports?: Record<string, number>;
  /** Only these slugs (tests that need one site start one server). */
  only?: string[];
  /** "Today" for the date placeholders; defaults to the real clock at each request. */
  now?: () => Date;
};

function handler(site: SiteFiles, getVersion: () => SiteVersion, now: () => Date, fallbackOrigin: () => string) {
  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" });
      res.end("405 Method Not Allowed");
      return;
    }
    const version = getVersion();
    const url = new URL(req.url ?? "/", "http://x");
    const found = resolveRequest(site, version, url.pathname);
    const headers: http.OutgoingHttpHeaders = { "Cache-Control": "no-cache", "X-Demo-Version": version };
    if (found === null) {
      const body = "404 Not Found";
      res.writeHead(404, { ...headers, "Content-Type": "text/plain; charset=utf-8", "Content-Length": body.length });
      res.end(req.method === "HEAD" ? undefined : body);
      return;
    }
    if ("redirect" in found) {
      res.writeHead(301, { ...headers, Location: found.redirect + url.search, "Content-Length": 0 });
      res.end();
      return;
    }
    // The Host the client used, so sitemap URLs match what the crawler requested.
    const origin = req.headers.host ? `http://${req.headers.host}` : fallbackOrigin();
    const body = renderFile(site, version, found.file, { origin, now: now() });
    headers["Content-Type"] = contentType(found.file);
    headers["Content-Length"] = body.length;
    res.writeHead(found.status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  };
}

/**
 * Starts one HTTP server per demo site (all nine unless `only` is given), answering as
 * `version` ("before" unless given) until `setVersion` is called.
 */
export async function startDemoSites(opts: StartDemoSitesOptions = {}): Promise<DemoSites> {
  const host = opts.host ?? "127.0.0.1";
  let version: SiteVersion = opts.version ?? "before";
  const now = opts.now ?? (() => new Date());
  const specs = opts.only ? DEMO_SITES.filter((s) => opts.only!.includes(s.slug)) : DEMO_SITES;
  const servers: http.Server[] = [];
  const sites: DemoSites["sites"] = [];
  try {
    for (const spec of specs) {
      const state = siteFiles(spec);
      let origin = "";
      const server = http.createServer(handler(state, () => version, now, () => origin));
      servers.push(server);
      const wanted = opts.ports?.[spec.slug] ?? 0;
      await new Promise<void>((resolve, reject) => {
        server.once("error", (e: NodeJS.ErrnoException) =>
          reject(
            e.code === "EADDRINUSE"
              ? new AppError("conflict", `Port ${wanted} untuk situs contoh ${spec.slug} sudah dipakai program lain. Pilih port lain (--sites-port) atau hentikan program itu.`, { cause: e })
              : e,
          ),
        );
        server.listen(wanted, host, () => resolve());
      });
      const port = (server.address() as AddressInfo).port;
      origin = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
      sites.push({ slug: spec.slug, url: `${origin}/`, port });
    }
  } catch (e) {
    await closeAll(servers);
    throw e;
  }
  return {
    sites,
    version: () => version,
    setVersion(v) {
      version = v;
    },
    close: () => closeAll(servers),
  };
}

async function closeAll(servers: http.Server[]): Promise<void> {
  await Promise.all(
    servers.map(
      (s) =>
        new Promise<void>((resolve) => {
          if (!s.listening) return resolve();
          s.close(() => resolve());
          s.closeAllConnections();
        }),
    ),
  );
}
