/**
 * Re-scoring after a checklist change, without crawling. Old results stay with their version;
 * the new scoring carries the new version. Work is proportional to what changed:
 *  - items whose detector, mode and parameters are unchanged keep their results: nothing is
 *    written for them, the new scoring reads them from its base (see lib/results/rows.ts);
 *  - only items whose detector, mode or parameters changed are judged again from stored artifacts;
 *  - the score is the source scoring's stored totals adjusted by the items whose result or
 *    weight changed (or that were added or removed), so untouched items are never read.
 * So a weight change re-scores tens of thousands of scans in about a second.
 *
 * Work is committed batch by batch and a scan already scored under the version is never a target,
 * so a run that stops (killed worker, time limit) is resumed by running it again.
 */
import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import type { ChecklistItem } from "@/db/schema";
import { runChecks, runItem, type ItemResult } from "@/lib/checks";
import { resolvedResults } from "@/lib/results/rows";
import { MAX_LEVEL, scoreFromTotals } from "@/lib/scoring";
import type { ZonePreset } from "@/lib/scoring/types";
import { loadArtifactsOf } from "./artifacts-store";
import { checklistItemsOf, toItemSpecs } from "./checklist";
import { unreachableResults } from "./score";

/** Scans handled per transaction: bounds memory and keeps write locks short for the web app. */
const BATCH = 2_000;

export type RescoreReport = { scans: number; rejudgedItems: string[] };
/** After each committed batch: scans re-scored so far out of the scans this run found to do. */
export type RescoreStep = { done: number; total: number; rejudgedItems: string[] };

type Target = {
  scan_id: number;
  opd_id: number;
  started_at: number | null;
  queued_at: number;
  /** The scoring compared against: the scan's newest, with its stored totals. */
  source_version: number;
  source_base: number | null;
  earned: number;
  decided: number;
  undecided: number;
  services: string;
};

type Totals = { earned: number; decided: number; undecided: number };
type Outcome = { status: ItemResult["status"]; level: number | null };

/** Adds (sign 1) or removes (sign -1) one item's share of the totals, as scoreOpd counts it. */
function count(t: Totals, weight: number, r: Outcome, sign: 1 | -1): void {
  if (r.status === "scored" && r.level !== null) {
    t.decided += sign * weight;
    t.earned += (sign * weight * Math.min(MAX_LEVEL, Math.max(0, Math.round(r.level)))) / MAX_LEVEL;
  } else {
    t.undecided += sign * weight;
  }
}

const NO_ARTIFACTS = "Artefak pindaian ini tidak tersimpan, sehingga butir ini tidak dapat dinilai ulang.";

/** How many stored scans have no scoring under `versionId` yet: what re-scoring would do. */
export function countScansToRescore(db: Db, versionId: number): number {
  const row = db.get<{ n: number }>(sql`
    select count(*) as n from scans s
    where s.status = 'completed'
      and exists (select 1 from scan_scores z where z.scan_id = s.id)
      and not exists (select 1 from scan_scores y where y.scan_id = s.id and y.checklist_version_id = ${versionId})
  `);
  return row?.n ?? 0;
}

/** Re-scores every stored scan not yet scored under `versionId`, in one go. */
export function rescoreAll(db: Db, versionId: number, opts: { scanIds?: number[] } = {}): RescoreReport {
  let last: RescoreStep = { done: 0, total: 0, rejudgedItems: [] };
  for (const step of rescoreInBatches(db, versionId, opts)) last = step;
  return { scans: last.done, rejudgedItems: last.rejudgedItems };
}

/**
 * The same, one committed transaction of `batchSize` scans per step, so a caller can yield to its
 * event loop, report progress and stop between batches (the re-scoring job does). A number passed
 * to `next()` is the size of the batches from then on.
 */
