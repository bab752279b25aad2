/** Links between the admin's management pages (OPD, checklist, settings). */
const TABS = [
  { href: "/admin/opd", label: "OPD" },
  { href: "/admin/daftar-periksa", label: "Ubah daftar periksa" },
  { href: "/admin/pengaturan", label: "Pengaturan" },
] as const;

export function AdminTabs({ current }: { current: (typeof TABS)[number]["href"] }) {
  return (
    <nav aria-label="Pengelolaan" className="toolbar no-print small">
      {TABS.map((t) => (
        <a key={t.href} href={t.href} aria-current={t.href === current ? "page" : undefined} style={t.href === current ? { fontWeight: 700 } : undefined}>
          {t.label}
        </a>
      ))}
    </nav>
  );
}
