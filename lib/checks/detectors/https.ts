/** https (WQ-02): valid TLS, http:// redirected to https://, and the site answering during the scan. */
import { z } from "zod";
import { scored } from "../judge/decide";
import type { Detector, Evidence } from "../types";

export const httpsParams = z.object({
  /** Share of pages that failed (timeouts, 5xx) above which the site is not reliably available. */
  maxFailureShare: z.number().min(0).max(1).default(0.2),
});

export const https: Detector<z.infer<typeof httpsParams>> = {
  id: "https",
  params: httpsParams,
  evaluate(artifacts, p) {
    const { site } = artifacts;
    const ev: Evidence[] = [{
      url: site.startUrl,
      excerpt: `HTTPS: ${site.tls.https ? "ya" : "tidak"}; sertifikat sah: ${site.tls.certificateValid === null ? "-" : site.tls.certificateValid ? "ya" : "tidak"}; http dialihkan ke https: ${site.tls.httpRedirectsToHttps === null ? "tidak diuji" : site.tls.httpRedirectsToHttps ? "ya" : "tidak"}`,
      source: "situs",
    }];
    if (!site.reachable) return scored(0, "Situs tidak menjawab saat pemindaian.", ev);
    if (!site.tls.https) return scored(0, "Situs tidak memakai HTTPS.", ev);
    if (site.tls.certificateValid === false) return scored(1, "Situs memakai HTTPS, tetapi sertifikatnya tidak sah.", ev);
    const serverFailures = site.failures.filter((f) => f.errorClass === "timeout" || f.errorClass === "http_5xx" || f.errorClass === "refused").length;
    const attempted = Math.max(1, artifacts.pages.length + serverFailures);
    const unstable = serverFailures / attempted > p.maxFailureShare;
    if (site.tls.httpRedirectsToHttps !== true || unstable) {
      const why = unstable ? "sebagian halaman gagal dimuat (timeout/galat server)" : "alamat http:// tidak dialihkan ke https://";
      return scored(2, `HTTPS sah, tetapi ${why}.`, ev);
    }
    return scored(3, "HTTPS sah, http:// dialihkan ke https://, dan situs menjawab selama pemindaian.", ev);
  },
};
