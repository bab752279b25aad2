"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { activateChecklistVersion, createChecklistVersion, rescoreChecklistVersion, validateEdits } from "@/lib/admin/checklist";
import { parseChecklistForm } from "@/lib/admin/checklist-form";
import { invalidInput } from "@/lib/admin/validation";
import { failure, type FormState } from "@/lib/auth/form-state";
import { authorize } from "@/lib/auth/server";
import { AppError } from "@/lib/errors";
import { formatDuration, formatInt } from "@/lib/format";
import { checklistItemsOf } from "@/lib/scan/checklist";
import { actorOf } from "../opd/_components/actor";

export type ChecklistSaveState = FormState;

/**
 * Saves the editor as a new checklist version (all items copied, edits applied, made active) and
 * reopens the page on it, with the saved version and changed codes in the address for the notice.
 */
export async function saveChecklistAction(_prev: ChecklistSaveState, form: FormData): Promise<ChecklistSaveState> {
  let saved: { number: number; changed: string[] };
  try {
    const user = await authorize("checklist:write");
    const db = getDb();
    const baseVersionId = Number(form.get("baseVersionId"));
    const items = Number.isInteger(baseVersionId) ? checklistItemsOf(db, baseVersionId) : [];
    if (items.length === 0) throw new AppError("invalid_input", "Versi daftar periksa yang diubah tidak dikenal. Muat ulang halaman.");
    const parsed = parseChecklistForm(form, items);
    // Unreadable fields and invalid values are reported together, next to their items.
    const errors = { ...validateEdits(items, parsed), ...parsed.errors };
    if (Object.keys(errors).length) throw invalidInput(errors, "Belum disimpan: periksa butir yang ditandai.");
    saved = createChecklistVersion(db, parsed, await actorOf(user));
  } catch (e) {
    return failure(e);
  }
  revalidatePath("/", "layout");
  redirect(`/admin/daftar-periksa?disimpan=${saved.number}&ubah=${encodeURIComponent(saved.changed.join(","))}`);
}

/**
 * Re-scores every stored scan under a checklist version, in this request. The demo's scans take
 * seconds; at thousands of scans this should become a queued job with progress.
 */
export async function rescoreAction(_prev: FormState, form: FormData): Promise<FormState> {
  let message: string;
  try {
    const user = await authorize("checklist:write");
    const versionId = z.coerce.number().int().positive().safeParse(form.get("versionId"));
    if (!versionId.success) throw new AppError("invalid_input", "Versi daftar periksa tidak dikenal. Muat ulang halaman.");
    const started = Date.now();
    const r = rescoreChecklistVersion(getDb(), versionId.data, await actorOf(user));
    const rejudged = r.rejudgedItems.length ? ` Butir yang dinilai ulang dari artefak tersimpan: ${r.rejudgedItems.join(", ")}; butir lain disalin.` : "";
    const ms = Date.now() - started;
    const took = ms < 1000 ? "kurang dari 1 detik" : formatDuration(ms);
    message = `${formatInt(r.scans)} pindaian dinilai ulang dengan versi ${r.number} dalam ${took}.${rejudged}`;
  } catch (e) {
    return failure(e);
  }
  // Scores are everywhere: summary, OPD pages, matrix, exports.
  revalidatePath("/", "layout");
  return { ok: true, message };
}

/** Makes an earlier version active again (rollback), e.g. to undo a change made by mistake. */
export async function activateVersionAction(_prev: FormState, form: FormData): Promise<FormState> {
  let number: number;
  try {
    const user = await authorize("checklist:write");
    const versionId = z.coerce.number().int().positive().safeParse(form.get("versionId"));
    if (!versionId.success) throw new AppError("invalid_input", "Versi daftar periksa tidak dikenal. Muat ulang halaman.");
    number = activateChecklistVersion(getDb(), versionId.data, await actorOf(user)).number;
  } catch (e) {
    return failure(e);
  }
  revalidatePath("/", "layout");
  redirect(`/admin/daftar-periksa?diaktifkan=${number}`);
}
