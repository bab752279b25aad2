import { describe, expect, it } from "vitest";
import { DETECTORS } from "../index";
import { DEFAULT_ITEM_CONFIG } from "../defaults";
import { serviceAliases, serviceMatrix } from "../services";
import { ctx, doc, home, page, site, withPages } from "../testing/build";
import type { ScanArtifacts } from "@/lib/artifacts/types";
import type { CheckContext } from "../types";

function run(code: string, a: ScanArtifacts, over: Partial<CheckContext> = {}) {
  const c = DEFAULT_ITEM_CONFIG[code];
  const d = DETECTORS[c.detector];
  return d.evaluate(a, d.params.parse(c.params), { ...ctx(), ...over });
}

const FULL = (name: string) =>
  `# Pelayanan ${name}\n## Persyaratan\nFotokopi KK\nSurat pengantar\n## Prosedur\nPemohon mendaftar di loket\nPetugas memverifikasi berkas\nDokumen dicetak\n## Jangka Waktu\n1 hari kerja\n## Biaya\nTidak dipungut biaya\n## Produk Pelayanan\n${name}\n## Pengaduan\nWA 0812-7654-3210 atau kotak saran di kantor`;
const PARTIAL = (name: string) => `# Pelayanan ${name}\n## Persyaratan\nFotokopi KK\nSurat pengantar\n## Alur\nDaftar di loket\nVerifikasi\nCetak`;

describe("per-service matrix", () => {
  it("finds service pages by structure and by title, and matches configured services", () => {
    const a = withPages(page("/layanan/ktp", { text: FULL("KTP-el") }), page("/layanan/kk", { text: PARTIAL("Kartu Keluarga") }));
    const rows = serviceMatrix(a, ["KTP-el", "Kartu Keluarga", "Akta Kematian"]);
    expect(rows.map((r) => r.name)).toEqual(["KTP-el", "Kartu Keluarga", "Akta Kematian"]);
    expect(Object.values(rows[0].components).every(Boolean)).toBe(true);
    expect(rows[1].components).toMatchObject({ persyaratan: true, prosedur: true, waktu: false, biaya: false });
    expect(rows[2]).toMatchObject({ url: null });
  });

  it("splits one standards page into its services", () => {
    const text = `# Standar Pelayanan\n${FULL("KTP-el").replace(/^# /gm, "## ").replace(/^## (Persyaratan|Prosedur|Jangka|Biaya|Produk|Pengaduan)/gm, "### $1")}\n${FULL("KIA").replace(/^# /gm, "## ").replace(/^## (Persyaratan|Prosedur|Jangka|Biaya|Produk|Pengaduan)/gm, "### $1")}`;
    const rows = serviceMatrix(withPages(page("/sp", { text })), []);
    expect(rows.map((r) => r.name)).toEqual(["Pelayanan KTP-el", "Pelayanan KIA"]);
  });

  it("splits a PDF attachment into its services by title lines", () => {
    const rowsOf = (name: string) => `${name}\nNo Komponen Uraian\n1 Persyaratan 1. Fotokopi KTP-el; 2. SPPT tahun terakhir.\n2 Sistem, Mekanisme\ndan Prosedur\n1. Wajib pajak menyerahkan berkas; 2. Petugas meneliti; 3. SPPT diserahkan.\n3 Jangka Waktu\nPenyelesaian\n5 (lima) hari kerja.\n4 Biaya/Tarif Tidak dipungut biaya.\n5 Produk Pelayanan Salinan SPPT PBB-P2.\n6 Penanganan\nPengaduan, Saran\ndan Masukan\nMelalui loket pengaduan dan WhatsApp 0822-8333-4444.`;
    const pdf = doc("/dok/sk.pdf", { label: "SK Standar Pelayanan", text: `KEPUTUSAN KEPALA BADAN\nLAMPIRAN\n${rowsOf("A. Pelayanan Mutasi SPPT PBB-P2")}\n${rowsOf("B. Pelayanan Validasi BPHTB")}` });
    const rows = serviceMatrix(site([home()], [pdf]), ["PBB-P2", "BPHTB"]);
    expect(rows.map((r) => r.url)).toEqual([pdf.url, pdf.url]);
    expect(rows.every((r) => Object.values(r.components).every(Boolean))).toBe(true);
  });

  it("ignores news posts and hub titles", () => {
    const a = withPages(page("/berita/ktp", { text: FULL("KTP-el") }), page("/layanan", { text: "# Layanan Publik\nDaftar layanan kami" }));
    expect(serviceMatrix(a, [])).toEqual([]);
  });

  it("aliases come from parentheses and slashes", () => {
    expect(serviceAliases("Perizinan Berusaha (NIB/OSS)")).toEqual(expect.arrayContaining(["Perizinan Berusaha", "NIB", "OSS"]));
    expect(serviceAliases("SPMB/PPDB")).toEqual(expect.arrayContaining(["SPMB", "PPDB"]));
  });
});

