/**
 * A small RFC 4180 CSV reader and writer for the OPD import and its template.
 *
 * Why not a library: the only CSV parser in node_modules is fast-csv 4.3.6, present solely as a
 * transitive dependency of exceljs (not in package.json, so it could vanish with an exceljs
 * update), on an old major and with a streaming, asynchronous API. An import file is a few
 * hundred rows at most, so a synchronous reader of ~60 lines with its own tests is simpler.
 *
 * Spreadsheet programs in the Indonesian locale save CSV with ";" between fields (the comma is
 * the decimal separator), so the delimiter is detected from the header line.
 */

export type CsvDelimiter = "," | ";";

/** Picks "," or ";" by which occurs more often, outside quotes, in the first line. */
export function detectDelimiter(text: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch === ",") commas++;
    else if (!quoted && ch === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

/**
 * Parses CSV text into records of fields. Handles quoted fields with embedded delimiters,
 * doubled quotes and line breaks, CRLF or LF line ends, a UTF-8 byte order mark, and a missing
 * final line break. Blank lines are skipped unless `keepBlankLines` (then they are `[""]`, so record
 * numbers match the row numbers a spreadsheet program shows). Throws on a quote never closed.
 */
export function parseCsv(
  input: string,
  delimiter: CsvDelimiter = detectDelimiter(input),
  options: { keepBlankLines?: boolean } = {},
): string[][] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let fieldStarted = false;
  let i = 0;
  const endRecord = () => {
    record.push(field);
    // A blank line is a record with one empty field: not data.
    const blank = record.length === 1 && record[0] === "" && !fieldStarted;
    if (!blank || options.keepBlankLines) records.push(record);
    record = [];
    field = "";
    fieldStarted = false;
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field === "") {
      quoted = true;
      fieldStarted = true;
    } else if (ch === delimiter) {
      record.push(field);
      field = "";
      fieldStarted = true;
    } else if (ch === "\r" || ch === "\n") {
      endRecord();
      if (ch === "\r" && text[i + 1] === "\n") i++;
    } else {
      // A stray quote inside an unquoted field is kept as text, as spreadsheet programs do.
      field += ch;
    }
    i++;
  }
  if (quoted) throw new CsvError("Tanda kutip (\") dibuka tetapi tidak ditutup.");
  if (field !== "" || record.length > 0 || fieldStarted) endRecord();
  return records;
}

export class CsvError extends Error {}

function quoteField(value: string, delimiter: CsvDelimiter): string {
  return /["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Writes records as CSV with CRLF line ends (RFC 4180), quoting only where needed. */
export function toCsv(records: string[][], delimiter: CsvDelimiter = ","): string {
  return records.map((r) => r.map((f) => quoteField(f, delimiter)).join(delimiter)).join("\r\n") + "\r\n";
}
