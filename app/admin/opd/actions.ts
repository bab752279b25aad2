"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import type { Opd } from "@/db/schema";
import { importOpd, type ImportReport } from "@/lib/admin/import";
import { readImportFile } from "@/lib/admin/import-file";
import { createOpd, deleteOpd, setOpdActive, updateOpd } from "@/lib/admin/opd";
import { opdFormToRaw } from "@/lib/admin/opd-input";
import { failure, type FormState } from "@/lib/auth/form-state";
import { authorize } from "@/lib/auth/server";
import { AppError } from "@/lib/errors";
import { actorOf } from "./_components/actor";

export type OpdFormState = FormState & {
  /** The social account rows as submitted, so the form shows the rows the errors refer to. */
  social?: { platform: string; url: string }[];
};

const Id = z.coerce.number().int().positive();

function idFrom(form: FormData): number {
  const parsed = Id.safeParse(form.get("id"));
  if (!parsed.success) throw new AppError("invalid_input", "Permintaan tidak valid: OPD tidak dikenal.");
  return parsed.data;
}

function revalidateOpdPages(id?: number): void {
  if (id) revalidatePath(`/admin/opd/${id}`);
  revalidatePath("/admin/opd");
  revalidatePath("/opd");
  revalidatePath("/ringkasan");
}

/** Adds an OPD (no `id`) or saves an edit (with `id`). */
export async function saveOpdAction(_prev: OpdFormState, form: FormData): Promise<OpdFormState> {
  const raw = opdFormToRaw(form);
  let created: Opd | null = null;
  let id: number | undefined;
  try {
    const user = await authorize("opd:write");
    const actor = await actorOf(user);
    if (form.get("id")) {
      id = idFrom(form);
      updateOpd(getDb(), id, raw, actor);
    } else {
      created = createOpd(getDb(), raw, actor);
    }
  } catch (e) {
    return { ...failure(e), social: raw.socialAccounts };
  }
  revalidateOpdPages(id);
  if (created) redirect(`/admin/opd/${created.id}?baru=1`);
  return { ok: true, message: "Perubahan disimpan dan dicatat di log audit.", social: raw.socialAccounts };
}

/** Archives (`active=0`) or restores (`active=1`) an OPD. */
export async function setOpdActiveAction(_prev: FormState, form: FormData): Promise<FormState> {
  let active = false;
  let id: number;
  try {
    const user = await authorize("opd:write");
    active = form.get("active") === "1";
    id = idFrom(form);
    setOpdActive(getDb(), id, active, await actorOf(user));
  } catch (e) {
    return failure(e);
  }
  revalidateOpdPages(id);
  return {
    ok: true,
    message: active ? "OPD diaktifkan kembali dan ikut dipindai lagi." : "OPD dinonaktifkan. Riwayat pindaiannya tetap tersimpan; OPD ini tidak dipindai lagi.",
  };
}

/** Deletes an OPD without history; an OPD with scans is refused with the advice to deactivate it. */
export async function deleteOpdAction(_prev: FormState, form: FormData): Promise<FormState> {
  try {
    const user = await authorize("opd:write");
    deleteOpd(getDb(), idFrom(form), await actorOf(user));
  } catch (e) {
    return failure(e);
  }
  revalidateOpdPages();
  redirect("/admin/opd?dihapus=1");
}

export type ImportState = FormState & { report?: ImportReport; fileName?: string };

/** Checks (`mode=check`) or imports an uploaded CSV/XLSX; all rows or none. */
export async function importOpdAction(_prev: ImportState, form: FormData): Promise<ImportState> {
  const file = form.get("file");
  const fileName = file instanceof File ? file.name : undefined;
  let report: ImportReport;
  try {
    const user = await authorize("opd:write");
    if (!(file instanceof File) || file.size === 0) {
      return { ok: false, status: 400, message: "Pilih berkas CSV atau XLSX berisi daftar OPD.", fieldErrors: { file: "Pilih berkas terlebih dahulu." } };
    }
    const sheet = await readImportFile(file.name, new Uint8Array(await file.arrayBuffer()));
    report = importOpd(getDb(), sheet, await actorOf(user), { dryRun: form.get("mode") === "check" });
  } catch (e) {
    return { ...failure(e), fileName };
  }
  if (report.imported.length) revalidateOpdPages();
  const n = report.errors.length;
  const message = n
    ? `Tidak ada OPD yang diimpor: ${n} kesalahan pada berkas. Perbaiki baris yang disebut di bawah, lalu unggah lagi.`
    : report.dryRun
      ? `Semua ${report.total} baris sah. Tekan "Impor" untuk menyimpannya.`
      : `${report.imported.length} OPD berhasil diimpor.`;
  return { ok: n === 0, message, report, fileName };
}
