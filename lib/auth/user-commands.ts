/**
 * The bodies of the user-management and account server actions: authorize, validate, change,
 * audit. The "use server" files under app/ only call these and revalidate, so tests can run the
 * same code with a real session (lib/auth/testing.ts `asUser`).
 */
import { clientAddress } from "@/lib/net/client-address";
import { z } from "zod";
import { getDb } from "@/db";
import { AppError } from "@/lib/errors";
import { failure, fields, type FormState } from "./form-state";
import { UNAUTHENTICATED_MESSAGE } from "./messages";
import { safeReturnPath } from "./return-path";
import { consumeSetupCode, hasSetupCode, setupCodeMatches } from "./setup-code";
import { authorize, currentUser } from "./server";
import { requestHeaders } from "./request-context";
import { changeOwnPassword, signInWithPassword, signOut } from "./sign-in";
import { startPath } from "./start-path";
import {
  createUser,
  NewUserInput,
  PasswordSchema,
  resetPassword,
  setUserActive,
  updateUser,
  UserChangeInput,
  type Actor,
} from "./users";

export const SETUP_MESSAGES = {
  noCode:
    "Belum ada kode penyiapan yang berlaku. Lihat log server (kode dicetak saat server dimulai tanpa admin) atau jalankan di server: npm run user:create -- --setup-code",
  wrongCode: "Kode penyiapan salah atau kedaluwarsa.",
} as const;

/** The sign-in form: on success, where to go (the page asked for, else the role's start page). */
export async function signInCommand(form: FormData): Promise<FormState & { redirectTo?: string }> {
  try {
    const f = fields(form);
    const db = getDb();
    const r = await signInWithPassword(db, { username: f.username ?? "", password: f.password ?? "" }, await requestHeaders());
    if (!r.ok) return { ok: false, status: r.reason === "throttled" ? 429 : 401, message: r.message };
    const back = safeReturnPath(f.lanjut);
    const redirectTo = r.user.mustChangePassword ? "/ganti-sandi" : back && back !== "/" ? back : startPath(db, r.user);
    return { ok: true, message: "Berhasil masuk.", redirectTo };
  } catch (e) {
    return failure(e);
  }
}

export async function signOutCommand(): Promise<void> {
  await signOut(getDb(), await requestHeaders());
}

async function adminActor(): Promise<{ actor: Actor; ip: string | null }> {
  const user = await authorize("user:write");
  return { actor: { id: user.id, name: user.name }, ip: clientAddress(await requestHeaders()) };
}

const UserId = z.string().min(1).max(64);

export async function createUserCommand(form: FormData): Promise<FormState & { userId?: string }> {
  try {
    const { actor, ip } = await adminActor();
    const f = fields(form);
    const input = NewUserInput.parse({ ...f, mustChangePassword: true });
    const created = await createUser(getDb(), input, actor, { ip });
    return {
      ok: true,
      userId: created.id,
      message: `Pengguna ${created.username} dibuat. Sampaikan kata sandi sementaranya; ia wajib menggantinya saat pertama masuk.`,
    };
  } catch (e) {
    return failure(e);
  }
}

export async function updateUserCommand(form: FormData): Promise<FormState> {
  try {
    const { actor, ip } = await adminActor();
    const f = fields(form);
    const id = UserId.parse(f.userId);
    const u = updateUser(getDb(), id, UserChangeInput.parse(f), actor, ip);
    return { ok: true, message: `Data ${u.username} disimpan.` };
  } catch (e) {
    return failure(e);
  }
}

export async function resetPasswordCommand(form: FormData): Promise<FormState> {
  try {
    const { actor, ip } = await adminActor();
    const f = fields(form);
    const { userId, temporaryPassword } = z
      .object({ userId: UserId, temporaryPassword: PasswordSchema })
      .parse(f);
    await resetPassword(getDb(), userId, temporaryPassword, actor, ip);
    return {
      ok: true,
      message: "Kata sandi diatur ulang. Semua sesi pengguna ini berakhir; ia wajib mengganti kata sandi saat masuk berikutnya.",
    };
  } catch (e) {
    return failure(e);
  }
}

export async function setUserActiveCommand(form: FormData): Promise<FormState> {
  try {
    const { actor, ip } = await adminActor();
    const f = fields(form);
    const { userId, active } = z.object({ userId: UserId, active: z.enum(["0", "1"]) }).parse(f);
    if (userId === actor.id && active === "0") throw new AppError("conflict", "Anda tidak dapat menonaktifkan akun Anda sendiri.");
    setUserActive(getDb(), userId, active === "1", actor, ip);
    return { ok: true, message: active === "1" ? "Pengguna diaktifkan kembali." : "Pengguna dinonaktifkan dan semua sesinya berakhir." };
  } catch (e) {
    return failure(e);
  }
}

const ChangePasswordForm = z
  .object({
    currentPassword: z.string().min(1, "Isi kata sandi lama."),
    newPassword: PasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "Ulangi kata sandi baru dengan sama persis." });

/** Any signed-in user, including one who must change a temporary password (this is how). */
export async function changeOwnPasswordCommand(form: FormData): Promise<FormState & { redirectTo?: string }> {
  try {
    const user = await currentUser();
    if (!user) throw new AppError("unauthenticated", UNAUTHENTICATED_MESSAGE);
    const input = ChangePasswordForm.parse(fields(form));
    const r = await changeOwnPassword(getDb(), user, input, await requestHeaders());
    if (!r.ok) return { ok: false, status: 400, message: r.message, fieldErrors: r.field ? { [r.field]: r.message } : undefined };
    return { ok: true, message: "Kata sandi diganti.", redirectTo: startPath(getDb(), user) };
  } catch (e) {
    return failure(e);
  }
}

/**
 * The one-time setup page: creates the first admin while no active admin exists, with the
 * one-time setup code (lib/auth/setup-code.ts), so whoever reaches a fresh install first over
 * the network cannot claim it. Without a valid code there is no setup at all.
 */
export async function setupFirstAdminCommand(form: FormData): Promise<FormState> {
  try {
    const f = fields(form);
    const db = getDb();
    if (!hasSetupCode(db)) throw new AppError("forbidden", SETUP_MESSAGES.noCode);
    if (!setupCodeMatches(db, f.setupCode ?? "")) {
      throw new AppError("forbidden", SETUP_MESSAGES.wrongCode, { details: { setupCode: SETUP_MESSAGES.wrongCode } });
    }
    if (f.password !== f.confirmPassword) {
      return { ok: false, status: 400, message: "Periksa isian yang ditandai.", fieldErrors: { confirmPassword: "Ulangi kata sandi dengan sama persis." } };
    }
    const input = NewUserInput.parse({ ...f, role: "admin", opdId: "", mustChangePassword: false });
    const ip = clientAddress(await requestHeaders());
    const u = await createUser(db, input, { id: null, name: "Penyiapan awal (halaman /siapkan)" }, { ip, onlyIfNoAdmin: true });
    consumeSetupCode(db);
    return { ok: true, message: `Admin ${u.username} dibuat. Silakan masuk.` };
  } catch (e) {
    return failure(e);
  }
}
