import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { listAudit } from "@/lib/audit";
import { auditActionLabel } from "@/lib/audit/labels";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/config";
import { ROLE_LABELS } from "@/lib/auth/labels";
import { requirePageUser } from "@/lib/auth/server";
import { getUserRow } from "@/lib/auth/users";
import { listOpdBasic } from "@/lib/data/opd";
import { formatDateTimeShort } from "@/lib/format";
import { ActiveToggle, EditUserForm, ResetPasswordForm } from "../user-forms";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Pengguna" };

/** How many of the user's own audit entries the page shows; the audit page has the rest. */
const HISTORY_ROWS = 20;

export default async function UserPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ dibuat?: string }>;
}) {
  const me = await requirePageUser("user:write");
  const { id } = await params;
  const { dibuat } = await searchParams;
  const db = getDb();
  const u = getUserRow(db, id);
  if (!u) notFound();
  const opds = listOpdBasic().map((o) => ({ id: o.id, name: o.name }));
  const history = listAudit(db, { entity: "user", entityId: u.id, limit: HISTORY_ROWS }).rows;
  return (
    <>
      <p className="small no-print">
        <a href="/admin/pengguna">← Pengguna</a>
      </p>
      <h1>{u.name}</h1>
      <p className="lead">
        <code>{u.username}</code> · {ROLE_LABELS[u.role]}
        {u.role === "opd" && u.opdName ? ` · ${u.opdName}` : ""} · {u.active ? "aktif" : "nonaktif"}
        {u.active && u.mustChangePassword ? " · wajib ganti kata sandi saat masuk" : ""}
      </p>
      {dibuat ? (
        <p className="small" role="status">
          Pengguna dibuat. Sampaikan nama pengguna dan kata sandi sementaranya; ia wajib menggantinya saat pertama masuk.
        </p>
      ) : null}
      <div className="grid" style={{ gridTemplateColumns: "repeat(auto-fit, minmax(20rem, 1fr))", alignItems: "start" }}>
        <section className="card" aria-labelledby="ubah">
          <h2 id="ubah" style={{ marginTop: 0 }}>
            Data dan peran
          </h2>
          <EditUserForm user={{ id: u.id, name: u.name, role: u.role, opdId: u.opdId }} opds={opds} />
        </section>
        <section className="card" aria-labelledby="sandi">
          <h2 id="sandi" style={{ marginTop: 0 }}>
            Kata sandi
          </h2>
          <p className="small muted">
            Atur ulang bila pengguna lupa kata sandinya. Semua sesinya berakhir dan ia wajib memilih kata sandi baru saat masuk.
          </p>
          <ResetPasswordForm userId={u.id} minLength={MIN_PASSWORD_LENGTH} />
          <h2 style={{ marginTop: "1.4rem" }}>Status</h2>
          {u.id === me.id ? (
            <p className="small muted">Ini akun Anda sendiri; akun sendiri tidak dapat dinonaktifkan.</p>
          ) : (
            <>
              <p className="small muted">
                Pengguna nonaktif tidak dapat masuk, tetapi namanya tetap tercatat di log audit dan putusan yang pernah ia buat.
              </p>
              <ActiveToggle userId={u.id} active={u.active} />
            </>
          )}
        </section>
      </div>
      <h2>Riwayat perubahan</h2>
      {history.length === 0 ? (
        <p className="empty">Belum ada perubahan tercatat.</p>
      ) : (
        <div className="table-box">
          <table>
            <thead>
              <tr>
                <th scope="col">Waktu</th>
                <th scope="col">Tindakan</th>
                <th scope="col">Oleh</th>
              </tr>
            </thead>
            <tbody>
              {history.map((h) => (
                <tr key={h.id}>
                  <td className="small">{formatDateTimeShort(h.at)}</td>
                  <td>{auditActionLabel(h.action)}</td>
                  <td>{h.actorName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
