/**
 * Schedules as the app shows and edits them: the admin's settings (validated), and an overview
 * of the last and next scheduled run of every OPD for the scans page.
 */
import { eq, inArray, isNull, max } from "drizzle-orm";
import type { Db } from "@/db";
import { meetings, opd, scans, schedules, settings, type ScanStatus } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { nextCronRun, SCHEDULE_TIMEZONE, validateCron } from "./cron";
import { leaseHolder } from "./lease";
import { DAY_MS, SCHEDULER_LEASE, syncSchedules, wibDayStart } from "./schedule-sync";

/** More than a month ahead is no longer "fresh data for the meeting". */
export const MAX_DAYS_BEFORE_MEETING = 30;
const SCHEDULED_TRIGGERS = ["schedule", "meeting"] as const;

function checked(expr: string | null): string | null {
  if (expr == null || expr.trim() === "") return null;
  const r = validateCron(expr);
  if (!r.ok) throw new AppError("invalid_input", r.message);
  return r.expr;
}

/** Sets (or with null clears) the schedule that scans every active OPD. */
export function setRegencySchedule(db: Db, expr: string | null): void {
  const cron = checked(expr);
  db.update(settings).set({ scheduleCron: cron, updatedAt: new Date() }).where(eq(settings.id, 1)).run();
  syncSchedules(db);
}

/** Sets (or with null clears) one OPD's own schedule, on top of the regency's. */
export function setOpdSchedule(db: Db, opdId: number, expr: string | null): void {
  const cron = checked(expr);
  const res = db.update(opd).set({ scheduleCron: cron, updatedAt: new Date() }).where(eq(opd.id, opdId)).run();
  if (res.changes === 0) throw new AppError("not_found", `OPD #${opdId} tidak ditemukan.`);
  syncSchedules(db);
}

/** Scans every active OPD this many days before each meeting (null: off). */
export function setDaysBeforeMeeting(db: Db, days: number | null): void {
  if (days != null && !(Number.isInteger(days) && days >= 0 && days <= MAX_DAYS_BEFORE_MEETING)) {
    throw new AppError(
      "invalid_input",
      `Jumlah hari sebelum rapat harus bilangan bulat 0 sampai ${MAX_DAYS_BEFORE_MEETING}.`,
    );
  }
  db.update(settings).set({ scanDaysBeforeMeeting: days, updatedAt: new Date() }).where(eq(settings.id, 1)).run();
  syncSchedules(db);
}

export type NextRunSource = "regency" | "opd" | "meeting";

export type OpdScheduleOverview = {
  opdId: number;
  shortName: string;
  /** The OPD's own schedule, if any. */
  cron: string | null;
  /** Latest scan started by a schedule or a meeting, and how it ended. */
  lastRunAt: Date | null;
  lastStatus: ScanStatus | null;
  nextRunAt: Date | null;
  nextSource: NextRunSource | null;
};

export type ScheduleOverview = {
  timezone: string;
  /** Whether some process holds the scheduler lease (if not, no schedule fires). */
  schedulerRunning: boolean;
  regency: { cron: string | null; lastRunAt: Date | null; nextRunAt: Date | null };
  beforeMeeting: { daysBefore: number | null; lastRunAt: Date | null; nextRunAt: Date | null; meetingTitle: string | null };
  opd: OpdScheduleOverview[];
};

/**
 * Last and next scheduled run per active OPD. Next runs are computed from the settings now, so
 * the page is right even before the scheduler has ticked; `schedulerRunning` tells whether they
 * will actually happen.
 */
export function scheduleOverview(db: Db, now = new Date()): ScheduleOverview {
  const set = db.select().from(settings).get();
  const rows = db.select().from(schedules).all();
  const row = (kind: "cron" | "before_meeting", opdId: number | null) =>
    rows.find((r) => r.kind === kind && r.opdId === opdId);

  const regencyCron = set?.scheduleCron ?? null;
  const regencyNext = regencyCron ? nextCronRun(regencyCron, now) : null;
  const days = set?.scanDaysBeforeMeeting ?? null;
  const meeting = days == null ? null : nextMeetingTrigger(db, days, now);

  const last = new Map(
    db
      .select({ opdId: scans.opdId, id: max(scans.id) })
      .from(scans)
      .where(inArray(scans.trigger, [...SCHEDULED_TRIGGERS]))
      .groupBy(scans.opdId)
      .all()
      .map((r) => [r.opdId, r.id]),
  );
  const lastScans = new Map(
    db
      .select({ id: scans.id, queuedAt: scans.queuedAt, status: scans.status })
      .from(scans)
      .where(inArray(scans.id, [...last.values()].filter((id): id is number => id != null)))
      .all()
      .map((s) => [s.id, s]),
  );

  const opdRows = db
    .select({ id: opd.id, shortName: opd.shortName, cron: opd.scheduleCron })
    .from(opd)
    .where(eq(opd.active, true))
    .orderBy(opd.id)
    .all();
  return {
    timezone: SCHEDULE_TIMEZONE,
    schedulerRunning: leaseHolder(db, SCHEDULER_LEASE, now) != null,
    regency: { cron: regencyCron, lastRunAt: row("cron", null)?.lastRunAt ?? null, nextRunAt: regencyNext },
    beforeMeeting: {
      daysBefore: days,
      lastRunAt: row("before_meeting", null)?.lastRunAt ?? null,
      nextRunAt: meeting?.at ?? null,
      meetingTitle: meeting?.title ?? null,
    },
    opd: opdRows.map((o) => {
      const lastScan = lastScans.get(last.get(o.id) ?? -1);
      const candidates: [Date | null, NextRunSource][] = [
        [regencyNext, "regency"],
        [o.cron ? nextCronRun(o.cron, now) : null, "opd"],
        [meeting?.at ?? null, "meeting"],
      ];
      const [nextRunAt, nextSource] = candidates
        .filter((c): c is [Date, NextRunSource] => c[0] != null)
        .sort((a, b) => a[0].getTime() - b[0].getTime())[0] ?? [null, null];
      return {
        opdId: o.id,
        shortName: o.shortName,
        cron: o.cron,
        lastRunAt: lastScan?.queuedAt ?? null,
        lastStatus: lastScan?.status ?? null,
        nextRunAt,
        nextSource,
      };
    }),
  };
}

function nextMeetingTrigger(db: Db, days: number, now: Date): { at: Date; title: string } | null {
  const upcoming = db
    .select({ title: meetings.title, heldOn: meetings.heldOn })
    .from(meetings)
    .where(isNull(meetings.frozenAt))
    .all()
    .map((m) => ({ title: m.title, at: new Date(wibDayStart(m.heldOn) - days * DAY_MS) }))
    .filter((m) => m.at > now)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  return upcoming[0] ?? null;
}