export function* rescoreInBatches(
  db: Db,
  versionId: number,
  opts: { scanIds?: number[]; batchSize?: number } = {},
): Generator<RescoreStep, void, number | undefined> {
  let batchSize = opts.batchSize ?? BATCH;
  const c = db.$client;
  const set = c.prepare("select official_domain, zone_preset from settings where id = 1").get() as
    | { official_domain: string; zone_preset: ZonePreset }
    | undefined;
  const preset = set?.zone_preset ?? "ombudsman2021";
  const only = opts.scanIds ? new Set(opts.scanIds) : null;
  const targets = db
    .all<Target>(sql`
      with src as (
        select s.id as scan_id, s.opd_id, s.started_at, s.queued_at,
               (select max(checklist_version_id) from scan_scores x where x.scan_id = s.id) as source_version
        from scans s
        where s.status = 'completed'
          and not exists (select 1 from scan_scores y where y.scan_id = s.id and y.checklist_version_id = ${versionId})
      )
      select src.*, ss.base_version_id as source_base, ss.earned_weight as earned, ss.decided_weight as decided,
             ss.undecided_weight as undecided, ss.services
      from src join scan_scores ss on ss.scan_id = src.scan_id and ss.checklist_version_id = src.source_version
    `)
    .filter((t) => !only || only.has(t.scan_id));

  const newItems = checklistItemsOf(db, versionId);
  const groups = new Map<string, Target[]>();
  for (const t of targets) {
    const key = `${t.source_version}:${t.source_base}`;
    const list = groups.get(key);
    if (list) list.push(t);
    else groups.set(key, [t]);
  }
  let done = 0;
  const rejudged = new Set<string>();
  const opdRow = c.prepare("select name, short_name, website_url, services from opd where id = ?");
  const insResult = c.prepare(
    "insert into item_results (scan_id, checklist_version_id, code, status, level, evidence, reason) values (?, ?, ?, ?, ?, ?, ?)",
  );
  const scoredUnder = c.prepare("select 1 from scan_scores where scan_id = ? and checklist_version_id = ?");
  const insScore = c.prepare(
    `insert into scan_scores (scan_id, checklist_version_id, score, zone, decided_weight, undecided_weight, earned_weight, services, base_version_id)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  for (const group of groups.values()) {
    const { source_version: source, source_base: sourceBase } = group[0];
    const oldItems = new Map(checklistItemsOf(db, source).map((i) => [i.code, i]));
    const kept = (i: ChecklistItem) => {
      const o = oldItems.get(i.code);
      // Mode is an input of the checks too (a P item answers "review" on weak evidence).
      return !!o && o.detector === i.detector && o.mode === i.mode && JSON.stringify(o.params) === JSON.stringify(i.params);
    };
    const keptItems = newItems.filter(kept);
    const changed = toItemSpecs(newItems.filter((i) => !kept(i)));
    changed.forEach((i) => rejudged.add(i.code));
    const servicesChanged = changed.some((i) => i.detector === "service-matrix");
    // Items whose share of the score can differ: judged again, re-weighted, or removed.
    const newCodes = new Set(newItems.map((i) => i.code));
    const touchedNew = newItems.filter((i) => !kept(i) || oldItems.get(i.code)!.weight !== i.weight);
    const touchedOld = [...oldItems.values()].filter((o) => !newCodes.has(o.code) || touchedNew.some((i) => i.code === o.code));
    // Kept items are read from a scoring that stored every item: the source itself, or its base.
    const base = keptItems.length ? (sourceBase ?? source) : null;

    for (let b = 0; b < group.length; ) {
      const candidates = group.slice(b, b + batchSize);
      b += candidates.length;
      // IMMEDIATE: the write lock up front, so a scan finishing in another process waits for this
      // batch instead of failing it on a lock upgrade.
      c.transaction(() => {
        // Between batches another run (a second job, the admin's request) may have scored some.
        const batch = candidates.filter((t) => !scoredUnder.get(t.scan_id, versionId));
        c.exec("create temp table if not exists rescore_ids (scan_id integer primary key)");
        c.exec("delete from rescore_ids");
        const ins = c.prepare("insert into rescore_ids values (?)");
        for (const t of batch) ins.run(t.scan_id);
        if (sourceBase != null && keptItems.length) {
          // The source judged some kept items itself (they are not in its base): carry those over.
          c.prepare(
            `insert into item_results (scan_id, checklist_version_id, code, status, level, evidence, reason)
             select r.scan_id, ?, r.code, r.status, r.level, r.evidence, r.reason
             from rescore_ids i cross join item_results r on r.scan_id = i.scan_id and r.checklist_version_id = ?
             where r.code in (select value from json_each(?))`,
          ).run(versionId, source, JSON.stringify(keptItems.map((i) => i.code)));
        }
        // The source's results of the touched items, the only stored results read here.
        const before = new Map<number, Map<string, Outcome>>();
        if (touchedOld.length) {
          const scorings = sql`(select scan_id, ${source} as version_id, ${sourceBase} as base_version_id from temp.rescore_ids)`;
          const rows = db.all<{ scan_id: number; code: string; status: Outcome["status"]; level: number | null }>(
            resolvedResults(scorings, { codes: touchedOld.map((o) => o.code) }),
          );
          for (const r of rows) {
            let m = before.get(r.scan_id);
            if (!m) before.set(r.scan_id, (m = new Map()));
            m.set(r.code, r);
          }
        }
        const artifacts = changed.length ? loadArtifactsOf(db, batch.map((t) => t.scan_id)) : new Map();
        for (const t of batch) {
          let services = t.services;
          const after = new Map<string, Outcome>();
          if (changed.length) {
            const a = artifacts.get(t.scan_id);
            let results: ItemResult[];
            if (!a) results = changed.map((i) => ({ code: i.code, status: "error", level: null, evidence: [], reason: NO_ARTIFACTS }));
            else if (!a.site.reachable) results = unreachableResults(changed);
            else {
              const o = opdRow.get(t.opd_id) as { name: string; short_name: string; website_url: string; services: string };
              const ctx = {
                opd: { name: o.name, shortName: o.short_name, websiteUrl: o.website_url, services: JSON.parse(o.services) as string[] },
                officialDomain: set?.official_domain ?? "",
                now: new Date(t.started_at ?? t.queued_at),
              };
              if (servicesChanged) {
                // The per-service matrix is only worth rebuilding when its item changed.
                const out = runChecks(a, changed, ctx);
                results = out.results;
                services = JSON.stringify(out.services);
              } else {
                results = changed.map((item) => ({ code: item.code, ...runItem(a, item, { ...ctx, mode: item.mode }) }));
              }
            }
            for (const r of results) {
              insResult.run(t.scan_id, versionId, r.code, r.status, r.level, JSON.stringify(r.evidence), r.reason);
              after.set(r.code, r);
            }
          }
          const totals: Totals = { earned: t.earned, decided: t.decided, undecided: t.undecided };
          const was = before.get(t.scan_id);
          for (const o of touchedOld) {
            const r = was?.get(o.code);
            if (r) count(totals, o.weight, r, -1);
          }
          for (const i of touchedNew) {
            const r = after.get(i.code) ?? was?.get(i.code);
            if (r) count(totals, i.weight, r, 1);
          }
          const s = scoreFromTotals(totals.earned, totals.decided, totals.undecided, preset);
          insScore.run(t.scan_id, versionId, s.score, s.zone?.id ?? null, s.decidedWeight, s.undecidedWeight, s.earnedWeight, services, base);
        }
        done += batch.length;
      }).immediate();
      const resize = yield { done, total: targets.length, rejudgedItems: [...rejudged].sort() };
      if (resize && resize > 0) batchSize = Math.floor(resize);
    }
  }
}
