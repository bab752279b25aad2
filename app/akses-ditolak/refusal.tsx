import { currentUser, startPathFor } from "@/lib/auth/server";

/** The refusal shown for a page a role may not open (also used by app/forbidden.tsx, with 403). */
export async function RefusalNotice() {
  const user = await currentUser();
  return (
    <div style={{ maxWidth: "36rem", margin: "2rem auto" }} data-testid="refusal">
      <h1>Akses ditolak</h1>
      {user?.role === "opd" ? (
        <p className="lead">Anda hanya dapat melihat dan menindaklanjuti data OPD Anda sendiri.</p>
      ) : user?.role === "pimpinan" ? (
        <p className="lead">Akun pimpinan dapat melihat dan mencetak semua data, tetapi tidak dapat mengubahnya.</p>
      ) : (
        <p className="lead">Akun Anda tidak berhak membuka halaman ini.</p>
      )}
      <p>
        Jika menurut Anda ini keliru, hubungi Bagian Organisasi.{" "}
        {user ? <a href={await startPathFor(user)}>Kembali ke halaman awal Anda</a> : <a href="/masuk">Masuk</a>}
      </p>
    </div>
  );
}
