/** Blind set, group A: sites written and labelled without reading lib/checks or lib/crawler. */
import type { SiteLabels } from "../../labels/schema";

export const GROUP_A: SiteLabels[] = [];
