/**
 * Serve-time substitution for the demo sites: date placeholders (so "fresh" and "stale" news
 * stay fresh and stale whatever day the demo runs), the site's own origin (sitemaps need
 * absolute URLs and the port is only known at start) and shared page parts.
 *
 *   {{tanggal:-12}}  Senin, 16 November 2026   (12 days before today, WIB)
 *   {{tgl:-12}}      16 November 2026
 *   {{iso:-12}}      2026-11-16
 *   {{bulan:-40}}    Oktober 2026
 *   {{tahun:-1}}     2025                        (year offset, not days)
 *   {{origin}}       http://127.0.0.1:4101
 *   {{> header}}     contents of _partials/header.html (HTML files only)
 */

/** WIB (Asia/Jakarta) is UTC+7 all year: Indonesia has no daylight saving time. */
const WIB_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 86_400_000;
/** Partials may include partials; deeper than this is a mistake in the content. */
const MAX_INCLUDE_DEPTH = 4;

export const HARI = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"] as const;
export const BULAN = [
  "Januari", "Februari", "Maret", "April", "Mei", "Juni",
  "Juli", "Agustus", "September", "Oktober", "November", "Desember",
] as const;

/** The WIB calendar day `offsetDays` away from `now`, as a UTC-midnight Date (read with getUTC*). */
export function wibDay(now: Date, offsetDays: number): Date {
  const wib = new Date(now.getTime() + WIB_OFFSET_MS + offsetDays * DAY_MS);
  return new Date(Date.UTC(wib.getUTCFullYear(), wib.getUTCMonth(), wib.getUTCDate()));
}

const pad = (n: number) => String(n).padStart(2, "0");

export function formatDate(kind: "tanggal" | "tgl" | "iso" | "bulan", d: Date): string {
  const day = d.getUTCDate();
  const month = BULAN[d.getUTCMonth()];
  const year = d.getUTCFullYear();
  switch (kind) {
    case "iso":
      return `${year}-${pad(d.getUTCMonth() + 1)}-${pad(day)}`;
    case "tanggal":
      return `${HARI[d.getUTCDay()]}, ${day} ${month} ${year}`;
    case "tgl":
      return `${day} ${month} ${year}`;
    case "bulan":
      return `${month} ${year}`;
  }
}

const TOKEN = /\{\{(tanggal|tgl|iso|bulan|tahun|origin)(?::([+-]?\d+))?\}\}/g;
const INCLUDE = /\{\{>\s*([\w-]+)\s*\}\}/g;

/** Replaces date and origin placeholders; unknown `{{...}}` text is left alone (tests catch it). */
export function substitute(text: string, ctx: { now: Date; origin: string }): string {
  return text.replace(TOKEN, (_m, kind: string, rawOffset: string | undefined) => {
    const offset = rawOffset ? Number(rawOffset) : 0;
    if (kind === "origin") return ctx.origin;
    if (kind === "tahun") return String(wibDay(ctx.now, 0).getUTCFullYear() + offset);
    return formatDate(kind as "tanggal" | "tgl" | "iso" | "bulan", wibDay(ctx.now, offset));
  });
}

/**
 * Expands `{{> name}}` with the partial `readPartial(name)` returns (null: left as is, so a
 * missing partial shows up in tests rather than silently vanishing).
 */
export function expandIncludes(html: string, readPartial: (name: string) => string | null, depth = 0): string {
  if (depth >= MAX_INCLUDE_DEPTH) return html;
  return html.replace(INCLUDE, (m, name: string) => {
    const part = readPartial(name);
    return part === null ? m : expandIncludes(part, readPartial, depth + 1);
  });
}
