import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/server";
import { listOpdWithLatestScore, ownOpdSlug } from "@/lib/data/opd";
import { redirect } from "next/navigation";
import { formatDateTimeShort, formatScore } from "@/lib/format";
import { ZoneBadge } from "../_components/zone-badge";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Daftar OPD" };

/** Rows per page: a regency fits on one; a province pages through. */
const PAGE_SIZE = 100;

export default async function OpdListPage({ searchParams }: { searchParams: Promise<{ halaman?: string }> }) {
  const user = await requirePageUser();
  if (user.role === "opd") redirect(`/opd/${ownOpdSlug(user.opdId!) ?? ""}`);
  const all = listOpdWithLatestScore();
  const pages = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Number((await searchParams).halaman) || 1));
  const rows = all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  return (
    <>
      <h1>Daftar OPD</h1>
      <p className="lead">Organisasi perangkat daerah yang situsnya dipindai, dengan hasil pindaian terakhir.</p>
      {pages > 1 ? (
        <nav className="toolbar small" aria-label="Halaman daftar">
          {page > 1 ? <a href={`/opd?halaman=${page - 1}`}>‹ Sebelumnya</a> : null}
          <span>
            Halaman {page} dari {pages} ({all.length} OPD)
          </span>
          {page < pages ? <a href={`/opd?halaman=${page + 1}`}>Berikutnya ›</a> : null}
        </nav>
      ) : null}
      {rows.length === 0 ? (
        <p className="empty">Belum ada OPD. Tambahkan OPD di menu Kelola OPD atau jalankan `npm run demo`.</p>
      ) : (
        <table>
          <caption className="muted small" style={{ captionSide: "bottom", textAlign: "left", paddingTop: "0.5rem" }}>
            Nilai adalah indikasi kepatuhan publikasi daring, bukan nilai resmi Ombudsman RI.
          </caption>
          <thead>
            <tr>
              <th scope="col">OPD</th>
              <th scope="col">Situs</th>
              <th scope="col" className="num">Nilai</th>
              <th scope="col">Zona</th>
              <th scope="col">Pindaian terakhir</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((o) => (
              <tr key={o.opdId} data-testid={`opd-row-${o.slug}`}>
                <td>
                  <a href={`/opd/${o.slug}`}>{o.name}</a>
                  <div className="muted small">{o.shortName}</div>
                </td>
                <td className="small">{o.websiteUrl}</td>
                <td className="num">{formatScore(o.score)}</td>
                <td>
                  <ZoneBadge zone={o.zone} />
                </td>
                <td className="small">{o.finishedAt ? formatDateTimeShort(o.finishedAt) : "Belum pernah dipindai"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
