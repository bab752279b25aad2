"use client";
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import type { OpdFormState } from "@/lib/admin/commands";
import { saveOpdAction } from "../actions";

export type OpdFormValues = {
  id?: number;
  name: string;
  shortName: string;
  slug: string;
  websiteUrl: string;
  socialAccounts: { platform: string; url: string }[];
  services: string[];
  active: boolean;
  ignoreRobots: boolean;
  maxPages: number | null;
  maxDepth: number | null;
  scheduleCron: string | null;
};

type Props = {
  initial: OpdFormValues;
  platforms: readonly string[];
  defaults: { maxPages: number; maxDepth: number };
  limits: { maxPages: number; maxDepth: number };
};

const INITIAL: OpdFormState = { ok: false, message: "" };
type Row = { key: number; platform: string; url: string };

/**
 * Add or edit an OPD. Submitted without resetting the fields (a refused form keeps what was
 * typed); the server's messages appear next to their field.
 */
export function OpdForm({ initial, platforms, defaults, limits }: Props) {
  const [state, action, pending] = useActionState(saveOpdAction, INITIAL);
  // First rows are keyed by position (pure, so the server's HTML and the browser's first render
  // agree); rows added later take keys from a per-form counter.
  const seq = useRef(initial.socialAccounts.length);
  const rows = (list: { platform: string; url: string }[]): Row[] => list.map((s) => ({ key: seq.current++, ...s }));
  const [social, setSocial] = useState<Row[]>(() => initial.socialAccounts.map((s, key) => ({ key, ...s })));
  // After a refusal, show the rows as the server read them (empty rows dropped), so that
  // "socialAccounts.1.url" points at the second row on screen.
  useEffect(() => {
    if (state.social && !state.ok) setSocial(rows(state.social));
  }, [state]);
  const err = state.fieldErrors ?? {};
  const editing = initial.id != null;

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => action(data));
  }

  const described = (name: string, hint?: boolean) => ({
    "aria-invalid": err[name] ? true : undefined,
    "aria-describedby": [hint ? `opd-${name}-hint` : "", err[name] ? `opd-${name}-error` : ""].filter(Boolean).join(" ") || undefined,
  });
  const error = (name: string) =>
    err[name] ? (
      <p className="field-error" id={`opd-${name}-error`}>
        {err[name]}
      </p>
    ) : null;
  const field = (name: string, label: string, input: ReactNode, hint?: ReactNode) => (
    <div>
      <label htmlFor={`opd-${name}`}>{label}</label>
      {input}
      {hint ? (
        <p className="small muted" id={`opd-${name}-hint`} style={{ margin: "0.2rem 0 0" }}>
          {hint}
        </p>
      ) : null}
      {error(name)}
    </div>
  );

  return (
    <form onSubmit={submit} className="card no-print" aria-label={editing ? "Ubah data OPD" : "Tambah OPD"} noValidate>
      {editing ? <input type="hidden" name="id" value={initial.id} /> : null}
      {field("name", "Nama OPD", <input id="opd-name" name="name" size={70} defaultValue={initial.name} required {...described("name")} />)}
      {field("shortName", "Singkatan", <input id="opd-shortName" name="shortName" size={24} defaultValue={initial.shortName} required {...described("shortName")} />)}
      {field(
        "slug",
        "Slug (alamat halaman)",
        <input id="opd-slug" name="slug" size={40} defaultValue={initial.slug} placeholder="dibuat dari singkatan" {...described("slug", true)} />,
        editing
          ? "Dipakai di alamat /opd/slug. Mengubahnya memutus tautan lama yang sudah dibagikan."
          : "Boleh dikosongkan: dibuat dari singkatan (huruf kecil dan tanda hubung). Harus unik.",
      )}
      {field(
        "websiteUrl",
        "Alamat situs",
        <input id="opd-websiteUrl" name="websiteUrl" type="url" size={60} defaultValue={initial.websiteUrl} placeholder="https://disdukcapil.kuansing.go.id/" required {...described("websiteUrl", true)} />,
        "Alamat lengkap yang diawali http:// atau https://.",
      )}

      <fieldset style={{ marginTop: "0.8rem" }}>
        <legend>Akun media sosial resmi</legend>
        {social.length === 0 ? <p className="small muted">Belum ada akun. Tambahkan akun yang ditautkan dari situs OPD.</p> : null}
        {social.map((row, i) => (
          <div key={row.key} className="toolbar" style={{ marginBottom: "0.3rem" }} data-testid={`social-row-${i}`}>
            <div>
              <label htmlFor={`opd-social-platform-${row.key}`} className="small">
                Platform
              </label>
              <select id={`opd-social-platform-${row.key}`} name="socialPlatform" defaultValue={row.platform || platforms[0]}>
                {[...new Set([...platforms, row.platform].filter(Boolean))].map((p) => (
                  <option key={p}>{p}</option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor={`opd-social-url-${row.key}`} className="small">
                Alamat akun
              </label>
              <input
                id={`opd-social-url-${row.key}`}
                name="socialUrl"
                type="url"
                size={50}
                defaultValue={row.url}
                placeholder="https://instagram.com/nama.akun"
                {...described(`socialAccounts.${i}.url`)}
              />
              {error(`socialAccounts.${i}.url`)}
              {error(`socialAccounts.${i}.platform`)}
            </div>
            <button type="button" className="secondary" onClick={() => setSocial(social.filter((r) => r.key !== row.key))} aria-label={`Hapus akun media sosial ${i + 1}`}>
              Hapus
            </button>
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => setSocial([...social, { key: seq.current++, platform: platforms[0], url: "" }])}>
          Tambah akun
        </button>
        {error("socialAccounts")}
      </fieldset>

      {field(
        "services",
        "Layanan yang diberikan (satu per baris)",
        <textarea id="opd-services" name="services" rows={Math.max(5, initial.services.length + 1)} cols={60} defaultValue={initial.services.join("\n")} {...described("services", true)} />,
        "Contoh: KTP-el, Kartu Keluarga, Akta Kelahiran. Dipakai untuk memeriksa kelengkapan standar pelayanan per layanan (SP-08).",
      )}
      {error("services.0")}

      {editing ? null : (
        <div style={{ marginTop: "0.8rem" }}>
          <input id="opd-active" name="active" type="checkbox" defaultChecked={initial.active} />{" "}
          <label htmlFor="opd-active" style={{ display: "inline" }}>
            Aktif (dipindai dan tampil di ringkasan)
          </label>
        </div>
      )}
      <div style={{ marginTop: "0.5rem" }}>
        <input id="opd-ignoreRobots" name="ignoreRobots" type="checkbox" defaultChecked={initial.ignoreRobots} aria-describedby="opd-ignoreRobots-hint" />{" "}
        <label htmlFor="opd-ignoreRobots" style={{ display: "inline" }}>
          Abaikan robots.txt situs ini
        </label>
        <p className="small muted" id="opd-ignoreRobots-hint" style={{ margin: "0.2rem 0 0" }}>
          Situs OPD adalah situs milik pemerintah daerah sendiri. Bila robots.txt-nya (sering tanpa sengaja, karena bawaan templat) melarang
          semua perayap, pemeriksaan kepatuhan oleh Bagian Organisasi tetap boleh membaca halamannya. Centang hanya untuk situs resmi OPD;
          perubahan ini dicatat di log audit.
        </p>
      </div>

      <div className="toolbar" style={{ marginTop: "0.6rem" }}>
        {field(
          "maxPages",
          "Batas halaman per pindaian",
          <input id="opd-maxPages" name="maxPages" type="number" min={1} max={limits.maxPages} defaultValue={initial.maxPages ?? ""} placeholder={`bawaan: ${defaults.maxPages}`} style={{ width: "9rem" }} {...described("maxPages")} />,
        )}
        {field(
          "maxDepth",
          "Batas kedalaman klik",
          <input id="opd-maxDepth" name="maxDepth" type="number" min={0} max={limits.maxDepth} defaultValue={initial.maxDepth ?? ""} placeholder={`bawaan: ${defaults.maxDepth}`} style={{ width: "9rem" }} {...described("maxDepth")} />,
        )}
      </div>
      <p className="small muted" style={{ margin: "0.2rem 0 0" }}>
        Kosongkan untuk memakai bawaan di Pengaturan ({defaults.maxPages} halaman, kedalaman {defaults.maxDepth}).
      </p>
      {field(
        "scheduleCron",
        "Jadwal pindai khusus OPD ini (cron, WIB)",
        <input id="opd-scheduleCron" name="scheduleCron" size={24} defaultValue={initial.scheduleCron ?? ""} placeholder="mis. 0 3 * * 2" {...described("scheduleCron", true)} />,
        "Boleh dikosongkan: OPD tetap ikut jadwal pindai seluruh kabupaten di Pengaturan. Lima bagian: menit jam tanggal bulan hari.",
      )}

      <div style={{ marginTop: "1rem" }} className="toolbar">
        <button type="submit" disabled={pending}>
          {pending ? "Menyimpan ..." : editing ? "Simpan perubahan" : "Tambah OPD"}
        </button>
        <a href="/admin/opd" className="button secondary">
          Batal
        </a>
      </div>
      {state.message ? (
        <p className={state.ok ? "small" : "form-error"} role={state.ok ? "status" : "alert"} style={{ marginTop: "0.6rem" }}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
