import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security-headers";

const nextConfig: NextConfig = {
  // The crawler and OCR run in the worker, never in a page bundle.
  serverExternalPackages: ["playwright", "playwright-core", "tesseract.js", "better-sqlite3", "unpdf"],
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with HTTP 403 when a role may not open a page (lib/auth/server.ts).
  experimental: { authInterrupts: true },
  // Every response, pages, route handlers, evidence files and Next's own files alike.
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders() }];
  },
};

export default nextConfig;
