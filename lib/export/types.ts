/**
 * The one shape every export (PDF pack, XLSX, CSV) and the meeting page read: plain data
 * assembled from the database by ./dataset.ts, so the builders stay pure and testable.
 */
import type { Trend } from "@/lib/meetings";

export type ItemStatus = "scored" | "review" | "error";
export type ItemSource = "scanner" | "manual";

/** One OPD's standing in a meeting snapshot or in the current scores. */
export type OpdReportRow = {
  opdId: number;
  slug: string;
  name: string;
  shortName: string;
  score: number | null;
  zone: string | null;
  /** Score at the meeting compared with (previous meeting, or the latest frozen one for current scores). */
  previousScore: number | null;
  /** null when there is nothing to compare with (no earlier meeting). */
  trend: Trend | null;
  /** score - previousScore, when both exist. */
  delta: number | null;
  undecidedWeight: number | null;
  /** When the scan behind the score finished; null when the OPD was never scanned. */
  scannedAt: Date | null;
};

/** One OPD x checklist item. */
export type ItemReportRow = {
  opdId: number;
  opdName: string;
  opdShortName: string;
  code: string;
  title: string;
  weight: number;
  level: number | null;
  status: ItemStatus;
  source: ItemSource;
  /** Level at the meeting compared with; null when unknown. */
  before: number | null;
  trend: Trend | null;
  evidenceUrls: string[];
  fixHint: string;
  legalBasis: string;
};

export type ReportDataset = {
  kind: "meeting" | "current";
  regencyName: string;
  generatedAt: Date;
  meeting: { id: number; title: string; heldOn: string; place: string; frozenAt: Date | null } | null;
  /** The meeting the changes are measured against. */
  comparedWith: { id: number; title: string; heldOn: string } | null;
  checklistVersionNumber: number | null;
  warnings: string[];
  opdRows: OpdReportRow[];
  itemRows: ItemReportRow[];
};
