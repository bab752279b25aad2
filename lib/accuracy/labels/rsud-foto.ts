import type { SiteLabels } from "./schema";

export const rsudFoto: SiteLabels = {
  site: "rsud-foto",
  about: "Maklumat dan alur hanya foto yang tulisannya tak terbaca; tarif dan jam pelayanan dirender JavaScript; hasil SKM usang.",
  opd: {
    name: "Rumah Sakit Umum Daerah Teluk Kuantan",
    shortName: "RSUD Teluk Kuantan",
    services: ["Pendaftaran Pasien Rawat Jalan"],
  },
  labels: [
    { code: "SP-03", expected: 3, why: "Persyaratan pendaftaran pasien berupa daftar, 1 klik." },
    { code: "SP-04", expected: 1, traps: ["image_only"], why: "Alur pendaftaran hanya foto spanduk yang tulisannya tidak terbaca." },
    { code: "SP-05", expected: 3, why: "Waktu tunggu rawat jalan paling lama 60 menit." },
    { code: "SP-06", expected: 3, traps: ["js_rendered"], why: "Tabel tarif dengan nominal Rp sesuai Perbup, dirender oleh JavaScript." },
    { code: "SP-10", expected: 3, traps: ["js_rendered"], why: "Jam pelayanan poliklinik per hari, dirender JavaScript dari data JSON." },
    { code: "KP-01", expected: 1, traps: ["image_only"], why: "Maklumat hanya foto papan (maklumat.jpg) yang tulisannya tidak terbaca." },
    { code: "KP-02", expected: 0, traps: ["image_only"], why: "Isi maklumat tidak dapat dibaca, jadi substansinya tidak dipublikasikan." },
    { code: "KP-03", expected: 3, why: "Visi dan misi berisi di halaman Profil." },
    { code: "KP-04", expected: 3, why: "Motto 'Kesembuhan Anda, Kebahagiaan Kami'." },
    { code: "PG-01", expected: 3, why: "Formulir keluhan, WhatsApp dan SP4N-LAPOR!." },
    { code: "PG-02", expected: 3, why: "Tautan SP4N-LAPOR! ke lapor.go.id." },
    { code: "PG-03", expected: 0, why: "Tidak ada alur/mekanisme pengaduan." },
    { code: "SK-01", expected: 3, why: "Tautan ke formulir survei kepuasan daring, 1 klik." },
    { code: "SK-02", expected: 1, why: "Hasil IKM yang dipublikasikan dari tiga tahun lalu: usang." },
    { code: "PI-01", expected: 3, why: "Loket prioritas untuk lansia, ibu hamil dan penyandang disabilitas." },
    { code: "PI-02", expected: 3, why: "Ramp, kursi roda, toilet disabilitas dan ruang laktasi disebut di halaman Fasilitas." },
    { code: "KI-01", expected: 0, why: "Tidak ada halaman atau tautan PPID." },
    { code: "PR-03", expected: 3, why: "Alamat, telepon dan email di footer." },
    { code: "WQ-04", expected: 3, why: "Kabar terbaru bertanggal 10 hari yang lalu." },
  ],
};
