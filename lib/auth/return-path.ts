/**
 * The one rule for where a user may be sent back to after signing in (`?lanjut=`). A link to
 * /masuk can be crafted by anyone, so the value is hostile until proven to be a path on this site.
 */

/** Any parse that lands on another origin is refused; this host never exists (RFC 6761 .invalid). */
const DUMMY_ORIGIN = "http://patuh.invalid";
/** Controls, space and DEL: browsers strip some of them ("/\t/evil" becomes "//evil"), headers refuse others. */
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f]/;
/** Pages that make no sense to return to (a loop) or are not pages. */
const REFUSED_PREFIXES = ["/masuk", "/api/"];

/**
 * A same-site path (with query and fragment) to return to, or null. Accepts only what parses as
 * a relative path against a dummy origin and stays on it: no scheme, no `//` or `/\`, no control
 * characters, no backslash anywhere, nothing that decodes to a second leading slash.
 */
export function safeReturnPath(p: string | null | undefined): string | null {
  if (!p || !p.startsWith("/") || CONTROL_OR_SPACE.test(p) || p.includes("\\")) return null;
  let url: URL;
  try {
    url = new URL(p, DUMMY_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== DUMMY_ORIGIN) return null;
  const decoded = safeDecode(url.pathname);
  if (decoded === null || decoded.startsWith("//") || decoded.includes("\\")) return null;
  if (REFUSED_PREFIXES.some((prefix) => url.pathname === prefix || url.pathname.startsWith(prefix))) return null;
  return url.pathname + url.search + url.hash;
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}
