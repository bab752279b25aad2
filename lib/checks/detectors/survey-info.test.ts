import { describe, expect, it } from "vitest";
import { DETECTORS } from "../index";
import { DEFAULT_ITEM_CONFIG } from "../defaults";
import { ctx, doc, home, page, site, withPages } from "../testing/build";
import type { ScanArtifacts } from "@/lib/artifacts/types";

function run(code: string, a: ScanArtifacts, mode: "A" | "P" = "A") {
  const c = DEFAULT_ITEM_CONFIG[code];
  const d = DETECTORS[c.detector];
  return d.evaluate(a, d.params.parse(c.params), ctx(mode));
}

describe("SK-01 survei tersedia", () => {
  it("an external survey form link counts; a plan in news does not", () => {
    expect(run("SK-01", site([home({ links: [["https://forms.gle/abc", "Isi Survei Kepuasan Masyarakat", "main"]] })])).level).toBe(3);
    expect(run("SK-01", withPages(page("/berita/skm", { text: "# Kegiatan\nSKM akan dilaksanakan tahun depan oleh seluruh OPD." }))).level).toBe(0);
  });
});

describe("SK-01 traps", () => {
  it("a linked headline about a planned survey and a placeholder sentence under the heading give 0", () => {
    const h = home({
      text: "## Survei Kepuasan Masyarakat Akan Dilaksanakan Tahun Depan\nJumat, 13 Juni 2025",
      links: [["/berita/skm-tahun-depan", "Survei Kepuasan Masyarakat Akan Dilaksanakan Tahun Depan", "main"]],
    });
    expect(run("SK-01", site([h])).level).toBe(0);
    expect(run("SK-01", withPages(page("/skm", { text: "# Survei Kepuasan Masyarakat\nSKM akan dilaksanakan tahun depan." }))).level).toBe(0);
  });
  it("a page still saying 'Memuat...' (script never rendered) is empty", () => {
    expect(run("SK-01", withPages(page("/skm", { title: "Survei Kepuasan Masyarakat", text: "Memuat..." }))).level).toBe(0);
  });
});

describe("SK-02 hasil SKM (survey-result)", () => {
  it("a current index is 3; last year's is still current", () => {
    expect(run("SK-02", withPages(page("/skm", { text: "# Hasil Survei Kepuasan Masyarakat Tahun 2025\nNilai IKM semester I: 86,45 (mutu B, Baik)" }))).level).toBe(3);
    expect(run("SK-02", withPages(page("/skm", { text: "# Hasil SKM 2024\nIndeks Kepuasan Masyarakat: 82.10" }))).level).toBe(3);
  });
  it("an old period is level 1; no year is level 1", () => {
    expect(run("SK-02", withPages(page("/skm", { text: "# Hasil SKM Tahun 2021\nNilai IKM 80,12" }))).level).toBe(1);
    expect(run("SK-02", withPages(page("/skm", { text: "# Hasil SKM\nNilai IKM 80,12" }))).level).toBe(1);
  });
  it("traps: a plan, a number out of range, nothing", () => {
    expect(run("SK-02", withPages(page("/berita/skm", { text: "# Rapat\nSKM akan dilaksanakan tahun 2025 dengan target nilai IKM 85,00." }))).level).toBe(0);
    expect(run("SK-02", withPages(page("/skm", { text: "# SKM 2025\nJumlah responden SKM: 120 orang, 12,5 persen" }))).level).toBe(0);
    expect(run("SK-02", withPages(page("/x", { text: "# Profil" }))).level).toBe(0);
  });
  it("reads the index from a PDF", () => {
    const pdf = doc("/files/laporan-skm-2025.pdf", { label: "Laporan SKM 2025", text: "LAPORAN SURVEI KEPUASAN MASYARAKAT\nNilai IKM unit pelayanan 88,40 kategori A" });
    expect(run("SK-02", site([home()], [pdf])).level).toBe(3);
  });
});

describe("SK-03 tindak lanjut SKM (P)", () => {
  it("a follow-up section near SKM is scored; 'tindak lanjut pengaduan' is not", () => {
    expect(run("SK-03", withPages(page("/skm", { text: "# Hasil SKM 2025\n## Tindak Lanjut Hasil SKM\nUnsur waktu pelayanan mendapat nilai terendah sehingga ditambah satu loket." })), "P").level).toBe(3);
    expect(run("SK-03", withPages(page("/p", { text: "# Tindak Lanjut Pengaduan\nSemua aduan telah diselesaikan oleh petugas dalam 5 hari." })), "P").level).toBe(0);
  });
});

describe("SK-04 / KI-05 laporan (report-year)", () => {
  it("a current LKjIP document link is 3; an old one 1; none 0", () => {
    const p = (y: number) => page("/kinerja", { text: `# Laporan Kinerja\nLKjIP Tahun ${y}`, links: [[`/files/lkjip-${y}.pdf`, `LKjIP Tahun ${y}`]] });
    expect(run("SK-04", withPages(p(2024))).level).toBe(3);
    expect(run("SK-04", withPages(p(2019))).level).toBe(1);
    expect(run("SK-04", withPages(page("/x", { text: "# Profil" }))).level).toBe(0);
  });
  it("a scanned financial report PDF still counts as published", () => {
    const pdf = doc("/files/lra-2024.pdf", { label: "Laporan Realisasi Anggaran 2024", text: "", scanned: true, sourcePageUrl: "/" });
    expect(run("KI-05", site([home()], [pdf])).level).toBe(3);
  });
  it("trap: an empty report page is 0", () => {
    expect(run("KI-05", withPages(page("/keuangan", { text: "# Laporan Keuangan\nData belum tersedia" }))).level).toBe(0);
  });
});

