import type { Metadata } from "next";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/config";
import { requirePageUser } from "@/lib/auth/server";
import { listOpdBasic } from "@/lib/data/opd";
import { CreateUserForm } from "../user-forms";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Tambah Pengguna" };

export default async function NewUserPage() {
  await requirePageUser("user:write");
  const opds = listOpdBasic().map((o) => ({ id: o.id, name: o.name }));
  return (
    <>
      <p className="small no-print">
        <a href="/admin/pengguna">← Pengguna</a>
      </p>
      <h1>Tambah Pengguna</h1>
      <div className="card" style={{ maxWidth: "40rem" }}>
        <CreateUserForm opds={opds} minLength={MIN_PASSWORD_LENGTH} />
      </div>
    </>
  );
}
