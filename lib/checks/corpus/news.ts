/**
 * News and article pages. A keyword in a news post ("OPD diminta segera menyusun maklumat
 * pelayanan") is not the item's own page, so detectors treat these pages apart.
 */
import type { PageArtifact } from "@/lib/artifacts/types";
import { appRoutePath } from "./graph";

/** URL path segments under which Indonesian government CMSs put posts. */
const NEWS_SEGMENTS = [
  "berita",
  "news",
  "artikel",
  "article",
  "articles",
  "post",
  "posts",
  "blog",
  "kabar",
  "warta",
  "read",
  "baca",
  "detail-berita",
  "detailberita",
  "berita-detail",
  "liputan",
  "rilis",
  "siaran-pers",
  "galeri-berita",
  "category",
  "kategori",
  "tag",
  "arsip",
];

/** WordPress-style dated paths (/2024/05/...) and ?p=123 post ids. */
const DATED_PATH = /\/(?:19|20)\d{2}\/(?:0?[1-9]|1[0-2])\//;
const POST_QUERY = /[?&]p=\d+/;

/** Bylines and counters that article templates print near the top. */
const BYLINE = /\b(?:oleh|penulis|ditulis|editor|diposting|diterbitkan|posted\s+(?:by|on)|dibaca|dilihat|views|kali\s+dibaca|admin|redaksi|reporter)\b/i;

export function isNewsUrl(url: string): boolean {
  let path = "";
  let search = "";
  try {
    const u = new URL(url);
    // A single-page app's route ("#/berita/12") is the page's path.
    path = decodeURIComponent(u.pathname + (appRoutePath(u.hash) ?? "")).toLowerCase();
    search = u.search;
  } catch {
    return false;
  }
  if (DATED_PATH.test(path) || POST_QUERY.test(search)) return true;
  return path
    .split("/")
    .filter(Boolean)
    .some((seg) => NEWS_SEGMENTS.some((n) => seg === n || seg.startsWith(`${n}-`) || seg.startsWith(`${n}_`)));
}

/** A news post or list of posts: by URL, or by a publication date next to a byline. */
export function isNewsPage(page: PageArtifact): boolean {
  if (isNewsUrl(page.finalUrl || page.url)) return true;
  const head = page.mainText.slice(0, 400);
  const published = page.dates.some((d) => d.source === "jsonld" || d.source === "time" || d.source === "meta");
  const textDate = page.dates.some((d) => d.source === "text" && head.includes(d.text));
  return (published || textDate) && BYLINE.test(head);
}
