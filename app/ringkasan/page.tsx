import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/server";
import { openScanCount } from "@/lib/data/scans";
import { getSummary } from "@/lib/data/summary";
import { formatDateTime, formatIsoDay, formatScore, shortMeetingTitle } from "@/lib/format";
import { TrendChart } from "../_components/charts";
import { LiveRefresh } from "../_components/live-refresh";
import { TrendArrow } from "../_components/trend-arrow";
import { ZoneBadge } from "../_components/zone-badge";
import { PrintButton } from "../_components/print-button";
import { ZoneCounts } from "../_components/zone-counts";
import { Term, TermExplanation } from "../_components/term";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Ringkasan" };

/** Rows of the ranking that still fit one printed A4 page with the rest of the summary. */
const RANKING_MAX = 40;

export default async function SummaryPage() {
  const user = await requirePageUser();
  const s = getSummary();
  const open = openScanCount(user.role === "opd" ? user.opdId : null);
  // An OPD's Kasubag sees only their own OPD beside the regency average.
  const all = user.role === "opd" ? s.ranking.filter((r) => r.opdId === user.opdId) : s.ranking;
  // One A4 page: a regency's OPD all fit; at province scale show both ends of the ranking.
  const shown =
    all.length <= RANKING_MAX
      ? all.map((r, i) => ({ ...r, rank: i + 1 }))
      : [
          ...all.slice(0, RANKING_MAX / 2).map((r, i) => ({ ...r, rank: i + 1 })),
          ...all.slice(-RANKING_MAX / 2).map((r, i) => ({ ...r, rank: all.length - RANKING_MAX / 2 + i + 1 })),
        ];
  return (
    <div className="summary">
      <div className="toolbar no-print" style={{ justifyContent: "space-between" }}>
        <div />
        <PrintButton />
      </div>
      <h1>Ringkasan Kesiapan Kepatuhan Pelayanan Publik</h1>
      <p className="lead">
        {s.regencyName} ·{" "}
        {s.dataDate ? <>data pindaian sampai {formatDateTime(s.dataDate)}</> : "belum ada pindaian"}
        {s.lastMeeting ? <> · perubahan dihitung terhadap {s.lastMeeting.title} ({formatIsoDay(s.lastMeeting.heldOn)})</> : null}
      </p>
      {s.justFrozen ? (
        <p className="small muted" data-testid="baseline-note">
          {s.justFrozen.title} dibekukan dari pindaian yang sama dengan yang tampil sekarang, jadi perubahan dihitung terhadap{" "}
          {s.lastMeeting ? `rapat terakhir yang nilainya berbeda, ${s.lastMeeting.title}` : "rapat sebelumnya (belum ada)"}.
        </p>
      ) : null}
      <LiveRefresh
        active={open > 0}
        message={`Pindaian berjalan: ${open} OPD dalam antrean atau sedang dipindai; ${s.scoredCount} dari ${s.opdCount} OPD sudah punya hasil. Halaman ini diperbarui sendiri.`}
      />
      {s.scoredCount === 0 ? (
        <p className="empty">Belum ada hasil pindaian. Bagian Organisasi dapat memulai pindaian dari halaman Pindaian.</p>
      ) : (
        <>
          <section className="grid grid-4" aria-label="Angka utama">
            <div className="card" data-testid="average">
              <div className="stat-label">Rata-rata nilai kabupaten</div>
              <div className="stat">{formatScore(s.average)}</div>
              <ZoneBadge zone={s.averageZone?.id ?? null} />
            </div>
            <div className="card">
              <div className="stat-label">OPD per zona</div>
              <ZoneCounts counts={s.zoneCounts} />
            </div>
            <div className="card">
              <div className="stat-label">OPD dinilai</div>
              <div className="stat">
                {s.scoredCount}/{s.opdCount}
              </div>
            </div>
            <div className="card">
              <div className="stat-label">
                <Term name="undecidedAverage" />
              </div>
              <div className="stat">{formatScore(s.averageUndecided)}</div>
              <TermExplanation name="undecidedAverage" />
            </div>
          </section>

          <section aria-labelledby="tren">
            <h2 id="tren">Tren rata-rata antar rapat</h2>
            <TrendChart
              data={s.trend.map((t) => ({ label: t.label, sublabel: t.sublabel, value: t.average }))}
              xTitle="Rapat dan tanggalnya"
              title="Rata-rata nilai OPD pada tiap rapat yang dibekukan dan pada pindaian terakhir (pita: zona merah di bawah 51, kuning 51-81, hijau mulai 81)."
            />
          </section>

          <section aria-labelledby="peringkat">
            <h2 id="peringkat">{user.role === "opd" ? "Nilai OPD Anda" : "Peringkat OPD"}</h2>
            <div className="table-box">
              <table>
                <thead>
                  <tr>
                    <th scope="col" className="num">No</th>
                    <th scope="col">OPD</th>
                    <th scope="col" className="num">Nilai</th>
                    <th scope="col">Zona</th>
                    <th scope="col">{s.lastMeeting ? `Sejak ${shortMeetingTitle(s.lastMeeting.title)}` : "Sejak rapat lalu"}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((r) => (
                    <tr key={r.opdId} data-testid={`rank-${r.slug}`}>
                      <td className="num">{r.rank}</td>
                      <td>
                        <a href={`/opd/${r.slug}`}>{r.shortName}</a>
                      </td>
                      <td className="num">{formatScore(r.score)}</td>
                      <td>
                        <ZoneBadge zone={r.zone} />
                      </td>
                      <td>
                        <TrendArrow trend={r.trend} delta={r.delta} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {all.length > RANKING_MAX ? (
              <p className="small muted">
                Ditampilkan {RANKING_MAX / 2} OPD teratas dan {RANKING_MAX / 2} terbawah dari {all.length}.{" "}
                <a href="/opd">Daftar lengkap ada di halaman OPD.</a>
              </p>
            ) : null}
          </section>

          {user.role !== "opd" ? (
            <section aria-labelledby="terlewat">
              <h2 id="terlewat">Butir yang paling banyak belum dipenuhi</h2>
              <div className="table-box">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Kode</th>
                      <th scope="col">Butir</th>
                      <th scope="col" className="num">OPD belum memenuhi</th>
                    </tr>
                  </thead>
                  <tbody>
                    {s.mostMissed.map((m) => (
                      <tr key={m.code}>
                        <td className="code">{m.code}</td>
                        <td>{m.title}</td>
                        <td className="num">
                          {m.missing} dari {m.total}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className="small muted">Menurut hasil pemindai pada pindaian terakhir tiap OPD (tingkat di bawah 2).</p>
            </section>
          ) : null}
        </>
      )}
      <p className="disclaimer">
        Nilai di halaman ini adalah indikasi kepatuhan publikasi daring dari situs web OPD, bukan nilai resmi Ombudsman RI:
        Ombudsman juga menilai melalui wawancara dengan petugas dan pengguna layanan.
      </p>
    </div>
  );
}
