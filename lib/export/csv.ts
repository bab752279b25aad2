/**
 * CSV of the item rows (one row per OPD x checklist item), written with the project's RFC 4180
 * writer (lib/admin/csv.ts, which the OPD import also reads).
 *
 * Separator: semicolon. Excel splits a .csv on the list separator of the Windows regional
 * settings, and with Indonesian settings (decimal comma) that separator is ";": a
 * comma-separated file opens there as one column. LibreOffice asks and accepts either.
 * No "sep=;" line: with it Excel ignores the UTF-8 BOM and garbles Indonesian text.
 * UTF-8 with a BOM, CRLF line ends, fields quoted when they hold ; " CR or LF.
 */
import { toCsv } from "@/lib/admin/csv";
import { SOURCE_LABEL, STATUS_LABEL } from "./labels";
import { round2 } from "./summary";
import type { ItemReportRow } from "./types";

export const CSV_SEPARATOR = ";";
export const CSV_BOM = "\uFEFF";

export const ITEM_CSV_HEADER = [
  "OPD",
  "Singkatan",
  "Kode",
  "Butir",
  "Bobot",
  "Tingkat",
  "Status",
  "Sumber",
  "Tingkat sebelumnya",
  "Bukti (URL)",
] as const;

/** Cells starting like a formula are run by spreadsheets (CSV injection): make them plain text. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as text: numbers with the Indonesian decimal comma, formula-like text neutralised. */
export function csvCell(value: string | number | null | undefined): string {
  if (value == null) return "";
  if (typeof value === "number") return String(round2(value)).replace(".", ",");
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The whole file as a string, BOM first. */
export function buildItemsCsv(rows: ItemReportRow[]): string {
  const records = rows.map((r) =>
    [
      r.opdName,
      r.opdShortName,
      r.code,
      r.title,
      r.weight,
      r.status === "scored" ? r.level : null,
      STATUS_LABEL[r.status],
      SOURCE_LABEL[r.source],
      r.before,
      r.evidenceUrls.join("\n"),
    ].map(csvCell),
  );
  return CSV_BOM + toCsv([[...ITEM_CSV_HEADER], ...records], CSV_SEPARATOR);
}
