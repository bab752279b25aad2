/**
 * Assembles the ReportDataset every export and the meeting page read, from the database:
 * a frozen meeting's snapshot compared with the meeting before it, or the current scores
 * (each active OPD's latest completed scan with standing manual verdicts) compared with the
 * latest frozen meeting (or the one before it, when the latest holds these very scans). Takes `db` so the CLI and tests use it as the web app does.
 */
import { asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { checklistItems, checklistVersions, meetings, opd, scans, settings, type ChecklistItem, type Evidence, type Meeting } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { baselineMeeting, compareMeetings, meetingSnapshot, previousFrozenMeeting, trendOf } from "@/lib/meetings";
import { effectiveResults, latestCompletedScan, resultVersionFor } from "@/lib/results/effective";
import { resolvedResults } from "@/lib/results/rows";
import { activeChecklist } from "@/lib/scan/checklist";
import { itemsByRank, rankOpd } from "./summary";
import type { ItemReportRow, OpdReportRow, ReportDataset } from "./types";

/** Restricts a dataset to one OPD (an opd user exports only their own rows). */
export type DatasetScope = { opdId?: number | null };

const inScope = (scope: DatasetScope, opdId: number) => scope.opdId == null || scope.opdId === opdId;

function regencyName(db: Db): string {
  return db.select({ n: settings.regencyName }).from(settings).get()?.n ?? "";
}

function versionNumber(db: Db, versionId: number | null): number | null {
  if (versionId == null) return null;
  return db.select({ n: checklistVersions.number }).from(checklistVersions).where(eq(checklistVersions.id, versionId)).get()?.n ?? null;
}

function meetingRef(m: Meeting) {
  return { id: m.id, title: m.title, heldOn: m.heldOn };
}

function delta(score: number | null, previous: number | null): number | null {
  return score != null && previous != null ? score - previous : null;
}

/** Unique evidence URLs per scan and code, read under the version the scan's results exist for. */
function evidenceByScan(db: Db, scanIds: number[], versionId: number | null): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!scanIds.length) return out;
  // Prefer the meeting's version; a scan never re-scored under it keeps its newest version.
  const rows = db.all<{ scan_id: number; code: string; evidence: string }>(sql`
    with ids as (select value as scan_id from json_each(${JSON.stringify(scanIds)})),
    v as (
      select ids.scan_id,
             coalesce((select checklist_version_id from scan_scores where scan_id = ids.scan_id and checklist_version_id = ${versionId}),
                      (select max(checklist_version_id) from scan_scores where scan_id = ids.scan_id)) as version_id
      from ids
    ),
    t as (
      select v.scan_id, v.version_id, ss.base_version_id
      from v join scan_scores ss on ss.scan_id = v.scan_id and ss.checklist_version_id = v.version_id
    )
    select scan_id, code, evidence from (${resolvedResults(sql`t`, { text: true })})
  `);
  for (const r of rows) {
    const evidence = JSON.parse(r.evidence) as Evidence[];
    out.set(`${r.scan_id}:${r.code}`, [...new Set(evidence.map((e) => e.url).filter(Boolean))]);
  }
  return out;
}

function finishedAtByScan(db: Db, scanIds: number[]): Map<number, Date | null> {
  if (!scanIds.length) return new Map();
  const rows = db.select({ id: scans.id, at: scans.finishedAt }).from(scans).where(inArray(scans.id, scanIds)).all();
  return new Map(rows.map((r) => [r.id, r.at]));
}

/** Checklist items by code: the given version first, any other version's wording as a fallback. */
function itemCatalog(db: Db, versionId: number | null): { byCode: Map<string, ChecklistItem>; position: (code: string) => number } {
  const all = db.select().from(checklistItems).orderBy(desc(checklistItems.versionId), asc(checklistItems.position)).all();
  const byCode = new Map<string, ChecklistItem>();
  for (const i of all) if (i.versionId === versionId) byCode.set(i.code, i);
  // Codes the version lacks (a snapshot older than an edit) take their newest wording.
  for (const i of all) if (!byCode.has(i.code)) byCode.set(i.code, i);
  return { byCode, position: (code) => byCode.get(code)?.position ?? Number.MAX_SAFE_INTEGER };
}

/**
 * A frozen meeting's dataset. Throws not_found for an unknown meeting and conflict when the
 * meeting is not frozen yet (there is no snapshot to export).
 */
