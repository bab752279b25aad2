/**
 * Manual verdicts: Bagian Organisasi sets an item's level by hand with a note. The verdict is
 * tied to the evidence it was given on (a hash), stands over later scans until withdrawn or
 * until that evidence changes, and every change is in the audit log.
 */
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { manualVerdicts } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { evidenceHash, latestCompletedScan, resultVersionFor } from "@/lib/results/effective";
import { scoringResults } from "@/lib/results/rows";
import { activeChecklist } from "@/lib/scan/checklist";

export const VerdictInput = z.object({
  opdId: z.coerce.number().int().positive(),
  code: z.string().regex(/^[A-Z]{2}-\d{2}$/, "Kode butir tidak dikenal."),
  level: z.coerce
    .number({ message: "Pilih tingkat 0 sampai 3." })
    .int()
    .min(0, "Pilih tingkat 0 sampai 3.")
    .max(3, "Pilih tingkat 0 sampai 3."),
  note: z.string().trim().min(10, "Tulis catatan alasan putusan, paling sedikit 10 karakter.").max(2000, "Catatan paling panjang 2000 karakter."),
});
export type VerdictInput = z.infer<typeof VerdictInput>;

type Actor = { id: string; name: string };

export function setVerdict(db: Db, input: VerdictInput, actor: Actor, ip: string | null = null) {
  return db.transaction((tx) => {
    const txDb = tx as unknown as Db;
    const scan = latestCompletedScan(txDb, input.opdId);
    // The evidence exactly as the OPD page shows it (same scan, same version), so the hash
    // matches what effectiveResults checks the verdict against.
    const version = scan ? resultVersionFor(txDb, scan.id, activeChecklist(txDb).versionId) : null;
    const result = scan && version != null ? scoringResults(txDb, scan.id, version).find((r) => r.code === input.code) : undefined;
    const previous = tx
      .select()
      .from(manualVerdicts)
      .where(and(eq(manualVerdicts.opdId, input.opdId), eq(manualVerdicts.code, input.code), isNull(manualVerdicts.withdrawnAt)))
      .all();
    const now = new Date();
    // One standing verdict per item: a new one replaces (withdraws) the old.
    for (const p of previous) {
      tx.update(manualVerdicts).set({ withdrawnAt: now, withdrawnBy: actor.id }).where(eq(manualVerdicts.id, p.id)).run();
    }
    const row = tx
      .insert(manualVerdicts)
      .values({
        opdId: input.opdId,
        code: input.code,
        level: input.level,
        note: input.note,
        authorId: actor.id,
        scanId: scan?.id ?? null,
        evidenceHash: result ? evidenceHash(result.evidence) : null,
        createdAt: now,
      })
      .returning()
      .get();
    recordAudit(tx, {
      actorId: actor.id,
      actorName: actor.name,
      action: "verdict.set",
      entity: "manual_verdict",
      entityId: String(row.id),
      before: previous[0] ? { level: previous[0].level, note: previous[0].note } : null,
      after: { opdId: row.opdId, code: row.code, level: row.level, note: row.note },
      ip,
    });
    return row;
  });
}

/**
 * Withdraws a standing verdict. `opdId` is the OPD the caller was authorised for; a verdict of
 * any other OPD is "not found", so authorising one OPD never reaches another's verdicts.
 */
export function withdrawVerdict(db: Db, target: { verdictId: number; opdId: number }, actor: Actor, ip: string | null = null) {
  return db.transaction((tx) => {
    const v = tx
      .select()
      .from(manualVerdicts)
      .where(and(eq(manualVerdicts.id, target.verdictId), eq(manualVerdicts.opdId, target.opdId)))
      .get();
    if (!v) throw new AppError("not_found", "Putusan manual tidak ditemukan.");
    if (v.withdrawnAt) throw new AppError("conflict", "Putusan manual ini sudah ditarik.");
    tx.update(manualVerdicts).set({ withdrawnAt: new Date(), withdrawnBy: actor.id }).where(eq(manualVerdicts.id, v.id)).run();
    recordAudit(tx, {
      actorId: actor.id,
      actorName: actor.name,
      action: "verdict.withdraw",
      entity: "manual_verdict",
      entityId: String(v.id),
      before: { opdId: v.opdId, code: v.code, level: v.level, note: v.note },
      after: null,
      ip,
    });
    return v;
  });
}
