/** The state a form's server action returns, and turning errors into it. */
import { ZodError } from "zod";
import { isAppError } from "@/lib/errors";

export type FormState = {
  ok: boolean;
  message: string;
  /** HTTP-like status of a refusal (401, 403, 400, 409), for tests and logs. */
  status?: number;
  fieldErrors?: Record<string, string>;
};

export const INITIAL_FORM_STATE: FormState = { ok: false, message: "" };

export function invalid(e: ZodError): FormState {
  const fieldErrors: Record<string, string> = {};
  for (const i of e.issues) fieldErrors[String(i.path[0] ?? "_")] ??= i.message;
  return { ok: false, status: 400, message: "Periksa isian yang ditandai.", fieldErrors };
}

/** AppError and ZodError become a refusal the form shows; anything else is logged and hidden. */
export function failure(e: unknown): FormState {
  if (e instanceof ZodError) return invalid(e);
  if (isAppError(e)) {
    const details = e.details && typeof e.details === "object" ? (e.details as Record<string, string>) : undefined;
    return { ok: false, status: e.status, message: e.message, fieldErrors: details };
  }
  console.error("[action] unexpected error", e);
  return { ok: false, status: 500, message: "Terjadi kesalahan tak terduga; perubahan tidak disimpan. Coba lagi." };
}

export function fields(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  form.forEach((v, k) => {
    if (typeof v === "string") out[k] = v;
  });
  return out;
}
