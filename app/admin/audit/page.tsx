import type { Metadata } from "next";
import { getDb } from "@/db";
import { auditFacets, listAudit } from "@/lib/audit";
import { describeChange } from "@/lib/audit/diff";
import { AUDIT_PAGE_SIZE, auditQueryString, readAuditQuery, toAuditFilter } from "@/lib/audit/filter";
import { auditActionLabel, auditEntityLabel, auditFieldLabel } from "@/lib/audit/labels";
import { requirePageUser } from "@/lib/auth/server";
import { formatDateTimeShort, formatInt } from "@/lib/format";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Log Audit" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageUser("audit:read");
  const q = readAuditQuery(await searchParams);
  const db = getDb();
  const { rows, total } = listAudit(db, toAuditFilter(q));
  const facets = auditFacets(db);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const filtered = !!(q.tindakan || q.pelaku || q.entitas || q.dari || q.sampai);
  return (
    <>
      <h1>Log Audit</h1>
      <p className="lead">
        Setiap perubahan: siapa, kapan, apa, sebelum dan sesudah. Log ini hanya bertambah; tidak ada yang dapat mengubah
        atau menghapusnya.
      </p>
      <form method="get" className="toolbar no-print" aria-label="Saring log audit">
        <div>
          <label htmlFor="tindakan">Tindakan</label>
          <select id="tindakan" name="tindakan" defaultValue={q.tindakan}>
            <option value="">Semua</option>
            {facets.actions.map((a) => (
              <option key={a} value={a}>
                {auditActionLabel(a)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="pelaku">Pelaku</label>
          <select id="pelaku" name="pelaku" defaultValue={q.pelaku}>
            <option value="">Semua</option>
            {facets.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="entitas">Jenis data</label>
          <select id="entitas" name="entitas" defaultValue={q.entitas}>
            <option value="">Semua</option>
            {facets.entities.map((e) => (
              <option key={e} value={e}>
                {auditEntityLabel(e)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="dari">Dari tanggal</label>
          <input id="dari" name="dari" type="date" defaultValue={q.dari} />
        </div>
        <div>
          <label htmlFor="sampai">Sampai tanggal</label>
          <input id="sampai" name="sampai" type="date" defaultValue={q.sampai} />
        </div>
        <div>
          <button type="submit">Terapkan</button>{" "}
          {filtered ? (
            <a href="/admin/audit" className="button secondary">
              Hapus saringan
            </a>
          ) : null}
        </div>
        <div style={{ marginLeft: "auto" }}>
          <a href={`/admin/audit/csv${auditQueryString(q, { halaman: 1 })}`} className="button secondary" download>
            Unduh CSV
          </a>
        </div>
      </form>
      <p className="small muted" role="status">
        {formatInt(total)} entri{filtered ? " sesuai saringan" : ""}
        {pages > 1 ? ` · halaman ${formatInt(q.halaman)} dari ${formatInt(pages)}` : ""}. Waktu dalam WIB.
      </p>
      {rows.length === 0 ? (
        <p className="empty">Tidak ada entri{filtered ? " yang sesuai saringan" : ""}.</p>
      ) : (
        <div className="table-box">
          <table data-testid="audit-log">
            <thead>
              <tr>
                <th scope="col">Waktu</th>
                <th scope="col">Pelaku</th>
                <th scope="col">Tindakan</th>
                <th scope="col">Data</th>
                <th scope="col">Perubahan</th>
                <th scope="col">Alamat</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-testid="audit-row">
                  <td className="small">{formatDateTimeShort(r.at)}</td>
                  <td>{r.actorName}</td>
                  <td>
                    {auditActionLabel(r.action)}
                    {/* The code too: it is what the CSV holds and what other tools filter on. */}
                    <div className="muted small">
                      <code>{r.action}</code>
                    </div>
                  </td>
                  <td className="small">
                    {auditEntityLabel(r.entity)}
                    {r.entityId ? <div className="muted">#{r.entityId.length > 12 ? r.entityId.slice(0, 8) : r.entityId}</div> : null}
                  </td>
                  <td className="small">
                    <ul style={{ margin: 0, paddingLeft: "1rem" }}>
                      {describeChange(r.before, r.after).map((c) => (
                        <li key={c.field}>
                          {c.field ? <strong>{auditFieldLabel(c.field)}: </strong> : null}
                          {c.before === null ? c.after : c.after === null ? <s>{c.before}</s> : `${c.before} → ${c.after}`}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="small">{r.ip ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 ? (
        <nav className="toolbar no-print" aria-label="Halaman log audit" style={{ marginTop: "0.8rem" }}>
          {q.halaman > 1 ? <a href={`/admin/audit${auditQueryString(q, { halaman: q.halaman - 1 })}`}>← Lebih baru</a> : null}
          {q.halaman < pages ? <a href={`/admin/audit${auditQueryString(q, { halaman: q.halaman + 1 })}`}>Lebih lama →</a> : null}
        </nav>
      ) : null}
    </>
  );
}
