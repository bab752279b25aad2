"use client";
import { useActionState } from "react";
import { signInAction, type SignInState } from "./actions";

const INITIAL: SignInState = { ok: false, message: "" };

export function LoginForm({ lanjut }: { lanjut: string | null }) {
  const [state, action, pending] = useActionState(signInAction, INITIAL);
  return (
    <form action={action} aria-label="Masuk ke Patuh">
      {lanjut ? <input type="hidden" name="lanjut" value={lanjut} /> : null}
      <label htmlFor="username">Nama pengguna</label>
      <input
        key={state.message}
        id="username"
        name="username"
        defaultValue={state.username}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        autoFocus={!state.username}
      />
      <label htmlFor="password">Kata sandi</label>
      <input id="password" name="password" type="password" autoComplete="current-password" required autoFocus={!!state.username} />
      <div style={{ marginTop: "1rem" }}>
        <button type="submit" disabled={pending}>
          {pending ? "Memeriksa ..." : "Masuk"}
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
