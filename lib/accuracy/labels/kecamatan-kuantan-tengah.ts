import type { SiteLabels } from "./schema";

export const kecamatanKuantanTengah: SiteLabels = {
  site: "kecamatan-kuantan-tengah",
  about: "Kecamatan: standar pelayanan menaut ke situs DPMPTSP, maklumat dan SKM berupa cangkang, maklumat disebut sambil lalu di berita.",
  opd: {
    name: "Kecamatan Kuantan Tengah",
    shortName: "Kec. Kuantan Tengah",
    services: ["Surat Keterangan Domisili Usaha", "Rekomendasi Izin Keramaian", "Legalisasi Surat Keterangan Ahli Waris"],
  },
  labels: [
    { code: "SP-02", expected: 0, traps: ["other_agency_link"], why: "Standar pelayanan hanya tautan ke situs DPMPTSP (instansi lain); standar layanan PATEN kecamatan tidak ada." },
    { code: "SP-03", expected: 0, traps: ["other_agency_link"], why: "Persyaratan hanya dirujuk ke situs DPMPTSP." },
    { code: "SP-04", expected: 0, why: "Tidak ada prosedur layanan PATEN." },
    { code: "SP-10", expected: 0, why: "Tidak ada jam pelayanan." },
    { code: "KP-01", expected: 0, traps: ["empty_shell", "passing_mention"], why: "Halaman Maklumat 'sedang dalam pengembangan'; berita hanya menyebut maklumat sedang disiapkan." },
    { code: "KP-02", expected: 0, traps: ["empty_shell", "passing_mention"], why: "Tidak ada teks maklumat kecamatan." },
    { code: "KP-03", expected: 3, why: "Visi dan misi berisi di halaman Profil." },
    { code: "PG-01", expected: 3, why: "Formulir pengaduan, WhatsApp dan LAPOR, 1 klik." },
    { code: "PG-02", expected: 3, why: "Tautan SP4N-LAPOR! ke lapor.go.id." },
    { code: "PG-03", expected: 0, why: "Tidak ada alur/mekanisme pengaduan." },
    { code: "SK-01", expected: 0, traps: ["empty_shell", "passing_mention"], why: "Halaman Survei Kepuasan hanya 'Coming soon...'; berita menyebut survei sedang disiapkan." },
    { code: "SK-02", expected: 0, traps: ["empty_shell"], why: "Tidak ada hasil SKM." },
    { code: "KI-01", expected: 1, traps: ["other_agency_link"], why: "Menu PPID hanya menaut ke situs PPID Utama kabupaten; kecamatan tidak punya halaman PPID sendiri." },
    { code: "KI-02", expected: 0, traps: ["other_agency_link"], why: "Daftar Informasi Publik kecamatan tidak ada di situsnya." },
    { code: "PR-01", expected: 3, why: "Tugas pokok dan fungsi camat diuraikan di halaman Profil." },
    { code: "PR-03", expected: 3, why: "Alamat, telepon dan email di footer." },
    { code: "WQ-04", expected: 3, why: "Berita terbaru bertanggal 8 hari yang lalu." },
  ],
};
