/** What a refused user reads, in one voice. */
import type { Action, SessionUser, Target } from "./policy";

export const UNAUTHENTICATED_MESSAGE = "Anda belum masuk atau sesi Anda telah berakhir. Silakan masuk lagi.";
export const MUST_CHANGE_PASSWORD_MESSAGE = "Ganti kata sandi sementara Anda terlebih dahulu di halaman Ganti Kata Sandi.";
export const CROSS_SITE_MESSAGE = "Permintaan dari situs lain ditolak.";

const ACTION_LABELS: Record<Action, string> = {
  read: "melihat data ini",
  "scan:request": "meminta pindaian",
  "verdict:write": "menetapkan atau menarik putusan manual",
  "meeting:write": "mengubah rapat",
  "checklist:write": "mengubah daftar periksa",
  "opd:write": "mengubah data OPD",
  "user:write": "mengelola pengguna",
  "audit:read": "melihat log audit",
  export: "mengekspor data ini",
};

export function forbiddenMessage(user: SessionUser, action: Action, target?: Target): string {
  if (user.role === "opd" && target?.opdId != null && target.opdId !== user.opdId) {
    return "Anda hanya dapat melihat dan menindaklanjuti data OPD Anda sendiri.";
  }
  if (user.role === "pimpinan") return `Akun pimpinan hanya untuk melihat dan mencetak; tidak dapat ${ACTION_LABELS[action]}.`;
  return `Anda tidak berhak ${ACTION_LABELS[action]}.`;
}
