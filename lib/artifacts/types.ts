/**
 * Artifacts: the plain-JSON contract between the crawler (which writes them) and the checks
 * (which read only them). Stored with each scan, so any scan can be re-scored without a browser.
 * Validated with zod where they are read back from the database.
 */
import { z } from "zod";

/** Failure classes, decided once in lib/crawler/errors.ts and explained to users there. */
export const ERROR_CLASSES = [
  "timeout",
  "dns",
  "tls",
  "refused",
  "http_4xx",
  "http_5xx",
  "too_many_redirects",
  "soft_404",
  "too_large",
  "robots",
  "blocked_target",
  "endless_url_space",
  "browser_crash",
  "unsupported_content",
  "unknown",
] as const;
export type ErrorClass = (typeof ERROR_CLASSES)[number];

export const LinkRegion = z.enum(["nav", "main", "footer"]);
export type LinkRegion = z.infer<typeof LinkRegion>;

export const LinkArtifact = z.object({
  /** Absolute URL as resolved by the browser. */
  href: z.string(),
  text: z.string(),
  region: LinkRegion,
  /** Same site as the OPD (www/non-www and http/https of its host count as the same). */
  internal: z.boolean(),
});
export type LinkArtifact = z.infer<typeof LinkArtifact>;

/** How an image is shown: an <img>, the full-size target of a thumbnail link, a CSS background. */
export const ImageShownAs = z.enum(["img", "lightbox", "background"]);

export const ImageArtifact = z.object({
  src: z.string(),
  alt: z.string(),
  fileName: z.string(),
  /** Rendered or intrinsic size; 0 when unknown (images not loaded): measured later from the file. */
  width: z.number(),
  height: z.number(),
  region: LinkRegion,
  shownAs: ImageShownAs.default("img"),
  /** Text a visitor reads with the image: caption, nearest heading, tab or slide label (ranks it for OCR). */
  context: z.string().default(""),
  /** The control whose click brought it in ("›", "Maklumat"), "dialog" for a pop-up, null when shown on load. */
  revealedBy: z.string().nullable().default(null),
  /** Distance from the top of the page in px (position on the page), null when not laid out. */
  top: z.number().nullable().default(null),
});
export type ImageArtifact = z.infer<typeof ImageArtifact>;

export const FormArtifact = z.object({
  action: z.string(),
  method: z.string(),
  fields: z.array(z.object({ name: z.string(), type: z.string(), label: z.string() })),
});
export type FormArtifact = z.infer<typeof FormArtifact>;

export const EmbedArtifact = z.object({
  url: z.string(),
  tag: z.enum(["iframe", "embed", "object"]),
  /** title/aria-label/name of the frame, or the nearest heading. */
  label: z.string(),
  internal: z.boolean(),
});
export type EmbedArtifact = z.infer<typeof EmbedArtifact>;

export const DateArtifact = z.object({
  /** YYYY-MM-DD */
  iso: z.string(),
  source: z.enum(["text", "meta", "time", "jsonld", "feed"]),
  /** The text it was read from (e.g. "Kamis, 7 Juni 2018"). */
  text: z.string(),
});
export type DateArtifact = z.infer<typeof DateArtifact>;

export const AxeArtifact = z.object({
  violations: z.array(
    z.object({
      id: z.string(),
      impact: z.string().nullable(),
      help: z.string(),
      nodes: z.number(),
    }),
  ),
});
export type AxeArtifact = z.infer<typeof AxeArtifact>;

export const PageArtifact = z.object({
  /** The URL requested (canonical form). */
  url: z.string(),
  finalUrl: z.string(),
  status: z.number().nullable(),
  redirectChain: z.array(z.string()),
  /** Clicks from the start page along the crawl (0 = home). */
  depth: z.number(),
  discoveredVia: z.enum(["start", "sitemap", "link"]),
  contentType: z.string().nullable(),
  title: z.string(),
  lang: z.string().nullable(),
  metaViewport: z.string().nullable(),
  headings: z.array(z.object({ level: z.number(), text: z.string() })),
  /** Visible text of the main content, without repeated navigation and footer. */
  mainText: z.string(),
  /** Visible text of navigation and footer (menus, contact blocks). */
  chromeText: z.string(),
  /**
   * Text a visitor reaches beyond the first view, one entry per control or pop-up: `click` for
   * tabs, accordions, carousel arrows and "selengkapnya"; `dialog` for modals and offcanvas
   * panels present in the page but hidden until opened.
   */
  revealed: z.array(z.object({ control: z.string(), text: z.string(), source: z.enum(["click", "dialog"]).default("click") })),
  links: z.array(LinkArtifact),
  images: z.array(ImageArtifact),
  forms: z.array(FormArtifact),
  /** Documents shown inside the page: <iframe>, <embed>, <object> (a PDF decree, a Drive viewer). */
  embeds: z.array(EmbedArtifact).default([]),
  dates: z.array(DateArtifact),
  /** Horizontal overflow at 375 px wide (checked on the home page only; null elsewhere). */
  mobileOverflow: z.boolean().nullable(),
  axe: AxeArtifact.nullable(),
  screenshotPath: z.string().nullable(),
  loadMs: z.number(),
  errorClass: z.enum(ERROR_CLASSES).nullable(),
  errorMessage: z.string().nullable(),
});
export type PageArtifact = z.infer<typeof PageArtifact>;

