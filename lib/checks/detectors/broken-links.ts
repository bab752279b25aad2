/** broken-links (WQ-05): the share of checked links (internal and outbound) that fail. */
import { z } from "zod";
import { scored } from "../judge/decide";
import type { Detector, Evidence } from "../types";

export const brokenLinksParams = z.object({
  /** Failure shares under which the levels 3, 2, 1 are given (checklist: 2%, 5%, 10%). */
  thresholds: z.tuple([z.number(), z.number(), z.number()]).default([0.02, 0.05, 0.1]),
});

export const brokenLinks: Detector<z.infer<typeof brokenLinksParams>> = {
  id: "broken-links",
  params: brokenLinksParams,
  evaluate(artifacts, p) {
    const checks = artifacts.site.linkChecks;
    if (!checks.length) return { status: "error", level: null, evidence: [], reason: "Tidak ada tautan yang berhasil diperiksa pada pemindaian ini." };
    const failed = checks.filter((c) => !c.ok);
    const share = failed.length / checks.length;
    const pct = (share * 100).toLocaleString("id-ID", { maximumFractionDigits: 1 });
    const ev: Evidence[] = failed.slice(0, 3).map((c) => ({ url: c.url, excerpt: `Tautan rusak: ${c.status ?? c.errorClass ?? "gagal"}`, source: "tautan" }));
    const [l3, l2, l1] = p.thresholds;
    const level = share < l3 ? 3 : share < l2 ? 2 : share < l1 ? 1 : 0;
    return scored(level, `${failed.length} dari ${checks.length} tautan rusak (${pct}%).`, ev);
  },
};
