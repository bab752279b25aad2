/**
 * The bodies of the admin pages' server actions: authorize first, validate, change, report in the
 * form's state. Kept apart from the "use server" files (which add revalidation and redirects) so
 * tests can run them as any user against a real database (lib/auth/testing.ts).
 */
import { z } from "zod";
import { clientAddress } from "@/lib/net/client-address";
import { getDb } from "@/db";
import { failure, type FormState } from "@/lib/auth/form-state";
import { requestHeaders } from "@/lib/auth/request-context";
import { authorize, type SessionUser } from "@/lib/auth/server";
import { AppError } from "@/lib/errors";
import { formatDuration, formatInt } from "@/lib/format";
import { RESCORE_INLINE_MAX, requestRescore } from "@/lib/jobs/rescore-jobs";
import { checklistItemsOf } from "@/lib/scan/checklist";
import { countScansToRescore } from "@/lib/scan/rescore";
import type { Actor } from "./actor";
import { activateChecklistVersion, createChecklistVersion, rescoreChecklistVersion, validateEdits } from "./checklist";
import { parseChecklistForm } from "./checklist-form";
import { importOpd, type ImportReport } from "./import";
import { readImportFile } from "./import-file";
import { createOpd, deleteOpd, setOpdActive, updateOpd } from "./opd";
import { opdFormToRaw } from "./opd-input";
import { settingsFormToRaw, updateSettings } from "./settings";
import { invalidInput } from "./validation";

/** The signed-in user as the audit log records them, with the request's address. */
export async function actorOf(user: SessionUser): Promise<Actor> {
  return { id: user.id, name: user.name, ip: clientAddress(await requestHeaders()) };
}

const Id = z.coerce.number().int().positive();

function idFrom(form: FormData, name: string, what: string): number {
  const parsed = Id.safeParse(form.get(name));
  if (!parsed.success) throw new AppError("invalid_input", `Permintaan tidak valid: ${what} tidak dikenal. Muat ulang halaman.`);
  return parsed.data;
}

export type OpdFormState = FormState & {
  /** The social account rows as submitted, so the form shows the rows the errors refer to. */
  social?: { platform: string; url: string }[];
  /** The OPD added or edited. */
  opdId?: number;
  created?: boolean;
};

/** Adds an OPD (no `id`) or saves an edit (with `id`). */
export async function saveOpdCommand(form: FormData): Promise<OpdFormState> {
  const raw = opdFormToRaw(form);
  try {
    const actor = await actorOf(await authorize("opd:write"));
    if (form.get("id")) {
      const row = updateOpd(getDb(), idFrom(form, "id", "OPD"), raw, actor);
      return { ok: true, message: "Perubahan disimpan dan dicatat di log audit.", social: raw.socialAccounts, opdId: row.id };
    }
    const row = createOpd(getDb(), raw, actor);
    return { ok: true, message: "OPD ditambahkan dan dicatat di log audit.", opdId: row.id, created: true };
  } catch (e) {
    return { ...failure(e), social: raw.socialAccounts };
  }
}

/** Archives (`active=0`) or restores (`active=1`) an OPD. */
export async function setOpdActiveCommand(form: FormData): Promise<FormState & { opdId?: number }> {
  try {
    const actor = await actorOf(await authorize("opd:write"));
    const active = form.get("active") === "1";
    const row = setOpdActive(getDb(), idFrom(form, "id", "OPD"), active, actor);
    return {
      ok: true,
      opdId: row.id,
      message: active ? "OPD diaktifkan kembali dan ikut dipindai lagi." : "OPD dinonaktifkan. Riwayat pindaiannya tetap tersimpan; OPD ini tidak dipindai lagi.",
    };
  } catch (e) {
    return failure(e);
  }
}

/** Deletes an OPD without history; an OPD with scans is refused with the advice to deactivate it. */
export async function deleteOpdCommand(form: FormData): Promise<FormState> {
  try {
    const actor = await actorOf(await authorize("opd:write"));
    deleteOpd(getDb(), idFrom(form, "id", "OPD"), actor);
    return { ok: true, message: "OPD dihapus dan penghapusannya dicatat di log audit." };
  } catch (e) {
    return failure(e);
  }
}

export type ImportState = FormState & { report?: ImportReport; fileName?: string };

