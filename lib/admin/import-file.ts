/**
 * Reads an uploaded OPD list (CSV or XLSX) into rows keyed by column name, with the row numbers
 * the admin sees in their spreadsheet program, so the report can point at "baris 7".
 */
import ExcelJS from "exceljs";
import { AppError } from "@/lib/errors";
import { CsvError, parseCsv, toCsv } from "./csv";

export const IMPORT_COLUMNS = ["nama", "singkatan", "situs", "layanan", "media_sosial"] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ["nama", "singkatan", "situs", "layanan"];

/**
 * Next.js refuses server-action bodies over 1 MB by default (the upload's multipart framing
 * counts too); a list of every OPD of a regency (about 60) is a few kilobytes. Below Next's
 * limit, so an oversized file gets this module's Indonesian message rather than Next's error.
 */
export const MAX_IMPORT_BYTES = 900 * 1024;
export const MAX_IMPORT_KB = MAX_IMPORT_BYTES / 1024;
/** A province has a few thousand OPD; one file of more than this is almost surely the wrong file. */
export const MAX_IMPORT_ROWS = 2_000;

export type SheetRow = { row: number; values: Partial<Record<ImportColumn, string>> };
export type RowError = { row: number; field: string; message: string };
/** A file that could be read (rows) or the file-level problems (header row, format). */
export type SheetRead = { rows: SheetRow[]; errors: RowError[] };

function fileError(message: string): AppError {
  return new AppError("invalid_input", message);
}

/** "Media Sosial" / "media-sosial" / " MEDIA_SOSIAL " all name the column media_sosial. */
function normalizeHeader(h: string): string {
  return h.trim().toLowerCase().replace(/[\s-]+/g, "_");
}

/** Turns a header row and data rows (with their sheet numbers) into keyed rows. */
export function rowsFromTable(header: string[], data: { row: number; cells: string[] }[]): SheetRead {
  const errors: RowError[] = [];
  const columns = header.map(normalizeHeader);
  columns.forEach((c, i) => {
    if (c === "") return;
    if (!(IMPORT_COLUMNS as readonly string[]).includes(c)) {
      errors.push({ row: 1, field: header[i].trim(), message: `Kolom "${header[i].trim()}" tidak dikenal. Kolom yang dipakai: ${IMPORT_COLUMNS.join(", ")}.` });
    } else if (columns.indexOf(c) !== i) {
      errors.push({ row: 1, field: c, message: `Kolom "${c}" muncul dua kali.` });
    }
  });
  for (const c of REQUIRED_COLUMNS) {
    if (!columns.includes(c)) errors.push({ row: 1, field: c, message: `Kolom "${c}" tidak ada di baris judul.` });
  }
  if (errors.length) return { rows: [], errors };
  const rows: SheetRow[] = [];
  for (const d of data) {
    if (d.cells.every((c) => c.trim() === "")) continue;
    const values: SheetRow["values"] = {};
    columns.forEach((c, i) => {
      if (c) values[c as ImportColumn] = (d.cells[i] ?? "").trim();
    });
    rows.push({ row: d.row, values });
  }
  if (rows.length === 0) errors.push({ row: 2, field: "nama", message: "Berkas tidak memuat satu baris OPD pun di bawah baris judul." });
  if (rows.length > MAX_IMPORT_ROWS) {
    errors.push({ row: rows[MAX_IMPORT_ROWS].row, field: "nama", message: `Paling banyak ${MAX_IMPORT_ROWS} OPD per berkas. Bagi berkas menjadi beberapa bagian.` });
  }
  return { rows, errors };
}

export function readCsvTable(text: string): SheetRead {
  let records: string[][];
  try {
    records = parseCsv(text, undefined, { keepBlankLines: true });
  } catch (e) {
    if (e instanceof CsvError) throw fileError(`Berkas CSV tidak dapat dibaca: ${e.message}`);
    throw e;
  }
  if (records.length === 0) throw fileError("Berkas kosong. Unduh templat, isi, lalu unggah kembali.");
  const [header, ...rest] = records;
  return rowsFromTable(header, rest.map((cells, i) => ({ row: i + 2, cells })));
}

/** The text a person sees in a cell; for a hyperlink whose label is not a URL, its target. */
function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v && typeof v === "object" && "hyperlink" in v) {
    const label = typeof v.text === "string" ? v.text : cell.text;
    return /^https?:\/\//i.test(label.trim()) ? label : String(v.hyperlink);
  }
  return cell.text ?? "";
}

export async function readXlsxTable(bytes: Uint8Array): Promise<SheetRead> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as ArrayBuffer; at run time it takes a Node Buffer (JSZip).
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (cause) {
    throw new AppError("invalid_input", "Berkas XLSX tidak dapat dibuka. Simpan ulang sebagai Excel Workbook (.xlsx) atau CSV.", { cause });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.actualRowCount === 0) throw fileError("Lembar pertama berkas kosong. Unduh templat, isi, lalu unggah kembali.");
  let header: string[] | null = null;
  const data: { row: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c)));
    // The header is the first non-empty row; row numbers stay the sheet's own.
    if (header === null) header = cells;
    else data.push({ row: rowNumber, cells });
  });
  return rowsFromTable(header ?? [], data);
}

/** Reads an upload by its extension (.csv or .xlsx). Throws invalid_input for an unreadable file. */
export async function readImportFile(fileName: string, bytes: Uint8Array): Promise<SheetRead> {
  if (bytes.byteLength === 0) throw fileError("Berkas kosong. Pilih berkas CSV atau XLSX yang berisi daftar OPD.");
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw fileError(`Berkas terlalu besar (lebih dari ${MAX_IMPORT_KB} KB). Bagi daftar OPD menjadi beberapa berkas.`);
  }
  const ext = fileName.toLowerCase().split(".").pop();
  if (ext === "xlsx") return readXlsxTable(bytes);
  if (ext === "csv" || ext === "txt") return readCsvTable(new TextDecoder("utf-8").decode(bytes));
  throw fileError("Jenis berkas tidak didukung. Unggah berkas .csv atau .xlsx (Excel). Berkas .xls lama: simpan ulang sebagai .xlsx.");
}

/** The downloadable template: the header and two example rows, with a BOM for spreadsheet programs. */
export function importTemplateCsv(officialDomain: string): string {
  const domain = officialDomain || "kabupaten.go.id";
  return (
    "\uFEFF" +
    toCsv([
      [...IMPORT_COLUMNS],
      [
        "Dinas Perpustakaan dan Kearsipan",
        "Dispusip",
        `https://dispusip.${domain}/`,
        "Keanggotaan perpustakaan;Peminjaman buku;Layanan arsip",
        `https://instagram.com/dispusip;Facebook: https://facebook.com/dispusip`,
      ],
      ["Badan Perencanaan Pembangunan Daerah", "Bappeda", `https://bappeda.${domain}/`, "Data perencanaan", ""],
    ])
  );
}
