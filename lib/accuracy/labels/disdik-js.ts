import type { SiteLabels } from "./schema";

export const disdikJs: SiteLabels = {
  site: "disdik-js",
  about: "Menu dan isi halaman dibangun JavaScript dari JSON; HTML awal hanya kerangka 'Memuat...'.",
  opd: {
    name: "Dinas Pendidikan, Kepemudaan dan Olahraga",
    shortName: "Disdikpora",
    services: ["SPMB/PPDB", "Legalisir Ijazah"],
  },
  labels: [
    { code: "SP-02", expected: 3, traps: ["js_rendered"], why: "Halaman Standar Pelayanan SPMB dan legalisir (ditetapkan Keputusan Kepala Dinas), dirender JavaScript, 1 klik." },
    { code: "SP-03", expected: 3, traps: ["js_rendered"], why: "Persyaratan kedua layanan, dirender JavaScript." },
    { code: "SP-04", expected: 3, traps: ["js_rendered"], why: "Prosedur bernomor kedua layanan, dirender JavaScript." },
    { code: "SP-05", expected: 3, traps: ["js_rendered"], why: "Jangka waktu (2 dan 7 hari kerja; 1 hari kerja) dirender JavaScript." },
    { code: "SP-06", expected: 3, traps: ["js_rendered"], why: "Kedua layanan 'tidak dipungut biaya', dirender JavaScript." },
    { code: "SP-07", expected: 3, traps: ["js_rendered"], why: "Produk pelayanan kedua layanan, dirender JavaScript." },
    { code: "SP-08", expected: 3, traps: ["js_rendered"], why: "Kedua layanan memuat keenam komponen termasuk pengaduan." },
    { code: "SP-10", expected: 3, why: "Jam pelayanan dengan hari dan jam di halaman Kontak." },
    { code: "KP-01", expected: 3, traps: ["js_rendered"], why: "Maklumat pelayanan berisi, dirender JavaScript, 1 klik." },
    { code: "KP-02", expected: 3, traps: ["js_rendered"], why: "Maklumat menyatakan sanggup sesuai standar pelayanan dan siap menerima sanksi." },
    { code: "KP-03", expected: 3, traps: ["js_rendered"], why: "Visi dan misi berisi, dirender JavaScript." },
    { code: "PG-01", expected: 3, traps: ["js_rendered"], why: "Formulir pengaduan dengan isian teks panjang, dibangun JavaScript." },
    { code: "PG-02", expected: 3, traps: ["js_rendered"], why: "Tautan SP4N-LAPOR! ke lapor.go.id, dirender JavaScript." },
    { code: "PG-03", expected: 0, why: "Tidak ada alur/mekanisme pengaduan." },
    { code: "SK-01", expected: 3, traps: ["js_rendered"], why: "Formulir SKM daring, 2 klik, dibangun JavaScript." },
    { code: "SK-02", expected: 3, traps: ["js_rendered"], why: "IKM tahun lalu 85,30 (mutu B), dirender JavaScript." },
    { code: "KI-01", expected: 0, why: "Tidak ada halaman atau tautan PPID." },
    { code: "PR-03", expected: 3, why: "Alamat, telepon dan email di halaman Kontak; alamat dan telepon di footer." },
    { code: "WQ-04", expected: 3, traps: ["js_rendered"], why: "Berita terbaru bertanggal 2 hari yang lalu, dirender JavaScript." },
  ],
};
