/**
 * The audit page's filters as URL query parameters (shared by the page and its CSV export, so
 * the file holds exactly what the page shows): `tindakan`, `pelaku`, `entitas`, `dari`, `sampai`
 * (calendar days in WIB, both inclusive) and `halaman`.
 */
import { z } from "zod";
import type { AuditFilter } from "./index";

export const AUDIT_PAGE_SIZE = 50;
const WIB_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 86_400_000;

const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)));

/** Midnight WIB at the start of a YYYY-MM-DD day. */
function wibMidnight(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - WIB_OFFSET_MS);
}

export type AuditQuery = {
  tindakan: string;
  pelaku: string;
  entitas: string;
  dari: string;
  sampai: string;
  halaman: number;
};

function one(v: string | string[] | null | undefined): string {
  return (Array.isArray(v) ? v[0] : v)?.trim().slice(0, 200) ?? "";
}

/** Reads the query leniently: an invalid date or page is ignored, never an error page. */
export function readAuditQuery(params: URLSearchParams | Record<string, string | string[] | undefined>): AuditQuery {
  const get = (k: string) => one(params instanceof URLSearchParams ? params.get(k) : params[k]);
  const page = Number.parseInt(get("halaman"), 10);
  return {
    tindakan: get("tindakan"),
    pelaku: get("pelaku"),
    entitas: get("entitas"),
    dari: Day.safeParse(get("dari")).success ? get("dari") : "",
    sampai: Day.safeParse(get("sampai")).success ? get("sampai") : "",
    halaman: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

export function toAuditFilter(q: AuditQuery): AuditFilter {
  return {
    action: q.tindakan || undefined,
    actorId: q.pelaku || undefined,
    entity: q.entitas || undefined,
    from: q.dari ? wibMidnight(q.dari) : undefined,
    to: q.sampai ? new Date(wibMidnight(q.sampai).getTime() + DAY_MS) : undefined,
    limit: AUDIT_PAGE_SIZE,
    offset: (q.halaman - 1) * AUDIT_PAGE_SIZE,
  };
}

/** The query string for a page of the same filter (empty values left out). */
export function auditQueryString(q: AuditQuery, overrides: Partial<AuditQuery> = {}): string {
  const merged = { ...q, ...overrides };
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(merged)) {
    if (k === "halaman" ? v !== 1 : v) p.set(k, String(v));
  }
  const s = p.toString();
  return s ? `?${s}` : "";
}
