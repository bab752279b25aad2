"use server";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/auth/form-state";
import { changeOwnPasswordCommand } from "@/lib/auth/user-commands";

export async function changePasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const { redirectTo, ...state } = await changeOwnPasswordCommand(form);
  // The old session ended with the change; the new cookie is already set on this response.
  if (state.ok) redirect(redirectTo ?? "/");
  return state;
}
