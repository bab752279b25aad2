/**
 * Serves the labelled fixture sites (lib/accuracy/sites/<name>) on 127.0.0.1, one origin per
 * site, as a plain static web server would. Text files are templates, so the labels stay true
 * on any day: dates are written relative to the day the server runs.
 *
 * Placeholders (N is a signed integer):
 *   {{tanggal:N}}  "18 November 2026"            (today + N days, WIB)
 *   {{hari:N}}     "Rabu, 18 November 2026"
 *   {{iso:N}}      "2026-11-18"                  (for <time datetime> and JSON-LD)
 *   {{tahun:N}}    "2025" for N = -1             (this year + N)
 *   {{origin}}     "http://127.0.0.1:41234"      (for robots.txt and sitemap.xml)
 *   {{> _part.html}}  the file _part.html of the same site (header, menu, footer)
 * Files and folders whose name starts with "_" are partials and are never served.
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { formatDate, formatDateLong } from "@/lib/format";

/** The seen set: sites whose labels the detector author has read (regression set). */
export const SITES_DIR = path.join(import.meta.dirname, "sites");
/** The blind set: written and labelled by someone who has not read lib/checks (truth set). */
export const BLIND_SITES_DIR = path.join(import.meta.dirname, "blind", "sites");

const DAY_MS = 86_400_000;
/** Partials may include partials (a header including the menu); deeper nesting is a mistake. */
const MAX_INCLUDE_DEPTH = 4;

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".pdf": "application/pdf",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".svg": "image/svg+xml",
  ".webp": "image/webp",
  ".gif": "image/gif",
};
const TEMPLATED = new Set([".html", ".txt", ".xml", ".json", ".js", ".css", ".svg"]);

/** Names of the fixture sites (folders under lib/accuracy/sites). */
export function listSites(dir: string = SITES_DIR): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith("_"))
    .map((d) => d.name)
    .sort();
}

function isoDay(d: Date): string {
  // The calendar day in WIB (UTC+7), whatever the machine's time zone.
  return new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** Expands the placeholders of one template; `include` reads a partial of the same site. */
export function renderTemplate(
  text: string,
  ctx: { now: Date; origin: string; include: (name: string) => string },
  depth = 0,
): string {
  const withParts = text.replace(/\{\{>\s*([\w./-]+)\s*\}\}/g, (_m, name: string) => {
    if (depth >= MAX_INCLUDE_DEPTH) throw new Error(`Partial ${name} nested too deeply`);
    return renderTemplate(ctx.include(name), ctx, depth + 1);
  });
  return withParts.replace(/\{\{(tanggal|hari|iso|tahun):(-?\d+)\}\}|\{\{origin\}\}/g, (m, kind?: string, n?: string) => {
    if (!kind) return ctx.origin;
    const offset = Number(n);
    if (kind === "tahun") return String(Number(isoDay(ctx.now).slice(0, 4)) + offset);
    const day = new Date(ctx.now.getTime() + offset * DAY_MS);
    if (kind === "iso") return isoDay(day);
    return kind === "hari" ? formatDateLong(day) : formatDate(day);
  });
}

/** Maps a request path to a file of the site, or null (outside the site, a partial, missing). */
export function resolveFile(siteDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const parts = decoded.split("/").filter(Boolean);
  if (parts.some((p) => p === ".." || p.startsWith("_") || p.startsWith("."))) return null;
  const base = path.join(siteDir, ...parts);
  const candidates = decoded.endsWith("/") ? [path.join(base, "index.html")] : [base, `${base}.html`, path.join(base, "index.html")];
  for (const c of candidates) {
    if (c.startsWith(siteDir) && fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  }
  return null;
}

export type FixtureServer = { site: string; url: string; close(): Promise<void> };

/**
 * Starts a server for one fixture site on an ephemeral loopback port. `now` fixes "today" for
 * the date placeholders (tests pass the same instant to the checks).
 */
export async function serveSite(site: string, opts: { now?: Date; sitesDir?: string } = {}): Promise<FixtureServer> {
  const siteDir = path.join(opts.sitesDir ?? SITES_DIR, site);
  if (!fs.existsSync(siteDir)) throw new Error(`Unknown fixture site: ${site}`);
  let origin = "";
  const include = (name: string) => fs.readFileSync(path.join(siteDir, name), "utf8");
  const server = http.createServer((req, res) => {
    const now = opts.now ?? new Date();
    const url = new URL(req.url ?? "/", "http://fixture.invalid");
    const file = resolveFile(siteDir, url.pathname);
    if (!file) {
      const notFound = resolveFile(siteDir, "/404.html");
      const body = notFound
        ? renderTemplate(fs.readFileSync(notFound, "utf8"), { now, origin, include })
        : "<!doctype html><title>404 Not Found</title><h1>Not Found</h1>";
      res.writeHead(404, { "content-type": CONTENT_TYPES[".html"] });
      res.end(req.method === "HEAD" ? undefined : body);
      return;
    }
    const ext = path.extname(file).toLowerCase();
    const raw = fs.readFileSync(file);
    const body = TEMPLATED.has(ext) ? Buffer.from(renderTemplate(raw.toString("utf8"), { now, origin, include })) : raw;
    res.writeHead(200, {
      "content-type": CONTENT_TYPES[ext] ?? "application/octet-stream",
      "content-length": body.length,
    });
    res.end(req.method === "HEAD" ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    site,
    url: `${origin}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
