import type { Metadata } from "next";
import { requireScopedPageUser } from "../rapat/page-user";
import { listFrozenMeetings } from "@/lib/data/meetings";
import { formatIsoDay } from "@/lib/format";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Ekspor" };

export default async function ExportPage() {
  const user = await requireScopedPageUser("export");
  const meetings = listFrozenMeetings();
  const own = user.role === "opd";
  return (
    <>
      <h1>Ekspor data</h1>
      <p className="lead">
        Unduh nilai dan hasil per butir untuk diolah di lembar kerja.{" "}
        {own ? "Berkas berisi data OPD Anda saja." : "Berkas berisi semua OPD aktif."}
      </p>
      <section aria-labelledby="terkini">
        <h2 id="terkini">Nilai terkini</h2>
        <p className="small muted">
          Pindaian lengkap terakhir tiap OPD beserta putusan manual yang berlaku, dibandingkan dengan rapat terakhir yang dibekukan.
        </p>
        <div className="toolbar">
          <a className="button" href="/ekspor/xlsx" download>
            Unduh XLSX (ringkasan dan butir)
          </a>
          <a className="button secondary" href="/ekspor/csv" download>
            Unduh CSV butir
          </a>
        </div>
      </section>
      <section aria-labelledby="per-rapat">
        <h2 id="per-rapat">Cuplikan rapat</h2>
        {meetings.length === 0 ? (
          <p className="empty">
            Belum ada rapat yang dibekukan. Paket rapat (PDF) tersedia setelah Bagian Organisasi membekukan cuplikan di halaman{" "}
            <a href="/rapat">Rapat</a>.
          </p>
        ) : (
          <div className="table-box">
            <table>
              <thead>
                <tr>
                  <th scope="col">Rapat</th>
                  <th scope="col">Tanggal</th>
                  <th scope="col">Unduh</th>
                </tr>
              </thead>
              <tbody>
                {meetings.map((m) => (
                  <tr key={m.id}>
                    <td>
                      <a href={`/rapat/${m.id}`}>{m.title}</a>
                    </td>
                    <td>{formatIsoDay(m.heldOn)}</td>
                    <td>
                      <a href={`/rapat/${m.id}/ekspor/pdf`} download>
                        Paket rapat (PDF)
                      </a>{" "}
                      · <a href={`/rapat/${m.id}/ekspor/xlsx`} download>XLSX</a> ·{" "}
                      <a href={`/rapat/${m.id}/ekspor/csv`} download>
                        CSV
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <p className="disclaimer">Nilai adalah indikasi kepatuhan publikasi daring dari situs web OPD, bukan nilai resmi Ombudsman RI.</p>
    </>
  );
}
