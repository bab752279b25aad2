import { describe, expect, it } from "vitest";
import { DEFAULT_ITEM_CONFIG } from "../defaults";
import { ctx, doc, home, page, site, withPages } from "../testing/build";
import { duration } from "./duration";
import { fee } from "./fee";
import { keywordContent } from "./keyword-content";
import { listContent } from "./list-content";
import { procedure } from "./procedure";
import type { Detector } from "../types";

function run(code: string, a: Parameters<Detector["evaluate"]>[0], mode: "A" | "P" = "A") {
  const c = DEFAULT_ITEM_CONFIG[code];
  const d = { "list-content": listContent, procedure, duration, fee, "keyword-content": keywordContent }[c.detector] as Detector<any>;
  return d.evaluate(a, d.params.parse(c.params), ctx(mode));
}

const NEWS = (text: string) => page("/berita/2025/rapat", { text: `# Rapat Koordinasi Pelayanan\n${text}`, dates: [{ iso: "2025-06-01", source: "time", text: "1 Juni 2025" }] });

describe("SP-03 persyaratan (list-content)", () => {
  it("present: heading followed by a list", () => {
    const r = run("SP-03", withPages(page("/layanan/ktp", { text: "# Pelayanan KTP-el\n## Persyaratan\nFotokopi Kartu Keluarga\nSurat pengantar desa\nPas foto 3x4" })));
    expect(r.level).toBe(3);
  });
  it("present: a table row whose cells lost their tab", () => {
    expect(run("SP-03", withPages(page("/sp", { text: "# Standar Pelayanan KK\nPersyaratan Fotokopi KTP, surat nikah dan surat pengantar RT" }))).level).toBe(3);
  });
  it("present: behind a tab (text revealed by a click)", () => {
    const p = page("/layanan/akta", { text: "# Akta Kelahiran\nPilih tab untuk melihat rincian.", revealed: [{ control: "Persyaratan", text: "Surat keterangan lahir\nFotokopi KK\nFotokopi buku nikah" }] });
    const r = run("SP-03", withPages(p));
    expect(r.level).toBe(3);
    expect(r.evidence[0].source).toBe("konten tab/akordeon");
  });
  it("incomplete: a label with a sentence but no list is level 1", () => {
    const r = run("SP-03", withPages(page("/layanan/kk", { text: "# Pelayanan KK\n## Persyaratan\nPemohon membawa dokumen asli yang diperlukan untuk diverifikasi oleh petugas pada saat pendaftaran di loket." })));
    expect(r.level).toBe(1);
  });
  it("trap: deferring to the office is not publishing requirements", () => {
    expect(run("SP-03", withPages(page("/layanan", { text: "# Layanan\nPersyaratan dan informasi lebih lanjut dapat ditanyakan langsung ke kantor dinas pada hari kerja." }))).level).toBe(0);
    expect(run("SP-03", withPages(page("/layanan", { text: "# Layanan\n## Persyaratan\nSilakan tanyakan langsung kepada petugas loket." }))).level).toBe(0);
  });
  it("absent and traps: shell, news, 'syarat dan ketentuan' give 0", () => {
    expect(run("SP-03", withPages(page("/profil", { text: "# Profil\nDinas melayani masyarakat." }))).level).toBe(0);
    expect(run("SP-03", withPages(page("/persyaratan", { text: "# Persyaratan\nHalaman sedang dalam pengembangan" }))).level).toBe(0);
    expect(run("SP-03", withPages(NEWS("Kepala dinas menyampaikan persyaratan:\n1. KTP\n2. KK\n3. Akta"))).level).toBe(0);
    expect(run("SP-03", withPages(page("/tos", { text: "# Syarat dan Ketentuan\n1. Dilarang menyalin isi\n2. Hak cipta dilindungi" }))).level).toBe(0);
  });
});

describe("SP-01 daftar layanan (list-content)", () => {
  it("present: a list of linked services under 'Jenis Layanan'", () => {
    const p = page("/layanan", {
      text: "# Jenis Layanan\nPerizinan Berusaha (NIB)\nPersetujuan Bangunan Gedung (PBG)\nKartu Pencari Kerja (AK1)",
      links: [["/layanan/nib", "Perizinan Berusaha (NIB)"], ["/layanan/pbg", "Persetujuan Bangunan Gedung (PBG)"], ["/layanan/ak1", "Kartu Pencari Kerja (AK1)"]],
    });
    expect(run("SP-01", withPages(p), "P").level).toBe(3);
  });
  it("only a link to an online application is level 1", () => {
    const h = home({ links: [["https://oss.go.id/", "OSS RBA", "main"]] });
    expect(run("SP-01", site([h]), "P").level).toBe(1);
  });
});

describe("SP-04 prosedur (procedure)", () => {
  it("present: three steps under 'Alur'", () => {
    expect(run("SP-04", withPages(page("/layanan/kk", { text: "# Pelayanan KK\n## Alur\nPemohon mengambil nomor antrean\nPetugas memverifikasi berkas\nKK dicetak dan diserahkan" }))).level).toBe(3);
  });
  it("a flowchart image without readable text is level 1; with OCR text level 3", () => {
    const p = page("/alur", { text: "# Layanan", images: [{ src: "/img/alur-pelayanan.png", alt: "Alur Pelayanan" }] });
    expect(run("SP-04", withPages(p)).level).toBe(1);
    const ocr = doc("/img/alur-pelayanan.png", { kind: "image", label: "Alur Pelayanan", sourcePageUrl: "/alur", text: "Pemohon datang\nVerifikasi berkas\nPencetakan\nPenyerahan dokumen", textSource: "ocr" });
    expect(run("SP-04", site([home(), p], [ocr])).level).toBe(3);
  });
  it("traps: two steps, a complaint procedure, a shell give no pass", () => {
    expect(run("SP-04", withPages(page("/p", { text: "# Prosedur\nDaftar\nSelesai" }))).level).toBeLessThanOrEqual(1);
    expect(run("SP-04", withPages(page("/p", { text: "# Alur Pengaduan\nTulis aduan\nPetugas memverifikasi\nJawaban dikirim" }))).level).toBe(0);
    expect(run("SP-04", withPages(page("/p", { text: "# Prosedur Pelayanan\nComing soon" }))).level).toBe(0);
  });
});

