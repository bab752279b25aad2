import { defineConfig } from "@playwright/test";
import { launchOptions } from "./lib/browser";

/** The e2e app: the real demo (sites, worker, scans, `next start`) on its own port and database. */
const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  testMatch: "*.spec.ts",
  outputDir: "e2e-output",
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
    launchOptions: launchOptions(),
    trace: "retain-on-failure",
  },
  webServer: {
    command: `npx tsx lib/cli/demo.ts --port ${PORT} --db data/e2e/patuh.db --fresh --sites-port 0`,
    url: `http://127.0.0.1:${PORT}/masuk`,
    // First run on a fresh machine: next build plus two rounds of nine scans.
    timeout: 15 * 60_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
