import type { SessionUser } from "@/lib/auth/policy";

export type NavLink = { href: string; label: string };

/** The top navigation each role sees; the server still refuses what a role may not do. */
export function navLinksFor(user: SessionUser | null, ownSlug: string | null): NavLink[] {
  if (!user) return [];
  if (user.role === "opd") {
    return [
      ...(ownSlug ? [{ href: `/opd/${ownSlug}`, label: "OPD Saya" }] : []),
      { href: "/ringkasan", label: "Ringkasan" },
      // Meetings and exports show an OPD user only their own OPD (app/rapat/page-user.ts).
      { href: "/rapat", label: "Rapat" },
      { href: "/ekspor", label: "Ekspor" },
      { href: "/pindaian", label: "Pindaian" },
      { href: "/daftar-periksa", label: "Daftar Periksa" },
    ];
  }
  const common = [
    { href: "/ringkasan", label: "Ringkasan" },
    { href: "/opd", label: "OPD" },
    { href: "/matriks", label: "Matriks" },
    { href: "/rapat", label: "Rapat" },
    { href: "/ekspor", label: "Ekspor" },
  ];
  if (user.role === "pimpinan") return common;
  return [
    ...common,
    { href: "/pindaian", label: "Pindaian" },
    { href: "/daftar-periksa", label: "Daftar Periksa" },
    { href: "/admin/opd", label: "Kelola OPD" },
    { href: "/admin/pengguna", label: "Pengguna" },
    { href: "/admin/audit", label: "Audit" },
    { href: "/admin/pengaturan", label: "Pengaturan" },
  ];
}
