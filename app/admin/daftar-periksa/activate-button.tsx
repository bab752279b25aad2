"use client";
import { useActionState } from "react";
import { INITIAL_FORM_STATE } from "@/lib/auth/form-state";
import { activateVersionAction } from "./actions";

/** "Aktifkan kembali" for an earlier checklist version in the history table. */
export function ActivateButton({ versionId, number }: { versionId: number; number: number }) {
  const [state, action, pending] = useActionState(activateVersionAction, INITIAL_FORM_STATE);
  return (
    <form action={action} className="no-print">
      <input type="hidden" name="versionId" value={versionId} />
      <button type="submit" className="secondary" disabled={pending} aria-label={`Aktifkan kembali versi ${number}`}>
        Aktifkan kembali
      </button>
      {state.message ? (
        <p className={state.ok ? "small" : "form-error"} role={state.ok ? "status" : "alert"}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
