/** A small hand-built dataset for the builders' unit tests (three OPD, awkward text on purpose). */
import type { ItemReportRow, OpdReportRow, ReportDataset } from "./types";

const OPD: { id: number; slug: string; name: string; shortName: string; score: number | null; zone: string | null; prev: number | null }[] = [
  { id: 1, slug: "disdukcapil", name: "Dinas Kependudukan dan Pencatatan Sipil", shortName: "Disdukcapil", score: 86.45, zone: "hijau", prev: 70.1 },
  { id: 2, slug: "bapenda", name: 'Badan Pendapatan Daerah; "Bapenda"', shortName: "Bapenda", score: 55, zone: "kuning", prev: 61.2 },
  { id: 3, slug: "rsud", name: "Rumah Sakit Umum Daerah\nTeluk Kuantan", shortName: "RSUD", score: null, zone: null, prev: null },
];

export function sampleDataset(): ReportDataset {
  const opdRows: OpdReportRow[] = OPD.map((o) => ({
    opdId: o.id,
    slug: o.slug,
    name: o.name,
    shortName: o.shortName,
    score: o.score,
    zone: o.zone,
    previousScore: o.prev,
    trend: o.prev == null ? null : o.score! > o.prev ? "naik" : "turun",
    delta: o.score != null && o.prev != null ? o.score - o.prev : null,
    undecidedWeight: o.score == null ? null : 4,
    scannedAt: o.score == null ? null : new Date(Date.UTC(2018, 5, 6, 7, 5)),
  }));
  const itemRows: ItemReportRow[] = OPD.filter((o) => o.score != null).flatMap((o) => [
    {
      opdId: o.id,
      opdName: o.name,
      opdShortName: o.shortName,
      code: "KP-01",
      title: "Maklumat Pelayanan dipublikasikan",
      weight: 5,
      level: 2,
      status: "scored" as const,
      source: "scanner" as const,
      before: 1,
      trend: "naik" as const,
      evidenceUrls: [`https://${o.slug}.example.go.id/maklumat`, `https://${o.slug}.example.go.id/a;b`],
      fixHint: "Terbitkan maklumat pelayanan.",
      legalBasis: "UU 25/2009 Ps 15b, 22",
    },
    {
      opdId: o.id,
      opdName: o.name,
      opdShortName: o.shortName,
      code: "SP-06",
      title: '=HYPERLINK("http://evil")',
      weight: 1.5,
      level: null,
      status: "review" as const,
      source: "manual" as const,
      before: null,
      trend: "baru" as const,
      evidenceUrls: [],
      fixHint: "",
      legalBasis: "UU 25/2009 Ps 21e",
    },
  ]);
  return {
    kind: "meeting",
    regencyName: "Kabupaten Kuantan Singingi",
    generatedAt: new Date(Date.UTC(2018, 5, 7, 3, 0)),
    meeting: { id: 2, title: "Rapat Evaluasi II", heldOn: "2018-06-07", place: "Ruang Rapat", frozenAt: new Date(Date.UTC(2018, 5, 6, 8)) },
    comparedWith: { id: 1, title: "Rapat Evaluasi I", heldOn: "2018-05-24" },
    checklistVersionNumber: 1,
    warnings: ["OPD baru sejak rapat sebelumnya: RSUD."],
    opdRows,
    itemRows,
  };
}
