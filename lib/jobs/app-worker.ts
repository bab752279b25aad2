/**
 * The worker inside the web app process (started by instrumentation.ts). Off when
 * PATUH_WORKER=0 (a separate `npm run worker` runs it) and during `next build`.
 */
import { env } from "@/lib/env";
import { startWorker, type WorkerHandle } from "./worker";

let handle: WorkerHandle | undefined;

export async function startAppWorker(): Promise<void> {
  if (handle || process.env.NEXT_PHASE === "phase-production-build") return;
  if (env().PATUH_WORKER !== "1") return;
  handle = startWorker();
  console.error(`[worker] berjalan di dalam proses aplikasi (${handle.workerId}).`);
  // Give running scans back to the queue on shutdown; should the process exit first, the
  // watchdog of the next process retries them.
  const stop = () => void handle?.stop();
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
