"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/auth/form-state";
import { createUserCommand, resetPasswordCommand, setUserActiveCommand, updateUserCommand } from "@/lib/auth/user-commands";

// Each action is the tested command (lib/auth/user-commands.ts) plus the page refresh.

export async function createUserAction(_prev: FormState, form: FormData): Promise<FormState> {
  const r = await createUserCommand(form);
  if (!r.ok || !r.userId) return r;
  revalidatePath("/admin/pengguna");
  redirect(`/admin/pengguna/${r.userId}?dibuat=1`);
}

export async function updateUserAction(_prev: FormState, form: FormData): Promise<FormState> {
  const r = await updateUserCommand(form);
  if (r.ok) revalidatePath("/admin/pengguna", "layout");
  return r;
}

export async function resetPasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const r = await resetPasswordCommand(form);
  if (r.ok) revalidatePath("/admin/pengguna", "layout");
  return r;
}

export async function setUserActiveAction(_prev: FormState, form: FormData): Promise<FormState> {
  const r = await setUserActiveCommand(form);
  if (r.ok) revalidatePath("/admin/pengguna", "layout");
  return r;
}
