/**
 * The shape of the labelled set: for each fixture site, the level a careful human auditor gives
 * each judged item, with a one-line Indonesian justification and the trap it exercises.
 *
 * How the auditor applied ../shared/checklist.md (the rules every label follows):
 * - 3 = complete, current where a period applies, and reachable within 2 clicks of the home page
 *   (a page linked from the home page or its menu is 1 click; a page or document linked from
 *   there is 2). Items without a period in checklist.md are "current" unless the content itself
 *   shows it is out of date.
 * - 2 = complete, but more than 2 clicks away.
 * - 1 = found but incomplete; outdated (older than the item's period); only an image whose text
 *   cannot be read; or only reachable by a deep link (a page no other page links to).
 * - 0 = not found, or only an empty shell (a menu entry or heading whose page says "belum
 *   diisi", "coming soon", "sedang dalam pengembangan", shows a 404 message, or is empty).
 * - A keyword mentioned in passing (a news article saying the OPD will or should make it) is
 *   not evidence of the item.
 * - Images and PDFs are judged by the text a person reads in them; JavaScript-rendered content
 *   as rendered; content behind tabs and accordions as a visitor sees it after clicking.
 * - Content on another agency's site is not this OPD's content. For KI-01 ("Halaman/tautan
 *   PPID") a menu link to the regency's PPID Utama is found but incomplete (1): the OPD has no
 *   PPID page of its own; the items that site would hold (KI-02, KI-03) are 0 for this OPD.
 * - SP-03..SP-07 are complete when the component is published for every service the site
 *   lists; published for only some services, or without its substance (a fee named but not its
 *   amount), they are 1.
 * - "review" is for a P-mode item where a person must look; none of the current labels needs it.
 */
import { z } from "zod";

/**
 * Trap classes: the ways a scanner is fooled or blinded on real OPD sites. A label names the
 * traps its item exercises; `npm run accuracy` reports agreement and false passes per class.
 */
export const TRAP_KINDS = [
  /** Menu, header, footer or sidebar words that repeat on every page. */
  "template_text",
  /** A table with only its header row, "...", "Belum Ada Berita", "Data belum tersedia". */
  "empty_structure",
  /** A menu entry or heading whose page says "belum diisi", "coming soon", 404. */
  "empty_shell",
  /** News or another text that mentions the item without publishing it. */
  "passing_mention",
  /** Today's date in a header, a copyright year, a future event: not a publication date. */
  "post_date",
  /** A signatory line or a name without the profile the item asks for. */
  "name_not_profile",
  /** Some of the components, or one minor service, for an item that asks for the whole. */
  "part_for_whole",
  /** Content only in the pixels of an image (poster, infographic, photo of a notice). */
  "image_only",
  /** Content only after a click: tab, accordion, carousel slide, "selengkapnya", pop-up. */
  "click_only",
  /** Content only inside a PDF (text layer or scanned). */
  "pdf_only",
  /** Content rendered by a script (single-page app, fetched JSON). */
  "js_rendered",
  /** Content in an embedded document (iframe/embed/object, external viewer). */
  "embedded",
  /** A link to another agency's site standing in for the OPD's own content. */
  "other_agency_link",
] as const;
export const TrapKind = z.enum(TRAP_KINDS);
export type TrapKind = z.infer<typeof TrapKind>;

export const Expected = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal("review")]);
export type Expected = z.infer<typeof Expected>;

export const Label = z.object({
  code: z.string().regex(/^[A-Z]{2}-\d{2}$/),
  expected: Expected,
  traps: z.array(TrapKind).default([]),
  /** One line, Indonesian: why a careful auditor gives this level. */
  why: z.string().min(10),
});
export type Label = z.input<typeof Label>;
export type ParsedLabel = z.output<typeof Label>;

export const SiteLabels = z.object({
  /** Folder name under lib/accuracy/sites (seen set) or lib/accuracy/blind/sites (blind set). */
  site: z.string().regex(/^[a-z0-9-]+$/),
  /** What the site is meant to exercise (one line, for the report). */
  about: z.string(),
  opd: z.object({
    name: z.string(),
    shortName: z.string(),
    /** The services the site itself lists (what the admin would enter for this OPD). */
    services: z.array(z.string()).min(1),
  }),
  labels: z.array(Label).min(15),
});
export type SiteLabels = z.input<typeof SiteLabels>;
export type ParsedSiteLabels = z.output<typeof SiteLabels>;
