/**
 * Demo users with published passwords, for `npm run demo` and the end-to-end tests only. Refuses
 * to run outside demo mode (PATUH_DEMO=1), so a production database never gets a default password.
 */
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { opd, user } from "@/db/schema";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { createUser } from "./users";

/** Published on the demo's login page and in its console banner. */
export const DEMO_PASSWORDS = {
  admin: "demo-admin",
  pimpinan: "demo-pimpinan",
  /** Every OPD's demo user (username = the OPD's slug, e.g. `disdukcapil`). */
  opd: "demo-opd",
} as const;

export type DemoLogin = { username: string; password: string; role: "admin" | "pimpinan" | "opd"; label: string };

/** The logins the demo's /masuk page lists: the admin, the pimpinan, and one OPD as an example. */
export const DEMO_LOGINS: DemoLogin[] = [
  { username: "admin", password: DEMO_PASSWORDS.admin, role: "admin", label: "Bagian Organisasi (admin)" },
  { username: "pimpinan", password: DEMO_PASSWORDS.pimpinan, role: "pimpinan", label: "Asisten Pemerintahan (pimpinan)" },
  { username: "disdukcapil", password: DEMO_PASSWORDS.opd, role: "opd", label: "Kasubag Program Disdukcapil (opd)" },
];

const DEMO_ACTOR = { id: null, name: "Demo (npm run demo)" };

/**
 * Creates `admin`, `pimpinan` and one opd user per OPD (username = slug) when missing. Existing
 * users are left as they are. Run it after the OPD are seeded.
 */
export async function ensureDemoUsers(db: Db): Promise<void> {
  if (!env().PATUH_DEMO) {
    throw new AppError("forbidden", "Pengguna demo hanya dibuat dalam mode demo (PATUH_DEMO=1); produksi tidak memakai kata sandi bawaan.");
  }
  const exists = (username: string) => !!db.select({ id: user.id }).from(user).where(eq(user.username, username)).get();
  const wanted = [
    { username: "admin", name: "Admin Bagian Organisasi", role: "admin" as const, opdId: null, password: DEMO_PASSWORDS.admin },
    { username: "pimpinan", name: "Asisten Pemerintahan", role: "pimpinan" as const, opdId: null, password: DEMO_PASSWORDS.pimpinan },
    ...db
      .select({ id: opd.id, slug: opd.slug, shortName: opd.shortName })
      .from(opd)
      .orderBy(opd.id)
      .all()
      .map((o) => ({
        username: o.slug,
        name: `Kasubag Program ${o.shortName}`,
        role: "opd" as const,
        opdId: o.id,
        password: DEMO_PASSWORDS.opd,
      })),
  ];
  for (const w of wanted) {
    if (exists(w.username)) continue;
    await createUser(db, { ...w, mustChangePassword: false }, DEMO_ACTOR);
  }
}
