/**
 * Adding, editing, archiving and (only while it has no history) deleting an OPD. Every change is
 * validated, written and audited in one transaction, so no change exists without its audit entry.
 */
import { count, eq, ne } from "drizzle-orm";
import type { Db } from "@/db";
import { manualVerdicts, meetingOpd, opd, scans, schedules, user, type Opd } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { syncSchedules } from "@/lib/jobs/scheduler";
import type { Actor, Tx } from "./actor";
import { OpdInput, siteKey, slugOf, type OpdInput as OpdInputT } from "./opd-input";
import { fieldErrorsOf, invalidInput, sqliteCode, type FieldErrors } from "./validation";

/** The fields of an OPD the audit log shows before and after a change. */
export function opdSnapshot(row: Opd) {
  return {
    slug: row.slug,
    name: row.name,
    shortName: row.shortName,
    websiteUrl: row.websiteUrl,
    socialAccounts: row.socialAccounts,
    services: row.services,
    active: row.active,
    ignoreRobots: row.ignoreRobots,
    maxPages: row.maxPages,
    maxDepth: row.maxDepth,
    scheduleCron: row.scheduleCron,
  };
}

/** Parses raw input with the schema; throws invalid_input with per-field messages. */
export function parseOpdInput(raw: unknown): OpdInputT {
  const parsed = OpdInput.safeParse(raw);
  if (!parsed.success) throw invalidInput(fieldErrorsOf(parsed.error));
  return parsed.data;
}

/** Slug and website must be unique across every OPD, archived ones included. */
function uniquenessErrors(tx: Tx | Db, slug: string, websiteUrl: string, excludeId: number | null): FieldErrors {
  const errors: FieldErrors = {};
  const others = tx
    .select({ id: opd.id, slug: opd.slug, name: opd.name, websiteUrl: opd.websiteUrl })
    .from(opd)
    .where(excludeId == null ? undefined : ne(opd.id, excludeId))
    .all();
  const sameSlug = others.find((o) => o.slug === slug);
  if (sameSlug) errors.slug = `Slug "${slug}" sudah dipakai ${sameSlug.name}. Isi slug lain.`;
  const key = siteKey(websiteUrl);
  const sameSite = others.find((o) => siteKey(o.websiteUrl) === key);
  if (sameSite) errors.websiteUrl = `Alamat situs ini sudah terdaftar untuk ${sameSite.name}.`;
  return errors;
}

function getOrThrow(tx: Tx | Db, id: number): Opd {
  const row = tx.select().from(opd).where(eq(opd.id, id)).get();
  if (!row) throw new AppError("not_found", "OPD tidak ditemukan. Mungkin sudah dihapus.");
  return row;
}

function audit(tx: Tx, actor: Actor, action: string, id: number, before: unknown, after: unknown) {
  recordAudit(tx, {
    actorId: actor.id,
    actorName: actor.name,
    action,
    entity: "opd",
    entityId: String(id),
    before,
    after,
    ip: actor.ip ?? null,
  });
}

/** A UNIQUE violation that slipped past the check (two admins at once) reads as a field error. */
function rethrowUnique(e: unknown): never {
  if (sqliteCode(e) === "SQLITE_CONSTRAINT_UNIQUE") {
    throw invalidInput({ slug: "Slug ini baru saja dipakai OPD lain. Isi slug lain." });
  }
  throw e;
}

export function createOpd(db: Db, raw: unknown, actor: Actor): Opd {
  const input = parseOpdInput(raw);
  const slug = slugOf(input);
  if (!slug) throw invalidInput({ shortName: "Singkatan harus memuat huruf atau angka untuk membentuk slug." });
  let created: Opd;
  try {
    created = db.transaction((tx) => {
      const errors = uniquenessErrors(tx, slug, input.websiteUrl, null);
      if (Object.keys(errors).length) throw invalidInput(errors);
      const { slug: _typed, ...fields } = input;
      const row = tx.insert(opd).values({ ...fields, slug }).returning().get();
      audit(tx, actor, "opd.create", row.id, null, opdSnapshot(row));
      return row;
    });
  } catch (e) {
    rethrowUnique(e);
  }
  if (created.scheduleCron) syncSchedules(db);
  return created;
}

