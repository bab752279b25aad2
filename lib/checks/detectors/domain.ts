/**
 * domain (WQ-01): the site's host ends in .go.id (level 2) or is the pemda's configured domain
 * or a subdomain of it (level 3). The host after redirects counts: a .go.id name that forwards to
 * a blog host is not on an official domain.
 */
import { z } from "zod";
import { corpusOf } from "../corpus/units";
import { scored } from "../judge/decide";
import type { Detector, Evidence } from "../types";

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
