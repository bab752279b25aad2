/**
 * Security headers on every response (next.config.ts for all routes, proxy.ts for its own
 * redirects). One list, so a page, a route handler, an evidence image and a redirect agree.
 */

/**
 * Next's App Router hydrates with inline scripts (self.__next_f.push), so scripts need
 * 'unsafe-inline' unless every page is rendered per request with a nonce; some pages here are
 * static. Pages use inline style attributes (and recharts does), hence style 'unsafe-inline'.
 * Development adds 'unsafe-eval' for React's refresh runtime.
 */
export function contentSecurityPolicy(dev = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Nothing of Patuh may be framed (clickjacking a verdict or a password change).
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders(): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy() },
    { key: "X-Content-Type-Options", value: "nosniff" },
    // Evidence URLs and meeting ids stay on this site.
    { key: "Referrer-Policy", value: "same-origin" },
    // For browsers that predate frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
  ];
}
