import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { DEMO_LOGINS } from "@/lib/auth/demo-users";
import { safeReturnPath } from "@/lib/auth/return-path";
import { currentUser, startPathFor } from "@/lib/auth/server";
import { hasActiveAdmin } from "@/lib/auth/users";
import { env } from "@/lib/env";
import { LoginForm } from "./login-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Masuk" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const lanjut = safeReturnPath(typeof sp.lanjut === "string" ? sp.lanjut : null);
  const user = await currentUser();
  if (user) redirect(user.mustChangePassword ? "/ganti-sandi" : (lanjut ?? (await startPathFor(user))));
  const demo = env().PATUH_DEMO;
  const needsSetup = !hasActiveAdmin(getDb());
  return (
    <div style={{ maxWidth: "26rem", margin: "2rem auto" }}>
      <h1>Masuk</h1>
      <p className="lead">Masuk dengan nama pengguna dan kata sandi yang diberikan Bagian Organisasi.</p>
      {sp.siap ? (
        <p className="small" role="status">
          Admin pertama sudah dibuat. Silakan masuk dengan akun itu.
        </p>
      ) : null}
      <div className="card">
        <LoginForm lanjut={lanjut} />
      </div>
      {needsSetup ? (
        <p className="small" style={{ marginTop: "1rem" }}>
          Belum ada admin. <a href="/siapkan">Siapkan akun admin pertama</a>.
        </p>
      ) : null}
      {demo ? (
        <section className="card" style={{ marginTop: "1rem" }} aria-labelledby="demo-logins" data-testid="demo-logins">
          <h2 id="demo-logins" style={{ marginTop: 0 }}>
            Akun demo
          </h2>
          <p className="small muted">
            Ini instalasi demo. Kata sandi di bawah ini hanya untuk mencoba; setiap OPD punya akun dengan nama pengguna
            sama dengan kode OPD-nya (misalnya <code>bapenda</code>) dan kata sandi <code>{DEMO_LOGINS[2].password}</code>.
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">Peran</th>
                <th scope="col">Nama pengguna</th>
                <th scope="col">Kata sandi</th>
              </tr>
            </thead>
            <tbody>
              {DEMO_LOGINS.map((l) => (
                <tr key={l.username}>
                  <td>{l.label}</td>
                  <td>
                    <code>{l.username}</code>
                  </td>
                  <td>
                    <code>{l.password}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </div>
  );
}
