/**
 * The blind set, validated once at load. Its sites and labels were written by an author who had
 * not read lib/checks or lib/crawler and did not while writing them; the detector author sees
 * only its per-trap-class totals (`npm run accuracy` prints no per-item line for it).
 */
import { z } from "zod";
import { SiteLabels, type ParsedSiteLabels } from "../../labels/schema";
import { GROUP_A } from "./group-a";
import { GROUP_B } from "./group-b";

/** Blind sites carry at least this many judged items each (issue 15). */
export const BLIND_MIN_LABELS = 40;

export const BLIND_SITE_LABELS: ParsedSiteLabels[] = z.array(SiteLabels).parse([...GROUP_A, ...GROUP_B]);
