import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/server";
import { can, canCancelScan } from "@/lib/auth/policy";
import { getScheduleOverview, listScans } from "@/lib/data/scans";
import { formatDateTimeShort, formatDuration } from "@/lib/format";
import { LiveRefresh } from "../_components/live-refresh";
import { CancelScanButton, ScanAllButton } from "./controls";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Pindaian" };

const STATUS = {
  queued: ["Dalam antrean", "status-review"],
  running: ["Berjalan", "zone-kuning"],
  completed: ["Selesai", "zone-hijau"],
  failed: ["Gagal", "zone-merah"],
  cancelled: ["Dibatalkan", "zone-none"],
} as const;

const TRIGGER: Record<string, string> = {
  manual: "oleh admin",
  schedule: "terjadwal",
  meeting: "menjelang rapat",
  demo: "demo",
  cli: "baris perintah",
  opd: "oleh OPD",
};

export default async function ScansPage() {
  const user = await requirePageUser();
  const own = user.role === "opd" ? user.opdId : null;
  const rows = listScans({ opdId: own });
  const overview = getScheduleOverview();
  const schedule = overview.opd.filter((s) => own == null || s.opdId === own);
  const open = rows.filter((r) => r.scan.status === "queued" || r.scan.status === "running");
  const running = open.filter((r) => r.scan.status === "running").length;
  return (
    <>
      <h1>Pindaian</h1>
      <p className="lead">Antrean, pindaian yang berjalan, dan riwayat pindaian beserta sebab kegagalannya.</p>
      {can(user, "opd:write") ? <ScanAllButton /> : null}
      <LiveRefresh
        active={open.length > 0}
        message={`${running} pindaian berjalan, ${open.length - running} dalam antrean. Daftar ini diperbarui sendiri.`}
      />
      <h2>Riwayat pindaian</h2>
      {rows.length === 0 ? (
        <p className="empty">Belum ada pindaian. {can(user, "opd:write") ? "Tekan “Pindai semua OPD sekarang”." : ""}</p>
      ) : (
        <div className="table-box">
          <table data-testid="scans">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">OPD</th>
                <th scope="col">Status</th>
                <th scope="col">Dipicu</th>
                <th scope="col">Mulai</th>
                <th scope="col">Lama</th>
                <th scope="col" className="num">Halaman</th>
                <th scope="col">Keterangan</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ scan, opd, explanation }) => (
                <tr key={scan.id} data-testid={`scan-${scan.id}`} data-status={scan.status}>
                  <td>{scan.id}</td>
                  <td>
                    <a href={`/opd/${opd.slug}`}>{opd.shortName}</a>
                  </td>
                  <td>
                    <span className={`badge ${STATUS[scan.status][1]}`}>{STATUS[scan.status][0]}</span>
                  </td>
                  <td className="small">{TRIGGER[scan.trigger] ?? scan.trigger}</td>
                  <td className="small">{formatDateTimeShort(scan.startedAt ?? scan.queuedAt)}</td>
                  <td className="small">{scan.startedAt && scan.finishedAt ? formatDuration(scan.finishedAt.getTime() - scan.startedAt.getTime()) : "–"}</td>
                  <td className="num">{scan.pagesVisited}</td>
                  <td className="small">
                    {explanation ? (
                      <>
                        <strong>{explanation.title}</strong>: {explanation.explanation} {explanation.fixHint}
                      </>
                    ) : null}
                    {(scan.status === "queued" || scan.status === "running") && canCancelScan(user, scan) ? (
                      <CancelScanButton scanId={scan.id} />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>Jadwal pindaian</h2>
      {!overview.schedulerRunning ? (
        <p className="form-error">Penjadwal tidak berjalan: jadwal di bawah tidak akan dijalankan sampai aplikasi atau `npm run worker` berjalan.</p>
      ) : null}
      {schedule.length === 0 ? (
        <p className="empty">Belum ada jadwal. Bagian Organisasi dapat mengatur jadwal di Pengaturan.</p>
      ) : (
        <div className="table-box">
          <table>
            <thead>
              <tr>
                <th scope="col">OPD</th>
                <th scope="col">Pindaian terjadwal terakhir</th>
                <th scope="col">Pindaian terjadwal berikutnya</th>
              </tr>
            </thead>
            <tbody>
              {schedule.map((s) => (
                <tr key={s.opdId}>
                  <td>{s.shortName}</td>
                  <td className="small">{s.lastRunAt ? formatDateTimeShort(s.lastRunAt) : "–"}</td>
                  <td className="small">{s.nextRunAt ? formatDateTimeShort(s.nextRunAt) : "tidak dijadwalkan"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
