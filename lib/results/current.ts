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

/** One OPD's share of the most-missed counts: its current scoring and the items it lacks. */
type Contribution = { scanId: number; versionId: number; missing: string[]; undecided: string[] };

/** Per database, kept across changes: re-read only for OPD whose current scoring changed. */
const contributions = new WeakMap<Db, Map<number, Contribution>>();

/**
 * How many OPD do not yet have each item at level 2 or better (scanner results of their
 * current scans), most-missed first. Each active OPD's share is remembered with the scoring it
 * came from, so after a change only the OPD whose current scan or version changed are read
 * again: a scan finishing reads its 44 results, not the 880,000 of 20,000 OPD. A scoring's
 * results never change once written (re-scoring makes a new version), so the shares stay true.
 */
export function mostMissedItems(db: Db, current: CurrentRow[], limit = 10) {
  const total = current.filter((c) => c.scanId != null).length;
  if (!total) return [];
  const rows = memoByData(db, `mostMissed:${limit}`, () => countMissed(db, limit));
  return rows.map((r) => ({ ...r, total }));
}

function countMissed(db: Db, limit: number): { code: string; missing: number; undecided: number; title: string }[] {
  const standing = currentStanding(db).filter((c) => c.scanId != null && c.versionId != null);
  // Inside a transaction (which may roll back) nothing is kept.
  const kept = db.$client.inTransaction ? new Map<number, Contribution>() : (contributions.get(db) ?? new Map<number, Contribution>());
  if (!db.$client.inTransaction) contributions.set(db, kept);
  const live = new Set(standing.map((c) => c.opdId));
  for (const opdId of kept.keys()) if (!live.has(opdId)) kept.delete(opdId);
  const stale = standing.filter((c) => {
    const k = kept.get(c.opdId);
    return !k || k.scanId !== c.scanId || k.versionId !== c.versionId;
  });
  if (stale.length) {
    const pairs = JSON.stringify(stale.map((c) => [c.scanId, c.versionId]));
    const lacking = db.all<{ scan_id: number; code: string; status: string }>(sql`
      with sc as (
        select ss.scan_id, ss.checklist_version_id as version_id, ss.base_version_id
        from json_each(${pairs}) j
        cross join scan_scores ss on ss.scan_id = j.value ->> 0 and ss.checklist_version_id = j.value ->> 1
      )
      select scan_id, code, status from (${resolvedResults(sql`sc`)}) where status != 'scored' or level < 2
    `);
    const byScan = new Map<number, { missing: string[]; undecided: string[] }>();
    for (const r of lacking) {
      let e = byScan.get(r.scan_id);
      if (!e) byScan.set(r.scan_id, (e = { missing: [], undecided: [] }));
      (r.status === "scored" ? e.missing : e.undecided).push(r.code);
    }
    for (const c of stale) {
      const e = byScan.get(c.scanId!) ?? { missing: [], undecided: [] };
      kept.set(c.opdId, { scanId: c.scanId!, versionId: c.versionId!, ...e });
    }
  }
  // Every item of the versions in use is listed (with 0 when no OPD lacks it), titled as in the
  // active version where it has the item, else the newest version that does.
  const versions = JSON.stringify([...new Set(standing.map((c) => c.versionId))]);
  const items = db.all<{ code: string; title: string }>(sql`
    select ci.code, ci.title from checklist_items ci join checklist_versions v on v.id = ci.version_id
    where ci.version_id in (select value from json_each(${versions}))
    order by v.active, v.id
  `);
  const counts = new Map<string, { code: string; missing: number; undecided: number; title: string }>();
  for (const i of items) counts.set(i.code, { code: i.code, missing: 0, undecided: 0, title: i.title });
  const entry = (code: string) => {
    let e = counts.get(code);
    if (!e) counts.set(code, (e = { code, missing: 0, undecided: 0, title: code }));
    return e;
  };
  for (const c of standing) {
    const k = kept.get(c.opdId)!;
    for (const code of k.missing) entry(code).missing++;
    for (const code of k.undecided) entry(code).undecided++;
  }
  // Codes in byte order, as SQL orders them.
  return [...counts.values()].sort((a, b) => b.missing - a.missing || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)).slice(0, limit);
}
