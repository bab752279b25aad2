"use client";
import { startTransition, useActionState, type FormEvent, type ReactNode } from "react";
import { INITIAL_FORM_STATE } from "@/lib/auth/form-state";
import { saveSettingsAction } from "./actions";

export type SettingsValues = {
  regencyName: string;
  officialDomain: string;
  zonePreset: "ombudsman2021" | "kategori2022";
  scheduleCron: string | null;
  scanDaysBeforeMeeting: number | null;
  defaultMaxPages: number;
  defaultMaxDepth: number;
};

type Props = {
  initial: SettingsValues;
  limits: { maxPages: number; maxDepth: number; daysBefore: number };
  /** Next runs of the saved regency schedule, already formatted (WIB). */
  nextRuns: string[];
};

const PRESETS = [
  {
    id: "ombudsman2021",
    label: "Zona Ombudsman 2021",
    text: "Hijau 81,00-100; kuning 51,00-80,99; merah 0-50,99.",
  },
  {
    id: "kategori2022",
    label: "Kategori 2022-2024",
    text: "A ≥ 88; B ≥ 78; C ≥ 57; D ≥ 40; E di bawahnya (A dan B dihitung hijau). Batas C/D dan D/E belum dikonfirmasi oleh sumber yang diterbitkan.",
  },
] as const;

export function SettingsForm({ initial, limits, nextRuns }: Props) {
  const [state, action, pending] = useActionState(saveSettingsAction, INITIAL_FORM_STATE);
  const err = state.fieldErrors ?? {};

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => action(data));
  }

  const aria = (name: string, hint?: boolean) => ({
    "aria-invalid": err[name] ? true : undefined,
    "aria-describedby": [hint ? `set-${name}-hint` : "", err[name] ? `set-${name}-error` : ""].filter(Boolean).join(" ") || undefined,
  });
  const field = (name: string, label: string, input: ReactNode, hint?: ReactNode) => (
    <div>
      <label htmlFor={`set-${name}`}>{label}</label>
      {input}
      {hint ? (
        <p className="small muted" id={`set-${name}-hint`} style={{ margin: "0.2rem 0 0" }}>
          {hint}
        </p>
      ) : null}
      {err[name] ? (
        <p className="field-error" id={`set-${name}-error`}>
          {err[name]}
        </p>
      ) : null}
    </div>
  );

  return (
    <form onSubmit={submit} className="card no-print" aria-label="Pengaturan" noValidate>
      <h2 style={{ marginTop: 0 }}>Pemerintah daerah</h2>
      {field("regencyName", "Nama pemerintah daerah", <input id="set-regencyName" name="regencyName" size={50} defaultValue={initial.regencyName} {...aria("regencyName")} />)}
      {field(
        "officialDomain",
        "Domain resmi",
        <input id="set-officialDomain" name="officialDomain" size={30} defaultValue={initial.officialDomain} {...aria("officialDomain", true)} />,
        "Mis. kuansing.go.id. Situs OPD di subdomain ini mendapat tingkat 3 pada butir WQ-01 (domain resmi).",
      )}

      <h2>Pembagian zona</h2>
      <fieldset aria-describedby={err.zonePreset ? "set-zonePreset-error" : undefined}>
        <legend className="small">Zona yang dipakai untuk semua nilai di aplikasi</legend>
        {PRESETS.map((p) => (
          <div key={p.id} style={{ marginBottom: "0.4rem" }}>
            <input type="radio" id={`set-zone-${p.id}`} name="zonePreset" value={p.id} defaultChecked={initial.zonePreset === p.id} />{" "}
            <label htmlFor={`set-zone-${p.id}`} style={{ display: "inline" }}>
              {p.label}
            </label>
            <div className="small muted" style={{ marginLeft: "1.6rem" }}>
              {p.text}
            </div>
          </div>
        ))}
        {err.zonePreset ? (
          <p className="field-error" id="set-zonePreset-error">
            {err.zonePreset}
          </p>
        ) : null}
        <p className="small muted">Rapat yang sudah dibekukan tetap memakai zona yang berlaku saat dibekukan.</p>
      </fieldset>

      <h2>Jadwal pindai</h2>
      {field(
        "scheduleCron",
        "Jadwal pindai seluruh OPD (cron, WIB)",
        <input id="set-scheduleCron" name="scheduleCron" size={24} defaultValue={initial.scheduleCron ?? ""} placeholder="mis. 0 2 * * 1" {...aria("scheduleCron", true)} />,
        <>
          Lima bagian: menit jam tanggal bulan hari. &quot;0 2 * * 1&quot; = setiap Senin pukul 02.00 WIB. Kosongkan untuk mematikan jadwal.
          {nextRuns.length ? <> Jadwal tersimpan berikutnya: {nextRuns.join("; ")}.</> : null}
        </>,
      )}
      <div style={{ marginTop: "0.8rem" }}>
        <input id="set-scanBeforeMeeting" name="scanBeforeMeeting" type="checkbox" defaultChecked={initial.scanDaysBeforeMeeting != null} />{" "}
        <label htmlFor="set-scanBeforeMeeting" style={{ display: "inline" }}>
          Pindai semua OPD menjelang setiap rapat
        </label>
      </div>
      {field(
        "scanDaysBeforeMeeting",
        "Berapa hari sebelum rapat",
        <input
          id="set-scanDaysBeforeMeeting"
          name="scanDaysBeforeMeeting"
          type="number"
          min={0}
          max={limits.daysBefore}
          defaultValue={initial.scanDaysBeforeMeeting ?? 3}
          {...aria("scanDaysBeforeMeeting", true)}
        />,
        `0 sampai ${limits.daysBefore} hari; dipakai bila kotak di atas dicentang, agar data segar siap untuk setiap rapat.`,
      )}

      <h2>Batas pindaian bawaan</h2>
      <div className="toolbar">
        {field(
          "defaultMaxPages",
          "Batas halaman per pindaian",
          <input id="set-defaultMaxPages" name="defaultMaxPages" type="number" min={1} max={limits.maxPages} defaultValue={initial.defaultMaxPages} {...aria("defaultMaxPages")} />,
        )}
        {field(
          "defaultMaxDepth",
          "Batas kedalaman klik",
          <input id="set-defaultMaxDepth" name="defaultMaxDepth" type="number" min={0} max={limits.maxDepth} defaultValue={initial.defaultMaxDepth} {...aria("defaultMaxDepth")} />,
        )}
      </div>
      <p className="small muted">Berlaku untuk OPD yang tidak punya batas sendiri.</p>

      <div style={{ marginTop: "1rem" }}>
        <button type="submit" disabled={pending}>
          {pending ? "Menyimpan ..." : "Simpan pengaturan"}
        </button>
      </div>
      {state.message ? (
        <p className={state.ok ? "" : "form-error"} role={state.ok ? "status" : "alert"} style={{ marginTop: "0.6rem" }} data-testid="settings-message">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
