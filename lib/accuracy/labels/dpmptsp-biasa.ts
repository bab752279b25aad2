import type { SiteLabels } from "./schema";

export const dpmptspBiasa: SiteLabels = {
  site: "dpmptsp-biasa",
  about: "Situs biasa-biasa saja: persyaratan dan alur ada, waktu/biaya tidak; maklumat PDF tanpa sanksi; IKM dan berita usang; PPID menaut ke luar.",
  opd: {
    name: "Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu dan Tenaga Kerja",
    shortName: "DPMPTSP-Naker",
    services: ["Perizinan Berusaha (NIB/OSS)", "Persetujuan Bangunan Gedung (PBG)", "Kartu Pencari Kerja (AK1)"],
  },
  labels: [
    { code: "SP-01", expected: 3, why: "Daftar jenis layanan dan tautan OSS, SIMBG dan Karirhub, 1 klik." },
    { code: "SP-03", expected: 3, why: "Persyaratan ketiga layanan berupa daftar, 2 klik." },
    { code: "SP-04", expected: 3, why: "Alur bernomor ketiga layanan, 2 klik." },
    { code: "SP-05", expected: 0, why: "Tidak ada jangka waktu penyelesaian untuk layanan mana pun." },
    { code: "SP-06", expected: 1, why: "Hanya disebut ada retribusi PBG tanpa besarannya; biaya NIB dan AK1 tidak disebut." },
    { code: "SP-08", expected: 0, why: "Tidak satu pun layanan memuat keenam komponen (waktu, biaya, produk, pengaduan tidak ada)." },
    { code: "SP-10", expected: 0, why: "Tidak ada jam pelayanan." },
    { code: "KP-01", expected: 3, traps: ["pdf_only"], why: "Maklumat pelayanan berupa PDF berlapis teks, ditautkan dari halaman Maklumat, 2 klik." },
    { code: "KP-02", expected: 1, traps: ["pdf_only"], why: "Maklumat (PDF) menyatakan sanggup sesuai standar pelayanan tetapi tanpa kesediaan menerima sanksi." },
    { code: "KP-03", expected: 3, why: "Visi dan misi berisi di halaman Profil." },
    { code: "KP-04", expected: 0, why: "Tidak ada motto pelayanan." },
    { code: "PG-01", expected: 3, why: "Email dan WhatsApp pengaduan di halaman Kontak, 1 klik." },
    { code: "PG-02", expected: 0, why: "Tidak ada tautan atau penyebutan SP4N-LAPOR!." },
    { code: "PG-03", expected: 0, why: "Tidak ada alur/mekanisme pengaduan." },
    { code: "SK-02", expected: 1, why: "Hasil IKM yang dipublikasikan dari tiga tahun lalu: usang." },
    { code: "KI-01", expected: 1, traps: ["other_agency_link"], why: "Menu PPID hanya menaut ke situs PPID Utama kabupaten; dinas tidak punya halaman PPID sendiri." },
    { code: "KI-02", expected: 0, traps: ["other_agency_link"], why: "Daftar Informasi Publik dinas tidak ada di situsnya." },
    { code: "KI-03", expected: 0, traps: ["other_agency_link"], why: "Tata cara permohonan informasi tidak ada di situs dinas." },
    { code: "PR-02", expected: 1, why: "Halaman struktur organisasi ada tetapi tidak ditautkan dari halaman mana pun (hanya lewat sitemap)." },
    { code: "PR-03", expected: 3, why: "Alamat, telepon dan email di halaman Kontak, 1 klik." },
    { code: "WQ-04", expected: 1, why: "Berita terbaru 120 hari yang lalu (lebih dari 90, tidak lebih dari 180 hari)." },
  ],
};