export const DocumentArtifact = z.object({
  url: z.string(),
  /** Page that linked or showed it. */
  sourcePageUrl: z.string(),
  /**
   * pdf and image are read (text layer, OCR); `embedded` is a document shown by an external
   * viewer (Google Drive, Docs, Scribd) that cannot be read: recorded with its label and address
   * so a person can open it.
   */
  kind: z.enum(["pdf", "image", "embedded"]),
  /** How the page offered it: a link, an image on the page, an embedded frame. */
  via: z.enum(["link", "image", "embed"]).default("link"),
  /** Link text or image alt that pointed at it. */
  label: z.string(),
  /** Text a visitor reads with it (caption, heading, tab or slide label). */
  context: z.string().default(""),
  /** The control that revealed it ("dialog" for a pop-up), null when shown on load. */
  revealedBy: z.string().nullable().default(null),
  /** Why an image or page was not read by OCR (photo, too small, budget ...); null when read or not applicable. */
  skipReason: z.string().nullable().default(null),
  fileName: z.string(),
  bytes: z.number().nullable(),
  sha256: z.string().nullable(),
  /** Extracted text (PDF text layer, or OCR of an image or of a scanned PDF's pages); empty when none could be read. */
  text: z.string(),
  textSource: z.enum(["pdf", "ocr"]).nullable(),
  /** PDF without a text layer (scanned) — readable only by OCR. */
  scanned: z.boolean(),
  pages: z.number().nullable(),
  ocrConfidence: z.number().nullable(),
  errorClass: z.enum(ERROR_CLASSES).nullable(),
  errorMessage: z.string().nullable(),
});
export type DocumentArtifact = z.infer<typeof DocumentArtifact>;

export const SiteArtifact = z.object({
  startUrl: z.string(),
  /** Host of the OPD site (lower case, without www.). */
  host: z.string(),
  reachable: z.boolean(),
  errorClass: z.enum(ERROR_CLASSES).nullable(),
  robots: z.object({
    url: z.string(),
    status: z.number().nullable(),
    found: z.boolean(),
    /** The admin let the crawler ignore robots.txt for this OPD. */
    ignored: z.boolean(),
    excerpt: z.string(),
    sitemaps: z.array(z.string()),
  }),
  sitemap: z.object({
    found: z.boolean(),
    sources: z.array(z.string()),
    urlCount: z.number(),
  }),
  tls: z.object({
    https: z.boolean(),
    /** http:// answered with a redirect to https://; null when not tried. */
    httpRedirectsToHttps: z.boolean().nullable(),
    /** null when the site is not on https. */
    certificateValid: z.boolean().nullable(),
  }),
  /** Status checks of links (internal and outbound) for broken-link scoring. */
  linkChecks: z.array(
    z.object({
      url: z.string(),
      internal: z.boolean(),
      status: z.number().nullable(),
      ok: z.boolean(),
      errorClass: z.enum(ERROR_CLASSES).nullable(),
    }),
  ),
  skipped: z.array(z.object({ url: z.string(), reason: z.string() })),
  failures: z.array(
    z.object({ url: z.string(), errorClass: z.enum(ERROR_CLASSES), message: z.string() }),
  ),
  pagesVisited: z.number(),
  durationMs: z.number(),
  userAgent: z.string(),
  startedAt: z.string(),
});
export type SiteArtifact = z.infer<typeof SiteArtifact>;

export const ScanArtifacts = z.object({
  site: SiteArtifact,
  pages: z.array(PageArtifact),
  documents: z.array(DocumentArtifact),
});
export type ScanArtifacts = z.infer<typeof ScanArtifacts>;
