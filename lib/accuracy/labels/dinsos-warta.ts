import type { SiteLabels } from "./schema";

export const dinsosWarta: SiteLabels = {
  site: "dinsos-warta",
  about: "Situs berita: maklumat, SKM, LAPOR, LKjIP dan PPID hanya disebut sambil lalu di berita, tidak ada isinya.",
  opd: {
    name: "Dinas Sosial, Pemberdayaan Masyarakat dan Desa",
    shortName: "Dinsos-PMD",
    services: ["Pendaftaran DTKS", "Rekomendasi PBI-JK", "Rehabilitasi Sosial"],
  },
  labels: [
    { code: "SP-02", expected: 0, traps: ["passing_mention"], why: "Standar pelayanan hanya disebut dalam berita permintaan Sekda agar OPD menyusunnya." },
    { code: "SP-03", expected: 0, traps: ["passing_mention"], why: "Halaman Layanan hanya berkata persyaratan dapat ditanyakan ke kantor; berita menyebut persyaratan akan disusun." },
    { code: "SP-04", expected: 0, traps: ["passing_mention"], why: "Alur pelayanan hanya disebut akan disusun dalam berita." },
    { code: "KP-01", expected: 0, traps: ["passing_mention"], why: "Maklumat hanya disebut dalam berita 'OPD diminta segera menyusun maklumat pelayanan'." },
    { code: "KP-02", expected: 0, traps: ["passing_mention"], why: "Kata sanggup, standar pelayanan dan sanksi hanya ada dalam kutipan Sekda di berita, bukan maklumat dinas." },
    { code: "KP-03", expected: 3, why: "Visi dan misi berisi di halaman Profil." },
    { code: "KP-04", expected: 0, why: "Tidak ada motto pelayanan." },
    { code: "PG-01", expected: 0, traps: ["passing_mention"], why: "Berita hanya menyebut dinas berencana membuka kanal pengaduan; tidak ada kanal." },
    { code: "PG-02", expected: 0, traps: ["passing_mention"], why: "SP4N-LAPOR! hanya disebut sebagai sosialisasi yang diikuti; tidak ada tautan atau kanal LAPOR dinas." },
    { code: "PG-04", expected: 0, traps: ["passing_mention"], why: "Petugas pengaduan hanya disebut akan ditunjuk." },
    { code: "SK-01", expected: 0, traps: ["passing_mention"], why: "Berita: SKM akan dilaksanakan tahun depan; tidak ada survei." },
    { code: "SK-02", expected: 0, traps: ["passing_mention"], why: "Angka 82,00 di berita adalah target IKM tahun depan, bukan hasil SKM." },
    { code: "SK-04", expected: 0, traps: ["passing_mention"], why: "LKjIP dan Renstra hanya disebut akan disusun; dokumennya tidak dipublikasikan." },
    { code: "KI-01", expected: 0, traps: ["passing_mention"], why: "PPID hanya disebut di berita pelatihan; tidak ada halaman atau tautan PPID." },
    { code: "KI-02", expected: 0, traps: ["passing_mention"], why: "Daftar Informasi Publik hanya disebut sebagai materi pelatihan." },
    { code: "KI-03", expected: 0, traps: ["passing_mention"], why: "Permohonan informasi hanya disebut sebagai materi pelatihan; tidak ada tata caranya." },
    { code: "PR-01", expected: 3, why: "Tugas pokok dan fungsi dengan uraian di halaman Profil." },
    { code: "PR-02", expected: 3, traps: ["image_only"], why: "Bagan struktur organisasi berupa gambar yang teksnya terbaca, 1 klik." },
    { code: "PR-03", expected: 3, why: "Alamat, telepon dan email di footer dan halaman Kontak." },
    { code: "WQ-04", expected: 3, why: "Berita terbaru bertanggal 4 hari yang lalu." },
  ],
};
