"use client";
import { useActionState, useState } from "react";
import { freezeMeetingAction } from "../actions";
import type { FreezeState } from "../commands";

const INITIAL: FreezeState = { ok: false, message: "" };

/**
 * "Bekukan cuplikan" with a confirm step: freezing cannot be undone, so the first press only
 * explains what will happen and the second one freezes.
 */
export function FreezeForm({ meetingId, readiness }: { meetingId: number; readiness: { active: number; scanned: number } }) {
  const [state, action, pending] = useActionState(freezeMeetingAction, INITIAL);
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="card no-print" data-testid="freeze">
      {!confirming ? (
        <button type="button" onClick={() => setConfirming(true)}>
          Bekukan cuplikan
        </button>
      ) : (
        <form action={action} aria-label="Konfirmasi pembekuan cuplikan">
          <input type="hidden" name="meetingId" value={meetingId} />
          <p>
            <strong>Bekukan cuplikan sekarang?</strong> Nilai terakhir {readiness.scanned} dari {readiness.active} OPD aktif, beserta
            putusan manual yang berlaku saat ini, disimpan sebagai cuplikan rapat ini. Setelah dibekukan, cuplikan tidak dapat
            diubah lagi.
          </p>
          <div className="toolbar">
            <button type="submit" disabled={pending}>
              {pending ? "Membekukan ..." : "Ya, bekukan cuplikan"}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)} disabled={pending}>
              Batal
            </button>
          </div>
        </form>
      )}
      {state.message ? (
        <p className={state.ok ? "small" : "form-error"} role={state.ok ? "status" : "alert"}>
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
