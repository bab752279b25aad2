/**
 * CSV of the item rows (one row per OPD x checklist item).
 *
 * Separator: semicolon. Excel splits a .csv on the list separator of the Windows regional
 * settings, and with Indonesian settings (decimal comma) that separator is ";": a
 * comma-separated file opens there as one column. LibreOffice asks and accepts either.
 * No "sep=;" line: with it Excel ignores the UTF-8 BOM and garbles Indonesian text.
 * UTF-8 with a BOM, CRLF line ends (RFC 4180), every field quoted when it must be.
 */
import { SOURCE_LABEL, STATUS_LABEL } from "./labels";
import type { ItemReportRow } from "./types";

export const CSV_SEPARATOR = ";";
export const CSV_BOM = "\uFEFF";
const EOL = "\r\n";

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

/** One CSV field: neutralised when it looks like a formula, quoted when it holds ; " CR or LF. */
export function csvField(value: string | number | null | undefined): string {
  if (value == null) return "";
  let s = typeof value === "number" ? String(value).replace(".", ",") : value;
  if (typeof value === "string" && FORMULA_START.test(s)) s = `'${s}`;
  return /[";\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(fields: (string | number | null | undefined)[]): string {
  return fields.map(csvField).join(CSV_SEPARATOR);
}

/** The whole file as a string, BOM first. Numbers use the Indonesian decimal comma. */
export function buildItemsCsv(rows: ItemReportRow[]): string {
  const lines = [csvLine([...ITEM_CSV_HEADER])];
  for (const r of rows) {
    lines.push(
      csvLine([
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
      ]),
    );
  }
  return CSV_BOM + lines.join(EOL) + EOL;
}
