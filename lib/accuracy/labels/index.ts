/**
 * The labelled set, validated once at load: one entry per fixture site under
 * lib/accuracy/sites. The auditor's rules are in ./schema.ts.
 */
import { z } from "zod";
import { bapendaSk } from "./bapenda-sk";
import { capilTeladan } from "./capil-teladan";
import { dinkesPoster } from "./dinkes-poster";
import { dinsosWarta } from "./dinsos-warta";
import { disdikJs } from "./disdik-js";
import { dishubKosong } from "./dishub-kosong";
import { diskopTab } from "./diskop-tab";
import { dpmptspBiasa } from "./dpmptsp-biasa";
import { kecamatanKuantanTengah } from "./kecamatan-kuantan-tengah";
import { kesehatanVisual } from "./kesehatan-visual";
import { rsudFoto } from "./rsud-foto";
import { SiteLabels, type ParsedSiteLabels } from "./schema";

export * from "./schema";

export const SITE_LABELS: ParsedSiteLabels[] = z
  .array(SiteLabels)
  .parse([
    capilTeladan,
    dishubKosong,
    dinsosWarta,
    dinkesPoster,
    rsudFoto,
    bapendaSk,
    disdikJs,
    diskopTab,
    dpmptspBiasa,
    kecamatanKuantanTengah,
    kesehatanVisual,
  ]);
