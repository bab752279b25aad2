/**
 * A light, optimistic gate: a page request without a session cookie goes to /masuk (and comes
 * back afterwards). It does not check the cookie's validity, roles or anything else: pages,
 * server actions and route handlers do that on the server (lib/auth/server.ts). It also passes
 * the requested path on, so a page that finds the session expired can send the user back.
 */
import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { COOKIE_PREFIX, PATH_HEADER } from "@/lib/auth/config";
import { securityHeaders } from "@/lib/security-headers";

/** The proxy's own responses (redirects) carry the same headers as everything else. */
function secured(res: NextResponse): NextResponse {
  for (const { key, value } of securityHeaders()) res.headers.set(key, value);
  return res;
}

/** Pages anyone may open without a session. */
const PUBLIC_PAGES = ["/masuk", "/siapkan", "/akses-ditolak"];

export function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const isPage = (req.method === "GET" || req.method === "HEAD") && !pathname.startsWith("/api/");
  const isPublic = PUBLIC_PAGES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (isPage && !isPublic && !getSessionCookie(req, { cookiePrefix: COOKIE_PREFIX })) {
    const url = req.nextUrl.clone();
    url.pathname = "/masuk";
    url.search = pathname === "/" ? "" : `?lanjut=${encodeURIComponent(pathname + search)}`;
    return secured(NextResponse.redirect(url));
  }
  const headers = new Headers(req.headers);
  headers.set(PATH_HEADER, pathname + search);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Not for Next's own files, static files, or the evidence images (their handler answers 401).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt|bukti/).*)"],
};
