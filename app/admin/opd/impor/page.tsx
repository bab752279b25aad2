import type { Metadata } from "next";
import { IMPORT_COLUMNS, MAX_IMPORT_KB, MAX_IMPORT_ROWS } from "@/lib/admin/import-file";
import { requirePageUser } from "@/lib/auth/server";
import { formatInt } from "@/lib/format";
import { AdminTabs } from "../_components/admin-tabs";
import { ImportForm } from "./import-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Impor OPD" };

const COLUMN_HELP: Record<(typeof IMPORT_COLUMNS)[number], string> = {
  nama: "Nama lengkap OPD, mis. Dinas Kependudukan dan Pencatatan Sipil (wajib).",
  singkatan: "Singkatan, mis. Disdukcapil (wajib). Slug halaman dibuat dari singkatan dan harus unik.",
  situs: "Alamat situs lengkap dengan http:// atau https:// (wajib, belum terdaftar untuk OPD lain).",
  layanan: "Layanan yang diberikan, dipisah titik koma: KTP-el;Kartu Keluarga;Akta Kelahiran (wajib).",
  media_sosial: "Boleh kosong. Alamat akun dipisah titik koma; platform dikenali dari alamatnya, atau tulis Instagram: https://…",
};

export default async function ImportOpdPage() {
  await requirePageUser("opd:write");
  return (
    <>
      <AdminTabs current="/admin/opd" />
      <p className="small no-print">
        <a href="/admin/opd">« Kembali ke daftar OPD</a>
      </p>
      <h1>Impor OPD dari CSV atau XLSX</h1>
      <p className="lead">
        Semua baris diperiksa lebih dulu. OPD disimpan hanya bila semua baris sah; bila ada satu baris yang salah, tidak ada yang disimpan
        dan laporan menyebut baris, kolom dan masalahnya.
      </p>
      <p className="no-print">
        <a href="/admin/opd/impor/templat" className="button secondary" download>
          Unduh templat CSV
        </a>
      </p>
      <h2>Kolom</h2>
      <div className="table-box">
        <table>
          <thead>
            <tr>
              <th scope="col">Kolom</th>
              <th scope="col">Isi</th>
            </tr>
          </thead>
          <tbody>
            {IMPORT_COLUMNS.map((c) => (
              <tr key={c}>
                <td>
                  <code>{c}</code>
                </td>
                <td>{COLUMN_HELP[c]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="small muted">
        Baris pertama berisi nama kolom. CSV boleh dipisah koma atau titik koma (seperti simpanan Excel berbahasa Indonesia); untuk XLSX
        dibaca lembar pertama. Paling banyak {formatInt(MAX_IMPORT_ROWS)} OPD per berkas. OPD hasil impor langsung aktif.
      </p>
      <h2>Unggah berkas</h2>
      <ImportForm maxKb={MAX_IMPORT_KB} />
    </>
  );
}
