"use server";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { settingsFormToRaw, updateSettings } from "@/lib/admin/settings";
import { failure, type FormState } from "@/lib/auth/form-state";
import { authorize } from "@/lib/auth/server";
import { actorOf } from "../opd/_components/actor";

/**
 * Saves the installation's settings. Admin only: the policy has no separate settings action, and
 * "opd:write" is the admin's (the settings decide how every OPD is scanned and zoned).
 */
export async function saveSettingsAction(_prev: FormState, form: FormData): Promise<FormState> {
  try {
    const user = await authorize("opd:write");
    updateSettings(getDb(), settingsFormToRaw(form), await actorOf(user));
  } catch (e) {
    return failure(e);
  }
  // Regency name, zones and schedules show on most pages.
  revalidatePath("/", "layout");
  return { ok: true, message: "Pengaturan disimpan dan dicatat di log audit." };
}
