/**
 * URL identity: one canonical form per page so nothing is visited twice, and the same-site rule
 * (www/non-www and http/https of the OPD's host are one site; another host or port is not).
 */

/** Query parameters that only track campaigns or clicks; they never change the page. */
const TRACKING_PARAM = /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|igshid|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok|vero_id|ref_src|s_kwcid)$/i;

/** Session identifiers put in URLs by PHP, Java, ASP and ColdFusion servers. */
const SESSION_PARAM = /^(phpsessid|jsessionid|sid|sessid|sessionid|session_id|session|aspsessionid[a-z]*|cfid|cftoken|zenid|osCsid|s_id)$/i;

/** `;jsessionid=...` style path parameters. */
const PATH_SESSION = /;(jsessionid|phpsessid|sid|sessionid)=[^/?#]*/gi;

export function isHttpUrl(u: URL): boolean {
  return u.protocol === "http:" || u.protocol === "https:";
}

/** Parses `href` against `base`; null for unparsable input. */
export function parseUrl(href: string, base?: string): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

/**
 * The canonical form used as a page's identity and as the URL requested: lower-case scheme and
 * host (the URL parser does that), no default port, no fragment, no tracking or session
 * parameters, query sorted, no trailing slash except the root. Null when not http(s).
 * A fragment that is a route of a single-page app ("#/layanan", "#!/profil") is kept: each route
 * is a page a visitor sees.
 */
export function canonicalUrl(href: string, base?: string): string | null {
  const u = parseUrl(href, base);
  if (!u || !isHttpUrl(u)) return null;
  const route = appRoute(u.hash);
  u.hash = route ?? "";
  u.username = "";
  u.password = "";
  u.pathname = u.pathname.replace(PATH_SESSION, "") || "/";
  const kept = [...u.searchParams.entries()].filter(
    ([k]) => !TRACKING_PARAM.test(k) && !SESSION_PARAM.test(k),
  );
  kept.sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1));
  u.search = "";
  for (const [k, v] of kept) u.searchParams.append(k, v);
  if (u.pathname.length > 1 && u.pathname.endsWith("/")) u.pathname = u.pathname.replace(/\/+$/, "") || "/";
  let out = u.toString();
  if (out.endsWith("?")) out = out.slice(0, -1);
  return out;
}

/** "#/layanan/ktp" or "#!/profil" (trailing slash dropped); null for anchors and "#/". */
export function appRoute(hash: string): string | null {
  const m = /^#(!?)\/(.*)$/.exec(hash);
  if (!m) return null;
  const path = m[2].replace(/\/+$/, "");
  return path ? `#${m[1]}/${path}` : null;
}

/** The address a server sees: without the fragment (a single-page app's route lives only in the browser). */
export function documentUrl(url: string): string {
  const i = url.indexOf("#");
  return i < 0 ? url : url.slice(0, i);
}

/** Host without a leading "www.", lower case (the artifact's site.host). */
export function bareHost(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, "").replace(/\.$/, "");
}

/**
 * The identity of a site: bare host plus the port when it is not a scheme default. So
 * http://www.x.go.id and https://x.go.id are one site; http://127.0.0.1:4001 and :4002 are two.
 */
export function siteKey(href: string | URL): string | null {
  const u = typeof href === "string" ? parseUrl(href) : href;
  if (!u || !isHttpUrl(u)) return null;
  return u.port ? `${bareHost(u.hostname)}:${u.port}` : bareHost(u.hostname);
}

export function sameSite(href: string | URL, key: string): boolean {
  return siteKey(href) === key;
}

/** Last path segment, decoded ("Maklumat%20Pelayanan.jpg" -> "Maklumat Pelayanan.jpg"). */
export function fileNameOf(href: string): string {
  const u = parseUrl(href);
  const seg = (u?.pathname ?? href).split("/").filter(Boolean).pop() ?? "";
  try {
    return decodeURIComponent(seg);
  } catch {
    return seg;
  }
}

export type UrlKind = "page" | "pdf" | "image" | "other";

const PDF_EXT = /\.pdf$/i;
const IMAGE_EXT = /\.(jpe?g|png|gif|webp|bmp|svg|ico|tiff?)$/i;
/** Files a browser would download rather than show: not pages, not readable documents. */
const OTHER_EXT = /\.(zip|rar|7z|gz|tgz|tar|exe|msi|apk|dmg|iso|mp3|mp4|m4a|wav|ogg|avi|mov|mkv|webm|flv|wmv|docx?|xlsx?|pptx?|odt|ods|csv|xml|json|txt|css|js|woff2?|ttf|eot)$/i;

/** What a URL probably points at, from its path alone (the response's type decides later). */
export function urlKind(href: string): UrlKind {
  const u = parseUrl(href);
  const p = u?.pathname ?? href;
  if (PDF_EXT.test(p)) return "pdf";
  if (IMAGE_EXT.test(p)) return "image";
  if (OTHER_EXT.test(p)) return "other";
  return "page";
}

/** Path with separators turned into spaces, lower case, for keyword matching. */
export function pathWords(href: string): string {
  const u = parseUrl(href);
  if (!u) return "";
  let raw = u.pathname + " " + [...u.searchParams.values()].join(" ");
  try {
    raw = decodeURIComponent(raw);
  } catch {
    /* keep the raw form */
  }
  return raw.toLowerCase().replace(/[-_/+.=&%]+/g, " ").trim();
}
