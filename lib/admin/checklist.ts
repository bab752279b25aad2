/**
 * Editing the checklist: every save makes a new version (all items copied, the edits applied),
 * marks it active and the old one inactive, in one transaction with its audit entry. Stored
 * results keep the version they were scored with; re-scoring adds results under the new one.
 */
import { asc, eq, max } from "drizzle-orm";
import type { ZodType } from "zod";
import type { Db } from "@/db";
import { checklistItems, checklistVersions, type ChecklistItem } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { DETECTORS } from "@/lib/checks";
import { AppError } from "@/lib/errors";
import { rescoreAll, type RescoreReport } from "@/lib/scan/rescore";
import type { Actor } from "./actor";
import { invalidInput, stableStringify, type FieldErrors } from "./validation";

/** What the editor may change per item; code, category, legal basis and detector stay fixed. */
export type ItemEdit = {
  title: string;
  weight: number;
  mode: "A" | "P";
  fixHint: string;
  params: Record<string, unknown>;
};

export type DetectorRegistry = Record<string, { params: ZodType }>;

/** One item weighing more than the whole default checklist is a typo (1000 for 10). */
export const MAX_ITEM_WEIGHT = 100;
/** The checklist's weights are designed to add up to this; other totals are allowed, and warned. */
export const EXPECTED_TOTAL_WEIGHT = 100;
const TITLE_MIN = 3;
const TITLE_MAX = 200;
const FIX_HINT_MAX = 1_000;
const NOTE_MIN = 3;
const NOTE_MAX = 500;

export function editOf(item: ChecklistItem): ItemEdit {
  return { title: item.title, weight: item.weight, mode: item.mode, fixHint: item.fixHint, params: item.params };
}

function sameEdit(a: ItemEdit, b: ItemEdit): boolean {
  return a.title === b.title && a.weight === b.weight && a.mode === b.mode && a.fixHint === b.fixHint && stableStringify(a.params) === stableStringify(b.params);
}

/** A zod issue path inside params, for the message: "keywords.2" -> " (keywords.2)". */
function where(path: PropertyKey[]): string {
  return path.length ? ` (${path.map(String).join(".")})` : "";
}

/**
 * Checks one item's edit; errors are keyed `<code>.<field>` (`SP-03.weight`, `SP-03.params`).
 * Parameters are checked by the item's own detector schema, so a keyword list cannot be saved
 * in a shape the detector would reject at scan time.
 */
export function validateItemEdit(item: ChecklistItem, edit: ItemEdit, detectors: DetectorRegistry = DETECTORS): FieldErrors {
  const errors: FieldErrors = {};
  const key = (f: string) => `${item.code}.${f}`;
  const title = edit.title.trim();
  if (title.length < TITLE_MIN) errors[key("title")] = `Judul butir paling sedikit ${TITLE_MIN} huruf.`;
  else if (title.length > TITLE_MAX) errors[key("title")] = `Judul butir paling banyak ${TITLE_MAX} huruf.`;
  if (!Number.isFinite(edit.weight)) errors[key("weight")] = "Bobot harus berupa angka, misalnya 2 atau 2,5.";
  else if (edit.weight <= 0) errors[key("weight")] = "Bobot harus lebih dari 0. Butir yang tidak dinilai tidak dihapus, tetapi diberi bobot kecil.";
  else if (edit.weight > MAX_ITEM_WEIGHT) errors[key("weight")] = `Bobot satu butir paling banyak ${MAX_ITEM_WEIGHT}.`;
  if (edit.mode !== "A" && edit.mode !== "P") errors[key("mode")] = "Pilih mode Otomatis atau Perlu pemeriksaan.";
  if (edit.fixHint.length > FIX_HINT_MAX) errors[key("fixHint")] = `Petunjuk perbaikan paling banyak ${FIX_HINT_MAX} huruf.`;
  const detector = detectors[item.detector];
  if (!detector) {
    errors[key("params")] = `Detektor "${item.detector}" tidak dikenal oleh pemindai ini.`;
  } else {
    const parsed = detector.params.safeParse(edit.params);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      // Keyword problems are shown next to the keyword box, everything else next to the JSON box.
      const field = issue.path[0] === "keywords" ? "keywords" : "params";
      errors[key(field)] = `Parameter tidak sesuai untuk detektor ${item.detector}${where(issue.path)}: ${issue.message}`;
    }
  }
  return errors;
}

export type NewVersionInput = {
  /** The version the editor was opened on; a save on a stale page is refused. */
  baseVersionId: number;
  note: string;
  /** Edits by item code; items not named are copied unchanged. */
  edits: Record<string, ItemEdit>;
};

export type NewVersionResult = { versionId: number; number: number; changed: string[]; totalWeight: number };

/** Validates every edit against the items of `items`, all errors at once. */
export function validateEdits(items: ChecklistItem[], input: Pick<NewVersionInput, "note" | "edits">, detectors: DetectorRegistry = DETECTORS): FieldErrors {
  const errors: FieldErrors = {};
  const note = input.note.trim();
  if (note.length < NOTE_MIN) errors.note = "Tulis catatan singkat tentang perubahan ini, misalnya \"Bobot KP-01 dinaikkan sesuai rapat 7 Juni\".";
  else if (note.length > NOTE_MAX) errors.note = `Catatan paling banyak ${NOTE_MAX} huruf.`;
  const byCode = new Map(items.map((i) => [i.code, i]));
  for (const [code, edit] of Object.entries(input.edits)) {
    const item = byCode.get(code);
    if (!item) errors[`${code}.title`] = `Butir ${code} tidak ada di versi yang sedang aktif.`;
    else Object.assign(errors, validateItemEdit(item, edit, detectors));
  }
  return errors;
}

