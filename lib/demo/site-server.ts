/**
 * Serves the nine bundled demo OPD sites (e2e/sites/<slug>), one node:http server per site on
 * loopback, for `npm run demo`, the crawler tests and the end-to-end tests. Each site answers as
 * its "before" or "after" version (see overlay.ts); switching is instant, so one demo run can
 * scan both. No dependencies beyond Node.
 */
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { DEMO_SITES, type DemoSiteSpec } from "./sites";
import { SiteOverlay, isHiddenPath, toRelativePath, type SiteVersion } from "./overlay";
import { expandIncludes, substitute } from "./placeholders";

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

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".pdf": "application/pdf",
};
/** Text types get placeholders substituted; binaries are sent as stored. */
const TEXT_EXTENSIONS = new Set([".html", ".css", ".js", ".json", ".xml", ".txt", ".svg"]);

type SiteState = { spec: DemoSiteSpec; overlay: SiteOverlay };
type Resolved = { file: string; status: number } | { redirect: string } | null;

/** Maps a request path to a file: exact file, `<path>.html`, `<path>/index.html`, then fallbacks. */
function resolveRequest(site: SiteState, version: SiteVersion, urlPath: string): Resolved {
  const rel = toRelativePath(urlPath);
  if (rel === null || isHiddenPath(rel.replace(/\/$/, ""))) return notFound(site, version, urlPath);
  const { overlay } = site;
  if (rel === "" || rel.endsWith("/")) {
    const file = overlay.resolve(version, `${rel}index.html`);
    if (file) return { file, status: 200 };
  } else {
    const file = overlay.resolve(version, rel) ?? overlay.resolve(version, `${rel}.html`);
    if (file) return { file, status: 200 };
    if (overlay.resolve(version, `${rel}/index.html`)) return { redirect: `/${rel}/` };
  }
  return notFound(site, version, urlPath);
}

function notFound(site: SiteState, version: SiteVersion, urlPath: string): Resolved {
  const { overlay, spec } = site;
  // A client-rendered site answers every route with its shell; only real files can be missing.
  if (spec.spaFallback && !path.posix.extname(urlPath)) {
    const shell = overlay.resolve(version, "index.html");
    if (shell) return { file: shell, status: 200 };
  }
  const soft = overlay.resolve(version, "_soft404.html");
  if (soft) return { file: soft, status: 200 };
  const custom = overlay.resolve(version, "_404.html");
  if (custom) return { file: custom, status: 404 };
  return null;
}

function handler(site: SiteState, getVersion: () => SiteVersion, now: () => Date, fallbackOrigin: () => string) {
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
    const ext = path.extname(found.file).toLowerCase();
    let body: Buffer = fs.readFileSync(found.file);
    if (TEXT_EXTENSIONS.has(ext)) {
      const origin = req.headers.host ? `http://${req.headers.host}` : fallbackOrigin();
      let text = body.toString("utf8");
      if (ext === ".html") text = expandIncludes(text, (name) => site.overlay.readPartial(version, name));
      body = Buffer.from(substitute(text, { now: now(), origin }), "utf8");
    }
    headers["Content-Type"] = CONTENT_TYPES[ext] ?? "application/octet-stream";
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
      const state: SiteState = { spec, overlay: new SiteOverlay(spec.dir) };
      let origin = "";
      const server = http.createServer(handler(state, () => version, now, () => origin));
      servers.push(server);
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(opts.ports?.[spec.slug] ?? 0, host, () => resolve());
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
