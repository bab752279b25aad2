/** Blind set, group A: sites written and labelled without reading lib/checks or lib/crawler. */
import type { SiteLabels } from "../../labels/schema";
import { bappedaArsip } from "./bappeda-arsip";
import { dinkesSpa } from "./dinkes-spa";
import { kecamatanTabel } from "./kecamatan-tabel";
import { puprWp } from "./pupr-wp";
import { rsudDokumen } from "./rsud-dokumen";

export const GROUP_A: SiteLabels[] = [puprWp, kecamatanTabel, dinkesSpa, rsudDokumen, bappedaArsip];
