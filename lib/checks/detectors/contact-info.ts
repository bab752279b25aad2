/**
 * contact-info: the office's street address, phone and e-mail (or a map), on a page or in the
 * footer. All three on a page within reach is complete; some of them is incomplete.
 */
import { z } from "zod";
import { corpusOf } from "../corpus/units";
import { levelForStrong, scored } from "../judge/decide";
import type { Candidate } from "../judge/content";
import { clip } from "../text/normalize";
import { ADDRESS_RE, EMAIL_RE, findPhones } from "../text/patterns";
import type { Detector } from "../types";

const MAP_HREF = /(?:maps\.google|google\.[a-z.]+\/maps|goo\.gl\/maps|maps\.app\.goo\.gl|openstreetmap\.org)/i;

export const contactParams = z.object({ maxClicks: z.number().int().min(0).default(2) });

export const contactInfo: Detector<z.infer<typeof contactParams>> = {
  id: "contact-info",
  params: contactParams,
  evaluate(artifacts, p) {
    const corpus = corpusOf(artifacts);
    let best: { found: string[]; cand: Candidate } | null = null;
    for (const page of corpus.pages) {
      if (corpus.isNews(page)) continue;
      const text = `${page.mainText}\n${page.chromeText}`;
      const address = ADDRESS_RE.exec(text);
      const phone = findPhones(text)[0] ?? page.links.find((l) => l.href.startsWith("tel:"))?.href;
      const email = EMAIL_RE.exec(text)?.[0] ?? page.links.find((l) => l.href.startsWith("mailto:"))?.href;
      const map = page.links.some((l) => MAP_HREF.test(l.href)) || page.images.some((i) => /\b(?:peta|map|lokasi)\b/i.test(`${i.alt} ${i.fileName}`));
      const found = [address && "alamat", phone && "telepon", email && "e-mail", map && "peta"].filter((x): x is string => !!x);
      if (!found.length) continue;
      const reach = corpus.reach(page.url);
      const at = address ? Math.max(0, address.index - 20) : 0;
      const cand: Candidate = {
        strength: "strong", url: page.finalUrl || page.url, pageUrl: page.finalUrl || page.url, screenshotPath: page.screenshotPath,
        depth: reach.depth, linked: reach.linked, excerpt: clip(`${text.slice(at, at + 160)} ${phone ?? ""} ${email ?? ""}`), source: "halaman", note: "", text: "", unit: null,
      };
      const better = !best || found.length > best.found.length || (found.length === best.found.length && (cand.depth ?? 99) < (best.cand.depth ?? 99));
      if (better) best = { found, cand };
    }
    if (!best) return scored(0, "Alamat, telepon dan e-mail kantor tidak ditemukan.");
    const { found, cand } = best;
    const ev = [{ url: cand.url, excerpt: cand.excerpt, screenshotPath: cand.screenshotPath, source: cand.source }];
    const complete = found.includes("alamat") && found.includes("telepon") && (found.includes("e-mail") || found.includes("peta"));
    if (!complete) {
      const missing = ["alamat", "telepon", "e-mail atau peta"].filter((k) => !found.some((f) => k.includes(f)));
      return scored(1, `Kontak kantor belum lengkap: ${missing.join(", ")} tidak ditemukan.`, ev);
    }
    const level = levelForStrong(cand, p.maxClicks);
    return scored(level, `Alamat, telepon dan ${found.includes("e-mail") ? "e-mail" : "peta"} kantor ditemukan${level === 3 ? " dalam jangkauan 2 klik dari beranda" : ""}.`, ev);
  },
};
