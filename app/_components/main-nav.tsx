"use client";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/ringkasan", label: "Ringkasan" },
  { href: "/opd", label: "OPD" },
  { href: "/matriks", label: "Matriks" },
  { href: "/rapat", label: "Rapat" },
  { href: "/pindaian", label: "Pindaian" },
  { href: "/daftar-periksa", label: "Daftar Periksa" },
];

export function MainNav({ links = LINKS }: { links?: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav className="mainnav" aria-label="Navigasi utama">
      {links.map((l) => (
        <a key={l.href} href={l.href} aria-current={pathname.startsWith(l.href) ? "page" : undefined}>
          {l.label}
        </a>
      ))}
    </nav>
  );
}
