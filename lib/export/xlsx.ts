/**
 * The XLSX workbook (exceljs): "Ringkasan" (one row per OPD under a header row, then summary
 * rows) and "Butir" (one row per OPD x item). Pure: dataset in, bytes out.
 */
import ExcelJS from "exceljs";
import { TERMS } from "@/lib/terms";
import { zoneLabel } from "@/lib/zones";
import { formatDateTime, formatIsoDay } from "@/lib/format";
import { SOURCE_LABEL, STATUS_LABEL, trendText } from "./labels";
import { itemsByRank, rankOpd, round2, summarize } from "./summary";
import type { ReportDataset } from "./types";

export const SUMMARY_SHEET = "Ringkasan";
export const ITEM_SHEET = "Butir";

export const SUMMARY_COLUMNS = [
  { header: "Peringkat", key: "rank", width: 10 },
  { header: "OPD", key: "name", width: 48 },
  { header: "Singkatan", key: "shortName", width: 16 },
  { header: "Nilai", key: "score", width: 9 },
  { header: "Zona", key: "zone", width: 13 },
  { header: "Nilai pembanding", key: "previousScore", width: 11 },
  { header: "Perubahan", key: "delta", width: 11 },
  { header: "Arah", key: "trend", width: 12 },
  { header: TERMS.undecided.label, key: "undecided", width: 12 },
  { header: "Tanggal pindaian", key: "scannedAt", width: 18 },
] as const;

export const ITEM_COLUMNS = [
  { header: "OPD", key: "opdName", width: 40 },
  { header: "Singkatan", key: "opdShortName", width: 16 },
  { header: "Kode", key: "code", width: 8 },
  { header: "Butir", key: "title", width: 44 },
  { header: "Bobot", key: "weight", width: 7 },
  { header: "Tingkat", key: "level", width: 8 },
  { header: "Status", key: "status", width: 15 },
  { header: "Sumber", key: "source", width: 14 },
  { header: "Tingkat sebelumnya", key: "before", width: 11 },
  { header: "Bukti (URL)", key: "evidence", width: 60 },
] as const;

/** Excel stores wall-clock times without a zone: write WIB (UTC+7) so users read their own time. */
const WIB_OFFSET_MS = 7 * 3600_000;
const SCORE_FORMAT = "0.00";
const DELTA_FORMAT = "+0.00;-0.00;0.00";
const DATE_FORMAT = "dd/mm/yyyy hh:mm";

function wib(d: Date): Date {
  return new Date(d.getTime() + WIB_OFFSET_MS);
}

function styleHeader(ws: ExcelJS.Worksheet): void {
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "top", wrapText: true };
  ws.views = [{ state: "frozen", ySplit: 1 }];
}

function addSummarySheet(wb: ExcelJS.Workbook, data: ReportDataset): void {
  const ws = wb.addWorksheet(SUMMARY_SHEET);
  ws.columns = SUMMARY_COLUMNS.map((c) => ({ ...c }));
  rankOpd(data.opdRows).forEach((r, i) => {
    ws.addRow({
      rank: r.score == null ? null : i + 1,
      name: r.name,
      shortName: r.shortName,
      score: round2(r.score),
      zone: zoneLabel(r.zone).label,
      previousScore: round2(r.previousScore),
      delta: round2(r.delta),
      trend: trendText(r.trend),
      undecided: round2(r.undecidedWeight),
      scannedAt: r.scannedAt ? wib(r.scannedAt) : "Belum pernah dipindai",
    });
  });
  ws.getColumn("score").numFmt = SCORE_FORMAT;
  ws.getColumn("previousScore").numFmt = SCORE_FORMAT;
  ws.getColumn("delta").numFmt = DELTA_FORMAT;
  ws.getColumn("undecided").numFmt = SCORE_FORMAT;
  ws.getColumn("scannedAt").numFmt = DATE_FORMAT;
  styleHeader(ws);
  if (data.opdRows.length) {
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + data.opdRows.length, column: SUMMARY_COLUMNS.length } };
  }

  // Summary rows sit below one empty row, so a filter or sort over the OPD rows leaves them alone.
  const s = summarize(data.opdRows);
  ws.addRow([]);
  const label = (text: string, value: string | number | null, fmt?: string) => {
    const row = ws.addRow([null, text, null, typeof value === "number" ? round2(value) : value]);
    row.getCell(2).font = { bold: true };
    if (fmt) row.getCell(4).numFmt = fmt;
  };
  label("Rata-rata nilai OPD", s.average, SCORE_FORMAT);
  label("Jumlah OPD zona hijau", s.zoneCounts.hijau, "0");
  label("Jumlah OPD zona kuning", s.zoneCounts.kuning, "0");
  label("Jumlah OPD zona merah", s.zoneCounts.merah, "0");
  label("Jumlah OPD belum dinilai", s.zoneCounts.belum, "0");
  ws.addRow([]);
  ws.addRow([sourceLine(data)]);
  ws.addRow([`Dibuat ${formatDateTime(data.generatedAt)}`]);
  for (const w of data.warnings) ws.addRow([`Perhatian: ${w}`]).font = { bold: true };
  ws.addRow([
    "Nilai adalah indikasi kepatuhan publikasi daring dari situs web OPD, bukan nilai resmi Ombudsman RI.",
  ]).font = { italic: true };
}

function sourceLine(data: ReportDataset): string {
  const base = data.meeting
    ? `Cuplikan ${data.meeting.title} (${formatIsoDay(data.meeting.heldOn)})`
    : `Nilai terkini ${data.regencyName}: pindaian lengkap terakhir tiap OPD aktif`;
  const cmp = data.comparedWith ? `; pembanding: ${data.comparedWith.title} (${formatIsoDay(data.comparedWith.heldOn)})` : "";
  const version = data.checklistVersionNumber != null ? `; daftar periksa versi ${data.checklistVersionNumber}` : "";
  return `${base}${cmp}${version}.`;
}

function addItemSheet(wb: ExcelJS.Workbook, data: ReportDataset): void {
  const ws = wb.addWorksheet(ITEM_SHEET);
  ws.columns = ITEM_COLUMNS.map((c) => ({ ...c }));
  for (const r of itemsByRank(data.itemRows, data.opdRows)) {
    ws.addRow({
      opdName: r.opdName,
      opdShortName: r.opdShortName,
      code: r.code,
      title: r.title,
      weight: round2(r.weight),
      level: r.status === "scored" ? r.level : null,
      status: STATUS_LABEL[r.status],
      source: SOURCE_LABEL[r.source],
      before: r.before,
      evidence: r.evidenceUrls.join("\n"),
    });
  }
  ws.getColumn("evidence").alignment = { wrapText: true, vertical: "top" };
  styleHeader(ws);
  if (data.itemRows.length) {
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + data.itemRows.length, column: ITEM_COLUMNS.length } };
  }
}

/** Builds the workbook; returns the .xlsx bytes. */
export async function buildXlsx(data: ReportDataset): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Patuh";
  wb.created = data.generatedAt;
  wb.title = data.meeting ? data.meeting.title : `Nilai terkini ${data.regencyName}`;
  addSummarySheet(wb, data);
  addItemSheet(wb, data);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
