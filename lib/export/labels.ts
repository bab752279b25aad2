/** Indonesian words for stored codes, shared by the pages and every export. */
import type { Trend } from "@/lib/meetings";
import type { ItemSource, ItemStatus } from "./types";

export const STATUS_LABEL: Record<ItemStatus, string> = {
  scored: "Dinilai",
  review: "Perlu diperiksa",
  error: "Galat",
};

export const SOURCE_LABEL: Record<ItemSource, string> = {
  scanner: "Pemindai",
  manual: "Putusan manual",
};

export const TREND_SYMBOL: Record<Trend, string> = { naik: "▲", turun: "▼", tetap: "=", baru: "•" };

/** "▲ naik" — symbol and word together, so the change never depends on colour. */
export function trendText(trend: Trend | null): string {
  return trend ? `${TREND_SYMBOL[trend]} ${trend}` : "belum ada rapat pembanding";
}

/** Level as people read it: "2", or the status word when the scanner could not decide. */
export function levelText(level: number | null, status: ItemStatus): string {
  if (status !== "scored" || level == null) return STATUS_LABEL[status];
  return String(level);
}

/**
 * The level at or above which an item counts as fulfilled in the meeting pack: level 2 means
 * the content is published and complete enough (checklist.md), level 0-1 still needs work.
 */
export const FULFILLED_LEVEL = 2;

export function needsWork(row: { status: ItemStatus; level: number | null }): boolean {
  return row.status !== "scored" || row.level == null || row.level < FULFILLED_LEVEL;
}
