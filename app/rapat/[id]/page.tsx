import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireScopedPageUser } from "../page-user";
import { can } from "@/lib/auth/policy";
import { getMeetingPage, type MeetingPage } from "@/lib/data/meetings";
import { formatDateTime, formatIsoDay, formatScore, shortMeetingTitle } from "@/lib/format";
import { PrintButton } from "../../_components/print-button";
import { TrendArrow } from "../../_components/trend-arrow";
import { Term } from "../../_components/term";
import { ZoneBadge } from "../../_components/zone-badge";
import { EditMeetingForm } from "../create-form";
import { DeleteMeetingForm } from "./delete-form";
import { FreezeForm } from "./freeze-form";
import { ItemChanges } from "./item-changes";
import { meetingIdOf, scopeOf } from "./params";
import styles from "./meeting.module.css";
import { ZoneCounts } from "../../_components/zone-counts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Rapat" };

export default async function MeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireScopedPageUser("read");
  const id = meetingIdOf((await params).id);
  const page = id == null ? null : getMeetingPage(id, scopeOf(user));
  if (!page) notFound();
  const { meeting, previous } = page;
  return (
    <>
      <p className="no-print small">
        <a href="/rapat">← Semua rapat</a>
      </p>
      <h1>{meeting.title}</h1>
      <div className={styles.meta}>
        <span>{formatIsoDay(meeting.heldOn)}</span>
        {meeting.place ? <span>{meeting.place}</span> : null}
        {page.frozen ? (
          <span data-testid="frozen-status">
            <span className="badge zone-hijau">Dibekukan</span> {formatDateTime(meeting.frozenAt!)}
            {page.frozenByName ? ` oleh ${page.frozenByName}` : ""}
          </span>
        ) : (
          <span data-testid="frozen-status">
            <span className="badge zone-none">Belum dibekukan</span>
          </span>
        )}
      </div>

      {!page.frozen ? (
        <>
          <p>
            Cuplikan rapat ini belum dibekukan. Saat dibekukan, nilai terakhir setiap OPD aktif disimpan dan dibandingkan dengan{" "}
            {previous ? `${previous.title} (${formatIsoDay(previous.heldOn)})` : "rapat sebelumnya (belum ada yang dibekukan)"}.
          </p>
          {can(user, "meeting:write") ? (
            <>
              <FreezeForm meetingId={meeting.id} readiness={page.readiness} />
              <details className="no-print" style={{ marginTop: "1rem" }}>
                <summary>Ubah judul, tanggal atau tempat</summary>
                <EditMeetingForm meeting={{ id: meeting.id, title: meeting.title, heldOn: meeting.heldOn, place: meeting.place }} />
              </details>
              <div style={{ marginTop: "1rem" }}>
                <DeleteMeetingForm meetingId={meeting.id} title={meeting.title} />
              </div>
            </>
          ) : (
            <p className="empty">
              Bagian Organisasi akan membekukan cuplikan menjelang rapat. Sampai saat itu, nilai terkini dapat dilihat di{" "}
              <a href="/ringkasan">Ringkasan</a>.
            </p>
          )}
          <FreezePreview page={page} />
        </>
      ) : (
        <FrozenMeeting page={page} />
      )}
      <p className="disclaimer">
        Nilai adalah indikasi kepatuhan publikasi daring dari situs web OPD, bukan nilai resmi Ombudsman RI: Ombudsman juga menilai
        melalui wawancara dengan petugas dan pengguna layanan.
      </p>
    </>
  );
}

