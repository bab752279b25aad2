import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/config";
import { currentUser } from "@/lib/auth/server";
import { ChangePasswordForm } from "./change-password-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Ganti Kata Sandi" };

export default async function ChangePasswordPage() {
  // Not requirePageUser: that would send a user with a temporary password back here forever.
  const user = await currentUser();
  if (!user) redirect("/masuk?lanjut=%2Fganti-sandi");
  return (
    <div style={{ maxWidth: "28rem", margin: "2rem auto" }}>
      <h1>Ganti Kata Sandi</h1>
      {user.mustChangePassword ? (
        <p className="form-error" role="status">
          Anda masuk dengan kata sandi sementara. Pilih kata sandi baru sebelum melanjutkan.
        </p>
      ) : (
        <p className="lead">Setelah diganti, sesi Anda di perangkat lain berakhir.</p>
      )}
      <div className="card" style={{ marginTop: "1rem" }}>
        <ChangePasswordForm minLength={MIN_PASSWORD_LENGTH} />
      </div>
    </div>
  );
}
