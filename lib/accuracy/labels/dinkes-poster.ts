import type { SiteLabels } from "./schema";

export const dinkesPoster: SiteLabels = {
  site: "dinkes-poster",
  about: "Maklumat, alur SIP dan alur pengaduan hanya berupa poster gambar yang teksnya terbaca.",
  opd: {
    name: "Dinas Kesehatan",
    shortName: "Dinkes",
    services: ["Surat Izin Praktik (SIP)", "Izin Operasional Klinik"],
  },
  labels: [
    { code: "SP-03", expected: 3, why: "Persyaratan SIP dan izin klinik berupa daftar, 2 klik dari beranda." },
    { code: "SP-04", expected: 3, traps: ["image_only"], why: "Alur SIP hanya poster bergambar yang langkahnya terbaca; prosedur klinik berupa teks." },
    { code: "SP-05", expected: 3, why: "Jangka waktu 5 dan 14 hari kerja tercantum." },
    { code: "SP-06", expected: 3, why: "Kedua layanan dinyatakan tidak dipungut biaya." },
    { code: "SP-07", expected: 3, why: "Produk pelayanan kedua layanan disebut." },
    { code: "SP-10", expected: 3, why: "Jam pelayanan dengan hari dan jam di halaman Layanan Perizinan." },
    { code: "KP-01", expected: 3, traps: ["image_only"], why: "Maklumat berupa poster gambar yang teksnya terbaca jelas, 1 klik." },
    { code: "KP-02", expected: 3, traps: ["image_only"], why: "Teks poster menyatakan sanggup sesuai standar pelayanan dan siap menerima sanksi." },
    { code: "KP-03", expected: 3, why: "Visi dan misi berisi di halaman Profil." },
    { code: "PG-01", expected: 3, why: "WhatsApp, email pengaduan dan SP4N-LAPOR! di halaman Pengaduan." },
    { code: "PG-02", expected: 3, why: "Tautan SP4N-LAPOR! ke lapor.go.id." },
    { code: "PG-03", expected: 3, traps: ["image_only"], why: "Alur pengaduan berupa poster bergambar yang lima langkahnya terbaca." },
    { code: "SK-01", expected: 0, why: "Tidak ada survei kepuasan masyarakat." },
    { code: "SK-02", expected: 0, why: "Tidak ada hasil SKM." },
    { code: "PI-01", expected: 0, traps: ["passing_mention"], why: "Lansia hanya muncul di berita program posyandu, bukan informasi pelayanan khusus di unit layanan." },
    { code: "KI-01", expected: 0, why: "Tidak ada halaman atau tautan PPID." },
    { code: "PR-02", expected: 3, why: "Struktur organisasi berupa daftar pejabat di halaman Profil." },
    { code: "PR-03", expected: 3, why: "Alamat, telepon dan email di footer." },
    { code: "WQ-04", expected: 2, why: "Berita terbaru 45 hari yang lalu (lebih dari 30, tidak lebih dari 90 hari)." },
  ],
};
