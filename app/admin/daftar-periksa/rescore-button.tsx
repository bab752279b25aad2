"use client";
import { useActionState } from "react";
import { INITIAL_FORM_STATE } from "@/lib/auth/form-state";
import { rescoreAction } from "./actions";

/** "Nilai ulang semua pindaian" under a checklist version, with the count it re-scored. */
export function RescoreButton({ versionId, number, pendingScans }: { versionId: number; number: number; pendingScans?: number }) {
  const [state, action, pending] = useActionState(rescoreAction, INITIAL_FORM_STATE);
  return (
    <form action={action} className="card no-print" aria-label={`Nilai ulang dengan versi ${number}`} style={{ marginTop: "0.8rem" }}>
      <input type="hidden" name="versionId" value={versionId} />
      <p style={{ marginTop: 0 }}>
        {pendingScans != null
          ? `${pendingScans} pindaian tersimpan belum dinilai dengan versi ${number}. `
          : `Pindaian tersimpan masih dinilai dengan versi sebelumnya. `}
        Menilai ulang memakai artefak yang sudah tersimpan, tanpa memindai situs lagi; hasil lama tetap tersimpan dengan versinya.
      </p>
      <button type="submit" disabled={pending}>
        {pending ? "Menilai ulang ..." : "Nilai ulang semua pindaian"}
      </button>
      {state.message ? (
        <p className={state.ok ? "" : "form-error"} role={state.ok ? "status" : "alert"} data-testid="rescore-message">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
