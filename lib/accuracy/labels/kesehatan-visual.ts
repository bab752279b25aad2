import type { SiteLabels } from "./schema";

/**
 * Issue 14's patterns on one single-page app: infographics with meaningless names and generic
 * or empty alt, posters on carousel slides 2-4, button-row tabs, a first-visit pop-up, a PDF in
 * an iframe, an external viewer, a scanned PDF, a lightbox, a CSS background poster; event
 * photos and icons that are not content.
 */
export const kesehatanVisual: SiteLabels = {
  site: "kesehatan-visual",
  about:
    "Aplikasi satu halaman Dinkes: standar pelayanan, jam, maklumat, motto, kompensasi dan alur hanya di poster (nama berkas tak bermakna, slide karousel, lightbox, latar CSS); tab tombol, pop-up, iframe PDF, penampil Drive, PDF pindaian.",
  opd: {
    name: "Dinas Kesehatan",
    shortName: "Dinkes",
    services: ["Pelayanan Gawat Darurat Terpadu (SPGDT/PSC 119)", "Surat Izin Praktik (SIP) Tenaga Kesehatan"],
  },
  labels: [
    { code: "SP-01", expected: 3, traps: ["js_rendered"], why: "Daftar dua jenis layanan di halaman Layanan, dirender JavaScript dari JSON, 1 klik." },
    { code: "SP-02", expected: 3, traps: ["embedded", "pdf_only"], why: "Keputusan Kepala Dinas tentang Standar Pelayanan (PDF berteks) hanya tampil dalam iframe berjudul 'dokumen' di halaman Layanan." },
    { code: "SP-03", expected: 3, traps: ["image_only", "js_rendered"], why: "Persyaratan kedua layanan hanya di piksel infografik spgdt.jpeg dan sip.webp (alt 'gambar'), terbaca jelas." },
    { code: "SP-04", expected: 3, traps: ["image_only", "js_rendered"], why: "Prosedur empat langkah kedua layanan hanya di piksel infografik." },
    { code: "SP-05", expected: 3, traps: ["image_only", "js_rendered"], why: "Jangka waktu (tim tiba paling lama 30 menit; SIP 5 hari kerja) hanya di infografik." },
    { code: "SP-06", expected: 3, traps: ["image_only", "js_rendered"], why: "Biaya 'GRATIS' untuk kedua layanan hanya di infografik." },
    { code: "SP-07", expected: 3, traps: ["image_only", "js_rendered"], why: "Produk pelayanan kedua layanan hanya di infografik." },
    { code: "SP-08", expected: 3, traps: ["image_only", "js_rendered"], why: "Kedua infografik memuat keenam komponen termasuk pengaduan SP4N-LAPOR!." },
    { code: "SP-10", expected: 3, traps: ["image_only", "js_rendered"], why: "Jam pelayanan (Senin-Kamis 08.00-15.30, Jumat 08.00-11.30) hanya di poster IMG-20250611-WA0007.png beralt kosong yang dimuat malas (data-src)." },
    { code: "KP-01", expected: 3, traps: ["image_only", "click_only", "js_rendered"], why: "Maklumat pelayanan berupa poster di slide 2 karousel, baru ada di DOM setelah tombol panah diklik; teksnya terbaca." },
    { code: "KP-02", expected: 3, traps: ["image_only", "click_only"], why: "Teks poster maklumat menyatakan sanggup sesuai standar pelayanan dan siap menerima sanksi." },
    { code: "KP-03", expected: 3, traps: ["js_rendered"], why: "Visi dan misi berisi di halaman Profil, dirender JavaScript." },
    { code: "KP-04", expected: 3, traps: ["image_only", "click_only"], why: "Motto pelayanan hanya di poster slide 3 karousel." },
    { code: "KP-05", expected: 3, traps: ["image_only", "click_only"], why: "Kompensasi pelayanan hanya di poster slide 4 karousel." },
    { code: "PG-01", expected: 3, traps: ["js_rendered"], why: "SP4N-LAPOR!, WhatsApp (wa.me) dan email pengaduan di halaman Pengaduan, dirender JavaScript." },
    { code: "PG-02", expected: 3, traps: ["js_rendered"], why: "Tautan SP4N-LAPOR! ke lapor.go.id di halaman Pengaduan." },
    { code: "PG-03", expected: 3, traps: ["image_only", "click_only"], why: "Alur pengaduan lima langkah hanya di poster besar yang dibuka dari gambar kecil 150 px (lightbox); gambar kecilnya tak terbaca." },
    { code: "PG-04", expected: 3, traps: ["click_only", "js_rendered"], why: "Penanggung jawab dan petugas pengaduan dengan nama dan telepon hanya di tab 'Pengelola Aduan' (tombol biasa) di Profil." },
    { code: "PG-05", expected: 0, why: "Tidak ada rekap pengaduan; 'tindak lanjut' di pop-up menyangkut hasil SKM dan di poster alur hanya tenggat." },
    { code: "SK-01", expected: 3, traps: ["click_only", "template_text"], why: "Tautan isi survei kepuasan di pop-up kunjungan pertama (display:none di HTML kerangka yang sama di setiap halaman, dibuka skrip)." },
    { code: "SK-02", expected: 3, traps: ["click_only", "template_text"], why: "IKM tahun lalu 87,45 mutu B hanya di pop-up kunjungan pertama, yang ada di kerangka setiap halaman." },
    { code: "SK-03", expected: 3, traps: ["click_only"], why: "Tindak lanjut hasil SKM (tambah petugas loket, perbaiki papan informasi) di pop-up." },
    { code: "SK-04", expected: 0, why: "Tidak ada LKjIP, Renstra, Renja atau perjanjian kinerja; laporan keuangan bukan laporan kinerja." },
    { code: "PI-01", expected: 3, traps: ["image_only"], why: "Layanan prioritas lansia, ibu hamil dan penyandang disabilitas hanya di poster yang jadi latar CSS blok di beranda." },
    { code: "PI-02", expected: 3, traps: ["image_only"], why: "Sarana ramp, kursi roda, toilet disabilitas dan ruang laktasi hanya di poster latar CSS yang sama." },
    { code: "KI-01", expected: 0, why: "Tidak ada halaman atau tautan PPID." },
    { code: "KI-05", expected: "review", traps: ["embedded"], why: "Laporan keuangan tahun lalu hanya di penampil Google Drive (iframe eksternal); isinya di luar situs, orang harus membukanya." },
    { code: "KI-08", expected: 3, traps: ["click_only", "js_rendered"], why: "Profil Kepala Dinas dan Sekretaris (pendidikan, riwayat jabatan, LHKPN) hanya di tab 'Pejabat'." },
    { code: "PR-01", expected: 3, traps: ["click_only", "js_rendered"], why: "Tugas pokok dan fungsi hanya di tab 'Tupoksi' di Profil." },
    { code: "PR-02", expected: 3, traps: ["pdf_only", "image_only"], why: "Bagan struktur organisasi hanya di PDF pindaian tanpa lapisan teks, tautan 'Lampiran' di Profil (2 klik), terbaca." },
    { code: "PR-03", expected: 3, traps: ["template_text"], why: "Alamat, telepon dan email di footer setiap halaman dan di halaman Kontak." },
    { code: "WQ-04", expected: 3, traps: ["js_rendered"], why: "Berita terbaru bertanggal 3 hari yang lalu, dirender JavaScript." },
  ],
};
