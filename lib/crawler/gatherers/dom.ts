/**
 * Shared pieces of the in-page scripts. Browser code is kept as plain JavaScript source: a
 * TypeScript function passed to page.evaluate is serialised after transpiling, and tsx/esbuild
 * may add helpers (`__name`) that do not exist in the page. Results come back from a page we
 * do not trust, so everything is re-checked with the sanitisers below.
 */
import type { Page } from "playwright";

/**
 * `__region(el)`: "nav" | "footer" | "main" by the nearest landmark or landmark-like class/id.
 * Exact class tokens only: "nav-tabs" or "page-header" inside the content are not menus.
 */
export const REGION_JS = String.raw`
const __NAV_TOKENS = new Set(["nav","navbar","navigation","menu","main-menu","mainmenu","primary-menu","top-menu","topmenu","menubar","topbar","top-bar","header","site-header","main-header","masthead","sidebar","side-bar","widget-area","breadcrumb","breadcrumbs","social","social-links"]);
const __FOOT_TOKENS = new Set(["footer","site-footer","main-footer","foot","copyright","bottom-bar"]);
function __selfRegion(n) {
  const tag = n.tagName.toLowerCase();
  const role = (n.getAttribute("role") || "").toLowerCase();
  if (tag === "footer" || role === "contentinfo") return "footer";
  if (tag === "nav" || tag === "header" || tag === "aside" || role === "navigation" || role === "banner" || role === "complementary") return "nav";
  const cls = typeof n.className === "string" ? n.className : "";
  const tokens = (cls + " " + (n.id || "")).toLowerCase().split(/\s+/).filter(Boolean);
  for (const t of tokens) { if (__FOOT_TOKENS.has(t)) return "footer"; }
  for (const t of tokens) { if (__NAV_TOKENS.has(t)) return "nav"; }
  return null;
}
function __region(el) {
  for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
    const tag = n.tagName.toLowerCase();
    if (tag === "main" || (n.getAttribute("role") || "").toLowerCase() === "main" || tag === "body") return "main";
    const r = __selfRegion(n);
    if (r) return r;
  }
  return "main";
}
function __visible(el) {
  if (!el || !el.getClientRects || el.getClientRects().length === 0) return false;
  const s = getComputedStyle(el);
  return s.visibility !== "hidden" && s.display !== "none";
}
function __clean(s, max) {
  return String(s == null ? "" : s).replace(/[ \t\u00a0]+/g, " ").replace(/\s*\n\s*/g, "\n").replace(/\n{2,}/g, "\n").trim().slice(0, max);
}
function __root() {
  return document.querySelector("main, [role=main]") || document.body || document.documentElement;
}
`;

/** Runs `fnSource` (a JS function expression) in the page with one JSON argument. */
export async function runInPage(page: Page, fnSource: string, arg: unknown = null): Promise<unknown> {
  return page.evaluate(`(${fnSource})(${JSON.stringify(arg)})`);
}

export function str(v: unknown, max: number): string {
  return typeof v === "string" ? v.slice(0, max) : "";
}

export function num(v: unknown): number {
  return typeof v === "number" && Number.isFinite(v) ? v : 0;
}

export function arr(v: unknown, max: number): unknown[] {
  return Array.isArray(v) ? v.slice(0, max) : [];
}

export function obj(v: unknown): Record<string, unknown> {
  return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

export function regionOf(v: unknown): "nav" | "main" | "footer" {
  return v === "nav" || v === "footer" ? v : "main";
}

/** A gatherer's in-page part: a synchronous JS function source, its argument, and a sanitiser. */
export type PageScript<T> = { source: string; arg?: unknown; parse(raw: unknown): T };

export type ScriptResults<S extends Record<string, PageScript<unknown>>> = {
  [K in keyof S]: S[K] extends PageScript<infer T> ? T | Error : never;
};

/**
 * Runs several gatherers' scripts in one round trip to the page. Each runs on its own: one that
 * throws yields an Error for its artifact and the others still report (Lighthouse's rule).
 */
export async function runScripts<S extends Record<string, PageScript<unknown>>>(page: Page, scripts: S): Promise<ScriptResults<S>> {
  const names = Object.keys(scripts);
  const body = names
    .map(
      (n) =>
        `try { out[${JSON.stringify(n)}] = { ok: (${scripts[n].source})(${JSON.stringify(scripts[n].arg ?? null)}) }; } catch (e) { out[${JSON.stringify(n)}] = { error: String(e && e.message || e) }; }`,
    )
    .join("\n");
  const raw = obj(await page.evaluate(`(() => { const out = {}; ${body}; return out; })()`));
  const results: Record<string, unknown> = {};
  for (const n of names) {
    const r = obj(raw[n]);
    if ("ok" in r) {
      try {
        results[n] = scripts[n].parse(r.ok);
      } catch (e) {
        results[n] = e instanceof Error ? e : new Error(String(e));
      }
    } else results[n] = new Error(str(r.error, 300) || "gatherer returned nothing");
  }
  return results as ScriptResults<S>;
}
