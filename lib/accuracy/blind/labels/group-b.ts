/** Blind set, group B: sites written and labelled without reading lib/checks or lib/crawler. */
import type { SiteLabels } from "../../labels/schema";
import { capilVue } from "./capil-vue";
import { dishubPoster } from "./dishub-poster";
import { disdikKosong } from "./disdik-kosong";
import { dpmptspLengkap } from "./dpmptsp-lengkap";
import { puskesmasWp } from "./puskesmas-wp";

export const GROUP_B: SiteLabels[] = [capilVue, puskesmasWp, dpmptspLengkap, disdikKosong, dishubPoster];
