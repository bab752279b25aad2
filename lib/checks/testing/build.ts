/**
 * Hand-built artifacts for detector tests. Page text is written markdown-like: lines starting
 * with "#", "##", ... become headings (and stay in the main text as the browser shows them).
 */
import type { DocumentArtifact, ImageArtifact, LinkArtifact, PageArtifact, ScanArtifacts, SiteArtifact } from "@/lib/artifacts/types";
import type { CheckContext } from "../types";

export const ORIGIN = "https://dinas.kuansing.go.id";
export const NOW = new Date("2025-06-15T03:00:00Z");

export function abs(path: string): string {
  return path.startsWith("http") || path.startsWith("mailto:") || path.startsWith("tel:") ? path : `${ORIGIN}${path}`;
}

export type PageSpec = Partial<Omit<PageArtifact, "links" | "images" | "revealed">> & {
  text?: string;
  revealed?: { control: string; text: string; source?: "click" | "dialog" }[];
  links?: (Partial<LinkArtifact> & { href: string })[] | [string, string, LinkArtifact["region"]?][];
  images?: (Partial<ImageArtifact> & { src: string })[];
};

function parseText(text: string): { mainText: string; headings: { level: number; text: string }[] } {
  const headings: { level: number; text: string }[] = [];
  const out = text
    .trim()
    .split("\n")
    .map((l) => l.replace(/^\s+/, ""))
    .map((l) => {
      const m = /^(#{1,6})\s+(.*)$/.exec(l);
      if (!m) return l;
      headings.push({ level: m[1].length, text: m[2].trim() });
      return m[2].trim();
    });
  return { mainText: out.join("\n"), headings };
}

function link(l: NonNullable<PageSpec["links"]>[number]): LinkArtifact {
  if (Array.isArray(l)) {
    const href = abs(l[0]);
    return { href, text: l[1], region: l[2] ?? "main", internal: href.startsWith(ORIGIN) };
  }
  const href = abs(l.href);
  return { text: "", region: "main", internal: href.startsWith(ORIGIN), ...l, href };
}

export function page(path: string, spec: PageSpec = {}): PageArtifact {
  const { text = "", links = [], images = [], revealed = [], ...rest } = spec;
  const parsed = parseText(text);
  const url = abs(path);
  return {
    url,
    finalUrl: url,
    status: 200,
    redirectChain: [],
    depth: 1,
    discoveredVia: "link",
    contentType: "text/html",
    title: parsed.headings[0]?.text ?? "",
    lang: "id",
    metaViewport: "width=device-width, initial-scale=1",
    headings: parsed.headings,
    mainText: parsed.mainText,
    chromeText: "",
    revealed: revealed.map((r) => ({ source: "click" as const, ...r })),
    links: links.map(link),
    embeds: [],
    images: images.map((i) => {
      const src = abs(i.src);
      return { alt: "", fileName: src.split("/").pop() ?? "", width: 800, height: 600, region: "main" as const, shownAs: "img" as const, context: "", revealedBy: null, top: null, ...i, src };
    }),
    forms: [],
    dates: [],
    mobileOverflow: null,
    axe: null,
    screenshotPath: null,
    loadMs: 100,
    errorClass: null,
    errorMessage: null,
    ...rest,
  };
}

/** The home page, linking to each given path from the navigation. */
export function home(spec: PageSpec & { nav?: string[] } = {}): PageArtifact {
  const { nav = [], links = [], ...rest } = spec;
  const navLinks = nav.map((p): [string, string, LinkArtifact["region"]] => [p, p.split("/").pop() ?? p, "nav"]);
  return page("/", { depth: 0, discoveredVia: "start", title: "Beranda", links: [...navLinks, ...(links as [string, string, LinkArtifact["region"]?][])], ...rest });
}

export function doc(path: string, spec: Partial<DocumentArtifact> = {}): DocumentArtifact {
  const url = abs(path);
  const text = spec.text ?? "";
  return {
    url,
    sourcePageUrl: abs("/"),
    kind: /\.pdf$/i.test(path) ? "pdf" : "image",
    via: /\.pdf$/i.test(path) ? "link" : "image",
    label: "",
    context: "",
    revealedBy: null,
    skipReason: null,
    fileName: url.split("/").pop() ?? "",
    bytes: 1000,
    sha256: null,
    text,
    textSource: text ? (/\.pdf$/i.test(path) ? "pdf" : "ocr") : null,
    scanned: false,
    pages: 1,
    ocrConfidence: null,
    errorClass: null,
    errorMessage: null,
    ...spec,
    ...(spec.sourcePageUrl ? { sourcePageUrl: abs(spec.sourcePageUrl) } : {}),
  };
}

export function site(pages: PageArtifact[], documents: DocumentArtifact[] = [], over: Partial<SiteArtifact> = {}): ScanArtifacts {
  // Pages are linked from the home page unless a test builds its own graph.
  const h = pages.find((p) => p.depth === 0);
  if (h) {
    for (const p of pages) {
      if (p === h || p.depth !== 1 || p.discoveredVia === "sitemap" || h.links.some((l) => l.href === p.url)) continue;
      h.links.push({ href: p.url, text: "", region: "nav", internal: true });
    }
  }
  return {
    site: {
      startUrl: `${ORIGIN}/`,
      host: new URL(ORIGIN).hostname,
      reachable: true,
      errorClass: null,
      robots: { url: `${ORIGIN}/robots.txt`, status: 404, found: false, ignored: false, excerpt: "", sitemaps: [] },
      sitemap: { found: false, sources: [], urlCount: 0 },
      tls: { https: true, httpRedirectsToHttps: true, certificateValid: true },
      linkChecks: [],
      skipped: [],
      failures: [],
      pagesVisited: pages.length,
      durationMs: 1000,
      userAgent: "test",
      startedAt: NOW.toISOString(),
      ...over,
    },
    pages,
    documents,
  };
}

/** A site of one home page plus the given pages, each one click away. */
export function withPages(...pages: PageArtifact[]): ScanArtifacts {
  return site([home(), ...pages]);
}

export function ctx(mode: "A" | "P" = "A", over: Partial<CheckContext> = {}): CheckContext {
  return {
    opd: { name: "Dinas Kependudukan dan Pencatatan Sipil", shortName: "Disdukcapil", websiteUrl: `${ORIGIN}/`, services: [] },
    officialDomain: "kuansing.go.id",
    now: NOW,
    mode,
    ...over,
  };
}
