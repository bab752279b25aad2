"use server";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/auth/form-state";
import { signInCommand, signOutCommand } from "@/lib/auth/user-commands";

export type SignInState = FormState & { username?: string };

export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const r = await signInCommand(form);
  if (r.ok && r.redirectTo) redirect(r.redirectTo);
  // The form is reset after an action; give the username back so only the password is retyped.
  const username = form.get("username");
  return { ok: r.ok, message: r.message, status: r.status, username: typeof username === "string" ? username : "" };
}

export async function signOutAction(): Promise<void> {
  await signOutCommand();
  redirect("/masuk");
}
