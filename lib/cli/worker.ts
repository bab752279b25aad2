/**
 * `npm run worker -- [--concurrency N] [--no-scheduler]`: the scan worker on its own, next to a
 * web app started with PATUH_WORKER=0 or on another machine sharing the database. It also runs
 * the watchdog and, if no other process holds the lease, the scheduler. SIGTERM or Ctrl+C gives
 * running scans back to the queue and exits; a second signal exits at once.
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { runCli } from "./run";

/** More than this many parallel Chromium crawls needs a bigger machine, not a bigger number. */
const MAX_CONCURRENCY = 16;

runCli(async () => {
  const { values } = parseArgs({
    options: {
      concurrency: { type: "string" },
      "no-scheduler": { type: "boolean", default: false },
    },
  });
  const concurrency = z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_CONCURRENCY)
    .optional()
    .safeParse(values.concurrency);
  if (!concurrency.success) {
    throw new AppError("invalid_input", `--concurrency harus bilangan bulat 1 sampai ${MAX_CONCURRENCY}.`);
  }
  const { getDb, closeDb } = await import("@/db");
  const { startWorker, DEFAULT_CONCURRENCY } = await import("@/lib/jobs/worker");
  const db = getDb();
  const worker = startWorker({
    db,
    concurrency: concurrency.data,
    scheduler: values["no-scheduler"] ? false : undefined,
  });
  console.error(
    `[worker] ${worker.workerId} berjalan: ${concurrency.data ?? DEFAULT_CONCURRENCY} pindaian sekaligus. Tekan Ctrl+C untuk berhenti.`,
  );

  await new Promise<void>((resolve) => {
    let stopping = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) {
        console.error(`[worker] ${signal} kedua: berhenti sekarang.`);
        process.exit(130);
      }
      stopping = true;
      console.error(`[worker] ${signal}: mengembalikan pindaian yang berjalan ke antrean ...`);
      void worker.stop().then(() => {
        closeDb();
        resolve();
      });
    };
    process.on("SIGTERM", onSignal);
    process.on("SIGINT", onSignal);
  });
  console.error("[worker] berhenti.");
});
