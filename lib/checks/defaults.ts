/**
 * The detector and parameters of each default checklist item (checklist.md). Seeded into the
 * database as data: the admin edits keywords and thresholds there, not here. Fix hints are in
 * fix-hints.ts.
 */
import { FIX_HINTS } from "./fix-hints";

type Config = { detector: string; params: Record<string, unknown> };

const COMPLAINT = ["pengaduan", "aduan", "pengaduan masyarakat", "kotak saran", "saran dan pengaduan", "layanan pengaduan", "kritik dan saran"];
const SKM = ["survei kepuasan masyarakat", "survei kepuasan", "skm", "ikm", "indeks kepuasan masyarakat", "indeks kepuasan", "nilai ikm", "nilai skm"];
const NOT_SERVICE_LABELS = ["pengaduan", "permohonan informasi", "keberatan", "ppid"];

const CONFIG: Record<string, Config> = {
  "SP-01": { detector: "list-content", params: { keywords: ["jenis layanan", "daftar layanan", "layanan publik", "layanan online", "layanan daring", "layanan kami", "produk layanan"], minItems: 3, minWords: 3, subject: "Daftar jenis layanan", links: { hrefPatterns: ["oss.go.id", "sicantik", "simbg", "e-pbb", "epbb", "pbb", "siak", "e-layanan", "layanan-online", "pelayanan-online"], textKeywords: true, externalOnly: true } } },
  "SP-02": { detector: "keyword-content", params: { keywords: ["standar pelayanan", "standar layanan"], excludeLabels: ["maklumat", "survei"], minWords: 20, subject: "Standar pelayanan", documentTerms: ["keputusan", "standar pelayanan"], images: "unreadable", serviceStandards: 6 } },
  "SP-03": { detector: "list-content", params: { serviceComponent: "persyaratan", keywords: ["persyaratan", "syarat", "persyaratan pelayanan", "kelengkapan berkas", "berkas yang diperlukan", "dokumen yang diperlukan", "dokumen persyaratan"], excludeLabels: ["syarat dan ketentuan", "syarat & ketentuan", "terms"], minItems: 2, minWords: 2, subject: "Persyaratan pelayanan" } },
  "SP-04": { detector: "procedure", params: { serviceComponent: "prosedur", keywords: ["prosedur", "alur", "mekanisme", "tata cara", "sop", "alur pelayanan", "prosedur pelayanan", "sistem, mekanisme dan prosedur", "langkah-langkah", "tahapan"], excludeLabels: NOT_SERVICE_LABELS, minSteps: 3, subject: "Prosedur/alur pelayanan", imageKeywords: [["alur", "prosedur", "flow", "flowchart", "sop", "mekanisme", "bagan alir"]] } },
  "SP-05": { detector: "duration", params: { serviceComponent: "waktu", keywords: ["jangka waktu", "waktu penyelesaian", "jangka waktu penyelesaian", "lama penyelesaian", "waktu proses", "lama proses", "waktu pelayanan", "waktu layanan", "durasi"], excludeLabels: ["jam pelayanan", "jam layanan", "jam operasional", "jam kerja", "jadwal"], mentionKeywords: ["waktu penyelesaian", "jangka waktu", "diselesaikan", "penyelesaian", "selesai dalam"], subject: "Jangka waktu penyelesaian" } },
  "SP-06": { detector: "fee", params: { serviceComponent: "biaya", keywords: ["biaya", "tarif", "retribusi", "biaya/tarif", "biaya pelayanan", "tarif layanan"], excludeLabels: ["biaya perjalanan", "anggaran"], statementKeywords: ["tidak dipungut biaya", "tanpa biaya", "bebas biaya", "tidak dikenakan biaya", "gratis"], subject: "Biaya/tarif pelayanan" } },
  "SP-07": { detector: "keyword-content", params: { serviceComponent: "produk", keywords: ["produk pelayanan", "produk layanan", "hasil pelayanan", "hasil layanan", "output layanan", "output pelayanan"], exactLabels: ["produk", "hasil", "output"], minWords: 1, images: "ignore", subject: "Produk pelayanan" } },
  "SP-08": { detector: "service-matrix", params: {} },
  "SP-09": {
    detector: "document-component-count",
    params: {
      minComponents: 10,
      partialComponents: 6,
      reviewComponents: 3,
      components: [
        { name: "dasar hukum", keywords: ["dasar hukum", "landasan hukum"] },
        { name: "persyaratan", keywords: ["persyaratan", "syarat"] },
        { name: "sistem, mekanisme dan prosedur", keywords: ["sistem mekanisme", "prosedur", "mekanisme", "alur"] },
        { name: "jangka waktu", keywords: ["jangka waktu", "waktu penyelesaian", "waktu pelayanan"] },
        { name: "biaya/tarif", keywords: ["biaya", "tarif"] },
        { name: "produk pelayanan", keywords: ["produk pelayanan", "produk", "hasil pelayanan"] },
        { name: "sarana, prasarana dan fasilitas", keywords: ["sarana", "prasarana", "fasilitas"] },
        { name: "kompetensi pelaksana", keywords: ["kompetensi pelaksana", "kompetensi"] },
        { name: "pengawasan internal", keywords: ["pengawasan internal", "pengawasan"] },
        { name: "penanganan pengaduan", keywords: ["penanganan pengaduan", "pengaduan", "saran dan masukan"] },
        { name: "jumlah pelaksana", keywords: ["jumlah pelaksana", "jumlah petugas"] },
        { name: "jaminan pelayanan", keywords: ["jaminan pelayanan", "jaminan layanan"] },
        { name: "jaminan keamanan dan keselamatan", keywords: ["jaminan keamanan", "keamanan dan keselamatan", "keselamatan"] },
        { name: "evaluasi kinerja pelaksana", keywords: ["evaluasi kinerja", "evaluasi"] },
      ],
    },
  },
  "SP-10": { detector: "schedule-hours", params: { keywords: ["jam pelayanan", "jam layanan", "jam operasional", "jam kerja", "waktu pelayanan", "jadwal pelayanan", "jadwal layanan", "hari dan jam", "jam buka", "jadwal praktik", "jadwal dokter"], subject: "Jam pelayanan" } },
  "KP-01": { detector: "maklumat", params: { keywords: ["maklumat pelayanan", "maklumat layanan", "maklumat"], minWords: 12, subject: "Maklumat pelayanan", imageKeywords: [["maklumat"]] } },
  "KP-02": { detector: "maklumat", params: { keywords: ["maklumat pelayanan", "maklumat layanan", "maklumat"], minWords: 12, subject: "Maklumat pelayanan", imageKeywords: [["maklumat"]], substance: [{ name: "kesanggupan", keywords: ["sanggup", "kesanggupan", "berjanji", "bersedia", "siap melaksanakan", "siap memberikan"] }, { name: "standar pelayanan", keywords: ["standar pelayanan"] }, { name: "sanksi", keywords: ["sanksi"] }] } },
  "KP-03": { detector: "keyword-content", params: { keywords: ["visi", "misi"], minWords: 3, includeChrome: false, images: "unreadable", subject: "Visi dan misi", groups: [{ name: "visi", keywords: ["visi"] }, { name: "misi", keywords: ["misi"] }] } },
  "KP-04": { detector: "keyword-content", params: { keywords: ["motto pelayanan", "moto pelayanan", "motto", "moto", "slogan", "semboyan", "tagline"], minWords: 2, includeChrome: true, images: "unreadable", subject: "Motto pelayanan" } },
  "KP-05": { detector: "keyword-content", params: { keywords: ["kompensasi", "ganti rugi", "janji layanan", "kompensasi pelayanan"], minWords: 5, bodyMentions: "content", images: "unreadable", subject: "Kompensasi pelayanan" } },
  "PG-01": { detector: "complaint-channel", params: { keywords: COMPLAINT, subject: "Kanal pengaduan", channelWords: ["loket", "kotak saran", "whatsapp", "wa", "sms", "email", "e-mail", "surel", "telepon", "formulir", "datang langsung", "lapor"], channelHrefs: ["wa.me", "api.whatsapp.com", "mailto:", "tel:", "lapor.go.id"] } },
  "PG-02": { detector: "link-present", params: { platforms: [{ name: "SP4N-LAPOR!", hrefPatterns: ["lapor.go.id"] }], mentionKeywords: ["sp4n lapor", "sp4n-lapor", "lapor.go.id"], maxClicks: 2, subject: "Tautan SP4N-LAPOR!" } },
  "PG-03": { detector: "procedure", params: { keywords: ["alur pengaduan", "mekanisme pengaduan", "tata cara pengaduan", "prosedur pengaduan", "cara pengaduan", "alur penanganan pengaduan", "mekanisme penanganan pengaduan", "sop pengaduan", "cara melapor"], minSteps: 3, subject: "Alur pengaduan", imageKeywords: [["alur", "mekanisme", "prosedur", "tata cara", "flow", "sop"], ["aduan", "pengaduan", "lapor"]] } },
  "PG-04": { detector: "keyword-content", params: { keywords: ["pengelola pengaduan", "petugas pengaduan", "penanggung jawab pengaduan", "pejabat pengelola pengaduan", "tim pengelola pengaduan", "admin pengaduan", "petugas layanan pengaduan"], minWords: 2, includeChrome: true, requires: ["name", "phone"], images: "ignore", bodyMentions: "weak", subject: "Pengelola pengaduan" } },
  "PG-05": { detector: "report-year", params: { keywords: ["rekap pengaduan", "rekapitulasi pengaduan", "tindak lanjut pengaduan", "penyelesaian aduan", "penyelesaian pengaduan", "laporan pengaduan", "statistik pengaduan", "rekap aduan", "laporan penanganan pengaduan", "data pengaduan"], maxAgeYears: 1, subject: "Rekap/tindak lanjut pengaduan" } },
  "SK-01": { detector: "keyword-content", params: { keywords: SKM, minWords: 5, images: "unreadable", subject: "Survei kepuasan masyarakat", links: { hrefPatterns: ["forms.gle", "docs.google.com/forms", "skm", "survei", "survey", "ikm"], textKeywords: true, externalOnly: true } } },
  "SK-02": { detector: "survey-result", params: { keywords: [...SKM, "indeks kepuasan", "nilai indeks"], maxAgeYears: 1, subject: "Hasil SKM", imageKeywords: [["skm", "ikm", "survei kepuasan", "indeks kepuasan"]] } },
  "SK-03": { detector: "keyword-content", params: { keywords: ["tindak lanjut", "rencana tindak lanjut", "tindak lanjut hasil survei", "tindak lanjut skm", "tindak lanjut ikm"], near: ["skm", "ikm", "survei kepuasan", "indeks kepuasan", "hasil survei"], nearMode: "required", minWords: 5, bodyMentions: "weak", images: "ignore", subject: "Tindak lanjut hasil SKM" } },
  "SK-04": { detector: "report-year", params: { keywords: ["lkjip", "lakip", "laporan kinerja", "laporan kinerja instansi pemerintah", "renstra", "rencana strategis", "renja", "rencana kerja", "perjanjian kinerja", "lkj"], maxAgeYears: 1, subject: "Laporan kinerja dan perencanaan" } },
  "PI-01": { detector: "keyword-content", params: { keywords: ["pelayanan khusus", "layanan prioritas", "pelayanan prioritas", "disabilitas", "difabel", "penyandang disabilitas", "lansia", "lanjut usia", "ibu hamil", "jemput bola", "berkebutuhan khusus", "kelompok rentan"], near: ["layanan", "prioritas", "khusus", "loket", "antrian", "antrean", "didahulukan", "kemudahan", "pendampingan", "jemput bola", "fasilitas"], nearMode: "required", minWords: 5, bodyMentions: "content", images: "unreadable", subject: "Informasi pelayanan khusus" } },
  "PI-02": { detector: "keyword-content", params: { keywords: ["sarana dan prasarana", "sarana prasarana", "sarana", "prasarana", "fasilitas", "fasilitas pelayanan", "sarpras"], near: ["ramp", "kursi roda", "toilet disabilitas", "toilet difabel", "ruang laktasi", "ruang menyusui", "jalur pemandu", "guiding block", "disabilitas", "difabel", "pegangan rambat", "handrail", "parkir khusus"], nearMode: "partial", minWords: 4, bodyMentions: "weak", images: "unreadable", subject: "Sarana dan prasarana" } },
  "PI-03": { detector: "accessibility", params: {} },
  "KI-01": { detector: "keyword-content", params: { keywords: ["ppid", "pejabat pengelola informasi dan dokumentasi", "informasi publik", "keterbukaan informasi publik"], minWords: 8, images: "ignore", subject: "Halaman PPID", links: { hrefPatterns: ["ppid"], textKeywords: true, externalOnly: true, strength: "partial" } } },
  "KI-02": { detector: "keyword-content", params: { keywords: ["daftar informasi publik", "dip", "informasi berkala", "informasi serta merta", "informasi setiap saat", "informasi tersedia setiap saat", "informasi yang wajib disediakan"], minWords: 8, images: "unreadable", subject: "Daftar informasi publik" } },
  "KI-03": { detector: "keyword-content", params: { keywords: ["permohonan informasi", "keberatan"], minWords: 8, images: "unreadable", subject: "Tata cara permohonan informasi dan keberatan", groups: [{ name: "permohonan informasi", keywords: ["permohonan informasi", "formulir permohonan", "tata cara permohonan", "prosedur permohonan", "mekanisme permohonan", "permintaan informasi"] }, { name: "keberatan", keywords: ["keberatan", "pengajuan keberatan", "tata cara keberatan"] }] } },
  "KI-04": { detector: "keyword-content", params: { keywords: ["program dan kegiatan", "program kegiatan", "rencana kerja", "rka", "dpa", "rencana kerja dan anggaran", "dokumen pelaksanaan anggaran", "program kerja", "rkpd"], minWords: 8, bodyMentions: "weak", images: "unreadable", subject: "Program dan kegiatan" } },
  "KI-05": { detector: "report-year", params: { keywords: ["laporan keuangan", "realisasi anggaran", "laporan realisasi anggaran", "lra", "neraca", "calk", "catatan atas laporan keuangan", "lkpd"], maxAgeYears: 1, subject: "Laporan keuangan" } },
  "KI-06": { detector: "keyword-content", params: { keywords: ["regulasi", "produk hukum", "dasar hukum", "peraturan", "jdih", "peraturan perundang-undangan"], minWords: 5, images: "ignore", subject: "Regulasi/produk hukum", links: { hrefPatterns: ["jdih", "peraturan.go.id", "peraturan.bpk.go.id"], textKeywords: true, externalOnly: true } } },
  "KI-07": { detector: "keyword-content", params: { keywords: ["pengadaan", "pengadaan barang/jasa", "pengadaan barang dan jasa", "rup", "rencana umum pengadaan", "sirup", "lpse", "tender", "lelang"], minWords: 5, images: "ignore", subject: "Informasi pengadaan barang/jasa", links: { hrefPatterns: ["lpse", "sirup", "inaproc", "spse", "e-katalog"], textKeywords: true, externalOnly: true } } },
  "KI-08": { detector: "keyword-content", params: { keywords: ["profil pejabat", "profil pimpinan", "kepala dinas", "lhkpn"], minWords: 8, images: "unreadable", bodyMentions: "weak", subject: "Profil pejabat dan LHKPN", groups: [{ name: "profil pejabat", keywords: ["profil pejabat", "profil pimpinan", "profil kepala", "kepala dinas", "kepala badan", "direktur", "pejabat struktural", "sambutan kepala"] }, { name: "LHKPN", keywords: ["lhkpn", "harta kekayaan", "elhkpn", "laporan harta kekayaan"], hrefPatterns: ["elhkpn.kpk.go.id"] }] } },
  "PR-01": { detector: "keyword-content", params: { keywords: ["tugas pokok", "tupoksi", "tugas dan fungsi", "tugas pokok dan fungsi", "tugas fungsi"], minWords: 15, images: "unreadable", subject: "Tugas pokok dan fungsi" } },
  "PR-02": { detector: "keyword-content", params: { keywords: ["struktur organisasi", "bagan organisasi", "susunan organisasi", "struktur"], excludeLabels: ["struktur tarif", "infrastruktur"], minWords: 8, images: "content", imageKeywords: [["struktur", "bagan", "organisasi", "sotk"]], subject: "Struktur organisasi" } },
  "PR-03": { detector: "contact-info", params: {} },
  "WQ-01": { detector: "domain", params: { suffix: ".go.id" } },
  "WQ-02": { detector: "https", params: {} },
  "WQ-03": { detector: "mobile", params: {} },
  "WQ-04": { detector: "freshness", params: { maxAgeDays: [30, 90, 180] } },
  "WQ-05": { detector: "broken-links", params: { thresholds: [0.02, 0.05, 0.1] } },
  "WQ-06": { detector: "link-present", params: { platforms: [{ name: "Instagram", hrefPatterns: ["instagram.com"] }, { name: "Facebook", hrefPatterns: ["facebook.com", "fb.com", "fb.me"] }, { name: "YouTube", hrefPatterns: ["youtube.com", "youtu.be"] }, { name: "X/Twitter", hrefPatterns: ["twitter.com", "//x.com"] }, { name: "TikTok", hrefPatterns: ["tiktok.com"] }], minPlatforms: 2, maxClicks: 2, subject: "Media sosial resmi" } },
};

/** Every default item: detector, parameters and the fix hint an OPD program officer reads. */
export const DEFAULT_ITEM_CONFIG: Record<string, { detector: string; params: Record<string, unknown>; fixHint: string }> = Object.fromEntries(
  Object.entries(CONFIG).map(([code, c]) => [code, { ...c, fixHint: FIX_HINTS[code] ?? "" }]),
);
