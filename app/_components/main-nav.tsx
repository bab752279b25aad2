"use client";
import { usePathname } from "next/navigation";

export function MainNav({ links }: { links: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav className="mainnav" aria-label="Navigasi utama">
      {links.map((l) => (
        <a key={l.href} href={l.href} aria-current={pathname === l.href || pathname.startsWith(l.href + "/") ? "page" : undefined}>
          {l.label}
        </a>
      ))}
    </nav>
  );
}
