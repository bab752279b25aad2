/**
 * What a demo site answers for a path, without HTTP: which file (or redirect, or nothing) and
 * its body after partials and placeholders. The server and the content tests share it, so the
 * tests can check every page of every site quickly.
 */
import fs from "node:fs";
import path from "node:path";
import type { DemoSiteSpec } from "./sites";
import { SiteOverlay, isHiddenPath, toRelativePath, type SiteVersion } from "./overlay";
import { expandIncludes, substitute } from "./placeholders";

export const CONTENT_TYPES: Record<string, string> = {
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

export type SiteFiles = { spec: DemoSiteSpec; overlay: SiteOverlay };
export type Resolved = { file: string; status: number } | { redirect: string } | null;

export function siteFiles(spec: DemoSiteSpec): SiteFiles {
  return { spec, overlay: new SiteOverlay(spec.dir) };
}

/** Maps a request path to a file: exact file, `<path>.html`, `<path>/index.html`, then fallbacks. */
export function resolveRequest(site: SiteFiles, version: SiteVersion, urlPath: string): Resolved {
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

function notFound(site: SiteFiles, version: SiteVersion, urlPath: string): Resolved {
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

export function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

/** The bytes served for `file`: text with partials and placeholders filled in, binaries as stored. */
export function renderFile(site: SiteFiles, version: SiteVersion, file: string, ctx: { origin: string; now: Date }): Buffer {
  const ext = path.extname(file).toLowerCase();
  const raw = fs.readFileSync(file);
  if (!TEXT_EXTENSIONS.has(ext)) return raw;
  let text = raw.toString("utf8");
  if (ext === ".html") text = expandIncludes(text, (name) => site.overlay.readPartial(version, name));
  return Buffer.from(substitute(text, ctx), "utf8");
}
