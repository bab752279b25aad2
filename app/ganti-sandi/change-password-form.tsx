"use client";
import { useActionState } from "react";
import type { FormState } from "@/lib/auth/form-state";
import { changePasswordAction } from "./actions";

function Field({ id, label, autoComplete, error, hint }: { id: string; label: string; autoComplete: string; error?: string; hint?: string }) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input id={id} name={id} type="password" autoComplete={autoComplete} required aria-invalid={!!error} aria-describedby={hint ? `${id}-hint` : undefined} />
      {hint ? (
        <p id={`${id}-hint`} className="small muted" style={{ margin: "0.2rem 0 0" }}>
          {hint}
        </p>
      ) : null}
      {error ? <p className="field-error">{error}</p> : null}
    </>
  );
}

const INITIAL: FormState = { ok: false, message: "" };

export function ChangePasswordForm({ minLength }: { minLength: number }) {
  const [state, action, pending] = useActionState(changePasswordAction, INITIAL);
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} aria-label="Ganti kata sandi">
      <Field id="currentPassword" label="Kata sandi lama (atau sementara)" autoComplete="current-password" error={e.currentPassword} />
      <Field
        id="newPassword"
        label="Kata sandi baru"
        autoComplete="new-password"
        error={e.newPassword}
        hint={`Minimal ${minLength} karakter. Kalimat pendek yang mudah Anda ingat lebih kuat daripada kata acak yang pendek.`}
      />
      <Field id="confirmPassword" label="Ulangi kata sandi baru" autoComplete="new-password" error={e.confirmPassword} />
      <div style={{ marginTop: "1rem" }}>
        <button type="submit" disabled={pending}>
          {pending ? "Menyimpan ..." : "Ganti kata sandi"}
        </button>
      </div>
      {state.message && !state.ok ? (
        <p className="form-error" role="alert" style={{ marginTop: "0.8rem" }}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
