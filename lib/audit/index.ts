/**
 * The audit log: who changed what, when, with the state before and after. Append-only: this
 * module has an insert and reads, and nothing anywhere updates or deletes a row (the database
 * refuses it too, see ./triggers.ts). Callers write the entry in the same transaction as the
 * change it describes, so there is never a change without its entry or an entry without its change.
 */
import { and, count, desc, eq, gte, lt, type SQL } from "drizzle-orm";
import type { Db } from "@/db";
import { auditLog } from "@/db/schema";
import { toCsv } from "@/lib/admin/csv";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export type AuditEntry = {
  actorId: string | null;
  actorName: string;
  /** Dotted verb, e.g. `user.create`, `verdict.set`, `meeting.freeze`, `scan.request`. */
  action: string;
  /** The kind of thing changed, e.g. `user`, `manual_verdict`, `opd`. */
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
};

export type AuditRow = typeof auditLog.$inferSelect;

/** Keys that never go into the log, whoever passes them: secrets stay out of an exportable table. */
const SECRET_KEYS = /^(password|newPassword|currentPassword|temporaryPassword|token|secret|hash)$/i;

function scrub(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(scrub);
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => !SECRET_KEYS.test(k))
        .map(([k, v]) => [k, scrub(v)]),
    );
  }
  return value;
}

/** Appends one entry. Pass the transaction that makes the change. */
export function recordAudit(tx: Db | Tx, entry: AuditEntry): void {
  tx.insert(auditLog)
    .values({
      at: new Date(),
      actorId: entry.actorId,
      actorName: entry.actorName,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      before: entry.before === undefined ? null : scrub(entry.before),
      after: entry.after === undefined ? null : scrub(entry.after),
      ip: entry.ip ?? null,
    })
    .run();
}

export type AuditFilter = {
  action?: string;
  actorId?: string;
  entity?: string;
  entityId?: string;
  /** Inclusive lower bound. */
  from?: Date;
  /** Exclusive upper bound. */
  to?: Date;
  limit?: number;
  offset?: number;
};

/** A page of the log never holds more than this many rows. */
export const AUDIT_PAGE_MAX = 500;
/** The CSV export's bound: years of a regency's changes, yet a file a spreadsheet still opens. */
export const AUDIT_EXPORT_MAX = 100_000;

/** Newest first, with the total count for paging. */
export function listAudit(db: Db, filter: AuditFilter = {}, max = AUDIT_PAGE_MAX): { rows: AuditRow[]; total: number } {
  const where: SQL[] = [];
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  if (filter.actorId) where.push(eq(auditLog.actorId, filter.actorId));
  if (filter.entity) where.push(eq(auditLog.entity, filter.entity));
  if (filter.entityId) where.push(eq(auditLog.entityId, filter.entityId));
  if (filter.from) where.push(gte(auditLog.at, filter.from));
  if (filter.to) where.push(lt(auditLog.at, filter.to));
  const cond = where.length ? and(...where) : undefined;
  const limit = Math.min(Math.max(filter.limit ?? 100, 1), max);
  const rows = db
    .select()
    .from(auditLog)
    .where(cond)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit)
    .offset(Math.max(filter.offset ?? 0, 0))
    .all();
  const total = db.select({ n: count() }).from(auditLog).where(cond).get()?.n ?? 0;
  return { rows, total };
}

/** Every matching row (up to AUDIT_EXPORT_MAX), newest first, for the CSV export. */
export function exportAudit(db: Db, filter: Omit<AuditFilter, "limit" | "offset"> = {}): AuditRow[] {
  return listAudit(db, { ...filter, limit: AUDIT_EXPORT_MAX, offset: 0 }, AUDIT_EXPORT_MAX).rows;
}

/** The distinct actions and actors present, for the filter drop-downs. */
export function auditFacets(db: Db): { actions: string[]; entities: string[]; actors: { id: string; name: string }[] } {
  const actions = db.selectDistinct({ v: auditLog.action }).from(auditLog).orderBy(auditLog.action).all();
  const entities = db.selectDistinct({ v: auditLog.entity }).from(auditLog).orderBy(auditLog.entity).all();
  const actors = db
    .selectDistinct({ id: auditLog.actorId, name: auditLog.actorName })
    .from(auditLog)
    .orderBy(auditLog.actorName)
    .all()
    .filter((a): a is { id: string; name: string } => a.id != null);
  // One entry per actor id (a renamed user keeps their id): the latest name wins by sort order.
  const byId = new Map(actors.map((a) => [a.id, a]));
  return { actions: actions.map((a) => a.v), entities: entities.map((e) => e.v), actors: [...byId.values()] };
}

const WIB_OFFSET_MS = 7 * 3600_000;

/** "2018-06-07 14:05:09" in WIB: sortable, unambiguous, and what spreadsheets parse as a time. */
function wibTimestamp(d: Date): string {
  return new Date(d.getTime() + WIB_OFFSET_MS).toISOString().replace("T", " ").slice(0, 19);
}

/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with a quote. */
function cell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function json(value: unknown): string {
  return value == null ? "" : JSON.stringify(value);
}

export const AUDIT_CSV_HEADER = [
  "waktu_wib",
  "pelaku",
  "id_pelaku",
  "tindakan",
  "entitas",
  "id_entitas",
  "sebelum",
  "sesudah",
  "alamat_ip",
];

/** CSV (RFC 4180, CRLF, UTF-8 with BOM so spreadsheet programs read "é" and "–" right). */
export function auditCsv(rows: AuditRow[]): string {
  const records = rows.map((r) =>
    [
      wibTimestamp(r.at),
      r.actorName,
      r.actorId ?? "",
      r.action,
      r.entity,
      r.entityId ?? "",
      json(r.before),
      json(r.after),
      r.ip ?? "",
    ].map(cell),
  );
  return "\uFEFF" + toCsv([AUDIT_CSV_HEADER, ...records]);
}
