/**
 * Runs the checklist's detectors over a scan's artifacts. Pure: no browser, no database. Each
 * item names its detector and carries its parameters (data the admin edits); a detector that
 * throws or whose parameters are invalid gives that item `error`, and the others go on.
 */
import type { ScanArtifacts } from "@/lib/artifacts/types";
import { accessibility } from "./detectors/accessibility";
import { complaintChannel } from "./detectors/complaint-channel";
import { contactInfo } from "./detectors/contact-info";
import { documentComponentCount } from "./detectors/document-component-count";
import { duration } from "./detectors/duration";
import { fee } from "./detectors/fee";
import { freshness } from "./detectors/freshness";
import { keywordContent } from "./detectors/keyword-content";
import { linkPresent } from "./detectors/link-present";
import { listContent } from "./detectors/list-content";
import { maklumat } from "./detectors/maklumat";
import { procedure } from "./detectors/procedure";
import { reportYear } from "./detectors/report-year";
import { scheduleHours } from "./detectors/schedule-hours";
import { serviceMatrixDetector, serviceMatrixParams } from "./detectors/service-matrix";
import { brokenLinks } from "./detectors/broken-links";
import { domain } from "./detectors/domain";
import { https } from "./detectors/https";
import { mobile } from "./detectors/mobile";
import { surveyResult } from "./detectors/survey-result";
import { z } from "zod";
import { corpusOf } from "./corpus/units";
import { COMPONENT_NAMES, serviceMatrix, type ComponentName } from "./services";
import type { CheckContext, CheckOutcome, Detector, ItemResult, ItemSpec, ServiceRow } from "./types";

export type { Detector, ItemResult, ItemSpec, ServiceRow, CheckContext, CheckOutcome } from "./types";

const ALL: Detector<any>[] = [
  keywordContent, listContent, procedure, duration, fee, maklumat, documentComponentCount, scheduleHours, linkPresent,
  complaintChannel, surveyResult, reportYear, domain, https, mobile, freshness, brokenLinks, accessibility,
  serviceMatrixDetector, contactInfo,
];

/** Every detector by id. */
export const DETECTORS: Record<string, Detector<any>> = Object.fromEntries(ALL.map((d) => [d.id, d]));

/** Detectors that judge site facts and can answer without any page that loaded. */
const SITE_FACT_DETECTORS = new Set(["domain", "https"]);

function errorOutcome(reason: string): CheckOutcome {
  return { status: "error", level: null, evidence: [], reason };
}

/**
 * Items about one component of every service's standard (persyaratan, prosedur, waktu, biaya,
 * produk) name it with `serviceComponent`. Complete means published for every service the site
 * shows: when some services' sections have it and others lack it, the item is incomplete (1).
 */
const ServiceComponentParam = z.object({ serviceComponent: z.enum(COMPONENT_NAMES).optional() });

function capByServiceCoverage(out: CheckOutcome, artifacts: ScanArtifacts, ctx: CheckContext, component: ComponentName): CheckOutcome {
  if (out.status !== "scored" || (out.level ?? 0) < 2) return out;
  // The OPD's own services (as the admin lists them) found on the site; sections the matrix found
  // besides them may be hub or complaint pages that only look like a standard.
  const rows = serviceMatrix(artifacts, ctx.opd.services).slice(0, ctx.opd.services.length).filter((r) => r.url !== null);
  // OCR misses words of a poster a person reads; a component missing from OCR text is not absent.
  const ocrRead = new Set(artifacts.documents.filter((d) => d.textSource === "ocr").map((d) => d.url));
  const lacking = rows.filter((r) => !r.components[component] && !ocrRead.has(r.url!));
  if (rows.length < 2 || !lacking.length || lacking.length === rows.length) return out;
  const names = lacking.slice(0, 3).map((r) => r.name).join(", ");
  return {
    ...out,
    level: 1,
    reason: `Komponen ${component} hanya dicantumkan untuk sebagian layanan; belum ada untuk ${names}${lacking.length > 3 ? " dan lainnya" : ""}.`,
    evidence: [...out.evidence, ...lacking.slice(0, 2).map((r) => ({ url: r.url!, excerpt: `${r.name}: tanpa ${component}`, source: "matriks layanan" }))].slice(0, 3),
  };
}

/** Judges one item; never throws. */
export function runItem(artifacts: ScanArtifacts, item: ItemSpec, ctx: CheckContext): CheckOutcome {
  const detector = DETECTORS[item.detector];
  if (!detector) return errorOutcome(`Pendeteksi "${item.detector}" tidak dikenal.`);
  const parsed = detector.params.safeParse(item.params ?? {});
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return errorOutcome(`Parameter butir tidak sah (${first?.path.join(".") || "params"}: ${first?.message ?? "tidak valid"}).`);
  }
  if (!SITE_FACT_DETECTORS.has(detector.id) && !corpusOf(artifacts).pages.length) {
    return errorOutcome("Tidak ada halaman situs yang berhasil dimuat, sehingga butir ini tidak dapat diperiksa.");
  }
  try {
    const judged = detector.evaluate(artifacts, parsed.data, ctx);
    if (judged.status === "scored" && (judged.level === null || judged.level < 0 || judged.level > 3)) return errorOutcome("Pendeteksi memberi level di luar 0-3.");
    const component = ServiceComponentParam.safeParse(item.params ?? {}).data?.serviceComponent;
    return component ? capByServiceCoverage(judged, artifacts, ctx, component) : judged;
  } catch (e) {
    return errorOutcome(`Pemeriksaan gagal: ${e instanceof Error ? e.message : String(e)}`.slice(0, 300));
  }
}

/** The per-service matrix with the SP-08 item's component keywords when present. */
function servicesFor(artifacts: ScanArtifacts, items: ItemSpec[], ctx: Omit<CheckContext, "mode">): ServiceRow[] {
  const item = items.find((i) => i.detector === "service-matrix");
  const params = serviceMatrixParams.safeParse(item?.params ?? {});
  try {
    return serviceMatrix(artifacts, ctx.opd.services, params.success ? params.data.components : undefined);
  } catch {
    return [];
  }
}

/**
 * One result per item, in item order, plus the per-service matrix (SP-08) the OPD page shows.
 */
export function runChecks(
  artifacts: ScanArtifacts,
  items: ItemSpec[],
  ctx: Omit<CheckContext, "mode">,
): { results: ItemResult[]; services: ServiceRow[] } {
  const results = items.map((item) => ({ code: item.code, ...runItem(artifacts, item, { ...ctx, mode: item.mode }) }));
  return { results, services: servicesFor(artifacts, items, ctx) };
}
