/**
 * Indonesian formatting for everything users read: "Kamis, 7 Juni 2018", "14.05 WIB", "86,45".
 * The regency is in WIB (UTC+7), whatever the server's time zone.
 */
const TZ = "Asia/Jakarta";

const dateLong = new Intl.DateTimeFormat("id-ID", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: TZ,
});
const dateShort = new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: TZ });
const time = new Intl.DateTimeFormat("id-ID", { hour: "2-digit", minute: "2-digit", hour12: false, timeZone: TZ });
const number2 = new Intl.NumberFormat("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const number0 = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 });

/** "Kamis, 7 Juni 2018" */
export function formatDateLong(d: Date | number): string {
  return dateLong.format(d);
}

/** "7 Juni 2018" */
export function formatDate(d: Date | number): string {
  return dateShort.format(d);
}

/** "Kamis, 7 Juni 2018 pukul 14.05 WIB" */
export function formatDateTime(d: Date | number): string {
  return `${dateLong.format(d)} pukul ${time.format(d).replace(":", ".")} WIB`;
}

/** "7 Juni 2018, 14.05 WIB" */
export function formatDateTimeShort(d: Date | number): string {
  return `${dateShort.format(d)}, ${time.format(d).replace(":", ".")} WIB`;
}

/** A YYYY-MM-DD calendar date (a meeting day) as "Kamis, 7 Juni 2018". */
export function formatIsoDay(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  // Noon UTC is the same calendar day in WIB.
  return formatDateLong(Date.UTC(y, m - 1, d, 5));
}

/** 86.45 -> "86,45"; null -> "–" */
/**
 * Noon WIB of a calendar day ("2026-12-01"): the same day in WIB and in UTC, so a judging date
 * given as a day means that day whatever the server's time zone.
 */
export function noonWib(day: string): Date {
  return new Date(`${day}T05:00:00Z`);
}

export function formatScore(n: number | null | undefined): string {
  return n == null ? "–" : number2.format(n);
}

export function formatInt(n: number): string {
  return number0.format(n);
}

/** Signed change: +3,20 / −1,05 / 0,00 */
export function formatDelta(n: number): string {
  const abs = number2.format(Math.abs(n));
  if (n > 0.004) return `+${abs}`;
  if (n < -0.004) return `−${abs}`;
  return abs;
}

/** Duration in Indonesian: "2 menit 5 detik" */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} detik`;
  const m = Math.floor(s / 60);
  return s % 60 ? `${m} menit ${s % 60} detik` : `${m} menit`;
}

const dayMonthShort = new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "short", year: "numeric", timeZone: TZ });

/** "7 Jun 2018": a chart axis label. */
export function formatDateAxis(d: Date | number): string {
  return dayMonthShort.format(d).replace(/\./g, "");
}

/** A YYYY-MM-DD meeting day as "7 Jun 2018". */
export function formatIsoDayAxis(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return formatDateAxis(Date.UTC(y, m - 1, d, 5));
}

/** Longest meeting name a chart axis shows before it shortens it. */
const AXIS_TITLE_MAX = 16;

/**
 * A meeting's name short enough for a chart axis: "Rapat Evaluasi ... II" becomes "Rapat II"
 * (the numbering is what tells meetings apart), other long titles are cut with an ellipsis.
 */
export function shortMeetingTitle(title: string): string {
  const t = title.trim();
  if (t.length <= AXIS_TITLE_MAX) return t;
  const n = /\s((?:[IVXLC]+)|(?:\d+))$/.exec(t);
  if (n) return `Rapat ${n[1]}`;
  return `${t.slice(0, AXIS_TITLE_MAX - 1).trimEnd()}…`;
}

/** "14.05 WIB" */
export function formatTime(d: Date | number): string {
  return `${time.format(d).replace(":", ".")} WIB`;
}
