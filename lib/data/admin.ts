import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { checklistVersions, opd, settings, CATEGORIES } from "@/db/schema";
import { editorParams, paramsJson } from "@/lib/admin/checklist-form";
import { EXPECTED_TOTAL_WEIGHT } from "@/lib/admin/checklist";
import { importTemplateCsv } from "@/lib/admin/import-file";
import { opdHistory } from "@/lib/admin/opd";
import { validateCron } from "@/lib/jobs/cron";
import { rescoreJobStatus } from "@/lib/jobs/rescore-jobs";
import { activeChecklist } from "@/lib/scan/checklist";
import { countScansToRescore as countStoredScansToRescore } from "@/lib/scan/rescore";
import { CATEGORY_LABELS } from "./checklist";

export type AdminOpdRow = {
  id: number;
  slug: string;
  name: string;
  shortName: string;
  websiteUrl: string;
  active: boolean;
  services: number;
  ignoreRobots: boolean;
  scheduleCron: string | null;
  scans: number;
  lastScanAt: Date | null;
};

/** Every OPD, archived ones included, with how often it was scanned (history decides deletability). */
export function listOpdForAdmin(): AdminOpdRow[] {
  const rows = getDb().all<{
    id: number;
    slug: string;
    name: string;
    short_name: string;
    website_url: string;
    active: number;
    services: string;
    ignore_robots: number;
    schedule_cron: string | null;
    scans: number;
    last_scan_at: number | null;
  }>(sql`
    select o.id, o.slug, o.name, o.short_name, o.website_url, o.active, o.services, o.ignore_robots,
           o.schedule_cron, count(s.id) as scans, max(s.finished_at) as last_scan_at
    from opd o left join scans s on s.opd_id = o.id
    group by o.id
    order by o.active desc, o.name
  `);
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    name: r.name,
    shortName: r.short_name,
    websiteUrl: r.website_url,
    active: r.active === 1,
    services: (JSON.parse(r.services) as string[]).length,
    ignoreRobots: r.ignore_robots === 1,
    scheduleCron: r.schedule_cron,
    scans: r.scans,
    lastScanAt: r.last_scan_at == null ? null : new Date(r.last_scan_at),
  }));
}

/** One OPD for its edit form, with the history that keeps it from being deleted. */
export function getOpdForEdit(id: number) {
  const db = getDb();
  const row = db.select().from(opd).where(eq(opd.id, id)).get();
  if (!row) return null;
  return { opd: row, history: opdHistory(db, id) };
}

/** The defaults an OPD without its own budget is crawled with. */
export function getCrawlDefaults() {
  const s = getDb().select({ maxPages: settings.defaultMaxPages, maxDepth: settings.defaultMaxDepth }).from(settings).get();
  return { maxPages: s?.maxPages ?? 60, maxDepth: s?.maxDepth ?? 4 };
}

export function getImportTemplate(): string {
  const s = getDb().select({ domain: settings.officialDomain }).from(settings).get();
  return importTemplateCsv(s?.domain ?? "");
}

/** The active checklist as the editor shows it: items by category, parameters split for editing. */
export function getChecklistEditor() {
  const db = getDb();
  const { versionId, number, items } = activeChecklist(db);
  const version = db.select().from(checklistVersions).where(eq(checklistVersions.id, versionId)).get()!;
  const rows = items.map((i) => {
    const p = editorParams(i.params);
    return { ...i, keywords: p.keywords, paramsJson: paramsJson(p.rest) };
  });
  const groups = CATEGORIES.map((category) => ({
    category,
    label: CATEGORY_LABELS[category],
    items: rows.filter((r) => r.category === category),
  })).filter((g) => g.items.length > 0);
  return {
    versionId,
    number,
    note: version.note,
    createdAt: version.createdAt,
    createdBy: version.createdBy,
    totalWeight: items.reduce((s, i) => s + i.weight, 0),
    expectedTotal: EXPECTED_TOTAL_WEIGHT,
    groups,
  };
}

/** Every checklist version, newest first, with its size, total weight and scans scored under it. */
export function listChecklistHistory() {
  return getDb().all<{
    id: number;
    number: number;
    note: string;
    active: number;
    created_by: string | null;
    created_at: number;
    items: number;
    total_weight: number;
    scored_scans: number;
  }>(sql`
    select v.id, v.number, v.note, v.active, v.created_by, v.created_at,
           (select count(*) from checklist_items i where i.version_id = v.id) as items,
           (select coalesce(sum(weight), 0) from checklist_items i where i.version_id = v.id) as total_weight,
           (select count(*) from scan_scores s where s.checklist_version_id = v.id) as scored_scans
    from checklist_versions v
    order by v.number desc
  `).map((r) => ({
    id: r.id,
    number: r.number,
    note: r.note,
    active: r.active === 1,
    createdBy: r.created_by,
    createdAt: new Date(r.created_at),
    items: r.items,
    totalWeight: r.total_weight,
    scoredScans: r.scored_scans,
  }));
}

/** Completed, scored scans that have no results under `versionId` yet (what re-scoring would do). */
export function countScansToRescore(versionId: number): number {
  return countStoredScansToRescore(getDb(), versionId);
}

/** The newest re-scoring job of the version (queued, running or ended), or null. */
export function getRescoreJob(versionId: number) {
  return rescoreJobStatus(getDb(), versionId);
}

/** The settings row for its form, with the next runs of the regency schedule (WIB). */
export function getSettingsForEdit() {
  const s = getDb().select().from(settings).get() ?? null;
  const check = s?.scheduleCron ? validateCron(s.scheduleCron) : null;
  return { settings: s, nextRuns: check?.ok ? check.nextRuns : [] };
}
