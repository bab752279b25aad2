/**
 * Indonesian names of audit actions and entities for the audit page. An action missing here is
 * shown by its code, so a new kind of change is never hidden; add its label when adding it.
 */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "user.create": "Pengguna dibuat",
  "user.update": "Data pengguna diubah",
  "user.password_reset": "Kata sandi diatur ulang",
  "user.password_change": "Kata sandi diganti sendiri",
  "user.deactivate": "Pengguna dinonaktifkan",
  "user.activate": "Pengguna diaktifkan kembali",
  "verdict.set": "Putusan manual ditetapkan",
  "verdict.withdraw": "Putusan manual ditarik",
  "scan.request": "Pindaian diminta",
  "meeting.create": "Rapat dibuat",
  "meeting.freeze": "Rapat dibekukan",
  "checklist.update": "Daftar periksa diubah",
  "opd.create": "OPD ditambahkan",
  "opd.update": "Data OPD diubah",
  "opd.deactivate": "OPD dinonaktifkan",
  "opd.reactivate": "OPD diaktifkan kembali",
  "opd.delete": "OPD dihapus",
  "opd.import": "OPD diimpor",
  "checklist.version": "Versi daftar periksa baru",
  "checklist.activate": "Versi daftar periksa diaktifkan kembali",
  "checklist.rescore": "Pindaian dinilai ulang",
  "settings.update": "Pengaturan diubah",
  "auth.sign_in": "Masuk",
  "auth.sign_in_failed": "Gagal masuk",
  "auth.sign_out": "Keluar",
};

export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  user: "Pengguna",
  manual_verdict: "Putusan manual",
  scan: "Pindaian",
  meeting: "Rapat",
  checklist: "Daftar periksa",
  checklist_version: "Versi daftar periksa",
  opd: "OPD",
  settings: "Pengaturan",
  sign_in: "Sesi masuk",
};

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}

export function auditEntityLabel(entity: string): string {
  return AUDIT_ENTITY_LABELS[entity] ?? entity;
}

/** Field names of before/after as the audit page shows them; unknown fields keep their name. */
export const AUDIT_FIELD_LABELS: Record<string, string> = {
  username: "nama pengguna",
  name: "nama",
  role: "peran",
  opdId: "OPD (id)",
  active: "aktif",
  mustChangePassword: "wajib ganti kata sandi",
  passwordReplaced: "kata sandi diganti",
  level: "tingkat",
  note: "catatan",
  code: "butir",
  slug: "kode OPD",
  websiteUrl: "situs",
  weight: "bobot",
};

export function auditFieldLabel(field: string): string {
  return AUDIT_FIELD_LABELS[field] ?? field;
}
