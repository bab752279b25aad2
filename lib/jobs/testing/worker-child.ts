/**
 * Test fixture: a real worker process over a database file, for tests that start two at once or
 * kill one with SIGKILL. Configured by the JSON in env PATUH_TEST_WORKER. Besides scans it runs a
 * "sleep" job kind that logs each attempt's start and end to a file (appends are atomic), so a
 * test can prove which process ran which job, and the re-scoring kind with small, paced batches.
 */
import fs from "node:fs";
import { openDb } from "@/db";
import type { JobKind } from "../kind";
import { SqliteJobQueue } from "../sqlite-queue";
import { startWorker } from "../worker";

type Config = {
  db: string;
  workerId: string;
  log?: string;
  concurrency?: number;
  heartbeatMs?: number;
  pollMs?: number;
  staleAfterMs?: number;
  watchdogIntervalMs?: number;
  retryBaseMs?: number;
  scanTimeLimitMs?: number;
  scanMarginMs?: number;
  abortGraceMs?: number;
  scheduler?: boolean;
  schedulerTickMs?: number;
  /** Re-scoring: scans per batch and pause between batches (so a kill lands mid-run). */
  rescoreBatch?: number;
  rescorePauseMs?: number;
  /** "sleep": only the test kind; "scan": only the real scan kind; "rescore": only re-scoring. */
  kinds: "sleep" | "scan" | "rescore";
};

const config = JSON.parse(process.env.PATUH_TEST_WORKER ?? "{}") as Config;
const db = openDb(config.db);
const queue = new SqliteJobQueue(db, { retryBaseMs: config.retryBaseMs });

function record(event: string, jobId: string, attempt: number) {
  if (config.log) fs.appendFileSync(config.log, `${event} ${jobId} ${config.workerId} ${attempt}\n`);
}

const sleepKind: JobKind = {
  timeLimitMs: 60_000,
  run: (job, ctx) =>
    new Promise<void>((resolve, reject) => {
      record("start", job.id, job.attempts);
      const timer = setTimeout(() => {
        record("end", job.id, job.attempts);
        resolve();
      }, Number(job.payload.ms ?? 100));
      ctx.signal.addEventListener("abort", () => {
        clearTimeout(timer);
        reject(ctx.signal.reason);
      });
    }),
};

async function main() {
  const kinds: Record<string, JobKind> =
    config.kinds === "sleep"
      ? { sleep: sleepKind }
      : config.kinds === "rescore"
        ? { rescore: (await import("../rescore-jobs")).rescoreJobKind(db, { batchSize: config.rescoreBatch, fixedBatch: !!config.rescoreBatch, pauseMs: config.rescorePauseMs }) }
        : {
            scan: (await import("../scan-jobs")).scanJobKind(
              db,
              { timeLimitMs: config.scanTimeLimitMs, marginMs: config.scanMarginMs },
              queue,
            ),
          };
  const worker = startWorker({
    db,
    queue,
    kinds,
    workerId: config.workerId,
    concurrency: config.concurrency,
    heartbeatMs: config.heartbeatMs,
    pollMs: config.pollMs,
    abortGraceMs: config.abortGraceMs,
    watchdog: { intervalMs: config.watchdogIntervalMs, staleAfterMs: config.staleAfterMs },
    scheduler: config.scheduler ? { tickMs: config.schedulerTickMs, holder: config.workerId } : false,
    log: (m) => process.stderr.write(`[${config.workerId}] ${m}\n`),
  });
  const stop = async () => {
    await worker.stop();
    db.$client.close();
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  process.send?.("ready");
}

void main();
