import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/config";
import { hasActiveAdmin } from "@/lib/auth/users";
import { SetupForm } from "./setup-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Penyiapan Awal" };

/** One-time: once an active admin exists this page is gone (404), and its action refuses too. */
export default function SetupPage() {
  if (hasActiveAdmin(getDb())) notFound();
  return (
    <div style={{ maxWidth: "28rem", margin: "2rem auto" }}>
      <h1>Penyiapan Awal</h1>
      <p className="lead">
        Patuh belum punya admin. Buat akun admin Bagian Organisasi yang pertama; pengguna lain dibuat olehnya di menu
        Pengguna. Halaman ini hilang setelah admin pertama dibuat.
      </p>
      <p className="small muted">
        Bisa juga lewat baris perintah di server: <code>npm run user:create -- --role admin --username ... --name "..."</code>
      </p>
      <div className="card">
        <SetupForm minLength={MIN_PASSWORD_LENGTH} />
      </div>
    </div>
  );
}
