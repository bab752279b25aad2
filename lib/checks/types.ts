/**
 * The contract of a detector: pure, no browser, no database, no Next. A checklist item (data)
 * names its detector and carries its parameters; the detector turns artifacts into a level.
 */
import type { z } from "zod";
import type { ScanArtifacts } from "@/lib/artifacts/types";

export type Level = 0 | 1 | 2 | 3;
export type CheckStatus = "scored" | "review" | "error";

export type Evidence = {
  url: string;
  /** The excerpt that decided it (at most a few hundred characters). */
  excerpt: string;
  screenshotPath?: string | null;
  /** Where the excerpt came from: "halaman", "pdf", "ocr", "tautan", "gambar" ... */
  source?: string;
};

/** Where evidence text came from, as the scan command's JSON names it (../shared/PRODUCT.md). */
export const EVIDENCE_SOURCES = ["page", "revealed", "dialog", "pdf", "ocr", "embedded"] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

const SOURCE_CODES: Record<string, EvidenceSource> = {
  "konten tab/akordeon": "revealed",
  "pop-up": "dialog",
  pdf: "pdf",
  ocr: "ocr",
  "dokumen tersemat": "embedded",
};

/** The contract's source code of an evidence entry (its `source` is the Indonesian label shown in the app). */
export function evidenceSourceCode(source: string | undefined): EvidenceSource {
  return (source && SOURCE_CODES[source]) || "page";
}

export type CheckOutcome = {
  status: CheckStatus;
  /** 0-3 when status is "scored", otherwise null. */
  level: Level | null;
  evidence: Evidence[];
  /** One plain Indonesian sentence saying why. */
  reason: string;
};

export type CheckContext = {
  opd: { name: string; shortName: string; websiteUrl: string; services: string[] };
  /** The pemda's configured domain, e.g. "kuansing.go.id". */
  officialDomain: string;
  /** The time the scan ran: recency is judged against it, so re-scoring is deterministic. */
  now: Date;
  /** Item mode: P items answer "review" when evidence is not conclusive. */
  mode: "A" | "P";
};

export interface Detector<P = Record<string, unknown>> {
  id: string;
  /** Validates the item's parameters (data from the database). */
  params: z.ZodType<P>;
  evaluate(artifacts: ScanArtifacts, params: P, ctx: CheckContext): CheckOutcome;
}

/** What runChecks needs of a checklist item. */
export type ItemSpec = {
  code: string;
  detector: string;
  params: Record<string, unknown>;
  mode: "A" | "P";
  weight: number;
};

export type ItemResult = CheckOutcome & { code: string };

/** One row of the per-service matrix (SP-08): which of the six components its page shows. */
export type ServiceRow = {
  name: string;
  url: string | null;
  components: Record<"persyaratan" | "prosedur" | "waktu" | "biaya" | "produk" | "pengaduan", boolean>;
};
