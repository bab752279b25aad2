"use client";
import { useActionState } from "react";
import { cancelScanAction, scanAllAction, type ActionState } from "./actions";

const INITIAL: ActionState = { ok: false, message: "" };

export function CancelScanButton({ scanId }: { scanId: number }) {
  const [state, action, pending] = useActionState(cancelScanAction, INITIAL);
  return (
    <form action={action} className="no-print">
      <input type="hidden" name="scanId" value={scanId} />
      <button type="submit" className="secondary" disabled={pending}>
        Batalkan
      </button>
      {state.message ? <span className={state.ok ? "small" : "form-error"} role="status"> {state.message}</span> : null}
    </form>
  );
}

export function ScanAllButton() {
  const [state, action, pending] = useActionState(scanAllAction, INITIAL);
  return (
    <form action={action} className="no-print">
      <button type="submit" disabled={pending}>
        {pending ? "Memasukkan ke antrean ..." : "Pindai semua OPD sekarang"}
      </button>
      {state.message ? <p className={state.ok ? "small" : "form-error"} role="status">{state.message}</p> : null}
    </form>
  );
}
