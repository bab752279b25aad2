/**
 * service-matrix (SP-08): the share of services whose page shows all six components
 * (persyaratan, prosedur, waktu, biaya, produk, pengaduan). 80% or more gives level 3.
 */
import { z } from "zod";
import { scored } from "../judge/decide";
import { COMPONENT_NAMES, DEFAULT_COMPONENT_KEYWORDS, serviceMatrix } from "../services";
import type { Detector } from "../types";

export const serviceMatrixParams = z.object({
  components: z
    .object(Object.fromEntries(COMPONENT_NAMES.map((n) => [n, z.array(z.string().min(1)).min(1)])) as Record<(typeof COMPONENT_NAMES)[number], z.ZodArray<z.ZodString>>)
    .default(DEFAULT_COMPONENT_KEYWORDS),
  /** Shares of complete services for levels 3, 2, 1 (checklist: 80% gives 3). */
  thresholds: z.tuple([z.number(), z.number(), z.number()]).default([0.8, 0.5, 0.01]),
});
export type ServiceMatrixParams = z.infer<typeof serviceMatrixParams>;

export const serviceMatrixDetector: Detector<ServiceMatrixParams> = {
  id: "service-matrix",
  params: serviceMatrixParams,
  evaluate(artifacts, p, ctx) {
    const all = serviceMatrix(artifacts, ctx.opd.services, p.components);
    // "Share of detected services" (checklist.md): a configured service with no page is shown
    // in the matrix as missing, and the share is over the services the site does show.
    const rows = all.filter((r) => r.url !== null);
    const missing = all.filter((r) => r.url === null).map((r) => r.name);
    if (!rows.length) {
      const why = missing.length ? `Halaman layanan (${missing.join(", ")}) tidak ditemukan di situs.` : "Tidak ada layanan yang terdaftar atau ditemukan di situs.";
      return scored(0, `${why} Kelengkapan komponen tidak dapat dihitung.`);
    }
    const complete = rows.filter((r) => COMPONENT_NAMES.every((n) => r.components[n]));
    const share = complete.length / rows.length;
    const [l3, l2, l1] = p.thresholds;
    const level = share >= l3 ? 3 : share >= l2 ? 2 : share >= l1 ? 1 : 0;
    const ev = [...rows.filter((r) => !COMPONENT_NAMES.every((n) => r.components[n])), ...complete].slice(0, 3).map((r) => ({
      url: r.url ?? ctx.opd.websiteUrl,
      excerpt: `${r.name}: ${COMPONENT_NAMES.filter((n) => r.components[n]).join(", ") || "tidak ada komponen"}${r.url ? "" : " (halaman layanan tidak ditemukan)"}`,
      source: "matriks layanan",
    }));
    const pct = Math.round(share * 100);
    const note = missing.length ? ` Tidak ditemukan halamannya: ${missing.join(", ")}.` : "";
    return scored(level, `${complete.length} dari ${rows.length} layanan yang ditemukan (${pct}%) menampilkan keenam komponen standar pelayanan.${note}`, ev);
  },
};
