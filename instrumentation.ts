/**
 * Next.js instrumentation hook: starts the in-process scan worker (with its watchdog and the
 * leased scheduler) when the Node.js server starts, unless PATUH_WORKER=0 (a separate
 * `npm run worker` runs it). Imported dynamically so the Edge runtime and `next build` never
 * load the database or the crawler.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("./lib/env");
  if (env().PATUH_WORKER !== "1") return;
  const { startWorker } = await import("./lib/jobs/worker");
  const worker = startWorker();
  // Give running scans back to the queue on shutdown; if the process dies first, the watchdog
  // of the next process retries them.
  const stop = () => void worker.stop();
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
