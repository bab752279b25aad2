"use server";
import { revalidatePath } from "next/cache";
import { saveSettingsCommand } from "@/lib/admin/commands";
import type { FormState } from "@/lib/auth/form-state";

/** Saves the settings (body in lib/admin/commands.ts); name, zones and schedules show on most pages. */
export async function saveSettingsAction(_prev: FormState, form: FormData): Promise<FormState> {
  const r = await saveSettingsCommand(form);
  if (r.ok) revalidatePath("/", "layout");
  return r;
}
