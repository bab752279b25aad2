"use client";
import { useActionState, useState } from "react";
import type { FormState } from "@/lib/auth/form-state";
import { createUserAction, resetPasswordAction, setUserActiveAction, updateUserAction } from "./actions";

const INITIAL: FormState = { ok: false, message: "" };

type Opd = { id: number; name: string };
type Role = "admin" | "opd" | "pimpinan";
const ROLE_OPTIONS: { value: Role; label: string }[] = [
  { value: "opd", label: "OPD (Kasubag Program: melihat dan meminta pindaian OPD-nya sendiri)" },
  { value: "pimpinan", label: "Pimpinan (melihat dan mencetak semua, tanpa mengubah)" },
  { value: "admin", label: "Admin (Bagian Organisasi: semua, tercatat di log audit)" },
];

function Status({ state }: { state: FormState }) {
  if (!state.message) return null;
  return (
    <p className={state.ok ? "small" : "form-error"} role={state.ok ? "status" : "alert"} style={{ marginTop: "0.6rem" }}>
      {state.message}
    </p>
  );
}

function FieldError({ state, name }: { state: FormState; name: string }) {
  const msg = state.fieldErrors?.[name];
  return msg ? <p className="field-error">{msg}</p> : null;
}

function RoleAndOpd({ state, opds, role: initialRole, opdId }: { state: FormState; opds: Opd[]; role: Role; opdId: number | null }) {
  const [role, setRole] = useState<Role>(initialRole);
  return (
    <>
      <label htmlFor="role">Peran</label>
      <select id="role" name="role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
        {ROLE_OPTIONS.map((r) => (
          <option key={r.value} value={r.value}>
            {r.label}
          </option>
        ))}
      </select>
      <FieldError state={state} name="role" />
      {role === "opd" ? (
        <>
          <label htmlFor="opdId">OPD</label>
          <select id="opdId" name="opdId" defaultValue={opdId ?? ""} aria-invalid={!!state.fieldErrors?.opdId}>
            <option value="">Pilih OPD</option>
            {opds.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
          <FieldError state={state} name="opdId" />
        </>
      ) : null}
    </>
  );
}

export function CreateUserForm({ opds, minLength }: { opds: Opd[]; minLength: number }) {
  const [state, action, pending] = useActionState(createUserAction, INITIAL);
  return (
    <form action={action} aria-label="Tambah pengguna">
      <label htmlFor="name">Nama lengkap</label>
      <input id="name" name="name" required size={40} aria-invalid={!!state.fieldErrors?.name} />
      <FieldError state={state} name="name" />
      <label htmlFor="username">Nama pengguna</label>
      <input id="username" name="username" required autoCapitalize="none" spellCheck={false} aria-invalid={!!state.fieldErrors?.username} />
      <FieldError state={state} name="username" />
      <RoleAndOpd state={state} opds={opds} role="opd" opdId={null} />
      <label htmlFor="password">Kata sandi sementara</label>
      <input id="password" name="password" type="text" autoComplete="off" required minLength={minLength} aria-describedby="password-hint" aria-invalid={!!state.fieldErrors?.password} />
      <p id="password-hint" className="small muted" style={{ margin: "0.2rem 0 0" }}>
        Minimal {minLength} karakter. Sampaikan langsung kepada pengguna; ia wajib menggantinya saat pertama masuk.
      </p>
      <FieldError state={state} name="password" />
      <div style={{ marginTop: "1rem" }}>
        <button type="submit" disabled={pending}>
          {pending ? "Menyimpan ..." : "Buat pengguna"}
        </button>
      </div>
      <Status state={state} />
    </form>
  );
}

export function EditUserForm({ user, opds }: { user: { id: string; name: string; role: Role; opdId: number | null }; opds: Opd[] }) {
  const [state, action, pending] = useActionState(updateUserAction, INITIAL);
  return (
    <form action={action} aria-label="Ubah data pengguna">
      <input type="hidden" name="userId" value={user.id} />
      <label htmlFor="name">Nama lengkap</label>
      <input id="name" name="name" defaultValue={user.name} required size={40} aria-invalid={!!state.fieldErrors?.name} />
      <FieldError state={state} name="name" />
      <RoleAndOpd state={state} opds={opds} role={user.role} opdId={user.opdId} />
      <div style={{ marginTop: "1rem" }}>
        <button type="submit" disabled={pending}>
          {pending ? "Menyimpan ..." : "Simpan perubahan"}
        </button>
      </div>
      <Status state={state} />
    </form>
  );
}

export function ResetPasswordForm({ userId, minLength }: { userId: string; minLength: number }) {
  const [state, action, pending] = useActionState(resetPasswordAction, INITIAL);
  return (
    <form action={action} aria-label="Atur ulang kata sandi">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor="temporaryPassword">Kata sandi sementara baru</label>
      <input id="temporaryPassword" name="temporaryPassword" type="text" autoComplete="off" required minLength={minLength} aria-invalid={!!state.fieldErrors?.temporaryPassword} />
      <FieldError state={state} name="temporaryPassword" />
      <div style={{ marginTop: "0.8rem" }}>
        <button type="submit" className="secondary" disabled={pending}>
          {pending ? "Menyimpan ..." : "Atur ulang kata sandi"}
        </button>
      </div>
      <Status state={state} />
    </form>
  );
}

export function ActiveToggle({ userId, active }: { userId: string; active: boolean }) {
  const [state, action, pending] = useActionState(setUserActiveAction, INITIAL);
  return (
    <form action={action} aria-label={active ? "Nonaktifkan pengguna" : "Aktifkan pengguna"}>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={active ? "0" : "1"} />
      <button type="submit" className="secondary" disabled={pending}>
        {active ? "Nonaktifkan pengguna" : "Aktifkan kembali"}
      </button>
      <Status state={state} />
    </form>
  );
}
