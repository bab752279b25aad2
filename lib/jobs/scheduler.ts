/**
 * The scheduler: turns the schedules the admin set (regency cron, per-OPD cron, "N days before
 * each meeting") into queued scans. It runs in every worker process but acts only while holding
 * the `scheduler` lease, so two app processes never schedule twice. Each `schedules` row records
 * its last and next run; the settings columns are the admin's source and are mirrored into rows.
 */
import os from "node:os";
import { and, eq, gte } from "drizzle-orm";
import type { Db } from "@/db";
import { opd, scans, schedules } from "@/db/schema";
import { nextCronRun } from "./cron";
import { releaseLease, tryAcquireLease } from "./lease";
import { requestScan } from "./scan-jobs";
import { DAY_MS, nextRunOf, openMeetings, SCHEDULER_LEASE, syncSchedules, wibDayStart, type ScheduleRow } from "./schedule-sync";
import { writeTx } from "./tx";

export { SCHEDULER_LEASE, syncSchedules } from "./schedule-sync";
export { scheduleOverview, setDaysBeforeMeeting, setOpdSchedule, setRegencySchedule } from "./schedule-settings";
export type { ScheduleOverview, OpdScheduleOverview } from "./schedule-settings";
export { validateCron, cronSchema } from "./cron";

/** Cron has minute granularity; checking every 15 s starts a due scan within 15 s. */
export const SCHEDULER_TICK_MS = 15_000;
/** Four ticks: a standby process takes over within a minute of the holder dying. */
export const SCHEDULER_LEASE_TTL_MS = 60_000;
export type Fired = { scheduleId: number; kind: "cron" | "before_meeting"; scanIds: number[] };

function activeOpdIds(db: Db, only: number | null): number[] {
  return db
    .select({ id: opd.id })
    .from(opd)
    .where(and(eq(opd.active, true), only == null ? undefined : eq(opd.id, only)))
    .all()
    .map((o) => o.id);
}

/** One OPD that cannot be queued (archived a moment ago) must not hold up the rest of the round. */
function tryRequest(db: Db, opdId: number, trigger: "schedule" | "meeting"): number[] {
  try {
    return [requestScan(db, opdId, trigger, null).scanId];
  } catch (e) {
    console.error(`[penjadwal] OPD #${opdId} tidak dapat diantrekan: ${e instanceof Error ? e.message : String(e)}`);
    return [];
  }
}

function fireCron(db: Db, row: ScheduleRow, now: Date): number[] {
  if (!row.nextRunAt || row.nextRunAt > now) return [];
  // Runs missed while no process was up are caught up with one run, not one per missed time.
  const scanIds = activeOpdIds(db, row.opdId).flatMap((id) => tryRequest(db, id, "schedule"));
  db.update(schedules)
    .set({ lastRunAt: now, nextRunAt: row.cron ? nextCronRun(row.cron, now) : null })
    .where(eq(schedules.id, row.id))
    .run();
  return scanIds;
}

/**
 * For each open meeting whose "N days before" moment has come: scan every active OPD that has
 * had no scan at all since that moment. A scan that failed or was cancelled since then counts,
 * so a dead site is not re-queued every tick; this is what makes it "once per meeting".
 */
function fireBeforeMeeting(db: Db, row: ScheduleRow, now: Date): number[] {
  if (row.daysBefore == null) return [];
  const scanIds: number[] = [];
  for (const m of openMeetings(db, now)) {
    const since = new Date(wibDayStart(m.heldOn) - row.daysBefore * DAY_MS);
    if (since > now) continue;
    for (const opdId of activeOpdIds(db, row.opdId)) {
      const any = db
        .select({ id: scans.id })
        .from(scans)
        .where(and(eq(scans.opdId, opdId), gte(scans.queuedAt, since)))
        .limit(1)
        .get();
      if (!any) scanIds.push(...tryRequest(db, opdId, "meeting"));
    }
  }
  db.update(schedules)
    .set({ ...(scanIds.length ? { lastRunAt: now } : {}), nextRunAt: nextRunOf(db, { ...row, kind: "before_meeting" }, now) })
    .where(eq(schedules.id, row.id))
    .run();
  return scanIds;
}

/** One pass of the scheduler (the caller holds the lease). Each schedule fires in its own transaction. */
export function schedulerTick(db: Db, now = new Date()): Fired[] {
  syncSchedules(db, now);
  const fired: Fired[] = [];
  for (const row of db.select().from(schedules).where(eq(schedules.enabled, true)).all()) {
    const scanIds = writeTx(db, () => (row.kind === "cron" ? fireCron(db, row, now) : fireBeforeMeeting(db, row, now)));
    if (scanIds.length) fired.push({ scheduleId: row.id, kind: row.kind, scanIds });
  }
  return fired;
}

export type SchedulerOptions = {
  db: Db;
  tickMs?: number;
  leaseTtlMs?: number;
  /** Lease holder id; default host:pid. */
  holder?: string;
  /** Called after scans were queued (the worker in this process wakes up). */
  onEnqueued?: () => void;
  log?: (msg: string) => void;
};

export type SchedulerHandle = {
  /** Whether this process held the lease at its last tick. */
  isLeader(): boolean;
  stop(): Promise<void>;
};

/** Ticks now and every `tickMs`, acting only while it holds the scheduler lease. */
export function startScheduler(opts: SchedulerOptions): SchedulerHandle {
  const { db } = opts;
  const log = opts.log ?? ((m: string) => console.error(m));
  const holder = opts.holder ?? `${os.hostname()}:${process.pid}`;
  const ttl = opts.leaseTtlMs ?? SCHEDULER_LEASE_TTL_MS;
  let leader = false;
  const tick = () => {
    try {
      const now = new Date();
      const was = leader;
      leader = tryAcquireLease(db, SCHEDULER_LEASE, holder, ttl, now);
      if (leader !== was) log(leader ? `[penjadwal] aktif di ${holder}` : `[penjadwal] diambil alih proses lain`);
      if (!leader) return;
      const fired = schedulerTick(db, now);
      for (const f of fired) log(`[penjadwal] jadwal #${f.scheduleId} (${f.kind}): ${f.scanIds.length} pindaian diantrekan`);
      if (fired.length) opts.onEnqueued?.();
    } catch (e) {
      log(`[penjadwal] gagal: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  tick();
  const timer = setInterval(tick, opts.tickMs ?? SCHEDULER_TICK_MS);
  timer.unref();
  return {
    isLeader: () => leader,
    async stop() {
      clearInterval(timer);
      if (leader) releaseLease(db, SCHEDULER_LEASE, holder);
      leader = false;
    },
  };
}
