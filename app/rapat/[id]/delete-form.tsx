"use client";
import { useActionState, useState } from "react";
import { deleteMeetingAction } from "../actions";
import type { FreezeState } from "../commands";

const INITIAL: FreezeState = { ok: false, message: "" };

/** "Hapus rapat" for a meeting not frozen yet, with a confirm step; the deletion is audited. */
export function DeleteMeetingForm({ meetingId, title }: { meetingId: number; title: string }) {
  const [state, action, pending] = useActionState(deleteMeetingAction, INITIAL);
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="no-print" data-testid="delete-meeting">
      {!confirming ? (
        <button type="button" className="secondary" onClick={() => setConfirming(true)}>
          Hapus rapat
        </button>
      ) : (
        <form action={action} aria-label="Konfirmasi penghapusan rapat" className="card">
          <input type="hidden" name="meetingId" value={meetingId} />
          <p>
            <strong>Hapus “{title}”?</strong> Rapat ini belum dibekukan, jadi tidak ada cuplikan yang hilang. Penghapusan dicatat di log
            audit.
          </p>
          <div className="toolbar">
            <button type="submit" disabled={pending}>
              {pending ? "Menghapus ..." : "Ya, hapus rapat"}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)} disabled={pending}>
              Batal
            </button>
          </div>
        </form>
      )}
      {state.message && !state.ok ? (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
