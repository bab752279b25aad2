/**
 * The data half of the demo site registry (sites.ts): one entry per bundled OPD site, in the
 * order of db/seed/opd.ts. Paths are site paths as a crawler would request them.
 */
import type { DemoSiteSpec } from "./sites";

type Spec = Omit<DemoSiteSpec, "dir">;

const NO_ARCHIVE = null;

export const SITE_SPECS: Spec[] = [
  {
    slug: "disdukcapil",
    description: "Hampir lengkap: enam layanan dengan enam komponen, maklumat, SKM, PPID, SP4N-LAPOR!, jam pelayanan.",
    afterChanges: "Menambah halaman kompensasi pelayanan dan rekap tindak lanjut pengaduan.",
    traits: ["nearly-complete", "sitemap-index"],
    spaFallback: false,
    facts: {
      keywordPages: {
        "SP-01": ["/layanan/"],
        "SP-02": ["/standar-pelayanan"],
        "SP-03": ["/layanan/ktp-el", "/layanan/kartu-keluarga", "/layanan/kia", "/layanan/akta-kelahiran", "/layanan/akta-kematian", "/layanan/pindah-datang"],
        "SP-10": ["/jam-pelayanan"],
        "KP-01": ["/maklumat-pelayanan"],
        "KP-03": ["/profil/visi-misi"],
        "PG-01": ["/pengaduan"],
        "SK-02": ["/survei-kepuasan"],
        "KI-01": ["/ppid/"],
        "PR-02": ["/profil/struktur-organisasi"],
      },
      shellPages: [],
      soft404Paths: [],
      unknownPathsAnswer200: false,
      sitemap: { kind: "index", path: "/sitemap.xml" },
      robotsDisallow: [],
      newsArchive: NO_ARCHIVE,
      newestPostDaysAgo: 3,
      pdfs: [],
      posters: ["/uploads/struktur-organisasi-disdukcapil.png"],
    },
    after: {},
  },
];
