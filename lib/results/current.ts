/**
 * Current standing of every active OPD: its latest completed scan read under the active
 * checklist version (or the version it was scored with), with standing manual verdicts applied.
 * Built from the pre-computed scan_scores rows so the summary stays one query at thousands of
 * OPD; only OPD with a standing verdict are re-scored in memory.
 */
import { isNull, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { manualVerdicts } from "@/db/schema";
import { effectiveResults } from "./effective";
import { memoByData } from "./memo";
import { resolvedResults } from "./rows";

/**
 * CTE `cur(opd_id, scan_id, version_id, base_version_id)`: each OPD's latest completed scan and
 * the checklist version to read it under (the active one when the scan was re-scored, else its
 * newest), ready for `resolvedResults(sql\`cur\`)`.
 */
export const CURRENT_CTE = sql`
  latest as (
    select opd_id, max(id) as scan_id from scans where status = 'completed' group by opd_id
  ),
  av as (select id from checklist_versions where active = 1 limit 1),
  cur0 as (
    select l.opd_id, l.scan_id,
      coalesce(
        (select x.checklist_version_id from scan_scores x where x.scan_id = l.scan_id and x.checklist_version_id = (select id from av)),
        (select max(y.checklist_version_id) from scan_scores y where y.scan_id = l.scan_id)
      ) as version_id
    from latest l
  ),
  cur as (
    select c.opd_id, c.scan_id, c.version_id, ss.base_version_id
    from cur0 c left join scan_scores ss on ss.scan_id = c.scan_id and ss.checklist_version_id = c.version_id
  )`;

export type CurrentRow = {
  opdId: number;
  slug: string;
  name: string;
  shortName: string;
  websiteUrl: string;
  active: boolean;
  services: string[];
  scanId: number | null;
  versionId: number | null;
  finishedAt: Date | null;
  score: number | null;
  zone: string | null;
  undecidedWeight: number | null;
};

export function currentStanding(db: Db, opts: { includeInactive?: boolean } = {}): CurrentRow[] {
  // A copy: callers sort and filter it in place.
  return memoByData(db, `currentStanding:${!!opts.includeInactive}`, () => computeStanding(db, opts)).slice();
}

function computeStanding(db: Db, opts: { includeInactive?: boolean }): CurrentRow[] {
  const rows = db.all<{
    opd_id: number;
    slug: string;
    name: string;
    short_name: string;
    website_url: string;
    active: number;
    services: string;
    scan_id: number | null;
    version_id: number | null;
    finished_at: number | null;
    score: number | null;
    zone: string | null;
    undecided_weight: number | null;
  }>(sql`
    with ${CURRENT_CTE}
    select o.id as opd_id, o.slug, o.name, o.short_name, o.website_url, o.active, o.services, cur.scan_id,
           cur.version_id, s.finished_at, ss.score, ss.zone, ss.undecided_weight
    from opd o
    left join cur on cur.opd_id = o.id
    left join scans s on s.id = cur.scan_id
    left join scan_scores ss on ss.scan_id = cur.scan_id and ss.checklist_version_id = cur.version_id
    ${opts.includeInactive ? sql`` : sql`where o.active = 1`}
    order by o.name
  `);
  const withVerdicts = new Set(
    db
      .selectDistinct({ opdId: manualVerdicts.opdId })
      .from(manualVerdicts)
      .where(isNull(manualVerdicts.withdrawnAt))
      .all()
      .map((r) => r.opdId),
  );
  return rows.map((r) => {
    const base: CurrentRow = {
      opdId: r.opd_id,
      slug: r.slug,
      name: r.name,
      shortName: r.short_name,
      websiteUrl: r.website_url,
      active: r.active === 1,
      services: JSON.parse(r.services) as string[],
      scanId: r.scan_id,
      versionId: r.version_id,
      finishedAt: r.finished_at == null ? null : new Date(r.finished_at),
      score: r.score,
      zone: r.zone,
      undecidedWeight: r.undecided_weight,
    };
    if (r.scan_id != null && r.version_id != null && withVerdicts.has(r.opd_id)) {
      const { score } = effectiveResults(db, r.opd_id, r.scan_id, r.version_id);
      base.score = score.score;
      base.zone = score.zone?.id ?? null;
      base.undecidedWeight = score.undecidedWeight;
    }
    return base;
  });
}

/**
 * How many OPD do not yet have each item at level 2 or better (scanner results of their
 * current scans), most-missed first.
 */
export function mostMissedItems(db: Db, current: CurrentRow[], limit = 10) {
  const total = current.filter((c) => c.scanId != null).length;
  if (!total) return [];
  const rows = memoByData(db, `mostMissed:${limit}`, () => db.all<{ code: string; missing: number; undecided: number; title: string }>(sql`
    with ${CURRENT_CTE},
    active_cur as (select cur.* from cur join opd o on o.id = cur.opd_id and o.active = 1),
    res as (${resolvedResults(sql`active_cur`)})
    select r.code,
           sum(case when r.status = 'scored' and r.level < 2 then 1 else 0 end) as missing,
           sum(case when r.status != 'scored' then 1 else 0 end) as undecided,
           (select title from checklist_items ci where ci.version_id = r.version_id and ci.code = r.code) as title
    from res r
    group by r.code
    order by missing desc, r.code
    limit ${limit}
  `));
  return rows.map((r) => ({ ...r, total }));
}
