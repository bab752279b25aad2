import type { Metadata } from "next";
import type { ReactNode } from "react";
import { MainNav } from "./_components/main-nav";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Patuh", template: "%s · Patuh" },
  description: "Kesiapan kepatuhan standar pelayanan publik OPD menjelang penilaian Ombudsman RI.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="id">
      <body>
        <header className="topbar">
          <div className="topbar-inner">
            <a href="/" className="brand">
              Patuh<small>kesiapan kepatuhan pelayanan publik</small>
            </a>
            <MainNav />
          </div>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