describe("SP-05 jangka waktu (duration)", () => {
  it("present as a label with a duration, or in a sentence", () => {
    expect(run("SP-05", withPages(page("/l", { text: "# KTP-el\nJangka Waktu Penyelesaian: 1 (satu) hari kerja" }))).level).toBe(3);
    expect(run("SP-05", withPages(page("/l", { text: "# KTP-el\nDokumen diselesaikan dalam 3 hari kerja sejak berkas lengkap." }))).level).toBe(3);
  });
  it("label without a duration is level 1; office hours are not a duration", () => {
    expect(run("SP-05", withPages(page("/l", { text: "# KTP-el\nWaktu Penyelesaian: secepatnya sesuai antrean" }))).level).toBe(1);
    expect(run("SP-05", withPages(page("/l", { text: "# Kontak\nJam Pelayanan: Senin-Kamis 08.00-16.00" }))).level).toBe(0);
    expect(run("SP-05", withPages(page("/l", { text: "# Kontak\nWaktu Pelayanan: Senin-Kamis 08.00-16.00" }))).level).toBe(0);
  });
  it("trap: a duration in news is not evidence", () => {
    expect(run("SP-05", withPages(NEWS("Pembuatan KTP-el nantinya akan diselesaikan dalam 1 hari kerja."))).level).toBe(0);
  });
});

describe("SP-06 biaya (fee)", () => {
  it("present: tariff, gratis statement", () => {
    expect(run("SP-06", withPages(page("/l", { text: "# Uji KIR\nBiaya: Rp 75.000 sesuai Perda" }))).level).toBe(3);
    expect(run("SP-06", withPages(page("/l", { text: "# KTP-el\nSeluruh layanan administrasi kependudukan tidak dipungut biaya." }))).level).toBe(3);
  });
  it("absent and traps", () => {
    expect(run("SP-06", withPages(page("/l", { text: "# KTP-el\nBiaya: hubungi petugas kami untuk informasi lebih lanjut" }))).level).toBe(1);
    expect(run("SP-06", withPages(NEWS("Biaya pembangunan jalan Rp 2 miliar akan segera dicairkan."))).level).toBe(0);
    expect(run("SP-06", withPages(page("/l", { text: "# Profil\nDinas melayani masyarakat." }))).level).toBe(0);
    expect(run("SP-06", withPages(page("/l", { text: "# PBG\n## Alur\nPemohon mendaftar di SIMBG\nPemohon membayar retribusi PBG.\nPBG diterbitkan" }))).level).toBe(1);
  });
});

describe("SP-02 standar pelayanan (keyword-content)", () => {
  const FULL = "# Pelayanan KTP-el\nPersyaratan: Fotokopi KK\nProsedur: daftar di loket, verifikasi, cetak, serahkan\nJangka waktu: 1 hari kerja\nBiaya: gratis\nProduk: KTP-el\nPengaduan: WA 0812-7654-3210";
  it("a page named Standar Pelayanan with content, an SK PDF, or a service page with all six components", () => {
    expect(run("SP-02", withPages(page("/sp", { text: "# Standar Pelayanan\nStandar pelayanan dinas ditetapkan dengan Keputusan Kepala Dinas dan memuat persyaratan, prosedur, waktu, biaya, produk dan pengaduan untuk setiap layanan." }))).level).toBe(3);
    const sk = doc("/files/sk-123.pdf", { label: "Unduh SK", text: "KEPUTUSAN KEPALA DINAS NOMOR 12 TENTANG STANDAR PELAYANAN PADA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN KUANTAN SINGINGI\nMenimbang bahwa untuk memberikan kepastian pelayanan perlu menetapkan standar pelayanan.\nLAMPIRAN Persyaratan, prosedur, jangka waktu, biaya, produk." });
    expect(run("SP-02", site([home()], [sk])).level).toBe(3);
    expect(run("SP-02", withPages(page("/ktp", { text: FULL }))).level).toBe(3);
  });
  it("traps: a shell page and a service page with only two components", () => {
    expect(run("SP-02", withPages(page("/sp", { text: "# Standar Pelayanan\nHalaman sedang dalam pengembangan" }))).level).toBe(0);
    expect(run("SP-02", withPages(page("/ktp", { text: "# Pelayanan KTP-el\nPersyaratan: Fotokopi KK\nBiaya: gratis" }))).level).toBe(0);
  });
});

describe("SP-07 produk (keyword-content)", () => {
  it("present as a table row or a heading; 'Produk Hukum' is not it", () => {
    expect(run("SP-07", withPages(page("/l", { text: "# Akta Kelahiran\nProduk Pelayanan: Kutipan Akta Kelahiran" }))).level).toBe(3);
    expect(run("SP-07", withPages(page("/l", { text: "# Akta Kelahiran\nProduk\nKutipan Akta Kelahiran" }))).level).toBe(3);
    expect(run("SP-07", withPages(page("/l", { text: "# Produk Hukum\nPerda Nomor 5 Tahun 2020 tentang retribusi" }))).level).toBe(0);
    expect(run("SP-07", withPages(page("/l", { text: "# Produk Pelayanan\nBelum diisi" }))).level).toBe(0);
  });
});
