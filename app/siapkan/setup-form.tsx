"use client";
import { useActionState } from "react";
import type { FormState } from "@/lib/auth/form-state";
import { setupAction } from "./actions";

const INITIAL: FormState = { ok: false, message: "" };

export function SetupForm({ minLength }: { minLength: number }) {
  const [state, action, pending] = useActionState(setupAction, INITIAL);
  const e = state.fieldErrors ?? {};
  const err = (k: string) => (e[k] ? <p className="field-error">{e[k]}</p> : null);
  return (
    <form action={action} aria-label="Penyiapan admin pertama">
      <label htmlFor="setupCode">Kode penyiapan</label>
      <input id="setupCode" name="setupCode" autoComplete="off" autoCapitalize="characters" spellCheck={false} required aria-invalid={!!e.setupCode} aria-describedby="setupCode-hint" />
      <p id="setupCode-hint" className="small muted" style={{ margin: "0.2rem 0 0" }}>
        Kode sekali pakai (berlaku satu jam) yang tercetak di log server saat server dimulai tanpa admin, atau buat di server
        dengan <code>npm run user:create -- --setup-code</code>.
      </p>
      {err("setupCode")}
      <label htmlFor="name">Nama lengkap</label>
      <input id="name" name="name" autoComplete="name" required aria-invalid={!!e.name} />
      {err("name")}
      <label htmlFor="username">Nama pengguna</label>
      <input id="username" name="username" autoComplete="username" autoCapitalize="none" spellCheck={false} required aria-invalid={!!e.username} />
      {err("username")}
      <label htmlFor="password">Kata sandi</label>
      <input id="password" name="password" type="password" autoComplete="new-password" required minLength={minLength} aria-invalid={!!e.password} />
      {err("password")}
      <label htmlFor="confirmPassword">Ulangi kata sandi</label>
      <input id="confirmPassword" name="confirmPassword" type="password" autoComplete="new-password" required aria-invalid={!!e.confirmPassword} />
      {err("confirmPassword")}
      <div style={{ marginTop: "1rem" }}>
        <button type="submit" disabled={pending}>
          {pending ? "Menyimpan ..." : "Buat admin pertama"}
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
