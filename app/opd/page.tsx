import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requirePageUser } from "@/lib/auth/server";
import { listOpdWithChange, ownOpdSlug } from "@/lib/data/opd";
import { openScanCount } from "@/lib/data/scans";
import { formatDateTimeShort, formatScore, shortMeetingTitle } from "@/lib/format";
import { SortParams, sortOpdRows } from "@/lib/sorting";
import { LiveRefresh } from "../_components/live-refresh";
import { SortHeader } from "../_components/sort-header";
import { TrendArrow } from "../_components/trend-arrow";
import { ZoneBadge } from "../_components/zone-badge";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Daftar OPD" };

/** Rows per page: a regency fits on one; a province pages through. */
const PAGE_SIZE = 100;

export default async function OpdListPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePageUser();
  if (user.role === "opd") redirect(`/opd/${ownOpdSlug(user.opdId!) ?? ""}`);
  const params = await searchParams;
  // Lowest score first: the admin's first question is who needs help.
  const sort = { key: SortParams.parse(params).urut ?? "nilai", dir: SortParams.parse(params).arah ?? "naik" };
  const { rows: unsorted, meeting } = listOpdWithChange();
  const all = sortOpdRows(unsorted, sort.key, sort.dir);
  const pages = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Number(params.halaman) || 1));
  const rows = all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const open = openScanCount();
  const pageLink = (n: number) => `/opd?${new URLSearchParams({ urut: sort.key, arah: sort.dir, halaman: String(n) })}`;
  return (
    <>
      <h1>Daftar OPD</h1>
      <p className="lead">
        Organisasi perangkat daerah yang situsnya dipindai, dengan hasil pindaian terakhir
        {meeting ? ` dan perubahannya sejak ${meeting.title}` : ""}. Klik judul kolom untuk mengurutkan.
      </p>
      <LiveRefresh active={open > 0} message={`${open} OPD dalam antrean atau sedang dipindai; daftar ini diperbarui sendiri.`} />
      {pages > 1 ? (
        <nav className="toolbar small" aria-label="Halaman daftar">
          {page > 1 ? <a href={pageLink(page - 1)}>‹ Sebelumnya</a> : null}
          <span>
            Halaman {page} dari {pages} ({all.length} OPD)
          </span>
          {page < pages ? <a href={pageLink(page + 1)}>Berikutnya ›</a> : null}
        </nav>
      ) : null}
      {rows.length === 0 ? (
        <p className="empty">Belum ada OPD. Tambahkan OPD di menu Kelola OPD atau jalankan `npm run demo`.</p>
      ) : (
        <div className="table-box">
          <table data-testid="opd-list">
            <caption className="muted small" style={{ captionSide: "bottom", textAlign: "left", paddingTop: "0.5rem" }}>
              Nilai adalah indikasi kepatuhan publikasi daring, bukan nilai resmi Ombudsman RI.
            </caption>
            <thead>
              <tr>
                <SortHeader label="OPD" sortKey="nama" current={sort.key} dir={sort.dir} />
                <SortHeader label="Nilai" sortKey="nilai" current={sort.key} dir={sort.dir} className="num" />
                <SortHeader label="Zona" sortKey="zona" current={sort.key} dir={sort.dir} />
                <SortHeader
                  label={meeting ? `Sejak ${shortMeetingTitle(meeting.title)}` : "Sejak rapat lalu"}
                  sortKey="perubahan"
                  current={sort.key}
                  dir={sort.dir}
                />
                <th scope="col">Pindaian terakhir</th>
                <th scope="col">Situs</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((o) => (
                <tr key={o.opdId} data-testid={`opd-row-${o.slug}`}>
                  <td>
                    <a href={`/opd/${o.slug}`}>{o.name}</a>
                    <div className="muted small">{o.shortName}</div>
                  </td>
                  <td className="num" data-testid="score">{formatScore(o.score)}</td>
                  <td>
                    <ZoneBadge zone={o.zone} />
                  </td>
                  <td>
                    <TrendArrow trend={o.trend} delta={o.delta} />
                  </td>
                  <td className="small">{o.finishedAt ? formatDateTimeShort(o.finishedAt) : "Belum pernah dipindai"}</td>
                  <td className="small" style={{ wordBreak: "break-all" }}>
                    {o.websiteUrl}
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
