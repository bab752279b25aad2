/** mobile (WQ-03): the home page has a device-width viewport and no horizontal overflow at 375 px. */
import { z } from "zod";
import { corpusOf } from "../corpus/units";
import { scored } from "../judge/decide";
import type { CheckOutcome, Detector, Evidence } from "../types";

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
