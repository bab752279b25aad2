"use client";
import { startTransition, useActionState, useMemo, useState, type FormEvent } from "react";
import { fieldName, parseWeight } from "@/lib/admin/checklist-form";
import type { ChecklistSaveState } from "@/lib/admin/commands";
import { saveChecklistAction } from "./actions";

export type EditorItem = {
  code: string;
  title: string;
  legalBasis: string;
  detector: string;
  weight: number;
  mode: "A" | "P";
  fixHint: string;
  keywords: string[] | null;
  paramsJson: string;
};

type Props = {
  versionId: number;
  number: number;
  expectedTotal: number;
  groups: { category: string; label: string; items: EditorItem[] }[];
};

const INITIAL: ChecklistSaveState = { ok: false, message: "" };
const numberFmt = new Intl.NumberFormat("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * The whole active checklist as one form: saving makes one new version with every change in it.
 * Fields keep what was typed when the server refuses the save; a successful save reopens the
 * page on the new version (the page keys this component by version, so fields show its values).
 */
export function ChecklistEditor({ versionId, number, expectedTotal, groups }: Props) {
  const [state, action, pending] = useActionState(saveChecklistAction, INITIAL);
  const all = useMemo(() => groups.flatMap((g) => g.items), [groups]);
  const [weights, setWeights] = useState<Record<string, string>>(() => Object.fromEntries(all.map((i) => [i.code, String(i.weight).replace(".", ",")])));
  const total = all.reduce((s, i) => s + (parseWeight(weights[i.code] ?? "") || 0), 0);
  const off = Math.abs(total - expectedTotal) > 0.005;
  const err = state.fieldErrors ?? {};

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => action(data));
  }

  const fieldError = (key: string) =>
    err[key] ? (
      <p className="field-error" id={`err-${key}`}>
        {err[key]}
      </p>
    ) : null;
  const aria = (key: string) => ({ "aria-invalid": err[key] ? true : undefined, "aria-describedby": err[key] ? `err-${key}` : undefined });

  return (
    <>
      <form onSubmit={submit} aria-label="Ubah daftar periksa" noValidate>
        <input type="hidden" name="baseVersionId" value={versionId} />
        <div className="card" style={{ position: "sticky", top: 0, zIndex: 1 }}>
          <div data-testid="weight-total">
            Total bobot baru: <strong>{numberFmt.format(total)}</strong>
            {off ? (
              <span className="badge zone-kuning" style={{ marginLeft: "0.5rem" }}>
                Tidak sama dengan {expectedTotal}
              </span>
            ) : null}
            <div className="small muted">
              {off
                ? `Boleh disimpan: nilai OPD tetap berskala 0-100 karena dihitung atas bobot yang sudah diputuskan. Namun bobot yang berjumlah ${expectedTotal} lebih mudah dibaca per butir.`
                : `Bobot berjumlah ${expectedTotal}, sesuai rancangan daftar periksa.`}
            </div>
          </div>
          <div className="toolbar" style={{ marginTop: "0.5rem", marginBottom: 0 }}>
            <div>
              <label htmlFor="f-note" style={{ marginTop: 0 }}>
                Catatan perubahan (wajib, tampil di riwayat versi)
              </label>
              <input id="f-note" name="note" size={60} placeholder="mis. Bobot KP-01 dinaikkan sesuai rapat evaluasi" {...aria("note")} />
            </div>
            <button type="submit" disabled={pending}>
              {pending ? "Menyimpan ..." : `Simpan sebagai versi ${number + 1}`}
            </button>
          </div>
          {fieldError("note")}
          {state.message && !state.ok ? (
            <p className="form-error" role="alert" style={{ marginBottom: 0 }}>
              {state.message}
            </p>
          ) : null}
        </div>
        {groups.map((g) => (
          <section key={g.category} aria-labelledby={`edit-cat-${g.category}`}>
            <h2 id={`edit-cat-${g.category}`}>
              {g.category}: {g.label}
            </h2>
            <div className="table-box">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Kode</th>
                    <th scope="col">Judul, kata kunci dan petunjuk</th>
                    <th scope="col">Mode</th>
                    <th scope="col" className="num">
                      Bobot
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {g.items.map((i) => {
                    const c = i.code;
                    const detailError = err[`${c}.keywords`] || err[`${c}.params`] || err[`${c}.fixHint`];
                    return (
                      <tr key={c} data-testid={`edit-${c}`}>
                        <td>
                          <strong className="code">{c}</strong>
                          <div className="small muted">{i.detector}</div>
                        </td>
                        <td>
                          <label htmlFor={`f-title-${c}`} className="small">
                            Judul {c}
                          </label>
                          <input id={`f-title-${c}`} name={fieldName.title(c)} defaultValue={i.title} size={60} {...aria(`${c}.title`)} />
                          {fieldError(`${c}.title`)}
                          <div className="small muted">{i.legalBasis}</div>
                          <details open={!!detailError}>
                            <summary className="small">Kata kunci, parameter dan petunjuk perbaikan</summary>
                            {i.keywords !== null ? (
                              <>
                                <label htmlFor={`f-kw-${c}`} className="small">
                                  Kata kunci {c} (satu per baris)
                                </label>
                                <textarea id={`f-kw-${c}`} name={fieldName.keywords(c)} rows={Math.min(8, i.keywords.length + 1)} cols={50} defaultValue={i.keywords.join("\n")} {...aria(`${c}.keywords`)} />
                                {fieldError(`${c}.keywords`)}
                              </>
                            ) : null}
                            <label htmlFor={`f-params-${c}`} className="small">
                              Parameter lain {c} (JSON)
                            </label>
                            <textarea
                              id={`f-params-${c}`}
                              name={fieldName.params(c)}
                              rows={Math.min(10, i.paramsJson.split("\n").length + 1)}
                              cols={50}
                              defaultValue={i.paramsJson}
                              spellCheck={false}
                              style={{ fontFamily: "monospace" }}
                              {...aria(`${c}.params`)}
                            />
                            {fieldError(`${c}.params`)}
                            <label htmlFor={`f-hint-${c}`} className="small">
                              Petunjuk perbaikan {c}
                            </label>
                            <textarea id={`f-hint-${c}`} name={fieldName.fixHint(c)} rows={3} cols={50} defaultValue={i.fixHint} {...aria(`${c}.fixHint`)} />
                            {fieldError(`${c}.fixHint`)}
                          </details>
                        </td>
                        <td>
                          <label htmlFor={`f-mode-${c}`} className="small">
                            Mode {c}
                          </label>
                          <select id={`f-mode-${c}`} name={fieldName.mode(c)} defaultValue={i.mode} {...aria(`${c}.mode`)}>
                            <option value="A">Otomatis</option>
                            <option value="P">Perlu pemeriksaan</option>
                          </select>
                          {fieldError(`${c}.mode`)}
                        </td>
                        <td className="num">
                          <label htmlFor={`f-weight-${c}`} className="small">
                            Bobot {c}
                          </label>
                          <input
                            id={`f-weight-${c}`}
                            name={fieldName.weight(c)}
                            inputMode="decimal"
                            size={5}
                            value={weights[c] ?? ""}
                            onChange={(e) => setWeights({ ...weights, [c]: e.target.value })}
                            {...aria(`${c}.weight`)}
                          />
                          {fieldError(`${c}.weight`)}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
        ))}
      </form>
    </>
  );
}
