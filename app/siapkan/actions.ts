"use server";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/auth/form-state";
import { setupFirstAdminCommand } from "@/lib/auth/user-commands";

export async function setupAction(_prev: FormState, form: FormData): Promise<FormState> {
  const r = await setupFirstAdminCommand(form);
  if (r.ok) redirect("/masuk?siap=1");
  return r;
}
