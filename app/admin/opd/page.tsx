import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/server";
import { listOpdForAdmin } from "@/lib/data/admin";
import { formatDateTimeShort, formatInt } from "@/lib/format";
import { AdminTabs } from "./_components/admin-tabs";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Kelola OPD" };

export default async function AdminOpdPage({ searchParams }: { searchParams: Promise<{ dihapus?: string }> }) {
  await requirePageUser("opd:write");
  const { dihapus } = await searchParams;
  const rows = listOpdForAdmin();
  const active = rows.filter((r) => r.active).length;
  return (
    <>
      <AdminTabs current="/admin/opd" />
      <h1>Kelola OPD</h1>
      <p className="lead">
        {formatInt(rows.length)} OPD terdaftar, {formatInt(active)} aktif. OPD nonaktif tidak dipindai dan tidak tampil di ringkasan,
        tetapi riwayatnya tetap tersimpan.
      </p>
      <div className="toolbar no-print">
        <a href="/admin/opd/baru" className="button">
          Tambah OPD
        </a>
        <a href="/admin/opd/impor" className="button secondary">
          Impor dari CSV/XLSX
        </a>
      </div>
      {dihapus ? (
        <p className="small" role="status">
          OPD telah dihapus dan penghapusannya dicatat di log audit.
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className="empty">
          Belum ada OPD. Tambahkan satu per satu dengan <a href="/admin/opd/baru">Tambah OPD</a>, atau{" "}
          <a href="/admin/opd/impor">impor daftar OPD</a> dari berkas CSV atau XLSX.
        </p>
      ) : (
        <div className="table-box">
          <table data-testid="admin-opd-list">
            <thead>
              <tr>
                <th scope="col">OPD</th>
                <th scope="col">Situs</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">Layanan</th>
                <th scope="col" className="num">Pindaian</th>
                <th scope="col">Pindaian terakhir</th>
                <th scope="col" className="no-print">
                  Tindakan
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-testid={`admin-opd-${r.slug}`}>
                  <td>
                    <strong>{r.name}</strong>
                    <div className="small muted">
                      {r.shortName} · /{r.slug}
                    </div>
                  </td>
                  <td className="small">
                    {r.websiteUrl}
                    {r.ignoreRobots ? <div className="muted">robots.txt diabaikan</div> : null}
                    {r.scheduleCron ? <div className="muted">jadwal sendiri: {r.scheduleCron}</div> : null}
                  </td>
                  <td>{r.active ? <span className="badge zone-hijau">Aktif</span> : <span className="badge zone-none">Nonaktif</span>}</td>
                  <td className="num">{formatInt(r.services)}</td>
                  <td className="num">{formatInt(r.scans)}</td>
                  <td className="small">{r.lastScanAt ? formatDateTimeShort(r.lastScanAt) : <span className="muted">Belum pernah</span>}</td>
                  <td className="no-print">
                    <a href={`/admin/opd/${r.id}`} aria-label={`Ubah ${r.name}`}>
                      Ubah
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
