/**
 * The "before"/"after" layout of a demo site: after/ is an overlay on before/. A file in after/
 * replaces the same path in before/; after/_deleted.txt lists paths (one a line, relative to the
 * site root, `#` comments allowed) that no longer exist in the after version.
 */
import fs from "node:fs";
import path from "node:path";

export type SiteVersion = "before" | "after";

/** Files and folders starting with "_" are site machinery (partials, control files), never served. */
export function isHiddenPath(rel: string): boolean {
  return rel.split("/").some((seg) => seg.startsWith("_") || seg.startsWith("."));
}

/**
 * A URL path as a safe relative file path, or null when it tries to leave the site folder.
 * Keeps a trailing slash so the caller can tell a folder request.
 */
export function toRelativePath(urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return null;
  const segments = decoded.split("/").filter((s) => s !== "" && s !== ".");
  if (segments.includes("..")) return null;
  const rel = segments.join("/");
  return decoded.endsWith("/") && rel ? rel + "/" : rel;
}

export class SiteOverlay {
  private deleted: Set<string> | null = null;

  constructor(readonly root: string) {}

  private deletedPaths(): Set<string> {
    if (!this.deleted) {
      const file = path.join(this.root, "after", "_deleted.txt");
      const lines = fs.existsSync(file) ? fs.readFileSync(file, "utf8").split("\n") : [];
      this.deleted = new Set(
        lines.map((l) => l.replace(/#.*/, "").trim().replace(/^\/+/, "")).filter((l) => l !== ""),
      );
    }
    return this.deleted;
  }

  /** Absolute path of the file serving `rel` (a file path, no trailing slash) in `version`, or null. */
  resolve(version: SiteVersion, rel: string): string | null {
    if (rel === "" || rel.endsWith("/")) return null;
    const layers: SiteVersion[] = version === "after" ? ["after", "before"] : ["before"];
    if (version === "after" && this.deletedPaths().has(rel)) return null;
    for (const layer of layers) {
      const file = path.join(this.root, layer, rel);
      if (isFile(file)) return file;
    }
    return null;
  }

  /** Whether `rel` names a folder in either layer (for the trailing-slash redirect). */
  isFolder(version: SiteVersion, rel: string): boolean {
    const layers: SiteVersion[] = version === "after" ? ["after", "before"] : ["before"];
    return layers.some((layer) => isDir(path.join(this.root, layer, rel)));
  }

  /** Text of `_partials/<name>.html` in `version`, or null. */
  readPartial(version: SiteVersion, name: string): string | null {
    const file = this.resolve(version, `_partials/${name}.html`);
    return file ? fs.readFileSync(file, "utf8") : null;
  }

  /** Every served relative path of `version` (for tests and sitemaps checks). */
  listFiles(version: SiteVersion): string[] {
    const out = new Set<string>();
    const layers: SiteVersion[] = version === "after" ? ["before", "after"] : ["before"];
    for (const layer of layers) {
      const base = path.join(this.root, layer);
      if (!isDir(base)) continue;
      for (const rel of walk(base)) if (!isHiddenPath(rel)) out.add(rel);
    }
    if (version === "after") for (const d of this.deletedPaths()) out.delete(d);
    return [...out].sort();
  }
}

function walk(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...walk(path.join(dir, entry.name), rel));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
