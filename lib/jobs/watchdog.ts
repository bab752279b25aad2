/**
 * The watchdog: any process sharing the database may run it (every worker does). It takes back
 * jobs whose worker stopped heartbeating (killed, machine rebooted) for another attempt from the
 * start, fails them once attempts run out, and fails any job past its hard time limit, so no job
 * or scan can stay "running".
 */
import type { JobKind } from "./kind";
import { transition, type JobQueue, type RecoverResult } from "./queue";

/** Six missed heartbeats (5 s apart): long enough for a busy event loop, short enough to notice. */
export const STALE_AFTER_MS = 30_000;
/** Stale after 30 s + one pass every 15 s: a dead worker's job is noticed within 45 s, under a minute. */
export const WATCHDOG_INTERVAL_MS = 15_000;
/** After the time limit a worker aborts an attempt; it gets this long to wind down before the watchdog steps in. */
export const WATCHDOG_TIME_LIMIT_GRACE_MS = 60_000;

export type WatchdogOptions = {
  queue: JobQueue;
  kinds: Record<string, JobKind>;
  intervalMs?: number;
  staleAfterMs?: number;
  /** Added to a kind's time limit before the watchdog fails a job of it that still runs. */
  timeLimitGraceMs?: number;
  log?: (msg: string) => void;
};

export type WatchdogPass = RecoverResult & { swept: number };

/** One pass; with the embedded queue, the queue change and each kind's hook commit together. */
export async function watchdogPass(opts: WatchdogOptions, now = new Date()): Promise<WatchdogPass> {
  const { queue, kinds } = opts;
  const grace = opts.timeLimitGraceMs ?? WATCHDOG_TIME_LIMIT_GRACE_MS;
  // Each kind by its own limit; a kind this process does not know by the longest it does.
  const longest = Math.max(0, ...Object.values(kinds).map((k) => k.timeLimitMs));
  const timeLimitByKind = Object.fromEntries(Object.entries(kinds).map(([name, k]) => [name, k.timeLimitMs + grace]));
  const result = await transition(
    queue,
    () => queue.recoverStale(now, { staleAfterMs: opts.staleAfterMs ?? STALE_AFTER_MS, timeLimitMs: longest + grace, timeLimitByKind }),
    (r) => {
      for (const job of r.requeued) kinds[job.kind]?.onRequeued?.(job);
      for (const { job, reason } of r.failed) kinds[job.kind]?.onFailed?.(job, reason, job.lastError ?? reason);
    },
  );
  let swept = 0;
  for (const kind of Object.values(kinds)) swept += (await kind.sweep?.(now)) ?? 0;
  return { ...result, swept };
}

/** Runs `watchdogPass` now and every `intervalMs` until stopped. */
export function startWatchdog(opts: WatchdogOptions): { stop(): void } {
  const log = opts.log ?? ((m: string) => console.error(m));
  let running = false;
  const pass = async () => {
    if (running) return; // a slow pass (busy database) is not overtaken by the next
    running = true;
    try {
      const r = await watchdogPass(opts);
      for (const job of r.requeued) log(`[watchdog] tugas #${job.id} diulang: ${job.lastError}`);
      for (const { job, reason } of r.failed) log(`[watchdog] tugas #${job.id} gagal (${reason}): ${job.lastError}`);
      if (r.swept) log(`[watchdog] ${r.swept} pindaian tanpa tugas ditandai gagal`);
    } catch (e) {
      // A locked database (another writer past busy_timeout) is retried at the next pass.
      log(`[watchdog] pemeriksaan gagal: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      running = false;
    }
  };
  void pass();
  const timer = setInterval(() => void pass(), opts.intervalMs ?? WATCHDOG_INTERVAL_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