/**
 * Makes a new checklist version from the active one with `edits` applied. Refuses a save with no
 * change, a save made on a stale page (another admin saved first) and any invalid edit.
 */
export function createChecklistVersion(db: Db, input: NewVersionInput, actor: Actor, detectors: DetectorRegistry = DETECTORS): NewVersionResult {
  return db.transaction((tx) => {
    const active = tx.select().from(checklistVersions).where(eq(checklistVersions.active, true)).get();
    if (!active) throw new AppError("not_found", "Belum ada daftar periksa aktif untuk diubah.");
    if (active.id !== input.baseVersionId) {
      throw new AppError("conflict", `Daftar periksa sudah diubah menjadi versi ${active.number} sejak halaman ini dibuka. Muat ulang halaman, lalu ulangi perubahan Anda.`);
    }
    const items = tx.select().from(checklistItems).where(eq(checklistItems.versionId, active.id)).orderBy(asc(checklistItems.position)).all();
    const errors = validateEdits(items, input, detectors);
    if (Object.keys(errors).length) throw invalidInput(errors);

    const next = items.map((item) => {
      const edit = input.edits[item.code];
      if (!edit) return { item, edit: editOf(item) };
      // Equal parameters keep the stored object (key order included): re-scoring compares them
      // as JSON text and copies results of unchanged items instead of judging them again.
      const params = stableStringify(edit.params) === stableStringify(item.params) ? item.params : edit.params;
      return { item, edit: { ...edit, title: edit.title.trim(), fixHint: edit.fixHint.trim(), params } };
    });
    const changed = next.filter(({ item, edit }) => !sameEdit(editOf(item), edit));
    if (changed.length === 0) throw invalidInput({ _form: "Tidak ada perubahan untuk disimpan." }, "Tidak ada perubahan untuk disimpan.");

    const number = (tx.select({ n: max(checklistVersions.number) }).from(checklistVersions).get()?.n ?? 0) + 1;
    tx.update(checklistVersions).set({ active: false }).where(eq(checklistVersions.active, true)).run();
    const version = tx
      .insert(checklistVersions)
      .values({ number, note: input.note.trim(), active: true, createdBy: actor.name })
      .returning({ id: checklistVersions.id })
      .get();
    for (const { item, edit } of next) {
      tx.insert(checklistItems)
        .values({
          versionId: version.id,
          code: item.code,
          category: item.category,
          title: edit.title,
          legalBasis: item.legalBasis,
          detector: item.detector,
          params: edit.params,
          weight: edit.weight,
          mode: edit.mode,
          fixHint: edit.fixHint,
          position: item.position,
        })
        .run();
    }
    const totalWeight = next.reduce((s, n) => s + n.edit.weight, 0);
    recordAudit(tx, {
      actorId: actor.id,
      actorName: actor.name,
      action: "checklist.version",
      entity: "checklist_version",
      entityId: String(version.id),
      before: { version: active.number, items: Object.fromEntries(changed.map(({ item }) => [item.code, editOf(item)])) },
      after: { version: number, note: input.note.trim(), totalWeight, items: Object.fromEntries(changed.map(({ item, edit }) => [item.code, edit])) },
      ip: actor.ip ?? null,
    });
    return { versionId: version.id, number, changed: changed.map((c) => c.item.code), totalWeight };
  });
}

/**
 * Re-scores every stored scan under `versionId` from its stored artifacts, without crawling, and
 * records it in the audit log. Synchronous, for a regency's few hundred scans; more are re-scored
 * by the worker (lib/jobs/rescore-jobs.ts).
 */
export function rescoreChecklistVersion(db: Db, versionId: number, actor: Actor): RescoreReport & { number: number } {
  const version = db.select().from(checklistVersions).where(eq(checklistVersions.id, versionId)).get();
  if (!version) throw new AppError("not_found", "Versi daftar periksa tidak ditemukan.");
  const report = rescoreAll(db, versionId);
  recordAudit(db, {
    actorId: actor.id,
    actorName: actor.name,
    action: "checklist.rescore",
    entity: "checklist_version",
    entityId: String(versionId),
    before: null,
    after: { version: version.number, scans: report.scans, rejudgedItems: report.rejudgedItems },
    ip: actor.ip ?? null,
  });
  return { ...report, number: version.number };
}

/**
 * Makes an earlier version active again (a rollback): no new version, no re-scoring needed for
 * scans that still have results under it. Recorded in the audit log like any checklist change.
 */
export function activateChecklistVersion(db: Db, versionId: number, actor: Actor): { number: number; previous: number | null } {
  return db.transaction((tx) => {
    const target = tx.select().from(checklistVersions).where(eq(checklistVersions.id, versionId)).get();
    if (!target) throw new AppError("not_found", "Versi daftar periksa tidak ditemukan.");
    const current = tx.select().from(checklistVersions).where(eq(checklistVersions.active, true)).get();
    if (current?.id === target.id) throw new AppError("conflict", `Versi ${target.number} sudah aktif.`);
    tx.update(checklistVersions).set({ active: false }).where(eq(checklistVersions.active, true)).run();
    tx.update(checklistVersions).set({ active: true }).where(eq(checklistVersions.id, target.id)).run();
    recordAudit(tx, {
      actorId: actor.id,
      actorName: actor.name,
      action: "checklist.activate",
      entity: "checklist_version",
      entityId: String(target.id),
      before: { activeVersion: current?.number ?? null },
      after: { activeVersion: target.number },
      ip: actor.ip ?? null,
    });
    return { number: target.number, previous: current?.number ?? null };
  });
}
