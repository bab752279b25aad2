/**
 * The watchdog: any process sharing the database may run it (every worker does). It takes back
 * jobs whose worker stopped heartbeating (killed, machine rebooted) for another attempt from the
 * start, fails them once attempts run out, and fails any job past its hard time limit, so no job
 * or scan can stay "running".
 */
import type { Db } from "@/db";
import type { JobKind } from "./kind";
import type { JobQueue, RecoverResult } from "./queue";
import { writeTx } from "./tx";

/** Six missed heartbeats (5 s apart): long enough for a busy event loop, short enough to notice. */
export const STALE_AFTER_MS = 30_000;
/** Stale after 30 s + one pass every 15 s: a dead worker's job is noticed within 45 s, under a minute. */
export const WATCHDOG_INTERVAL_MS = 15_000;
/** After the time limit a worker aborts an attempt; it gets this long to wind down before the watchdog steps in. */
export const WATCHDOG_TIME_LIMIT_GRACE_MS = 60_000;

export type WatchdogOptions = {
  db: Db;
  queue: JobQueue;
  kinds: Record<string, JobKind>;
  intervalMs?: number;
  staleAfterMs?: number;
  /** Added to the longest kind time limit before the watchdog fails a job that still runs. */
  timeLimitGraceMs?: number;
  log?: (msg: string) => void;
};

export type WatchdogPass = RecoverResult & { swept: number };

/** One pass; the queue change and each kind's hook commit together. */
export function watchdogPass(opts: WatchdogOptions, now = new Date()): WatchdogPass {
  const { db, queue, kinds } = opts;
  const longest = Math.max(0, ...Object.values(kinds).map((k) => k.timeLimitMs));
  const timeLimitMs = longest + (opts.timeLimitGraceMs ?? WATCHDOG_TIME_LIMIT_GRACE_MS);
  const result = writeTx(db, () => {
      const r = queue.recoverStale(now, { staleAfterMs: opts.staleAfterMs ?? STALE_AFTER_MS, timeLimitMs });
      for (const job of r.requeued) kinds[job.kind]?.onRequeued?.(job);
      for (const { job, reason } of r.failed) kinds[job.kind]?.onFailed?.(job, reason, job.lastError ?? reason);
      return r;
  });
  let swept = 0;
  for (const kind of Object.values(kinds)) swept += kind.sweep?.(now) ?? 0;
  return { ...result, swept };
}

/** Runs `watchdogPass` now and every `intervalMs` until stopped. */
export function startWatchdog(opts: WatchdogOptions): { stop(): void } {
  const log = opts.log ?? ((m: string) => console.error(m));
  const pass = () => {
    try {
      const r = watchdogPass(opts);
      for (const job of r.requeued) log(`[watchdog] tugas #${job.id} diulang: ${job.lastError}`);
      for (const { job, reason } of r.failed) log(`[watchdog] tugas #${job.id} gagal (${reason}): ${job.lastError}`);
      if (r.swept) log(`[watchdog] ${r.swept} pindaian tanpa tugas ditandai gagal`);
    } catch (e) {
      // A locked database (another writer past busy_timeout) is retried at the next pass.
      log(`[watchdog] pemeriksaan gagal: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  pass();
  const timer = setInterval(pass, opts.intervalMs ?? WATCHDOG_INTERVAL_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
