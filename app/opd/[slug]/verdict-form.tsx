"use client";
import { useActionState } from "react";
import { setVerdictAction, withdrawVerdictAction, type FormState } from "./actions";

const INITIAL: FormState = { ok: false, message: "" };

export function VerdictForm({ opdId, code, current }: { opdId: number; code: string; current: number | null }) {
  const [state, action, pending] = useActionState(setVerdictAction, INITIAL);
  const id = `v-${code}`;
  return (
    <form action={action} className="verdict-form no-print" aria-label={`Putusan manual ${code}`}>
      <input type="hidden" name="opdId" value={opdId} />
      <input type="hidden" name="code" value={code} />
      <label htmlFor={`${id}-level`}>Tingkat menurut pemeriksa</label>
      <select
        key={`level-${state.values?.level ?? ""}`}
        id={`${id}-level`}
        name="level"
        defaultValue={state.values?.level ?? current ?? ""}
        aria-invalid={!!state.fieldErrors?.level}
      >
        <option value="" disabled>
          Pilih tingkat
        </option>
        <option value="0">0 – tidak ditemukan</option>
        <option value="1">1 – ada, belum lengkap</option>
        <option value="2">2 – ada dan lengkap</option>
        <option value="3">3 – lengkap, mutakhir, mudah dijangkau</option>
      </select>
      {state.fieldErrors?.level ? <p className="field-error">{state.fieldErrors.level}</p> : null}
      <label htmlFor={`${id}-note`}>Catatan (wajib)</label>
      <textarea
        key={`note-${state.values?.note ?? ""}`}
        id={`${id}-note`}
        name="note"
        rows={2}
        cols={50}
        defaultValue={state.values?.note ?? ""}
        aria-invalid={!!state.fieldErrors?.note}
      />
      {state.fieldErrors?.note ? <p className="field-error">{state.fieldErrors.note}</p> : null}
      <div>
        <button type="submit" disabled={pending}>
          {pending ? "Menyimpan ..." : "Simpan putusan"}
        </button>
      </div>
      {state.message ? (
        <p className={state.ok ? "small" : "form-error"} role="status">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

export function WithdrawVerdict({ opdId, verdictId, code }: { opdId: number; verdictId: number; code: string }) {
  const [state, action, pending] = useActionState(withdrawVerdictAction, INITIAL);
  return (
    <form action={action} className="no-print" style={{ display: "inline" }}>
      <input type="hidden" name="opdId" value={opdId} />
      <input type="hidden" name="verdictId" value={verdictId} />
      <input type="hidden" name="code" value={code} />
      <button type="submit" className="secondary" disabled={pending}>
        Tarik putusan
      </button>
      {state.message ? (
        <span className={state.ok ? "small" : "form-error"} role="status">
          {" "}
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
