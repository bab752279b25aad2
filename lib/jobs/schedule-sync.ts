/**
 * Schedules as rows: the admin edits settings columns (regency cron, per-OPD cron, days before
 * meeting); `syncSchedules` mirrors them into `schedules` rows, which carry last and next run.
 */
import { eq, isNull } from "drizzle-orm";
import type { Db } from "@/db";
import { meetings, opd, schedules, settings } from "@/db/schema";
import { nextCronRun } from "./cron";
import { writeTx } from "./tx";

/** The lease that makes one process the scheduler. */
export const SCHEDULER_LEASE = "scheduler";

export const DAY_MS = 86_400_000;

export type ScheduleRow = typeof schedules.$inferSelect;
type Desired = { opdId: number | null; kind: "cron" | "before_meeting"; cron: string | null; daysBefore: number | null };

/** Midnight WIB at the start of a meeting day (`held_on` is a WIB calendar date). */
export function wibDayStart(day: string): number {
  return Date.parse(`${day}T00:00:00+07:00`);
}

export function nextRunOf(db: Db, d: Pick<Desired, "kind" | "cron" | "daysBefore">, now: Date): Date | null {
  if (d.kind === "cron") return d.cron ? nextCronRun(d.cron, now) : null;
  if (d.daysBefore == null) return null;
  const next = openMeetings(db, now)
    .map((m) => wibDayStart(m.heldOn) - d.daysBefore! * DAY_MS)
    .filter((t) => t > now.getTime())
    .sort((a, b) => a - b)[0];
  return next === undefined ? null : new Date(next);
}

/** Meetings not yet frozen whose day has not ended. */
export function openMeetings(db: Db, now: Date) {
  return db
    .select({ id: meetings.id, title: meetings.title, heldOn: meetings.heldOn })
    .from(meetings)
    .where(isNull(meetings.frozenAt))
    .all()
    .filter((m) => wibDayStart(m.heldOn) + DAY_MS > now.getTime());
}

/** Mirrors the settings columns into `schedules` rows: new rows, changed expressions, switched off. */
export function syncSchedules(db: Db, now = new Date()): void {
  writeTx(db, () => {
    const set = db.select().from(settings).get();
    const desired: Desired[] = [
      { opdId: null, kind: "cron", cron: set?.scheduleCron ?? null, daysBefore: null },
      { opdId: null, kind: "before_meeting", cron: null, daysBefore: set?.scanDaysBeforeMeeting ?? null },
      ...db
        .select({ id: opd.id, cron: opd.scheduleCron, active: opd.active })
        .from(opd)
        .all()
        .map((o) => ({ opdId: o.id, kind: "cron" as const, cron: o.active ? o.cron : null, daysBefore: null })),
    ];
    const rows = new Map<string, ScheduleRow>();
    for (const r of db.select().from(schedules).orderBy(schedules.id).all()) {
      const key = `${r.opdId ?? "all"}:${r.kind}`;
      if (!rows.has(key)) rows.set(key, r);
    }
    for (const d of desired) {
      const row = rows.get(`${d.opdId ?? "all"}:${d.kind}`);
      const on = d.kind === "cron" ? d.cron != null : d.daysBefore != null;
      if (!on) {
        if (row?.enabled) db.update(schedules).set({ enabled: false, nextRunAt: null }).where(eq(schedules.id, row.id)).run();
        continue;
      }
      if (!row) {
        db.insert(schedules).values({ ...d, enabled: true, nextRunAt: nextRunOf(db, d, now) }).run();
      } else if (!row.enabled || row.cron !== d.cron || row.daysBefore !== d.daysBefore) {
        db.update(schedules)
          .set({ cron: d.cron, daysBefore: d.daysBefore, enabled: true, nextRunAt: nextRunOf(db, d, now) })
          .where(eq(schedules.id, row.id))
          .run();
      }
    }
  });
}
