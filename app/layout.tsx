import type { Metadata } from "next";
import type { ReactNode } from "react";
import { currentUser } from "@/lib/auth/server";
import { ownOpdSlug } from "@/lib/data/opd";
import { MainNav } from "./_components/main-nav";
import { navLinksFor } from "./_components/nav-links";
import { UserMenu } from "./_components/user-menu";
import "./globals.css";

// Every page depends on the signed-in user; nothing is prerendered, so `next build` never opens
// (or creates) the database.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Patuh", template: "%s · Patuh" },
  description: "Kesiapan kepatuhan standar pelayanan publik OPD menjelang penilaian Ombudsman RI.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  const links = navLinksFor(user, user?.opdId != null ? ownOpdSlug(user.opdId) : null);
  return (
    <html lang="id">
      <body>
        <header className="topbar">
          <div className="topbar-inner">
            <a href="/" className="brand">
              Patuh<small>kesiapan kepatuhan pelayanan publik</small>
            </a>
            <MainNav links={links} />
            {user ? <UserMenu /> : null}
          </div>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
