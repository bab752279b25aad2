"use client";
import { useActionState, useState } from "react";
import { INITIAL_FORM_STATE } from "@/lib/auth/form-state";
import { deleteOpdAction, setOpdActiveAction } from "../actions";

/** Archive / restore, and delete while the OPD has no history (with a confirmation step). */
export function StatusControls({ id, name, active, deletable }: { id: number; name: string; active: boolean; deletable: boolean }) {
  const [activeState, activeAction, activePending] = useActionState(setOpdActiveAction, INITIAL_FORM_STATE);
  const [deleteState, deleteAction, deletePending] = useActionState(deleteOpdAction, INITIAL_FORM_STATE);
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="card no-print">
      <form action={activeAction}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="active" value={active ? "0" : "1"} />
        <button type="submit" className="secondary" disabled={activePending}>
          {active ? "Nonaktifkan OPD" : "Aktifkan kembali"}
        </button>{" "}
        <span className="small muted">
          {active
            ? "OPD nonaktif tidak dipindai dan tidak tampil di ringkasan; riwayat pindaian dan rapatnya tetap utuh."
            : "OPD ini nonaktif: tidak dipindai dan tidak tampil di ringkasan."}
        </span>
        {activeState.message ? (
          <p className={activeState.ok ? "small" : "form-error"} role={activeState.ok ? "status" : "alert"}>
            {activeState.message}
          </p>
        ) : null}
      </form>
      <hr style={{ border: 0, borderTop: "1px solid var(--line)", margin: "0.8rem 0" }} />
      {deletable ? (
        <form action={deleteAction}>
          <input type="hidden" name="id" value={id} />
          {confirming ? (
            <>
              <p>
                Hapus <strong>{name}</strong> untuk selamanya? OPD ini belum pernah dipindai, jadi tidak ada riwayat yang hilang.
              </p>
              <button type="submit" disabled={deletePending}>
                Ya, hapus
              </button>{" "}
              <button type="button" className="secondary" onClick={() => setConfirming(false)}>
                Batal
              </button>
            </>
          ) : (
            <button type="button" className="secondary" onClick={() => setConfirming(true)}>
              Hapus OPD
            </button>
          )}
        </form>
      ) : (
        <p className="small muted" data-testid="delete-refused">
          OPD ini tidak dapat dihapus karena sudah punya riwayat (pindaian, rapat, putusan manual atau pengguna). Nonaktifkan saja bila
          tidak dipakai lagi: riwayatnya tetap utuh.
        </p>
      )}
      {deleteState.message && !deleteState.ok ? (
        <p className="form-error" role="alert">
          {deleteState.message}
        </p>
      ) : null}
    </div>
  );
}
