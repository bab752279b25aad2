"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { activateVersionCommand, rescoreCommand, saveChecklistCommand, type ChecklistSaveState, type RescoreFormState } from "@/lib/admin/commands";
import type { FormState } from "@/lib/auth/form-state";

// The bodies (authorization, validation, audit) are in lib/admin/commands.ts. Scores show on
// most pages, so a checklist change refreshes them all.

/** Saves a new version and reopens the page on it, the saved version and changes in the address. */
export async function saveChecklistAction(_prev: ChecklistSaveState, form: FormData): Promise<ChecklistSaveState> {
  const r = await saveChecklistCommand(form);
  if (!r.ok || !r.saved) return r;
  revalidatePath("/", "layout");
  redirect(`/admin/daftar-periksa?disimpan=${r.saved.number}&ubah=${encodeURIComponent(r.saved.changed.join(","))}`);
}

export async function rescoreAction(_prev: RescoreFormState, form: FormData): Promise<RescoreFormState> {
  const r = await rescoreCommand(form);
  if (r.ok) revalidatePath("/", "layout");
  return r;
}

export async function activateVersionAction(_prev: FormState, form: FormData): Promise<FormState> {
  const r = await activateVersionCommand(form);
  if (!r.ok) return r;
  revalidatePath("/", "layout");
  redirect(`/admin/daftar-periksa?diaktifkan=${r.number}`);
}
