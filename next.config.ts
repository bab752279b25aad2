import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The crawler and OCR run in the worker, never in a page bundle.
  serverExternalPackages: ["playwright", "playwright-core", "tesseract.js", "better-sqlite3", "unpdf"],
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with HTTP 403 when a role may not open a page (lib/auth/server.ts).
  experimental: { authInterrupts: true },
};

export default nextConfig;
