/** Blind set, group B: sites written and labelled without reading lib/checks or lib/crawler. */
import type { SiteLabels } from "../../labels/schema";

export const GROUP_B: SiteLabels[] = [];
