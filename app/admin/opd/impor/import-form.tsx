"use client";
import { startTransition, useActionState, type FormEvent } from "react";
import type { ImportState } from "@/lib/admin/commands";
import { importOpdAction } from "../actions";

const INITIAL: ImportState = { ok: false, message: "" };

/** Upload, check or import, and the per-row report. */
export function ImportForm({ maxKb }: { maxKb: number }) {
  const [state, action, pending] = useActionState(importOpdAction, INITIAL);
  const report = state.report;
  const fileError = state.fieldErrors?.file;

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    // The pressed button (check or import) travels with the form data.
    const data = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
    startTransition(() => action(data));
  }

  return (
    <>
      <form onSubmit={submit} className="card no-print" aria-label="Impor OPD" encType="multipart/form-data">
        <label htmlFor="import-file">Berkas daftar OPD (.csv atau .xlsx, paling besar {maxKb} KB)</label>
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? "import-file-error" : undefined}
        />
        {fileError ? (
          <p className="field-error" id="import-file-error">
            {fileError}
          </p>
        ) : null}
        <div className="toolbar" style={{ marginTop: "0.8rem" }}>
          <button type="submit" name="mode" value="check" className="secondary" disabled={pending}>
            Periksa saja
          </button>
          <button type="submit" name="mode" value="import" disabled={pending}>
            {pending ? "Memproses ..." : "Impor"}
          </button>
        </div>
      </form>

      {state.message ? (
        <p className={state.ok ? "" : "form-error"} role={state.ok ? "status" : "alert"} data-testid="import-message" style={{ marginTop: "0.8rem" }}>
          {state.fileName ? <strong>{state.fileName}: </strong> : null}
          {state.message}
        </p>
      ) : null}

      {report && report.errors.length > 0 ? (
        <section aria-labelledby="import-errors">
          <h2 id="import-errors">Laporan per baris</h2>
          <p className="small muted">
            Nomor baris sama dengan nomor baris di program lembar kerja (baris 1 = judul kolom). Tidak ada satu OPD pun yang disimpan.
          </p>
          <div className="table-box">
            <table data-testid="import-report">
              <thead>
                <tr>
                  <th scope="col" className="num">
                    Baris
                  </th>
                  <th scope="col">Kolom</th>
                  <th scope="col">Masalah</th>
                </tr>
              </thead>
              <tbody>
                {report.errors.map((e, i) => (
                  <tr key={i} data-testid={`import-error-${e.row}-${e.field}`}>
                    <td className="num">{e.row}</td>
                    <td>{e.field}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      {report && report.imported.length > 0 ? (
        <section aria-labelledby="import-done">
          <h2 id="import-done">OPD yang diimpor</h2>
          <ul data-testid="import-imported">
            {report.imported.map((r) => (
              <li key={r.id}>
                Baris {r.row}: <a href={`/admin/opd/${r.id}`}>{r.name}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
