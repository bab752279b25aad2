import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The crawler and OCR run in the worker, never in a page bundle.
  serverExternalPackages: ["playwright", "playwright-core", "tesseract.js", "better-sqlite3", "unpdf"],
  poweredByHeader: false,
};

export default nextConfig;
