import type { SiteLabels } from "./schema";

export const diskopTab: SiteLabels = {
  site: "diskop-tab",
  about: "Isi layanan, maklumat dan profil di balik tab dan akordeon (sebagian baru dimuat saat diklik); PPID menaut ke situs PPID Utama.",
  opd: {
    name: "Dinas Koperasi, Usaha Kecil Menengah dan Perindustrian Perdagangan",
    shortName: "Diskop-UKM-Perindag",
    services: ["Izin Usaha Simpan Pinjam Koperasi", "Tera/Tera Ulang"],
  },
  labels: [
    { code: "SP-03", expected: 3, traps: ["click_only"], why: "Persyaratan kedua layanan muncul setelah akordeon layanan diklik, 1 klik dari beranda." },
    { code: "SP-04", expected: 3, traps: ["click_only"], why: "Prosedur kedua layanan di balik akordeon." },
    { code: "SP-05", expected: 3, traps: ["click_only"], why: "Jangka waktu 10 hari kerja dan 1 hari kerja di balik akordeon." },
    { code: "SP-06", expected: 3, traps: ["click_only"], why: "Biaya (tidak dipungut; retribusi tera Rp 10.000) di balik akordeon." },
    { code: "SP-07", expected: 3, traps: ["click_only"], why: "Produk pelayanan kedua layanan di balik akordeon." },
    { code: "KP-01", expected: 3, traps: ["click_only"], why: "Maklumat pelayanan berisi di balik akordeon 'Maklumat Pelayanan' halaman Layanan." },
    { code: "KP-02", expected: 3, traps: ["click_only"], why: "Maklumat (di balik akordeon) menyatakan sanggup sesuai standar pelayanan dan siap menerima sanksi." },
    { code: "KP-03", expected: 3, why: "Visi dan misi di tab yang terbuka sejak awal." },
    { code: "KP-04", expected: 3, traps: ["click_only"], why: "Motto pelayanan di tab 'Motto Pelayanan'." },
    { code: "PG-01", expected: 3, why: "Formulir pengaduan, WhatsApp dan SP4N-LAPOR!." },
    { code: "PG-02", expected: 3, why: "Tautan SP4N-LAPOR! ke lapor.go.id." },
    { code: "PG-03", expected: 3, traps: ["click_only"], why: "Mekanisme pengaduan 4 langkah di dalam elemen details yang tertutup." },
    { code: "SK-01", expected: 0, why: "Tidak ada survei kepuasan masyarakat." },
    { code: "KI-01", expected: 1, traps: ["other_agency_link"], why: "Menu PPID hanya menaut ke situs PPID Utama kabupaten; dinas tidak punya halaman PPID sendiri." },
    { code: "KI-02", expected: 0, traps: ["other_agency_link"], why: "Daftar Informasi Publik dinas tidak ada; tautan PPID menuju situs instansi lain." },
    { code: "KI-03", expected: 0, traps: ["other_agency_link"], why: "Tata cara permohonan informasi tidak ada di situs dinas." },
    { code: "PR-01", expected: 3, traps: ["click_only"], why: "Tugas pokok dan fungsi di tab 'Tugas dan Fungsi'." },
    { code: "PR-02", expected: 3, traps: ["click_only"], why: "Struktur organisasi (pejabat tiap unit) di tab 'Struktur Organisasi'." },
    { code: "PR-03", expected: 3, why: "Alamat, telepon dan email di footer." },
    { code: "WQ-04", expected: 3, why: "Berita bertanggal 25 hari yang lalu; harga bahan pokok diperbarui kemarin." },
  ],
};
