/**
 * Re-scoring after a checklist change, without crawling. Old results stay with their version;
 * the new ones carry the new version. Work is proportional to what changed:
 *  - items whose detector and parameters are unchanged keep their results (copied in SQL);
 *  - only items whose detector or parameters changed are judged again from stored artifacts;
 *  - scores are recomputed from the results and the new weights.
 * So a weight change re-scores thousands of scans in seconds.
 */
import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { runChecks } from "@/lib/checks";
import { scoreFromTotals } from "@/lib/scoring";
import type { ZonePreset } from "@/lib/scoring/types";
import { loadArtifacts } from "./artifacts-store";
import { checklistItemsOf, toItemSpecs } from "./checklist";

/** Scans handled per transaction: bounds memory and keeps write locks short for the web app. */
const BATCH = 2_000;

export type RescoreReport = { scans: number; rejudgedItems: string[]; copiedItems: number };

type Target = { scan_id: number; source_version: number; opd_id: number; started_at: number | null; queued_at: number };

export function rescoreAll(db: Db, versionId: number, opts: { scanIds?: number[] } = {}): RescoreReport {
  const c = db.$client;
  const set = c.prepare("select official_domain, zone_preset from settings where id = 1").get() as
    | { official_domain: string; zone_preset: ZonePreset }
    | undefined;
  const preset = set?.zone_preset ?? "ombudsman2021";
  const targets = db.all<Target>(sql`
    select s.id as scan_id, s.opd_id, s.started_at, s.queued_at,
           (select max(checklist_version_id) from scan_scores x where x.scan_id = s.id) as source_version
    from scans s
    where s.status = 'completed'
      and not exists (select 1 from scan_scores y where y.scan_id = s.id and y.checklist_version_id = ${versionId})
      and exists (select 1 from scan_scores z where z.scan_id = s.id)
  `).filter((t) => !opts.scanIds || opts.scanIds.includes(t.scan_id));

  const newItems = checklistItemsOf(db, versionId);
  const report: RescoreReport = { scans: 0, rejudgedItems: [], copiedItems: 0 };
  const bySource = new Map<number, Target[]>();
  for (const t of targets) {
    const list = bySource.get(t.source_version);
    if (list) list.push(t);
    else bySource.set(t.source_version, [t]);
  }
  const rejudged = new Set<string>();

  for (const [source, group] of bySource) {
    const old = new Map(checklistItemsOf(db, source).map((i) => [i.code, i]));
    const same = newItems.filter((i) => {
      const o = old.get(i.code);
      // Mode is an input of the checks too (a P item answers "review" on weak evidence).
      return o && o.detector === i.detector && o.mode === i.mode && JSON.stringify(o.params) === JSON.stringify(i.params);
    });
    const changed = newItems.filter((i) => !same.includes(i));
    changed.forEach((i) => rejudged.add(i.code));
    const servicesChanged = changed.some((i) => i.detector === "service-matrix");

    for (let b = 0; b < group.length; b += BATCH) {
      const batch = group.slice(b, b + BATCH);
      c.transaction(() => {
        c.exec("create temp table if not exists rescore_ids (scan_id integer primary key)");
        c.exec("delete from rescore_ids");
        const ins = c.prepare("insert into rescore_ids values (?)");
        for (const t of batch) ins.run(t.scan_id);
        if (same.length) {
          const info = c
            .prepare(
              `insert into item_results (scan_id, checklist_version_id, code, status, level, evidence, reason)
               select r.scan_id, ?, r.code, r.status, r.level, r.evidence, r.reason
               from item_results r join rescore_ids i on i.scan_id = r.scan_id
               where r.checklist_version_id = ? and r.code in (select value from json_each(?))`,
            )
            .run(versionId, source, JSON.stringify(same.map((i) => i.code)));
          report.copiedItems += info.changes;
        }
        const services = new Map<number, string>();
        if (changed.length) {
          const insResult = c.prepare(
            "insert into item_results (scan_id, checklist_version_id, code, status, level, evidence, reason) values (?, ?, ?, ?, ?, ?, ?)",
          );
          const opdRow = c.prepare("select name, short_name, website_url, services from opd where id = ?");
          for (const t of batch) {
            const artifacts = loadArtifacts(db, t.scan_id);
            if (!artifacts) continue;
            const o = opdRow.get(t.opd_id) as { name: string; short_name: string; website_url: string; services: string };
            const out = runChecks(artifacts, toItemSpecs(changed), {
              opd: { name: o.name, shortName: o.short_name, websiteUrl: o.website_url, services: JSON.parse(o.services) },
              officialDomain: set?.official_domain ?? "",
              now: new Date(t.started_at ?? t.queued_at),
            });
            for (const r of out.results) {
              insResult.run(t.scan_id, versionId, r.code, r.status, r.level, JSON.stringify(r.evidence), r.reason);
            }
            if (servicesChanged) services.set(t.scan_id, JSON.stringify(out.services));
          }
        }
        // Scores from the new results and the new weights (scanner's own; verdicts apply at read time).
        const totals = c
          .prepare(
            `select r.scan_id,
                    sum(case when r.status = 'scored' then ci.weight * r.level / 3.0 else 0 end) as earned,
                    sum(case when r.status = 'scored' then ci.weight else 0 end) as decided,
                    sum(case when r.status != 'scored' then ci.weight else 0 end) as undecided,
                    (select services from scan_scores p where p.scan_id = r.scan_id and p.checklist_version_id = ?) as old_services
             from item_results r
             join rescore_ids i on i.scan_id = r.scan_id
             join checklist_items ci on ci.version_id = r.checklist_version_id and ci.code = r.code
             where r.checklist_version_id = ?
             group by r.scan_id`,
          )
          .all(source, versionId) as { scan_id: number; earned: number; decided: number; undecided: number; old_services: string | null }[];
        const insScore = c.prepare(
          "insert into scan_scores (scan_id, checklist_version_id, score, zone, decided_weight, undecided_weight, services) values (?, ?, ?, ?, ?, ?, ?)",
        );
        for (const t of totals) {
          const s = scoreFromTotals(t.earned, t.decided, t.undecided, preset);
          insScore.run(t.scan_id, versionId, s.score, s.zone?.id ?? null, s.decidedWeight, s.undecidedWeight, services.get(t.scan_id) ?? t.old_services ?? "[]");
        }
        report.scans += totals.length;
      })();
    }
  }
  report.rejudgedItems = [...rejudged].sort();
  return report;
}
