import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { opd } from "@/db/schema";
import type { SessionUser } from "./policy";

/** Each role's own start page; an opd user whose OPD is gone lands on the refusal page. */
export function startPath(db: Db, user: SessionUser): string {
  if (user.role === "admin") return "/opd";
  if (user.role === "pimpinan") return "/ringkasan";
  if (user.opdId == null) return "/akses-ditolak";
  const row = db.select({ slug: opd.slug }).from(opd).where(eq(opd.id, user.opdId)).get();
  return row ? `/opd/${row.slug}` : "/akses-ditolak";
}
