import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/server";
import { can } from "@/lib/auth/policy";
import { getActiveChecklist } from "@/lib/data/checklist";
import { formatScore } from "@/lib/format";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Daftar Periksa" };

const MODE_LABEL = { A: "Otomatis", P: "Perlu pemeriksaan" } as const;

export default async function ChecklistPage() {
  const user = await requirePageUser();
  const checklist = getActiveChecklist();
  return (
    <>
      <h1>Daftar Periksa</h1>
      <p className="lead">
        Versi {checklist.number} · {checklist.groups.reduce((n, g) => n + g.items.length, 0)} butir · total bobot{" "}
        {formatScore(checklist.totalWeight)}
      </p>
      {can(user, "checklist:write") ? (
        <p className="no-print">
          <a className="button secondary" href="/admin/daftar-periksa">
            Ubah daftar periksa
          </a>
        </p>
      ) : null}
      <p className="disclaimer">
        Tingkat 0 = tidak ditemukan; 1 = ada tetapi belum lengkap, usang, atau hanya berupa gambar; 2 = ada dan lengkap; 3 =
        lengkap, mutakhir, dan terjangkau paling banyak 2 klik dari beranda. Mode "Perlu pemeriksaan" berarti pemindai
        hanya mengusulkan bukti dan petugas Bagian Organisasi yang memutuskan bila bukti belum meyakinkan.
      </p>
      {checklist.groups.map((g) => (
        <section key={g.category} aria-labelledby={`cat-${g.category}`}>
          <h2 id={`cat-${g.category}`}>
            {g.category}: {g.label} <span className="muted small">(bobot {formatScore(g.weight)})</span>
          </h2>
          <div className="table-box">
            <table>
              <thead>
                <tr>
                  <th scope="col">Kode</th>
                  <th scope="col">Butir</th>
                  <th scope="col">Dasar hukum</th>
                  <th scope="col">Mode</th>
                  <th scope="col" className="num">Bobot</th>
                </tr>
              </thead>
              <tbody>
                {g.items.map((i) => (
                  <tr key={i.code} data-testid={`item-${i.code}`}>
                    <td>
                      <strong className="code">{i.code}</strong>
                    </td>
                    <td>
                      {i.title}
                      {i.fixHint ? <div className="muted small">{i.fixHint}</div> : null}
                    </td>
                    <td className="small">{i.legalBasis}</td>
                    <td className="small">{MODE_LABEL[i.mode]}</td>
                    <td className="num">{formatScore(i.weight)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
