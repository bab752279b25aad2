import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { opd } from "@/db/schema";
import { standingSinceBaseline } from "@/lib/meetings";
import { currentStanding, type CurrentRow } from "@/lib/results/current";

export type OpdListRow = CurrentRow;

/** Every OPD with its current score (latest completed scan, manual verdicts applied). */
export function listOpdWithLatestScore(opts: { includeInactive?: boolean } = {}): OpdListRow[] {
  return currentStanding(getDb(), opts);
}

/** Every active OPD with its current score and its change since the summary's baseline meeting. */
export function listOpdWithChange() {
  return standingSinceBaseline(getDb());
}

export function getOpdBySlug(slug: string) {
  return getDb().select().from(opd).where(eq(opd.slug, slug)).get() ?? null;
}

export function listOpdBasic() {
  return getDb().select({ id: opd.id, slug: opd.slug, shortName: opd.shortName, name: opd.name }).from(opd).orderBy(asc(opd.name)).all();
}

export function ownOpdSlug(opdId: number): string | null {
  return getDb().select({ slug: opd.slug }).from(opd).where(eq(opd.id, opdId)).get()?.slug ?? null;
}
