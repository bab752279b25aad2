"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  deleteOpdCommand,
  importOpdCommand,
  saveOpdCommand,
  setOpdActiveCommand,
  type ImportState,
  type OpdFormState,
} from "@/lib/admin/commands";
import type { FormState } from "@/lib/auth/form-state";

// The bodies (authorization, validation, audit) are in lib/admin/commands.ts; these add what
// only Next can do: refresh the pages that show OPD, and redirect.

function revalidateOpdPages(id?: number): void {
  if (id) revalidatePath(`/admin/opd/${id}`);
  revalidatePath("/admin/opd");
  revalidatePath("/opd");
  revalidatePath("/ringkasan");
}

export async function saveOpdAction(_prev: OpdFormState, form: FormData): Promise<OpdFormState> {
  const r = await saveOpdCommand(form);
  if (!r.ok) return r;
  revalidateOpdPages(r.opdId);
  if (r.created) redirect(`/admin/opd/${r.opdId}?baru=1`);
  return r;
}

export async function setOpdActiveAction(_prev: FormState, form: FormData): Promise<FormState> {
  const r = await setOpdActiveCommand(form);
  if (r.ok) revalidateOpdPages(r.opdId);
  return r;
}

export async function deleteOpdAction(_prev: FormState, form: FormData): Promise<FormState> {
  const r = await deleteOpdCommand(form);
  if (!r.ok) return r;
  revalidateOpdPages();
  redirect("/admin/opd?dihapus=1");
}

export async function importOpdAction(_prev: ImportState, form: FormData): Promise<ImportState> {
  const r = await importOpdCommand(form);
  if (r.report?.imported.length) revalidateOpdPages();
  return r;
}
