/**
 * broken-links (WQ-05): the share of checked links (internal and outbound) that fail.
 * When every outbound link failed before any server answered (DNS, refused, timeout), the
 * scanner itself had no way out to the internet (an offline machine, a blocked proxy): those
 * checks say nothing about the site, so only internal links are judged, and the reason says so.
 */
import { z } from "zod";
import { scored } from "../judge/decide";
import type { Detector, Evidence } from "../types";

/** Failures that happen before any server answers: the scanner's network, not the link. */
const NETWORK_FAILURES = new Set(["dns", "refused", "timeout"]);
/** Below this many outbound links, all failing is as likely to be the site's fault. */
const MIN_OUTBOUND_FOR_OFFLINE = 3;

export const brokenLinksParams = z.object({
  /** Failure shares under which the levels 3, 2, 1 are given (checklist: 2%, 5%, 10%). */
  thresholds: z.tuple([z.number(), z.number(), z.number()]).default([0.02, 0.05, 0.1]),
});

export const brokenLinks: Detector<z.infer<typeof brokenLinksParams>> = {
  id: "broken-links",
  params: brokenLinksParams,
  evaluate(artifacts, p) {
    const all = artifacts.site.linkChecks;
    const outbound = all.filter((c) => !c.internal);
    const scannerOffline =
      outbound.length >= MIN_OUTBOUND_FOR_OFFLINE && outbound.every((c) => c.status === null && NETWORK_FAILURES.has(c.errorClass ?? ""));
    const checks = scannerOffline ? all.filter((c) => c.internal) : all;
    if (!checks.length) return { status: "error", level: null, evidence: [], reason: "Tidak ada tautan yang berhasil diperiksa pada pemindaian ini." };
    const failed = checks.filter((c) => !c.ok);
    const share = failed.length / checks.length;
    const pct = (share * 100).toLocaleString("id-ID", { maximumFractionDigits: 1 });
    const ev: Evidence[] = failed.slice(0, 3).map((c) => ({ url: c.url, excerpt: `Tautan rusak: ${c.status ?? c.errorClass ?? "gagal"}`, source: "tautan" }));
    const [l3, l2, l1] = p.thresholds;
    const level = share < l3 ? 3 : share < l2 ? 2 : share < l1 ? 1 : 0;
    const note = scannerOffline ? ` ${outbound.length} tautan keluar tidak dapat dihubungi sama sekali dari mesin pemindai, jadi tidak dihitung.` : "";
    return scored(level, `${failed.length} dari ${checks.length} tautan rusak (${pct}%).${note}`, ev);
  },
};
