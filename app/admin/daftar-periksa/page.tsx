import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/server";
import { countScansToRescore, getChecklistEditor, getRescoreJob, listChecklistHistory } from "@/lib/data/admin";
import { formatDateTimeShort, formatInt, formatScore } from "@/lib/format";
import { AdminTabs } from "../opd/_components/admin-tabs";
import { ActivateButton } from "./activate-button";
import { ChecklistEditor } from "./checklist-editor";
import { RescoreButton } from "./rescore-button";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Ubah Daftar Periksa" };

type Search = { disimpan?: string; ubah?: string; diaktifkan?: string };

export default async function ChecklistAdminPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requirePageUser("checklist:write");
  const { disimpan, ubah, diaktifkan } = await searchParams;
  const editor = getChecklistEditor();
  const history = listChecklistHistory();
  const toRescore = countScansToRescore(editor.versionId);
  const rescoreJob = getRescoreJob(editor.versionId);
  return (
    <>
      <AdminTabs current="/admin/daftar-periksa" />
      <h1>Ubah daftar periksa</h1>
      <p className="lead">
        Versi aktif: <strong data-testid="active-version">versi {editor.number}</strong> · {editor.note || "tanpa catatan"} · total bobot{" "}
        {formatScore(editor.totalWeight)}
      </p>
      <p className="small muted">
        Setiap penyimpanan membuat versi baru yang langsung aktif; hasil pindaian lama tetap tersimpan dengan versi yang dipakai saat itu,
        dan rapat yang sudah dibekukan tidak berubah. Kode butir dan dasar hukum tetap; judul, bobot, mode, kata kunci, parameter detektor
        dan petunjuk perbaikan dapat diubah. Versi lama dapat diaktifkan kembali dari riwayat di bawah.
      </p>
      {disimpan ? (
        <p className="card" role="status" data-testid="checklist-save-message">
          Versi {disimpan} disimpan dan aktif{ubah ? ` (butir yang berubah: ${ubah.split(",").join(", ")})` : ""}. Perubahan dicatat di log
          audit.
        </p>
      ) : null}
      {diaktifkan ? (
        <p className="card" role="status" data-testid="checklist-save-message">
          Versi {diaktifkan} aktif kembali. Perubahan dicatat di log audit.
        </p>
      ) : null}
      {/* Keyed by version: a new version starts with a fresh offer, a finished run keeps its report. */}
      <RescoreButton
        key={`rescore-${editor.versionId}`}
        versionId={editor.versionId}
        number={editor.number}
        pendingScans={toRescore}
        job={rescoreJob && { status: rescoreJob.status, rejudgedItems: rescoreJob.rejudgedItems, lastError: jobErrorForAdmin(rescoreJob.lastError) }}
      />
      <ChecklistEditor key={`editor-${editor.versionId}`} versionId={editor.versionId} number={editor.number} expectedTotal={editor.expectedTotal} groups={editor.groups} />

      <h2 id="riwayat">Riwayat versi</h2>
      <div className="table-box">
        <table data-testid="version-history" aria-labelledby="riwayat">
          <thead>
            <tr>
              <th scope="col">Versi</th>
              <th scope="col">Catatan</th>
              <th scope="col">Dibuat</th>
              <th scope="col" className="num">
                Butir
              </th>
              <th scope="col" className="num">
                Total bobot
              </th>
              <th scope="col" className="num">
                Pindaian dinilai
              </th>
              <th scope="col" className="no-print">
                Tindakan
              </th>
            </tr>
          </thead>
          <tbody>
            {history.map((v) => (
              <tr key={v.id} data-testid={`version-${v.number}`}>
                <td>
                  <strong>Versi {v.number}</strong> {v.active ? <span className="badge zone-hijau">Aktif</span> : null}
                </td>
                <td>{v.note || <span className="muted">–</span>}</td>
                <td className="small">
                  {formatDateTimeShort(v.createdAt)}
                  <div className="muted">{v.createdBy ?? "bawaan"}</div>
                </td>
                <td className="num">{formatInt(v.items)}</td>
                <td className="num">{formatScore(v.totalWeight)}</td>
                <td className="num">{formatInt(v.scoredScans)}</td>
                <td className="no-print">{v.active ? null : <ActivateButton versionId={v.id} number={v.number} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/**
 * The queue's error reads "class: message". Time limits, lost workers and refusals are written in
 * Indonesian for the admin; anything else is an internal error whose detail is for the server log.
 */
function jobErrorForAdmin(lastError: string | null): string | null {
  if (!lastError) return null;
  const m = /^([a-z_]+): (.*)$/s.exec(lastError);
  if (!m || m[1] === "internal") return "terjadi kesalahan di pekerja; rinciannya ada di log server";
  return m[2];
}
