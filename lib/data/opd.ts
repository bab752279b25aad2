import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { opd } from "@/db/schema";

export type OpdListRow = {
  id: number;
  slug: string;
  name: string;
  shortName: string;
  websiteUrl: string;
  active: boolean;
  services: string[];
  lastScanAt: Date | null;
  score: number | null;
  zone: string | null;
  undecidedWeight: number | null;
};

/**
 * Every OPD with its latest completed scan's score under the active checklist (falling back to
 * the version the scan was scored with). One query: the list must stay fast at thousands of OPD.
 */
export function listOpdWithLatestScore(opts: { includeInactive?: boolean } = {}): OpdListRow[] {
  const db = getDb();
  const rows = db.all<{
    id: number;
    slug: string;
    name: string;
    short_name: string;
    website_url: string;
    active: number;
    services: string;
    finished_at: number | null;
    score: number | null;
    zone: string | null;
    undecided_weight: number | null;
  }>(sql`
    with latest as (
      select opd_id, max(id) as scan_id from scans where status = 'completed' group by opd_id
    ), active_version as (
      select id from checklist_versions where active = 1 limit 1
    )
    select o.id, o.slug, o.name, o.short_name, o.website_url, o.active, o.services,
           s.finished_at, ss.score, ss.zone, ss.undecided_weight
    from opd o
    left join latest l on l.opd_id = o.id
    left join scans s on s.id = l.scan_id
    left join scan_scores ss on ss.scan_id = s.id and ss.checklist_version_id = coalesce(
      (select checklist_version_id from scan_scores where scan_id = s.id
         and checklist_version_id = (select id from active_version)),
      s.checklist_version_id)
    ${opts.includeInactive ? sql`` : sql`where o.active = 1`}
    order by o.name
  `);
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    name: r.name,
    shortName: r.short_name,
    websiteUrl: r.website_url,
    active: r.active === 1,
    services: JSON.parse(r.services) as string[],
    lastScanAt: r.finished_at == null ? null : new Date(r.finished_at),
    score: r.score,
    zone: r.zone,
    undecidedWeight: r.undecided_weight,
  }));
}

export function getOpdBySlug(slug: string) {
  return getDb().select().from(opd).where(eq(opd.slug, slug)).get() ?? null;
}

export function listOpdBasic() {
  return getDb().select({ id: opd.id, slug: opd.slug, shortName: opd.shortName, name: opd.name }).from(opd).orderBy(asc(opd.name)).all();
}