function FrozenMeeting({ page }: { page: Extract<MeetingPage, { frozen: true }> }) {
  const { meeting, previous, dataset, summary } = page;
  const base = `/rapat/${meeting.id}`;
  return (
    <>
      <div className="toolbar no-print" aria-label="Ekspor">
        <a className="button" href={`${base}/ekspor/pdf`} download>
          Unduh paket rapat (PDF)
        </a>
        <a className="button secondary" href={`${base}/ekspor/xlsx`} download>
          Unduh XLSX
        </a>
        <a className="button secondary" href={`${base}/ekspor/csv`} download>
          Unduh CSV butir
        </a>
        <a className="button secondary" href={`${base}/cetak`}>
          Tampilan cetak paket
        </a>
        <PrintButton label="Cetak halaman ini" />
      </div>

      {dataset.warnings.length ? (
        <section className={styles.warnings} role="alert" aria-labelledby="peringatan" data-testid="warnings">
          <h2 id="peringatan">Perhatian: kedua rapat tidak sepenuhnya sebanding</h2>
          <ul>
            {dataset.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <p data-testid="compared-with">
        {previous
          ? `Dibandingkan dengan ${previous.title} (${formatIsoDay(previous.heldOn)}).`
          : "Belum ada rapat sebelumnya yang dibekukan, sehingga perubahan belum dapat dihitung."}
        {dataset.checklistVersionNumber != null ? ` Daftar periksa versi ${dataset.checklistVersionNumber}.` : ""}
      </p>

      <section className="grid grid-4" aria-label="Angka utama">
        <div className="card">
          <div className="stat-label">Rata-rata nilai</div>
          <div className="stat">{formatScore(summary.average)}</div>
        </div>
        <div className="card">
          <div className="stat-label">OPD per zona</div>
          <ZoneCounts counts={summary.zoneCounts} />
        </div>
        <div className="card">
          <div className="stat-label">OPD dinilai</div>
          <div className="stat">
            {summary.scoredCount}/{summary.opdCount}
          </div>
        </div>
      </section>

      <h2>Nilai per OPD</h2>
      {summary.ranking.length === 0 ? (
        <p className="empty">Cuplikan ini tidak memuat OPD yang dapat Anda lihat.</p>
      ) : (
        <div className="table-box">
          <table data-testid="meeting-opd">
            <thead>
              <tr>
                <th scope="col" className="num">No</th>
                <th scope="col">OPD</th>
                <th scope="col" className="num">Nilai</th>
                <th scope="col">Zona</th>
                <th scope="col" className="num">{previous ? `Nilai ${shortMeetingTitle(previous.title)}` : "Rapat sebelumnya"}</th>
                <th scope="col">{previous ? `Perubahan sejak ${shortMeetingTitle(previous.title)}` : "Perubahan"}</th>
                <th scope="col" className="num">
                  <Term name="undecided" />
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.ranking.map((r, i) => (
                <tr key={r.opdId} data-testid={`meeting-opd-${r.slug}`}>
                  <td className="num">{i + 1}</td>
                  <td>
                    <a href={`/opd/${r.slug}`}>{r.name}</a>
                    <div className="small muted">{r.shortName}</div>
                  </td>
                  <td className="num">{formatScore(r.score)}</td>
                  <td>
                    <ZoneBadge zone={r.zone} />
                  </td>
                  <td className="num">{formatScore(r.previousScore)}</td>
                  <td>
                    <TrendArrow trend={r.trend} delta={r.delta} />
                  </td>
                  <td className="num">{r.scannedAt ? formatScore(r.undecidedWeight) : "belum dipindai"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {previous ? <ItemChanges dataset={dataset} ranking={summary.ranking} /> : null}
    </>
  );
}

/** What freezing now would record, read live: it follows scans and verdicts until the freeze. */
function FreezePreview({ page }: { page: Extract<MeetingPage, { frozen: false }> }) {
  const { previous, preview } = page;
  const since = previous ? shortMeetingTitle(previous.title) : null;
  return (
    <section aria-labelledby="pratinjau" data-testid="freeze-preview">
      <h2 id="pratinjau">Pratinjau: yang akan dibekukan jika dibekukan sekarang</h2>
      {preview.length === 0 ? (
        <p className="empty">Belum ada OPD aktif yang dapat Anda lihat.</p>
      ) : (
        <div className="table-box">
          <table>
            <thead>
              <tr>
                <th scope="col" className="num">No</th>
                <th scope="col">OPD</th>
                <th scope="col" className="num">Nilai sekarang</th>
                <th scope="col">Zona</th>
                <th scope="col">{since ? `Perubahan sejak ${since}` : "Perubahan"}</th>
              </tr>
            </thead>
            <tbody>
              {preview.map((r, i) => (
                <tr key={r.opdId}>
                  <td className="num">{r.score == null ? "–" : i + 1}</td>
                  <td>
                    <a href={`/opd/${r.slug}`}>{r.shortName}</a>
                  </td>
                  <td className="num">{r.score == null ? "belum dipindai" : formatScore(r.score)}</td>
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
      )}
    </section>
  );
}