export function meetingDataset(db: Db, meetingId: number, scope: DatasetScope = {}, now = new Date()): ReportDataset {
  const m = db.select().from(meetings).where(eq(meetings.id, meetingId)).get();
  if (!m) throw new AppError("not_found", "Rapat tidak ditemukan.");
  if (!m.frozenAt) {
    throw new AppError("conflict", "Cuplikan rapat ini belum dibekukan. Bekukan cuplikan dulu, lalu ekspor paket rapatnya.");
  }
  const previous = previousFrozenMeeting(db, m);
  const cmp = compareMeetings(db, m, previous);
  const snap = meetingSnapshot(db, m.id);
  const scanOf = new Map(snap.rows.map((r) => [r.row.opdId, r.row.scanId]));
  const scanIds = [...scanOf.values()].filter((s): s is number => s != null);
  const finished = finishedAtByScan(db, scanIds);
  const evidence = evidenceByScan(db, scanIds, m.checklistVersionId);
  const sources = new Map(snap.items.map((i) => [`${i.opdId}:${i.code}`, i.source]));
  const catalog = itemCatalog(db, m.checklistVersionId);

  const opdRows: OpdReportRow[] = [];
  const itemRows: ItemReportRow[] = [];
  for (const r of cmp.opdRows) {
    if (!inScope(scope, r.opd.id)) continue;
    const scanId = scanOf.get(r.opd.id) ?? null;
    opdRows.push({
      opdId: r.opd.id,
      slug: r.opd.slug,
      name: r.opd.name,
      shortName: r.opd.shortName,
      score: r.score,
      zone: r.zone,
      previousScore: r.previousScore,
      trend: previous ? r.trend : null,
      delta: delta(r.score, r.previousScore),
      undecidedWeight: scanId == null ? null : r.undecidedWeight,
      scannedAt: scanId == null ? null : (finished.get(scanId) ?? null),
    });
    const items = [...r.items].sort((a, b) => catalog.position(a.code) - catalog.position(b.code));
    for (const i of items) {
      const c = catalog.byCode.get(i.code);
      itemRows.push({
        opdId: r.opd.id,
        opdName: r.opd.name,
        opdShortName: r.opd.shortName,
        code: i.code,
        title: c?.title ?? i.code,
        weight: c?.weight ?? 0,
        level: i.level,
        status: i.status,
        source: sources.get(`${r.opd.id}:${i.code}`) ?? "scanner",
        before: previous ? i.before : null,
        trend: previous ? i.trend : null,
        evidenceUrls: scanId == null ? [] : (evidence.get(`${scanId}:${i.code}`) ?? []),
        fixHint: c?.fixHint ?? "",
        legalBasis: c?.legalBasis ?? "",
      });
    }
  }
  return {
    kind: "meeting",
    regencyName: regencyName(db),
    generatedAt: now,
    meeting: { id: m.id, title: m.title, heldOn: m.heldOn, place: m.place, frozenAt: m.frozenAt },
    comparedWith: previous ? meetingRef(previous) : null,
    checklistVersionNumber: versionNumber(db, m.checklistVersionId),
    warnings: cmp.warnings,
    // Every export reads in ranking order: best first, each OPD's items in checklist order.
    opdRows: rankOpd(opdRows),
    itemRows: itemsByRank(itemRows, opdRows),
  };
}

/**
 * The current scores: each active OPD's latest completed scan read under the active checklist
 * (or the version it was scored with), standing manual verdicts applied, compared with the
 * latest frozen meeting.
 */
export function currentDataset(db: Db, scope: DatasetScope = {}, now = new Date()): ReportDataset {
  const active = activeChecklist(db);
  const cmpMeeting = baselineMeeting(db).meeting;
  const snap = cmpMeeting ? meetingSnapshot(db, cmpMeeting.id) : { rows: [], items: [] };
  const prevByOpd = new Map(snap.rows.map((r) => [r.row.opdId, r.row]));
  const prevLevel = new Map(snap.items.map((i) => [`${i.opdId}:${i.code}`, i.level]));
  const opds = db.select().from(opd).where(eq(opd.active, true)).orderBy(asc(opd.name)).all();

  const warnings: string[] = [];
  if (cmpMeeting && cmpMeeting.checklistVersionId !== active.versionId) {
    warnings.push(
      `Versi daftar periksa berbeda dengan ${cmpMeeting.title}: perubahan nilai sebagian dapat berasal dari perubahan daftar periksa, bukan dari situs OPD.`,
    );
  }
  const added = cmpMeeting ? opds.filter((o) => !prevByOpd.has(o.id)).map((o) => o.shortName) : [];
  if (added.length) warnings.push(`OPD baru sejak ${cmpMeeting!.title}: ${added.join(", ")}.`);

  const opdRows: OpdReportRow[] = [];
  const itemRows: ItemReportRow[] = [];
  for (const o of opds) {
    if (!inScope(scope, o.id)) continue;
    const prev = prevByOpd.get(o.id);
    const previousScore = prev?.score ?? null;
    const scan = latestCompletedScan(db, o.id);
    const version = scan ? resultVersionFor(db, scan.id, active.versionId) : null;
    const base = { opdId: o.id, slug: o.slug, name: o.name, shortName: o.shortName, previousScore };
    if (!scan || version == null) {
      opdRows.push({ ...base, score: null, zone: null, trend: null, delta: null, undecidedWeight: null, scannedAt: null });
      continue;
    }
    const { items, effective, score } = effectiveResults(db, o.id, scan.id, version);
    opdRows.push({
      ...base,
      score: score.score,
      zone: score.zone?.id ?? null,
      trend: cmpMeeting ? trendOf(prev?.score, score.score) : null,
      delta: delta(score.score, previousScore),
      undecidedWeight: score.undecidedWeight,
      scannedAt: scan.finishedAt,
    });
    const byCode = new Map(items.map((i) => [i.code, i]));
    for (const e of effective) {
      const c = byCode.get(e.code);
      const before = prevLevel.get(`${o.id}:${e.code}`);
      itemRows.push({
        opdId: o.id,
        opdName: o.name,
        opdShortName: o.shortName,
        code: e.code,
        title: c?.title ?? e.code,
        weight: e.weight,
        level: e.level,
        status: e.status,
        source: e.source,
        before: before ?? null,
        trend: cmpMeeting ? trendOf(before, e.level) : null,
        evidenceUrls: [...new Set(e.evidence.map((x) => x.url).filter(Boolean))],
        fixHint: c?.fixHint ?? "",
        legalBasis: c?.legalBasis ?? "",
      });
    }
  }
  return {
    kind: "current",
    regencyName: regencyName(db),
    generatedAt: now,
    meeting: null,
    comparedWith: cmpMeeting ? meetingRef(cmpMeeting) : null,
    checklistVersionNumber: active.number,
    warnings,
    // Every export reads in ranking order: best first, each OPD's items in checklist order.
    opdRows: rankOpd(opdRows),
    itemRows: itemsByRank(itemRows, opdRows),
  };
}
