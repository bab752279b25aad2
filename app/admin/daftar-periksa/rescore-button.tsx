"use client";
import { useActionState } from "react";
import { INITIAL_FORM_STATE } from "@/lib/auth/form-state";
import { rescoreAction } from "./actions";

/**
 * The re-scoring offer: "Nilai ulang semua pindaian" while stored scans lack results under the
 * active version. Stays mounted after it ran (the page then reports nothing pending), so the
 * count it re-scored remains on screen.
 */
export function RescoreButton({ versionId, number, pendingScans }: { versionId: number; number: number; pendingScans: number }) {
  const [state, action, pending] = useActionState(rescoreAction, INITIAL_FORM_STATE);
  if (pendingScans === 0 && !state.message) return null;
  return (
    <form action={action} className="card no-print" aria-label={`Nilai ulang dengan versi ${number}`} style={{ margin: "0.8rem 0" }}>
      <input type="hidden" name="versionId" value={versionId} />
      {pendingScans > 0 ? (
        <>
          <p style={{ marginTop: 0 }} data-testid="rescore-pending">
            {pendingScans} pindaian tersimpan belum dinilai dengan versi {number}. Menilai ulang memakai artefak yang sudah tersimpan,
            tanpa memindai situs lagi; hasil lama tetap tersimpan dengan versinya.
          </p>
          <button type="submit" disabled={pending}>
            {pending ? "Menilai ulang ..." : "Nilai ulang semua pindaian"}
          </button>
        </>
      ) : null}
      {state.message ? (
        <p className={state.ok ? "" : "form-error"} role={state.ok ? "status" : "alert"} data-testid="rescore-message" style={{ marginBottom: 0 }}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
