/**
 * Importing many OPD at once: every row is validated (the same schema as the form), duplicates
 * against the database and within the file are row errors, and the rows are written in one
 * transaction only when every row is valid. A file with one bad row imports nothing.
 */
import type { Db } from "@/db";
import { opd, type Opd } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import type { Actor, Tx } from "./actor";
import type { ImportColumn, RowError, SheetRead, SheetRow } from "./import-file";
import { OpdInput, platformOf, siteKey, slugOf, splitList, type OpdInputRaw } from "./opd-input";
import { opdSnapshot } from "./opd";

/** Where a schema field comes from in the file, so the report names the column the admin typed. */
const COLUMN_OF: Record<string, ImportColumn> = {
  name: "nama",
  shortName: "singkatan",
  slug: "singkatan",
  websiteUrl: "situs",
  services: "layanan",
  socialAccounts: "media_sosial",
};

/** Items in the layanan and media_sosial cells are separated by ";" (or a line break in a cell). */
const LIST_SEPARATOR = /;|\r?\n/;

/** "Instagram: https://..." or "https://instagram.com/..." (platform read from the host). */
function parseSocial(cell: string): { platform: string; url: string }[] {
  return splitList(cell, LIST_SEPARATOR).map((entry) => {
    const labelled = /^([^:;]+?)\s*[:=]\s*(https?:\/\/\S+)$/i.exec(entry);
    if (labelled) return { platform: labelled[1].trim(), url: labelled[2] };
    return { platform: platformOf(entry), url: entry };
  });
}

export function rowToRaw(values: SheetRow["values"]): OpdInputRaw {
  return {
    name: values.nama ?? "",
    shortName: values.singkatan ?? "",
    websiteUrl: values.situs ?? "",
    services: splitList(values.layanan ?? "", LIST_SEPARATOR),
    socialAccounts: parseSocial(values.media_sosial ?? ""),
    active: true,
  };
}

export type ValidRow = { row: number; input: OpdInput & { slug: string } };

/** Validates every row against the schema, the database and the rows above it. */
export function validateImportRows(db: Db | Tx, rows: SheetRow[]): { valid: ValidRow[]; errors: RowError[] } {
  const existing = db.select({ slug: opd.slug, name: opd.name, websiteUrl: opd.websiteUrl }).from(opd).all();
  const slugs = new Map(existing.map((o) => [o.slug, `sudah dipakai ${o.name}`]));
  const sites = new Map(existing.map((o) => [siteKey(o.websiteUrl), `sudah terdaftar untuk ${o.name}`]));
  const valid: ValidRow[] = [];
  const errors: RowError[] = [];
  for (const { row, values } of rows) {
    const rowErrors: RowError[] = [];
    if (!values.layanan?.trim()) {
      rowErrors.push({ row, field: "layanan", message: 'Isi paling sedikit satu layanan; pisahkan beberapa layanan dengan titik koma (;).' });
    }
    const parsed = OpdInput.safeParse(rowToRaw(values));
    if (!parsed.success) {
      const seen = new Set<string>();
      for (const issue of parsed.error.issues) {
        const field = COLUMN_OF[String(issue.path[0])] ?? String(issue.path[0]);
        if (seen.has(field)) continue;
        seen.add(field);
        rowErrors.push({ row, field, message: issue.message });
      }
    } else {
      const slug = slugOf(parsed.data);
      const key = siteKey(parsed.data.websiteUrl);
      if (!slug) rowErrors.push({ row, field: "singkatan", message: "Singkatan harus memuat huruf atau angka." });
      else if (slugs.has(slug)) rowErrors.push({ row, field: "singkatan", message: `Singkatan ini menghasilkan slug "${slug}" yang ${slugs.get(slug)}.` });
      if (sites.has(key)) rowErrors.push({ row, field: "situs", message: `Alamat situs ini ${sites.get(key)}.` });
      // Later rows are compared with this one even when it has other errors: one fix, one report.
      if (slug && !slugs.has(slug)) slugs.set(slug, `sama dengan baris ${row}`);
      if (!sites.has(key)) sites.set(key, `sama dengan baris ${row}`);
      if (rowErrors.length === 0) valid.push({ row, input: { ...parsed.data, slug } });
    }
    errors.push(...rowErrors);
  }
  return { valid, errors };
}

export type ImportReport = {
  /** Data rows read from the file. */
  total: number;
  errors: RowError[];
  /** OPD written; empty when any row has an error or on a check-only run. */
  imported: { row: number; id: number; slug: string; name: string }[];
  dryRun: boolean;
};

/**
 * Validates and, when every row is valid and `dryRun` is off, inserts all rows with one audit
 * entry each, in one transaction. File-level errors (header row) are passed through unchanged.
 */
export function importOpd(db: Db, sheet: SheetRead, actor: Actor, opts: { dryRun?: boolean } = {}): ImportReport {
  const dryRun = opts.dryRun ?? false;
  if (sheet.errors.length) return { total: sheet.rows.length, errors: sheet.errors, imported: [], dryRun };
  return db.transaction((tx) => {
    const { valid, errors } = validateImportRows(tx, sheet.rows);
    if (errors.length || dryRun) return { total: sheet.rows.length, errors, imported: [], dryRun };
    const imported = valid.map(({ row, input }) => {
      const created: Opd = tx.insert(opd).values(input).returning().get();
      recordAudit(tx, {
        actorId: actor.id,
        actorName: actor.name,
        action: "opd.import",
        entity: "opd",
        entityId: String(created.id),
        before: null,
        after: { ...opdSnapshot(created), importRow: row },
        ip: actor.ip ?? null,
      });
      return { row, id: created.id, slug: created.slug, name: created.name };
    });
    return { total: sheet.rows.length, errors: [], imported, dryRun };
  });
}
