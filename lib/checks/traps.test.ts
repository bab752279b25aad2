/**
 * The false-pass classes of issue 15, one hand-built case per class and affected detector, each
 * next to the same item published for real (so a rule that simply turns the item off fails).
 * Rules are general: nothing here names a fixture site.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_ITEM_CONFIG } from "./defaults";
import { DETECTORS, runItem } from "./index";
import { ctx, doc, home, page, site } from "./testing/build";
import type { ScanArtifacts } from "@/lib/artifacts/types";

/** Judges one default item (its detector and parameters as the product ships them). */
function judge(code: string, a: ScanArtifacts, mode: "A" | "P" = "A", now?: Date) {
  const c = DEFAULT_ITEM_CONFIG[code];
  const d = DETECTORS[c.detector];
  return d.evaluate(a, d.params.parse(c.params), ctx(mode, now ? { now } : {}));
}

const MENU = "Beranda\nProfil\nStandar Pelayanan\nMaklumat\nSKM\nPPID\nKontak";

describe("template text is never content", () => {
  it("SK-02: the menu's 'SKM' next to numbers in a price article is no SKM result", () => {
    const pages = [
      home({ text: `${MENU}\n# Selamat datang` }),
      page("/harga-komoditas", { text: `${MENU}\n# Harga Komoditas Pekan Ini\nCabai merah Rp 45.000, bawang 32.500 per kg, indeks harga 88,50 naik 2024.` }),
      page("/profil", { text: `${MENU}\n# Profil\nDinas melayani masyarakat.` }),
      page("/kontak", { text: `${MENU}\n# Kontak\nJl. Perintis No. 1` }),
    ];
    expect(judge("SK-02", site(pages)).level).toBe(0);
  });

  it("SK-02: the same result published on its own page still counts", () => {
    const pages = [
      home({ text: `${MENU}\n# Selamat datang` }),
      page("/skm", { text: `${MENU}\n# Hasil Survei Kepuasan Masyarakat\nNilai IKM tahun 2025: 86,20 (mutu B) dari 400 responden.` }),
      page("/profil", { text: `${MENU}\n# Profil\nDinas melayani masyarakat.` }),
    ];
    expect(judge("SK-02", site(pages)).level).toBeGreaterThanOrEqual(2);
  });
});

describe("empty structure is not content", () => {
  it("SK-02: a results table with only its header row, or '...' values, is no result", () => {
    const header = "No\tPeriode\tJumlah Responden\tNilai IKM\tMutu Pelayanan";
    expect(judge("SK-02", site([home(), page("/skm", { text: `# Hasil SKM 2025\n${header}` })])).level).toBe(0);
    expect(judge("SK-02", site([home(), page("/skm", { text: `# Hasil SKM 2025\n${header}\n1\t2025\t...\t...\t-` })])).level).toBe(0);
    expect(judge("SK-02", site([home(), page("/skm", { text: `# Hasil SKM 2025\n${header}\n1\tSemester I 2025\t400\t86,20\tB` })])).level).toBeGreaterThanOrEqual(2);
  });

  it("KI-05: 'Data belum tersedia' under Laporan Keuangan is an empty shell", () => {
    expect(judge("KI-05", site([home(), page("/laporan-keuangan", { text: "# Laporan Keuangan 2025\nData belum tersedia" })])).level).toBe(0);
  });
});

describe("passing mentions are not publication", () => {
  it("KI-05: a national law's text defining 'laporan keuangan' is a reference, not the OPD's report", () => {
    const uu = doc("/unduhan/uu-14-2008.pdf", {
      label: "UU Nomor 14 Tahun 2008",
      sourcePageUrl: "/regulasi",
      text: "UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 14 TAHUN 2008 TENTANG KETERBUKAAN INFORMASI PUBLIK\nPasal 9\nInformasi yang wajib disediakan meliputi laporan keuangan tahun 2025 dan informasi lain yang diatur.\nLaporan Keuangan: informasi tentang realisasi anggaran badan publik.",
    });
    const a = site([home(), page("/regulasi", { text: "# Regulasi\nDaftar peraturan yang menjadi acuan dinas dalam memberikan layanan." , links: [["/unduhan/uu-14-2008.pdf", "UU Nomor 14 Tahun 2008", "main"]] })], [uu]);
    expect(judge("KI-05", a).level).toBe(0);
  });

  it("KI-06: the same law counts where the item asks for regulations", () => {
    const uu = doc("/unduhan/uu-14-2008.pdf", { label: "UU Nomor 14 Tahun 2008", sourcePageUrl: "/regulasi", text: "UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 14 TAHUN 2008 TENTANG KETERBUKAAN INFORMASI PUBLIK" });
    const a = site([home(), page("/regulasi", { text: "# Regulasi\nDaftar peraturan dan produk hukum yang menjadi dasar pelayanan dinas ini.", links: [["/unduhan/uu-14-2008.pdf", "UU Nomor 14 Tahun 2008", "main"]] })], [uu]);
    expect(judge("KI-06", a).level).toBeGreaterThanOrEqual(2);
  });

  it("KI-07: a link to the procurement portal whose words name something else is no procurement information", () => {
    const a = (text: string) => site([home({ links: [["https://sirup.lkpp.go.id/sirup/ro/rekap/klpd/D123", text, "main"]] })]);
    expect(judge("KI-07", a("Rencana Kerja")).level).toBe(0);
    expect(judge("KI-07", a("RUP Dinas (SiRUP)")).level).toBeGreaterThanOrEqual(2);
  });
});