describe("PI-01 / PI-02 inklusif", () => {
  it("a priority-service sentence counts; a welfare news item does not", () => {
    expect(run("PI-01", withPages(page("/layanan", { text: "# Layanan\nTersedia loket prioritas bagi lansia, ibu hamil dan penyandang disabilitas." }))).level).toBe(3);
    expect(run("PI-01", withPages(page("/berita/bansos", { text: "# Bansos\nDinas menyalurkan bantuan bagi lansia dan penyandang disabilitas di 15 kecamatan." }))).level).toBe(0);
    expect(run("PI-01", withPages(page("/p", { text: "# Program\nProgram bantuan pangan bagi lansia terlantar di desa." }))).level).toBe(0);
  });
  it("facilities with disability items are complete; without them level 1", () => {
    expect(run("PI-02", withPages(page("/sarana", { text: "# Sarana dan Prasarana\nRuang tunggu ber-AC, ramp untuk kursi roda, toilet disabilitas dan ruang laktasi." })), "P").level).toBe(3);
    expect(run("PI-02", withPages(page("/sarana", { text: "# Sarana dan Prasarana\nRuang tunggu ber-AC, televisi, mesin antrean dan area parkir luas." })), "P").level).toBe(1);
  });
});

describe("KI items", () => {
  it("KI-01: an own PPID page is 3; only a link to the regency's PPID portal is 1", () => {
    expect(run("KI-01", withPages(page("/ppid", { text: "# PPID Pembantu\nPejabat Pengelola Informasi dan Dokumentasi dinas melayani permohonan informasi publik setiap hari kerja." }))).level).toBe(3);
    expect(run("KI-01", site([home({ links: [["https://ppid.kuansing.go.id/", "PPID", "nav"]] })])).level).toBe(1);
    expect(run("KI-01", withPages(page("/ppid", { text: "# PPID\nComing soon" }))).level).toBe(0);
  });
  it("KI-03: requests and objections are complete; only requests is level 1", () => {
    const both = page("/ppid/tata-cara", { text: "# Tata Cara Permohonan Informasi\n1. Pemohon mengisi formulir permohonan informasi\n2. Petugas mencatat\n3. Jawaban dalam 10 hari kerja\n## Tata Cara Pengajuan Keberatan\nPemohon dapat mengajukan keberatan kepada atasan PPID dalam 30 hari kerja setelah jawaban diterima." });
    expect(run("KI-03", withPages(both)).level).toBe(3);
    const one = page("/ppid/tata-cara", { text: "# Tata Cara Permohonan Informasi\n1. Pemohon mengisi formulir permohonan informasi\n2. Petugas mencatat\n3. Jawaban dalam 10 hari kerja" });
    expect(run("KI-03", withPages(one)).level).toBe(1);
  });
  it("KI-06/KI-07: links to JDIH and LPSE count", () => {
    expect(run("KI-06", site([home({ links: [["https://jdih.kuansing.go.id/", "JDIH", "footer"]] })])).level).toBe(3);
    expect(run("KI-07", withPages(page("/x", { links: [["https://lpse.kuansing.go.id/", "LPSE"]] }))).level).toBe(3);
  });
});

describe("KI-08 profil pejabat dan LHKPN (groups with their own links)", () => {
  it("a profile plus a link to e-LHKPN is complete; the e-LHKPN link alone is not a profile", () => {
    const profil = page("/profil-pejabat", { text: "# Profil Pejabat\nKepala Dinas: Drs. Ahmad Yani, M.Si, menjabat sejak 2021, sebelumnya Sekretaris Dinas Sosial.", links: [["https://elhkpn.kpk.go.id/", "e-LHKPN"]] });
    expect(run("KI-08", withPages(profil), "P").level).toBe(3);
    const linkOnly = withPages(page("/x", { text: "# Tautan", links: [["https://elhkpn.kpk.go.id/", "e-LHKPN"]] }));
    expect(run("KI-08", linkOnly, "P").level).toBe(1);
  });
});

describe("PR items", () => {
  it("PR-02: an org chart image is the content itself", () => {
    expect(run("PR-02", withPages(page("/struktur", { text: "# Struktur Organisasi", images: [{ src: "/img/bagan.jpg", alt: "" }] }))).level).toBe(3);
    expect(run("PR-02", withPages(page("/struktur", { text: "# Struktur Organisasi\nBelum diisi" }))).level).toBe(0);
  });
  it("PR-03: address, phone and e-mail in the footer are complete; only an address is level 1", () => {
    expect(run("PR-03", site([home({ chromeText: "Jl. Proklamasi No. 1, Teluk Kuantan\nTelp. (0760) 561234\nEmail: disdukcapil@kuansing.go.id" })])).level).toBe(3);
    expect(run("PR-03", site([home({ chromeText: "Jl. Proklamasi No. 1, Teluk Kuantan" })])).level).toBe(1);
    expect(run("PR-03", site([home()])).level).toBe(0);
  });
});
