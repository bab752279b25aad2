"use server";
import { revalidatePath } from "next/cache";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db";
import { opd, scans } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { canCancelScan } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/server";
import { isAppError } from "@/lib/errors";
import { cancelScan, requestScan } from "@/lib/jobs/scan-jobs";

export type ActionState = { ok: boolean; message: string };

export async function cancelScanAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = z.object({ scanId: z.coerce.number().int().positive() }).safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: "Permintaan tidak valid." };
  try {
    const db = getDb();
    const scan = db.select({ opdId: scans.opdId, trigger: scans.trigger }).from(scans).where(eq(scans.id, parsed.data.scanId)).get();
    if (!scan) return { ok: false, message: "Pindaian tidak ditemukan." };
    const user = await authorize("scan:request", { opdId: scan.opdId });
    if (!canCancelScan(user, scan)) {
      return { ok: false, message: "Pindaian terjadwal, menjelang rapat, atau yang diminta admin hanya dapat dibatalkan oleh admin." };
    }
    const result = db.$client
      .transaction(() => {
        const r = cancelScan(db, parsed.data.scanId, user.id);
        if (!r.cancelled) return r;
        recordAudit(db, { actorId: user.id, actorName: user.name, action: "scan.cancel", entity: "scan", entityId: String(parsed.data.scanId) });
        return r;
      })
      .immediate();
    if (!result.cancelled) return { ok: false, message: "Pindaian ini sudah berakhir; tidak ada yang dibatalkan." };
  } catch (e) {
    return { ok: false, message: isAppError(e) ? e.message : "Pindaian tidak dapat dibatalkan; coba lagi." };
  }
  revalidatePath("/pindaian");
  return { ok: true, message: "Pindaian dibatalkan." };
}

/** Admin: scan every active OPD now. */
export async function scanAllAction(_prev: ActionState): Promise<ActionState> {
  try {
    const user = await authorize("opd:write");
    const db = getDb();
    const ids = db.select({ id: opd.id }).from(opd).where(eq(opd.active, true)).all();
    // All or nothing, under BEGIN IMMEDIATE so a busy worker makes us wait rather than fail.
    const queued = db.$client
      .transaction(() => {
        let n = 0;
        for (const o of ids) if (!requestScan(db, o.id, "manual", user.id).existing) n++;
        recordAudit(db, { actorId: user.id, actorName: user.name, action: "scan.request_all", entity: "scan", after: { queued: n } });
        return n;
      })
      .immediate();
    revalidatePath("/pindaian");
    return { ok: true, message: `${queued} pindaian dimasukkan ke antrean${queued < ids.length ? `; ${ids.length - queued} OPD sudah dalam antrean` : ""}.` };
  } catch (e) {
    return { ok: false, message: isAppError(e) ? e.message : "Pindaian tidak dapat dimulai; coba lagi." };
  }
}
