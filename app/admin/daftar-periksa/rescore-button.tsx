"use client";
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import type { RescoreFormState } from "@/lib/admin/commands";
import { INITIAL_FORM_STATE } from "@/lib/auth/form-state";
import { formatInt } from "@/lib/format";
import { rescoreAction } from "./actions";

/** The newest re-scoring job of the version, as the page reads it (lib/jobs/rescore-jobs.ts). */
export type RescoreJobView = {
  status: "queued" | "running" | "done" | "failed" | "cancelled";
  rejudgedItems: string[];
  /** Why the last attempt stopped, in Indonesian. */
  lastError: string | null;
};

/** How often the page re-reads a background re-scoring's progress. */
const REFRESH_MS = 5_000;

/**
 * The re-scoring offer: "Nilai ulang semua pindaian" while stored scans lack results under the
 * active version. Stays mounted after it ran (the page then reports nothing pending), so the
 * count it re-scored remains on screen. A large re-scoring runs in the worker: the offer then
 * shows how many scans are left and refreshes itself until the job ends.
 */
export function RescoreButton({
  versionId,
  number,
  pendingScans,
  job,
}: {
  versionId: number;
  number: number;
  pendingScans: number;
  job: RescoreJobView | null;
}) {
  const [state, action, pending] = useActionState<RescoreFormState, FormData>(rescoreAction, INITIAL_FORM_STATE);
  const inProgress = job?.status === "queued" || job?.status === "running";
  const stopped = !inProgress && pendingScans > 0 && (job?.status === "failed" || job?.status === "cancelled");
  if (pendingScans === 0 && !state.message && !inProgress) return null;
  return (
    <form action={action} className="card no-print" aria-label={`Nilai ulang dengan versi ${number}`} style={{ margin: "0.8rem 0" }}>
      <input type="hidden" name="versionId" value={versionId} />
      {inProgress ? (
        <p style={{ margin: 0 }} role="status" data-testid="rescore-progress">
          <RefreshEvery ms={REFRESH_MS} />
          {job.status === "queued"
            ? `Penilaian ulang dengan versi ${number} menunggu pekerja; ${formatInt(pendingScans)} pindaian belum dinilai.`
            : `Penilaian ulang dengan versi ${number} berjalan di latar belakang; ${formatInt(pendingScans)} pindaian lagi.`}{" "}
          {job.rejudgedItems.length ? `Butir yang dinilai ulang dari artefak tersimpan: ${job.rejudgedItems.join(", ")}. ` : ""}
          Halaman ini diperbarui sendiri; hasil yang sudah dinilai langsung tersimpan.
        </p>
      ) : pendingScans > 0 ? (
        <>
          <p style={{ marginTop: 0 }} data-testid="rescore-pending">
            {pendingScans} pindaian tersimpan belum dinilai dengan versi {number}. Menilai ulang memakai artefak yang sudah tersimpan,
            tanpa memindai situs lagi; hasil lama tetap tersimpan dengan versinya.
          </p>
          {stopped ? (
            <p className="form-error" role="alert" data-testid="rescore-stopped">
              Penilaian ulang sebelumnya berhenti{job?.lastError ? ` (${job.lastError})` : ""}. Pindaian yang sudah dinilai tetap tersimpan;
              lanjutkan untuk sisanya.
            </p>
          ) : null}
          <button type="submit" disabled={pending}>
            {pending ? "Menilai ulang ..." : stopped ? "Lanjutkan penilaian ulang" : "Nilai ulang semua pindaian"}
          </button>
        </>
      ) : null}
      {state.message && !inProgress ? (
        job?.status === "done" && pendingScans === 0 && state.queued ? (
          <p role="status" data-testid="rescore-message" style={{ marginBottom: 0 }}>
            Penilaian ulang di latar belakang selesai: semua pindaian tersimpan sudah dinilai dengan versi {number}.
          </p>
        ) : (
          <p className={state.ok ? "" : "form-error"} role={state.ok ? "status" : "alert"} data-testid="rescore-message" style={{ marginBottom: 0 }}>
            {state.message}
          </p>
        )
      ) : null}
    </form>
  );
}

/** Re-renders the server page every `ms` while mounted (a background job's progress). */
function RefreshEvery({ ms }: { ms: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), ms);
    return () => clearInterval(timer);
  }, [router, ms]);
  return null;
}