describe("dates that are not post dates", () => {
  const now = new Date("2025-06-15T03:00:00Z");
  const dated = (iso: string, text: string) => ({ iso, source: "text" as const, text });
  it("WQ-04: today's date printed in the header of every page is no post", () => {
    const today = dated("2025-06-15", "Minggu, 15 Juni 2025");
    const pages = [
      home({ dates: [today] }),
      page("/berita", { dates: [today, dated("2025-02-10", "10 Februari 2025")], text: "# Berita\nRapat kerja 10 Februari 2025" }),
      page("/berita/rapat", { dates: [today, dated("2025-02-10", "10 Februari 2025")], text: "# Rapat kerja\n10 Februari 2025 oleh admin" }),
      page("/profil", { dates: [today] }),
    ];
    const r = judge("WQ-04", site(pages), "A", now);
    expect(r.level).toBe(1);
    expect(r.reason).toMatch(/125 hari/);
  });

  it("WQ-04: an event announced for next month is no post", () => {
    const pages = [home(), page("/berita/agenda", { dates: [dated("2025-07-20", "20 Juli 2025"), dated("2025-01-02", "2 Januari 2025")], text: "# Agenda\nLomba 20 Juli 2025" })];
    // The post of 2 January (164 days) is the newest; the event of 20 July is not a post.
    const r = judge("WQ-04", site(pages), "A", now);
    expect(r.level).toBe(1);
    expect(r.reason).toMatch(/164 hari/);
  });
});

describe("a name is not a profile", () => {
  it("KI-08: a signatory 'Kepala Dinas ..., NIP ...' is not a profile of officials", () => {
    const sign = page("/maklumat", { text: "# Maklumat Pelayanan\nKami sanggup menyelenggarakan pelayanan sesuai standar.\nKepala Dinas: Drs. Ahmad Yani, M.Si\nNIP 19700101 199503 1 002" });
    expect(judge("KI-08", site([home(), sign]), "P").level ?? 0).toBe(0);
  });

  it("KI-08: a profile with career and education is one", () => {
    const profile = page("/profil-pejabat", {
      text: "# Profil Pejabat\n## Kepala Dinas\nDrs. Ahmad Yani, M.Si lahir di Teluk Kuantan, menyelesaikan pendidikan magister administrasi publik dan menjabat sebagai kepala dinas sejak 2021 setelah memimpin bagian organisasi.",
    });
    const r = judge("KI-08", site([home(), profile]), "P");
    expect(r.status === "review" || (r.level ?? 0) >= 1).toBe(true);
  });
});

describe("weak evidence goes to a person", () => {
  it("KI-05: a report shown only in an external viewer is review, not 0 and not a level", () => {
    const viewer = doc("https://drive.google.com/file/d/abc/preview", { kind: "embedded", via: "embed", label: "Laporan Keuangan Tahun 2024", sourcePageUrl: "/dokumen", text: "" });
    const r = judge("KI-05", site([home(), page("/dokumen", { text: "# Dokumen\nDokumen publik dinas." })], [viewer]));
    expect(r.status).toBe("review");
    expect(r.evidence[0].source).toBe("dokumen tersemat");
  });

  it("KP-01: a maklumat poster read with low OCR confidence is review; read clearly it is a level", () => {
    const text = "MAKLUMAT PELAYANAN\nDengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan dan siap menerima sanksi.";
    const a = (confidence: number) =>
      site([home(), page("/maklumat", { text: "# Informasi", images: [{ src: "/img/IMG-20250611-WA0007.jpg" }] })], [doc("/img/IMG-20250611-WA0007.jpg", { sourcePageUrl: "/maklumat", text, ocrConfidence: confidence })]);
    expect(judge("KP-01", a(48)).status).toBe("review");
    expect(judge("KP-01", a(90)).level).toBeGreaterThanOrEqual(2);
  });
});

describe("part for the whole", () => {
  const service = (slug: string, name: string, withRequirements: boolean) =>
    page(`/layanan/${slug}`, {
      text: [
        `# ${name}`,
        ...(withRequirements ? ["## Persyaratan", "1. Fotokopi Kartu Keluarga", "2. Surat pengantar RT/RW", "3. Pas foto berwarna"] : []),
        "## Prosedur",
        "1. Pemohon mengisi formulir di loket",
        "2. Petugas memeriksa data pemohon",
        "3. Dokumen dicetak dan diserahkan",
        "## Jangka Waktu",
        "3 hari kerja",
        "## Biaya",
        "Tidak dipungut biaya",
      ].join("\n"),
    });
  const services = ["Kartu Tanda Penduduk Elektronik (KTP-el)", "Kartu Keluarga (KK)"];
  const judgeWith = (a: ScanArtifacts) => {
    const c = DEFAULT_ITEM_CONFIG["SP-03"];
    // The cap lives in runItem (it reads the item's serviceComponent): run it the way scans do.
    return runItem(a, { code: "SP-03", detector: c.detector, params: c.params, mode: "A", weight: 4 }, ctx("A", { opd: { ...ctx().opd, services } }));
  };

  it("SP-03: requirements published for one of two services are incomplete (1), for both complete", () => {
    const some = judgeWith(site([home(), service("ktp", "Kartu Tanda Penduduk Elektronik (KTP-el)", true), service("kk", "Kartu Keluarga (KK)", false)]));
    expect(some.level).toBe(1);
    expect(some.reason).toMatch(/sebagian layanan/);
    const all = judgeWith(site([home(), service("ktp", "Kartu Tanda Penduduk Elektronik (KTP-el)", true), service("kk", "Kartu Keluarga (KK)", true)]));
    expect(all.level).toBeGreaterThanOrEqual(2);
  });
});
