import type { Metadata } from "next";
import { getDb } from "@/db";
import { ROLE_SHORT_LABELS } from "@/lib/auth/labels";
import { requirePageUser } from "@/lib/auth/server";
import { listUsers } from "@/lib/auth/users";
import { formatDate, formatInt } from "@/lib/format";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Pengguna" };

export default async function UsersPage() {
  await requirePageUser("user:write");
  const users = listUsers(getDb());
  const active = users.filter((u) => u.active).length;
  return (
    <>
      <h1>Pengguna</h1>
      <p className="lead">
        {formatInt(users.length)} pengguna, {formatInt(active)} aktif. Setiap perubahan tercatat di <a href="/admin/audit">log audit</a>.
      </p>
      <div className="toolbar no-print">
        <a href="/admin/pengguna/baru" className="button">
          Tambah pengguna
        </a>
      </div>
      <div className="table-box">
        <table data-testid="user-list">
          <thead>
            <tr>
              <th scope="col">Nama</th>
              <th scope="col">Nama pengguna</th>
              <th scope="col">Peran</th>
              <th scope="col">OPD</th>
              <th scope="col">Status</th>
              <th scope="col">Dibuat</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} data-testid={`user-row-${u.username}`}>
                <td>
                  <a href={`/admin/pengguna/${u.id}`}>{u.name}</a>
                </td>
                <td>
                  <code>{u.username}</code>
                </td>
                <td>{ROLE_SHORT_LABELS[u.role]}</td>
                <td>{u.role === "opd" ? (u.opdShortName ?? "–") : "–"}</td>
                <td>
                  {u.active ? "Aktif" : <span className="badge status-error">Nonaktif</span>}
                  {u.active && u.mustChangePassword ? <div className="small muted">wajib ganti kata sandi</div> : null}
                </td>
                <td className="small">{formatDate(u.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
