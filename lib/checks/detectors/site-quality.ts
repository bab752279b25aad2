/**
 * Site-level checks read from the site facts rather than page text: domain (WQ-01), HTTPS and
 * availability (WQ-02), mobile (WQ-03), broken links (WQ-05). One file because each is a few
 * lines of the same kind: thresholds over facts the crawler measured.
 */
import { z } from "zod";
import { corpusOf } from "../corpus/units";
import { scored } from "../judge/decide";
import type { CheckOutcome, Detector, Evidence } from "../types";

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return "";
  }
}

export const domainParams = z.object({ suffix: z.string().default(".go.id") });

export const domain: Detector<z.infer<typeof domainParams>> = {
  id: "domain",
  params: domainParams,
  evaluate(artifacts, p, ctx) {
    const home = corpusOf(artifacts).home;
    const host = (home ? hostOf(home.finalUrl) : "") || artifacts.site.host.toLowerCase().replace(/^www\./, "");
    const official = ctx.officialDomain.toLowerCase().replace(/^www\./, "");
    const ev: Evidence[] = [{ url: home?.finalUrl ?? artifacts.site.startUrl, excerpt: `Nama domain: ${host}`, source: "situs" }];
    if (official && (host === official || host.endsWith(`.${official}`))) {
      return scored(3, `Situs memakai domain resmi pemerintah daerah (${host}).`, ev);
    }
    if (host.endsWith(p.suffix)) return scored(2, `Situs memakai domain ${p.suffix} (${host}), tetapi bukan subdomain ${official || "pemda"}.`, ev);
    return scored(0, `Situs tidak memakai domain ${p.suffix} (${host}).`, ev);
  },
};

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

export const mobileParams = z.object({});

export const mobile: Detector<z.infer<typeof mobileParams>> = {
  id: "mobile",
  params: mobileParams,
  evaluate(artifacts) {
    const home = corpusOf(artifacts).home;
    if (!home) return { status: "error", level: null, evidence: [], reason: "Beranda tidak berhasil dimuat, sehingga tampilan seluler tidak dapat diperiksa." };
    const viewport = /width\s*=\s*device-width/i.test(home.metaViewport ?? "");
    const overflow = home.mobileOverflow;
    const ev: Evidence[] = [{
      url: home.finalUrl, excerpt: `meta viewport: ${home.metaViewport ?? "(tidak ada)"}; meluber ke samping pada lebar 375 px: ${overflow === null ? "tidak diuji" : overflow ? "ya" : "tidak"}`,
      screenshotPath: home.screenshotPath, source: "halaman",
    }];
    let out: CheckOutcome;
    if (viewport && overflow === false) out = scored(3, "Beranda memakai meta viewport dan tidak meluber pada layar 375 px.", ev);
    else if (viewport && overflow === null) out = scored(2, "Beranda memakai meta viewport; luberan pada layar 375 px tidak terukur.", ev);
    else if (viewport || overflow === false) out = scored(1, viewport ? "Beranda memakai meta viewport, tetapi meluber ke samping pada layar 375 px." : "Beranda tidak memakai meta viewport.", ev);
    else out = scored(0, "Beranda tidak memakai meta viewport dan tidak ramah layar seluler.", ev);
    return out;
  },
};

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