describe("SP-08 (service-matrix)", () => {
  const services = (n: string[]) => ({ opd: { ...ctx().opd, services: n } });
  it("80%+ complete services is 3; half is 2; some 1; none 0", () => {
    const all = withPages(page("/a", { text: FULL("KTP-el") }), page("/b", { text: FULL("KIA") }));
    expect(run("SP-08", all, services(["KTP-el", "KIA"])).level).toBe(3);
    const half = withPages(page("/a", { text: FULL("KTP-el") }), page("/b", { text: PARTIAL("KIA") }));
    expect(run("SP-08", half, services(["KTP-el", "KIA"])).level).toBe(2);
    const third = withPages(page("/a", { text: FULL("KTP-el") }), page("/b", { text: PARTIAL("KIA") }), page("/c", { text: PARTIAL("KK") }));
    expect(run("SP-08", third, services(["KTP-el", "KIA", "KK"])).level).toBe(1);
    expect(run("SP-08", withPages(page("/x", { text: "# Profil" })), services(["KTP-el"])).level).toBe(0);
  });
  it("counts the services the site shows; configured services without a page are named in the reason", () => {
    const r = run("SP-08", withPages(page("/a", { text: FULL("KTP-el") })), services(["KTP-el", "Akta Kematian"]));
    expect(r.level).toBe(3);
    expect(r.reason).toContain("Akta Kematian");
  });
  it("no services at all is 0 with a reason", () => {
    const r = run("SP-08", withPages(page("/x", { text: "# Profil" })));
    expect(r.level).toBe(0);
    expect(r.reason).toMatch(/layanan/);
  });
});

describe("SP-09 (document-component-count, P)", () => {
  const labels = ["Dasar Hukum", "Persyaratan", "Sistem, Mekanisme dan Prosedur", "Jangka Waktu Penyelesaian", "Biaya/Tarif", "Produk Pelayanan", "Sarana, Prasarana dan/atau Fasilitas", "Kompetensi Pelaksana", "Pengawasan Internal", "Penanganan Pengaduan, Saran dan Masukan", "Jumlah Pelaksana", "Jaminan Pelayanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Evaluasi Kinerja Pelaksana"];
  const std = (n: number) => `# Standar Pelayanan KTP-el\n${labels.slice(0, n).map((l, i) => `${i + 1}. ${l}: isi komponen ${l.toLowerCase()} sesuai ketentuan`).join("\n")}`;
  it("14 components 3; 7 components 1; 4 review; none 0", () => {
    expect(run("SP-09", withPages(page("/sp", { text: std(14) })), { mode: "P" }).level).toBe(3);
    expect(run("SP-09", withPages(page("/sp", { text: std(7) })), { mode: "P" }).level).toBe(1);
    expect(run("SP-09", withPages(page("/sp", { text: std(4) })), { mode: "P" }).status).toBe("review");
    expect(run("SP-09", withPages(page("/x", { text: "# Profil" })), { mode: "P" }).level).toBe(0);
  });
  it("components are not summed across pages", () => {
    const pages = labels.map((l, i) => page(`/p${i}`, { text: `# Info\n${l}: uraian ${l.toLowerCase()}` }));
    expect(run("SP-09", withPages(...pages), { mode: "P" }).level).toBe(0);
  });
});

describe("SP-10 (schedule-hours)", () => {
  it("days and times in the footer 3; times without days 1; a menu after the label 0", () => {
    expect(run("SP-10", site([home({ chromeText: "Jam Pelayanan\nSenin - Kamis: 08.00 - 16.00 WIB\nJumat: 08.00 - 11.30 WIB" })])).level).toBe(3);
    expect(run("SP-10", withPages(page("/kontak", { text: "# Kontak\nJam Pelayanan: 08.00 - 16.00 WIB" }))).level).toBe(1);
    expect(run("SP-10", site([home({ chromeText: "Jam Pelayanan\nProfil\nBerita\nKontak" })])).level).toBe(0);
    expect(run("SP-10", withPages(page("/berita/a", { text: "# Rapat\nJam pelayanan akan diperpanjang mulai Senin pukul 08.00." }))).level).toBe(0);
  });
});
