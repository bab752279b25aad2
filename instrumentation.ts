/**
 * Next.js instrumentation hook: starts the in-process scan worker (with its watchdog and the
 * leased scheduler) when the Node.js server starts. The import sits inside the runtime check,
 * the form Next.js compiles away for the Edge runtime, so only the Node.js server ever loads
 * the database or the crawler.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // Before the first request: the socket address is what lib/net/client-address.ts trusts.
    const { installPeerAddressHeader } = await import("./lib/net/peer-address");
    installPeerAddressHeader();
    // A fresh install prints its one-time setup code for /siapkan here.
    const [{ getDb }, { announceSetupCodeIfNeeded }] = await Promise.all([import("./db"), import("./lib/auth/setup-code")]);
    announceSetupCodeIfNeeded(getDb());
    const { startAppWorker } = await import("./lib/jobs/app-worker");
    await startAppWorker();
  }
}
