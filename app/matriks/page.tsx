import type { Metadata } from "next";
import { z } from "zod";
import { requirePageUser } from "@/lib/auth/server";
import { CATEGORY_LABELS } from "@/lib/data/checklist";
import { getMatrix, type Cell } from "@/lib/data/matrix";
import { formatScore } from "@/lib/format";
import { SortParams } from "@/lib/sorting";
import { SortHeader } from "../_components/sort-header";
import { TrendArrow } from "../_components/trend-arrow";
import { ZoneBadge } from "../_components/zone-badge";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Matriks OPD × Butir" };

const Filter = z.object({
  category: z.enum(["SP", "KP", "PG", "SK", "PI", "KI", "PR", "WQ"]).optional().catch(undefined),
  zone: z.enum(["hijau", "kuning", "merah"]).optional().catch(undefined),
  status: z.enum(["review", "error", "kurang"]).optional().catch(undefined),
});

function CellView({ cell, code, slug }: { cell: Cell | undefined; code: string; slug: string }) {
  if (!cell) return <td className="cell cell-none">·</td>;
  const text = cell.status === "review" ? "P" : cell.status === "error" ? "G" : String(cell.level);
  const cls = cell.status === "review" ? "cell-review" : cell.status === "error" ? "cell-error" : `cell-l${cell.level}`;
  const title = cell.status === "review" ? "perlu diperiksa" : cell.status === "error" ? "galat" : `tingkat ${cell.level}`;
  return (
    <td className={`cell ${cls}`}>
      <a href={`/opd/${slug}#t-${code}`} title={`${code}: ${title}${cell.manual ? " (putusan manual)" : ""}`}>
        {text}
        {cell.manual ? "*" : ""}
      </a>
    </td>
  );
}

export default async function MatrixPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePageUser("export");
  const params = await searchParams;
  const filter = Filter.parse(params);
  const sort = SortParams.parse(params);
  // Highest score first, as on the summary's ranking.
  const key = sort.urut ?? "nilai";
  const dir = sort.arah ?? (sort.urut ? "naik" : "turun");
  const m = getMatrix({ ...filter, sort: key, dir });
  const keep = { category: filter.category, zone: filter.zone, status: filter.status };
  const groups: { category: string; span: number }[] = [];
  for (const i of m.items) {
    const last = groups.at(-1);
    if (last?.category === i.category) last.span++;
    else groups.push({ category: i.category, span: 1 });
  }
  return (
    <>
      <h1>Matriks OPD × Butir</h1>
      <p className="lead">
        Tingkat tiap butir pada pindaian terakhir tiap OPD. Klik sel untuk melihat buktinya, klik judul kolom untuk mengurutkan.
        {m.meeting ? ` Perubahan dihitung sejak ${m.meeting.title}.` : ""}
      </p>
      <form className="toolbar no-print" method="get" aria-label="Saring matriks">
        <div>
          <label htmlFor="f-category">Kategori</label>
          <select id="f-category" name="category" defaultValue={filter.category ?? ""}>
            <option value="">Semua</option>
            {m.categories.map((c) => (
              <option key={c} value={c}>
                {c}: {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-zone">Zona</label>
          <select id="f-zone" name="zone" defaultValue={filter.zone ?? ""}>
            <option value="">Semua</option>
            <option value="hijau">Hijau</option>
            <option value="kuning">Kuning</option>
            <option value="merah">Merah</option>
          </select>
        </div>
        <div>
          <label htmlFor="f-status">Status</label>
          <select id="f-status" name="status" defaultValue={filter.status ?? ""}>
            <option value="">Semua</option>
            <option value="kurang">Ada butir di bawah tingkat 2</option>
            <option value="review">Ada butir perlu diperiksa</option>
            <option value="error">Ada butir galat</option>
          </select>
        </div>
        <input type="hidden" name="urut" value={key} />
        <input type="hidden" name="arah" value={dir} />
        <button type="submit">Terapkan</button>
      </form>
      <p className="small">
        Keterangan: <span className="cell-legend cell-l3">3</span> lengkap dan mutakhir · <span className="cell-legend cell-l2">2</span> lengkap ·{" "}
        <span className="cell-legend cell-l1">1</span> belum lengkap · <span className="cell-legend cell-l0">0</span> tidak ditemukan ·{" "}
        <span className="cell-legend cell-review">P</span> perlu diperiksa · <span className="cell-legend cell-error">G</span> galat · * putusan manual
      </p>
      {m.rows.length === 0 ? (
        <p className="empty">Tidak ada OPD yang cocok dengan saringan ini.</p>
      ) : (
        <div className="matrix-box" tabIndex={0} aria-label="Matriks, dapat digulir">
          <table className="matrix" data-testid="matrix">
            <thead>
              <tr className="groups">
                <td colSpan={4} />
                {groups.map((g) => (
                  <th key={g.category} scope="colgroup" colSpan={g.span} title={CATEGORY_LABELS[g.category as keyof typeof CATEGORY_LABELS]}>
                    {g.category}
                  </th>
                ))}
              </tr>
              <tr>
                <SortHeader label="OPD" sortKey="nama" current={key} dir={dir} keep={keep} />
                <SortHeader label="Nilai" sortKey="nilai" current={key} dir={dir} keep={keep} className="num" />
                <SortHeader label="Zona" sortKey="zona" current={key} dir={dir} keep={keep} />
                <SortHeader label="Perubahan" sortKey="perubahan" current={key} dir={dir} keep={keep} />
                {m.items.map((i) => (
                  <th key={i.code} scope="col" className="vert" title={i.title}>
                    {i.code}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {m.rows.map((r) => (
                <tr key={r.opdId} data-testid={`matrix-row-${r.slug}`}>
                  <th scope="row">
                    <a href={`/opd/${r.slug}`}>{r.shortName}</a>
                  </th>
                  <td className="num">{formatScore(r.score)}</td>
                  <td>
                    <ZoneBadge zone={r.zone} />
                  </td>
                  <td>
                    <TrendArrow trend={r.trend} delta={r.delta} />
                  </td>
                  {m.items.map((i) => (
                    <CellView key={i.code} cell={m.cells.get(r.opdId)?.get(i.code)} code={i.code} slug={r.slug} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
