/**
 * Cron expressions for scan schedules: croner does the calendar arithmetic (in WIB), this module
 * adds the checks and the Indonesian messages the settings form shows.
 */
import { Cron } from "croner";
import { z } from "zod";

/** Schedules are read as WIB wall-clock time, like every time the app shows. */
export const SCHEDULE_TIMEZONE = "Asia/Jakarta";
/**
 * A regency round takes tens of minutes; a schedule firing more often than hourly would only
 * queue scans behind unfinished scans, so the form refuses it.
 */
export const MIN_CRON_INTERVAL_MS = 60 * 60_000;
/** Runs looked at to find the shortest gap (catches "0,5 * * * *" whose first gap is short). */
const INTERVAL_SAMPLE_RUNS = 24;
const MAX_CRON_LENGTH = 120;
const EXAMPLE = `Contoh: "0 2 * * 1" (setiap Senin pukul 02.00 WIB) atau "0 1 1 * *" (tanggal 1 tiap bulan pukul 01.00 WIB).`;

function parse(expr: string): Cron | null {
  try {
    return new Cron(expr, { timezone: SCHEDULE_TIMEZONE, paused: true });
  } catch {
    return null;
  }
}

/** The first run strictly after `after`, or null when the expression is invalid or never fires again. */
export function nextCronRun(expr: string, after: Date): Date | null {
  return parse(expr)?.nextRun(after) ?? null;
}

export type CronCheck = { ok: true; expr: string; nextRuns: Date[] } | { ok: false; message: string };

/**
 * Checks a schedule typed by the admin: valid croner syntax (five parts, or a nickname such as
 * "@daily"), fires at least once more, and not more often than hourly.
 */
export function validateCron(input: string, now = new Date()): CronCheck {
  const expr = input.trim().replace(/\s+/g, " ");
  if (!expr) return { ok: false, message: `Jadwal tidak boleh kosong. ${EXAMPLE}` };
  if (expr.length > MAX_CRON_LENGTH) return { ok: false, message: `Jadwal terlalu panjang. ${EXAMPLE}` };
  const cron = parse(expr);
  if (!cron) {
    return {
      ok: false,
      message: `"${expr}" bukan jadwal cron yang sah. Tulis lima bagian: menit jam tanggal bulan hari. ${EXAMPLE}`,
    };
  }
  const runs = cron.nextRuns(INTERVAL_SAMPLE_RUNS, now);
  if (runs.length === 0) {
    return { ok: false, message: `Jadwal "${expr}" tidak pernah jatuh pada tanggal yang ada. ${EXAMPLE}` };
  }
  for (let i = 1; i < runs.length; i++) {
    if (runs[i].getTime() - runs[i - 1].getTime() < MIN_CRON_INTERVAL_MS) {
      return {
        ok: false,
        message: `Jadwal "${expr}" terlalu sering: pindaian terjadwal paling sering sekali per jam. ${EXAMPLE}`,
      };
    }
  }
  return { ok: true, expr, nextRuns: runs.slice(0, 3) };
}

/** For route handlers and server actions: a valid schedule, normalised, or a zod issue in Indonesian. */
export const cronSchema = z.string().transform((value, ctx) => {
  const r = validateCron(value);
  if (!r.ok) {
    ctx.addIssue({ code: "custom", message: r.message });
    return z.NEVER;
  }
  return r.expr;
});