export function updateOpd(db: Db, id: number, raw: unknown, actor: Actor): Opd {
  const input = parseOpdInput(raw);
  let updated: Opd;
  try {
    updated = db.transaction((tx) => {
      const before = getOrThrow(tx, id);
      // An emptied slug field keeps the current slug: links to /opd/<slug> must not break by accident.
      const slug = input.slug || before.slug;
      const errors = uniquenessErrors(tx, slug, input.websiteUrl, id);
      if (Object.keys(errors).length) throw invalidInput(errors);
      // Archiving has its own action and audit entry (setOpdActive); an edit never changes it.
      const { slug: _typed, active: _active, ...fields } = input;
      const after = tx
        .update(opd)
        .set({ ...fields, slug, updatedAt: new Date() })
        .where(eq(opd.id, id))
        .returning()
        .get();
      audit(tx, actor, "opd.update", id, opdSnapshot(before), opdSnapshot(after));
      return after;
    });
  } catch (e) {
    rethrowUnique(e);
  }
  // The scheduler mirrors OPD schedules into its own rows; do it now so the scans page is right at once.
  syncSchedules(db);
  return updated;
}

/** Archives (active = false) or restores an OPD. Archived OPD are not scanned or summarised. */
export function setOpdActive(db: Db, id: number, active: boolean, actor: Actor): Opd {
  const after = db.transaction((tx) => {
    const before = getOrThrow(tx, id);
    if (before.active === active) return before;
    const row = tx.update(opd).set({ active, updatedAt: new Date() }).where(eq(opd.id, id)).returning().get();
    audit(tx, actor, active ? "opd.reactivate" : "opd.deactivate", id, { active: before.active }, { active });
    return row;
  });
  // An archived OPD's own schedule stops firing (the scheduler skips inactive OPD anyway).
  if (after.scheduleCron) syncSchedules(db);
  return after;
}

export type OpdHistory = { scans: number; meetings: number; verdicts: number; users: number };

/** What refers to an OPD; any of it makes the OPD history that must not be deleted. */
export function opdHistory(db: Db | Tx, id: number): OpdHistory {
  const n = (q: { n: number } | undefined) => q?.n ?? 0;
  return {
    scans: n(db.select({ n: count() }).from(scans).where(eq(scans.opdId, id)).get()),
    meetings: n(db.select({ n: count() }).from(meetingOpd).where(eq(meetingOpd.opdId, id)).get()),
    verdicts: n(db.select({ n: count() }).from(manualVerdicts).where(eq(manualVerdicts.opdId, id)).get()),
    users: n(db.select({ n: count() }).from(user).where(eq(user.opdId, id)).get()),
  };
}

export function hasHistory(h: OpdHistory): boolean {
  return h.scans + h.meetings + h.verdicts + h.users > 0;
}

export const DELETE_REFUSED_MESSAGE =
  "OPD ini tidak dapat dihapus karena sudah punya riwayat (pindaian, rapat, putusan manual atau pengguna). " +
  "Nonaktifkan saja: riwayatnya tetap utuh dan OPD tidak dipindai lagi.";

/**
 * Deletes an OPD that was never scanned (a typo, a wrong import). An OPD with history is refused:
 * the schema's foreign keys refuse it too, so the check here is for the message, not the safety.
 */
export function deleteOpd(db: Db, id: number, actor: Actor): void {
  try {
    db.transaction((tx) => {
      const before = getOrThrow(tx, id);
      if (hasHistory(opdHistory(tx, id))) throw new AppError("conflict", DELETE_REFUSED_MESSAGE);
      audit(tx, actor, "opd.delete", id, opdSnapshot(before), null);
      // Its schedule rows are the scheduler's mirror of this OPD's own settings, not history.
      tx.delete(schedules).where(eq(schedules.opdId, id)).run();
      tx.delete(opd).where(eq(opd.id, id)).run();
    });
  } catch (e) {
    if (sqliteCode(e) === "SQLITE_CONSTRAINT_FOREIGNKEY") {
      throw new AppError("conflict", DELETE_REFUSED_MESSAGE, { cause: e });
    }
    throw e;
  }
}