/** Checks (`mode=check`) or imports an uploaded CSV/XLSX; all rows or none. */
export async function importOpdCommand(form: FormData): Promise<ImportState> {
  const file = form.get("file");
  const fileName = file instanceof File ? file.name : undefined;
  let report: ImportReport;
  try {
    const actor = await actorOf(await authorize("opd:write"));
    if (!(file instanceof File) || file.size === 0) {
      return { ok: false, status: 400, message: "Pilih berkas CSV atau XLSX berisi daftar OPD.", fieldErrors: { file: "Pilih berkas terlebih dahulu." } };
    }
    const sheet = await readImportFile(file.name, new Uint8Array(await file.arrayBuffer()));
    report = importOpd(getDb(), sheet, actor, { dryRun: form.get("mode") === "check" });
  } catch (e) {
    return { ...failure(e), fileName };
  }
  const n = report.errors.length;
  const message = n
    ? `Tidak ada OPD yang diimpor: ${n} kesalahan pada berkas. Perbaiki baris yang disebut di bawah, lalu unggah lagi.`
    : report.dryRun
      ? `Semua ${report.total} baris sah. Tekan "Impor" untuk menyimpannya.`
      : `${report.imported.length} OPD berhasil diimpor.`;
  return { ok: n === 0, status: n ? 400 : undefined, message, report, fileName };
}

export type ChecklistSaveState = FormState & { saved?: { versionId: number; number: number; changed: string[] } };

/** Saves the checklist editor as a new version (all items copied, edits applied, made active). */
export async function saveChecklistCommand(form: FormData): Promise<ChecklistSaveState> {
  try {
    const actor = await actorOf(await authorize("checklist:write"));
    const db = getDb();
    const baseVersionId = Number(form.get("baseVersionId"));
    const items = Number.isInteger(baseVersionId) ? checklistItemsOf(db, baseVersionId) : [];
    if (items.length === 0) throw new AppError("invalid_input", "Versi daftar periksa yang diubah tidak dikenal. Muat ulang halaman.");
    const parsed = parseChecklistForm(form, items);
    // Unreadable fields and invalid values are reported together, next to their items.
    const errors = { ...validateEdits(items, parsed), ...parsed.errors };
    if (Object.keys(errors).length) throw invalidInput(errors, "Belum disimpan: periksa butir yang ditandai.");
    const r = createChecklistVersion(db, parsed, actor);
    return { ok: true, message: `Versi ${r.number} disimpan dan aktif.`, saved: { versionId: r.versionId, number: r.number, changed: r.changed } };
  } catch (e) {
    return failure(e);
  }
}

/**
 * Re-scores every stored scan under a checklist version. A regency's few hundred scans are done
 * in this request and reported at once; more go to the worker as a queued job (minutes of work at
 * province scale), whose progress the checklist page shows.
 */
/** A re-scoring's report; `queued` when it went to the worker rather than ran in the request. */
export type RescoreFormState = FormState & { queued?: boolean };

export async function rescoreCommand(form: FormData): Promise<RescoreFormState> {
  try {
    const actor = await actorOf(await authorize("checklist:write"));
    const versionId = idFrom(form, "versionId", "versi daftar periksa");
    const db = getDb();
    const pending = countScansToRescore(db, versionId);
    if (pending > RESCORE_INLINE_MAX) {
      const r = requestRescore(db, versionId, actor);
      return {
        ok: true,
        queued: true,
        message: r.existing
          ? "Penilaian ulang versi ini sudah diantrekan atau sedang berjalan; kemajuannya tampil di halaman ini."
          : `${formatInt(pending)} pindaian akan dinilai ulang oleh pekerja di latar belakang; kemajuannya tampil di halaman ini dan hasil yang sudah dinilai langsung tersimpan.`,
      };
    }
    const started = Date.now();
    const r = rescoreChecklistVersion(db, versionId, actor);
    const ms = Date.now() - started;
    const took = ms < 1000 ? "kurang dari 1 detik" : formatDuration(ms);
    const rejudged = r.rejudgedItems.length ? ` Butir yang dinilai ulang dari artefak tersimpan: ${r.rejudgedItems.join(", ")}; butir lain memakai hasil penilaian sebelumnya.` : "";
    return { ok: true, message: `${formatInt(r.scans)} pindaian dinilai ulang dengan versi ${r.number} dalam ${took}.${rejudged}` };
  } catch (e) {
    return failure(e);
  }
}

/** Makes an earlier version active again (rollback), e.g. to undo a change made by mistake. */
export async function activateVersionCommand(form: FormData): Promise<FormState & { number?: number }> {
  try {
    const actor = await actorOf(await authorize("checklist:write"));
    const r = activateChecklistVersion(getDb(), idFrom(form, "versionId", "versi daftar periksa"), actor);
    return { ok: true, number: r.number, message: `Versi ${r.number} aktif kembali.` };
  } catch (e) {
    return failure(e);
  }
}

/**
 * Saves the installation's settings. Admin only: the policy has no separate settings action, and
 * "opd:write" is the admin's (the settings decide how every OPD is scanned and zoned).
 */
export async function saveSettingsCommand(form: FormData): Promise<FormState> {
  try {
    const actor = await actorOf(await authorize("opd:write"));
    updateSettings(getDb(), settingsFormToRaw(form), actor);
    return { ok: true, message: "Pengaturan disimpan dan dicatat di log audit." };
  } catch (e) {
    return failure(e);
  }
}
