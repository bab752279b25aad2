/**
 * Environment, read once and validated. Everything configurable from outside lives here.
 */
import path from "node:path";
import { z } from "zod";

const flag = z
  .enum(["0", "1", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

/** More proxies than this in front of one app is a misconfiguration, not a deployment. */
const MAX_TRUSTED_PROXY_HOPS = 5;

const EnvSchema = z.object({
  /** SQLite database file. */
  PATUH_DB: z.string().min(1).default(path.join(process.cwd(), "data", "patuh.db")),
  /** Folder for evidence files (screenshots), outside the database. */
  PATUH_DATA_DIR: z.string().min(1).default(path.join(process.cwd(), "data")),
  /** Chromium executable; otherwise Debian's headless shell, then /usr/bin/chromium, then Playwright's own build. */
  CHROMIUM_PATH: z.string().optional(),
  /** Lets the crawler visit loopback/private addresses (tests and the demo set it). */
  ALLOW_PRIVATE_NETWORK: flag,
  /** Run the in-process worker with the web app (default on). */
  PATUH_WORKER: z.enum(["0", "1"]).default("1"),
  /** Secret for session signing; required in production. */
  BETTER_AUTH_SECRET: z.string().optional(),
  /** Public base URL of the app (for auth and absolute links). */
  PATUH_BASE_URL: z.string().url().optional(),
  /** Demo mode: demo users with published passwords, a fixed session secret, logins shown on /masuk. */
  PATUH_DEMO: flag,
  /**
   * OCR time per scan in seconds (posters, infographics, scanned PDFs; two workers). The default
   * reads a site with 40 posters whole on its first scan; re-scans read only changed images.
   */
  PATUH_OCR_BUDGET_SECONDS: z.coerce.number().int().min(0).max(1_800).default(90),
  /**
   * Reverse proxies in front of the app that append the client's address to X-Forwarded-For
   * (nginx, Caddy, a load balancer). 0, the default, uses the socket address and ignores forwarded
   * headers: set it only when the app cannot be reached except through that many proxies.
   */
  PATUH_TRUSTED_PROXY_HOPS: z
    .string()
    .regex(/^\d{1,2}$/)
    .default("0")
    .transform(Number)
    .pipe(z.number().int().min(0).max(MAX_TRUSTED_PROXY_HOPS)),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = EnvSchema.safeParse(process.env);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((i) => i.path.join(".")).join(", ");
      throw new Error(`Konfigurasi lingkungan tidak valid: ${fields}`);
    }
    cached = parsed.data;
  }
  return cached;
}

/** Tests change the environment between cases; they call this to re-read it. */
export function resetEnvCache(): void {
  cached = undefined;
}
