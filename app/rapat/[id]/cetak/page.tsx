import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireScopedPageUser } from "../../page-user";
import { getMeetingPage } from "@/lib/data/meetings";
import { needsWork, levelText } from "@/lib/export/labels";
import type { ItemReportRow } from "@/lib/export/types";
import { formatDateTime, formatIsoDay, formatScore } from "@/lib/format";
import { TERMS } from "@/lib/terms";
import { PrintButton } from "../../../_components/print-button";
import { TrendArrow } from "../../../_components/trend-arrow";
import { Term } from "../../../_components/term";
import { ZoneBadge } from "../../../_components/zone-badge";
import { meetingIdOf, scopeOf } from "../params";
import styles from "./cetak.module.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Paket rapat" };

/** Items still below level 2 (or undecided), heaviest first: what each OPD should fix next. */
function toFix(items: ItemReportRow[]): ItemReportRow[] {
  return items.filter(needsWork).sort((a, b) => b.weight - a.weight || a.code.localeCompare(b.code));
}

/**
 * The meeting pack as one printable page: cover, ringkasan, one section per OPD. The PDF export
 * opens this page in Chromium with the requesting user's session, so an opd user's pack holds
 * only their own OPD.
 */
export default async function MeetingPackPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireScopedPageUser("export");
  const id = meetingIdOf((await params).id);
  const page = id == null ? null : getMeetingPage(id, scopeOf(user));
  if (!page) notFound();
  if (!page.frozen) {
    return (
      <>
        <h1>{page.meeting.title}</h1>
        <p className="empty">
          Cuplikan rapat ini belum dibekukan, sehingga paket rapat belum dapat dibuat. <a href={`/rapat/${page.meeting.id}`}>Kembali ke rapat</a>
        </p>
      </>
    );
  }
  const { meeting, dataset, summary } = page;
  const itemsByOpd = new Map<number, ItemReportRow[]>();
  for (const i of dataset.itemRows) itemsByOpd.set(i.opdId, [...(itemsByOpd.get(i.opdId) ?? []), i]);
  return (
    <div className={styles.pack} data-testid="meeting-pack">
      <div className="toolbar no-print">
        <a href={`/rapat/${meeting.id}`}>← Kembali ke rapat</a>
        <PrintButton />
      </div>

      <section className={styles.cover} aria-label="Sampul">
        <div className={styles.regency}>{dataset.regencyName}</div>
        <div className={styles.kind}>Paket Rapat Evaluasi Kepatuhan Standar Pelayanan Publik</div>
        <h1>{meeting.title}</h1>
        <div>{formatIsoDay(meeting.heldOn)}</div>
        {meeting.place ? <div>{meeting.place}</div> : null}
        <div className="small muted">
          Cuplikan nilai dibekukan {formatDateTime(meeting.frozenAt!)}
          {dataset.comparedWith ? `, dibandingkan dengan ${dataset.comparedWith.title} (${formatIsoDay(dataset.comparedWith.heldOn)})` : ""}.
        </div>
        <p className="disclaimer" style={{ textAlign: "left", marginTop: "2rem" }}>
          Nilai dalam paket ini adalah indikasi kepatuhan publikasi daring dari situs web OPD, bukan nilai resmi Ombudsman RI:
          Ombudsman juga menilai melalui wawancara dengan petugas dan pengguna layanan.
        </p>
      </section>

      <section className={styles.section} aria-labelledby="ringkasan">
        <h2 id="ringkasan">Ringkasan</h2>
        {dataset.warnings.length ? (
          <div className={styles.warnings} role="note">
            <strong>Perhatian:</strong>
            <ul>
              {dataset.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <dl className={styles.facts}>
          <div>
            <dt>Rata-rata nilai</dt>
            <dd>{formatScore(summary.average)}</dd>
          </div>
          <div>
            <dt>OPD dinilai</dt>
            <dd>
              {summary.scoredCount} dari {summary.opdCount}
            </dd>
          </div>
          <div>
            <dt>Zona</dt>
            <dd>
              Hijau {summary.zoneCounts.hijau} · Kuning {summary.zoneCounts.kuning} · Merah {summary.zoneCounts.merah}
              {summary.zoneCounts.belum ? ` · Belum dinilai ${summary.zoneCounts.belum}` : ""}
            </dd>
          </div>
        </dl>
        <div className="table-box">
          <table>
            <thead>
              <tr>
                <th scope="col" className="num">No</th>
                <th scope="col">OPD</th>
                <th scope="col" className="num">Nilai</th>
                <th scope="col">Zona</th>
                <th scope="col">Perubahan</th>
                <th scope="col" className="num">
                  <Term name="undecided" />
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.ranking.map((r, i) => (
                <tr key={r.opdId}>
                  <td className="num">{i + 1}</td>
                  <td>{r.name}</td>
                  <td className="num">{formatScore(r.score)}</td>
                  <td>
                    <ZoneBadge zone={r.zone} />
                  </td>
                  <td>
                    <TrendArrow trend={r.trend} delta={r.delta} />
                  </td>
                  <td className="num">{r.scannedAt ? formatScore(r.undecidedWeight) : "belum dipindai"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {summary.ranking.map((r) => {
        const fix = toFix(itemsByOpd.get(r.opdId) ?? []);
        return (
          <section key={r.opdId} className={styles.opd} aria-labelledby={`opd-${r.slug}`}>
            <h2 id={`opd-${r.slug}`}>{r.name}</h2>
            <dl className={styles.facts}>
              <div>
                <dt>Nilai</dt>
                <dd>{formatScore(r.score)}</dd>
              </div>
              <div>
                <dt>Zona</dt>
                <dd>
                  <ZoneBadge zone={r.zone} />
                </dd>
              </div>
              <div>
                <dt>Sejak rapat sebelumnya</dt>
                <dd>
                  <TrendArrow trend={r.trend} delta={r.delta} />
                </dd>
              </div>
              <div>
                <dt>{TERMS.undecided.label}</dt>
                <dd>{formatScore(r.undecidedWeight)}</dd>
              </div>
            </dl>
            {!r.scannedAt ? (
              <p>OPD ini belum memiliki pindaian lengkap saat cuplikan dibekukan.</p>
            ) : fix.length === 0 ? (
              <p>Semua butir sudah mencapai tingkat 2 atau lebih.</p>
            ) : (
              <>
                <h3>Butir yang belum mencapai tingkat 2 ({fix.length})</h3>
                <div className="table-box">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">Kode</th>
                        <th scope="col">Butir dan saran perbaikan</th>
                        <th scope="col" className="num">Bobot</th>
                        <th scope="col">Tingkat</th>
                      </tr>
                    </thead>
                    <tbody>
                      {fix.map((i) => (
                        <tr key={i.code}>
                          <td className="code">{i.code}</td>
                          <td>
                            <strong>{i.title}</strong>
                            {i.fixHint ? <div className={styles.hint}>{i.fixHint}</div> : null}
                            <div className="small muted">{i.legalBasis}</div>
                          </td>
                          <td className="num">{String(i.weight).replace(".", ",")}</td>
                          <td>{levelText(i.level, i.status)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}
