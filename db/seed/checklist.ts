/**
 * The default checklist, as ../shared/checklist.md (codes are a contract; its English notes in the
 * legal-basis column are shown in Indonesian). Detector ids,
 * parameters and fix hints come from lib/checks/defaults.ts; weights sum to 100.
 */
import type { Category } from "@/db/schema";

export type ChecklistSeedRow = {
  code: string;
  category: Category;
  title: string;
  legalBasis: string;
  mode: "A" | "P";
  weight: number;
};

/** Items no regulation requires, kept because the Ombudsman's assessors look for them. */
const GOOD_PRACTICE = "Praktik baik pengelolaan situs pemerintah (tidak diatur peraturan tertentu)";

/**
 * The English notes of checklist.md that earlier seeds stored as legal basis, with the
 * Indonesian text shown instead; the seed rewrites them in existing databases (display text
 * only: codes, weights and detectors are untouched).
 */
export const LEGACY_LEGAL_BASIS: Record<string, string> = {
  "good practice": GOOD_PRACTICE,
  "UU 8/2016 Ps 24; WCAG 2.1 AA as reference": "UU 8/2016 Ps 24; WCAG 2.1 tingkat AA sebagai acuan teknis",
  "Pemkab's own requirement (the seed news item)": "Ketentuan Pemerintah Kabupaten sendiri (bukan peraturan nasional)",
};

export const CHECKLIST_SEED: ChecklistSeedRow[] = [
  { code: "SP-01", category: "SP", title: "Daftar jenis layanan dan akses layanan daring", legalBasis: "UU 25/2009 Ps 15a, 23(4)", mode: "P", weight: 2 },
  { code: "SP-02", category: "SP", title: "Standar Pelayanan ditetapkan dan dipublikasikan", legalBasis: "UU 25/2009 Ps 15a, 20-21; PermenPAN-RB 15/2014", mode: "A", weight: 4 },
  { code: "SP-03", category: "SP", title: "Persyaratan pelayanan", legalBasis: "UU 25/2009 Ps 21b", mode: "A", weight: 4 },
  { code: "SP-04", category: "SP", title: "Sistem, mekanisme dan prosedur (alur)", legalBasis: "UU 25/2009 Ps 21c", mode: "A", weight: 4 },
  { code: "SP-05", category: "SP", title: "Jangka waktu penyelesaian", legalBasis: "UU 25/2009 Ps 21d", mode: "A", weight: 3 },
  { code: "SP-06", category: "SP", title: "Biaya/tarif", legalBasis: "UU 25/2009 Ps 21e", mode: "A", weight: 3 },
  { code: "SP-07", category: "SP", title: "Produk pelayanan", legalBasis: "UU 25/2009 Ps 21f", mode: "A", weight: 2 },
  { code: "SP-08", category: "SP", title: "Kelengkapan 6 komponen per layanan", legalBasis: "PermenPAN-RB 15/2014", mode: "A", weight: 4 },
  { code: "SP-09", category: "SP", title: "14 komponen standar dan dasar hukum", legalBasis: "UU 25/2009 Ps 21a-n", mode: "P", weight: 1 },
  { code: "SP-10", category: "SP", title: "Jam/jadwal pelayanan", legalBasis: GOOD_PRACTICE, mode: "A", weight: 2 },
  { code: "KP-01", category: "KP", title: "Maklumat Pelayanan dipublikasikan", legalBasis: "UU 25/2009 Ps 15b, 22", mode: "A", weight: 5 },
  { code: "KP-02", category: "KP", title: "Substansi maklumat", legalBasis: "UU 25/2009 Ps 22", mode: "P", weight: 3 },
  { code: "KP-03", category: "KP", title: "Visi dan misi", legalBasis: "Peraturan Ombudsman 17/2015 Ps 14f", mode: "A", weight: 2 },
  { code: "KP-04", category: "KP", title: "Motto pelayanan", legalBasis: "Peraturan Ombudsman 17/2015 Ps 14f", mode: "A", weight: 2 },
  { code: "KP-05", category: "KP", title: "Kompensasi pelayanan", legalBasis: "Ombudsman 2023 dimensi Input", mode: "A", weight: 2 },
  { code: "PG-01", category: "PG", title: "Kanal pengaduan tersedia", legalBasis: "UU 25/2009 Ps 36; Perpres 76/2013", mode: "A", weight: 4 },
  { code: "PG-02", category: "PG", title: "Terhubung SP4N-LAPOR!", legalBasis: "Perpres 76/2013; SPBE indikator 42", mode: "A", weight: 3 },
  { code: "PG-03", category: "PG", title: "Alur/mekanisme pengaduan", legalBasis: "UU 25/2009 Ps 21j", mode: "A", weight: 2 },
  { code: "PG-04", category: "PG", title: "Pengelola pengaduan diumumkan", legalBasis: "UU 25/2009 Ps 36", mode: "P", weight: 2 },
  { code: "PG-05", category: "PG", title: "Rekap/tindak lanjut pengaduan", legalBasis: "UU 25/2009; SPBE", mode: "P", weight: 1 },
  { code: "SK-01", category: "SK", title: "Survei Kepuasan Masyarakat tersedia", legalBasis: "PermenPAN-RB 14/2017", mode: "A", weight: 2 },
  { code: "SK-02", category: "SK", title: "Hasil SKM dipublikasikan dan mutakhir", legalBasis: "PermenPAN-RB 14/2017", mode: "A", weight: 3 },
  { code: "SK-03", category: "SK", title: "Tindak lanjut hasil SKM", legalBasis: "PermenPAN-RB 14/2017", mode: "P", weight: 1 },
  { code: "SK-04", category: "SK", title: "Laporan kinerja dan perencanaan", legalBasis: "UU 25/2009 Ps 23(4); UU 14/2008 Ps 9(2)b", mode: "A", weight: 2 },
  { code: "PI-01", category: "PI", title: "Informasi pelayanan khusus", legalBasis: "UU 25/2009 Ps 29", mode: "A", weight: 3 },
  { code: "PI-02", category: "PI", title: "Sarana dan prasarana (termasuk difabel)", legalBasis: "UU 25/2009 Ps 15d, 21g", mode: "P", weight: 2 },
  { code: "PI-03", category: "PI", title: "Aksesibilitas situs", legalBasis: "UU 8/2016 Ps 24; WCAG 2.1 tingkat AA sebagai acuan teknis", mode: "A", weight: 2 },
  { code: "KI-01", category: "KI", title: "Halaman/tautan PPID", legalBasis: "UU 14/2008 Ps 13; Perki 1/2021", mode: "A", weight: 3 },
  { code: "KI-02", category: "KI", title: "Daftar Informasi Publik", legalBasis: "UU 14/2008 Ps 9-11", mode: "A", weight: 2 },
  { code: "KI-03", category: "KI", title: "Tata cara permohonan informasi dan keberatan", legalBasis: "Perki 1/2021", mode: "A", weight: 2 },
  { code: "KI-04", category: "KI", title: "Program dan kegiatan", legalBasis: "UU 14/2008 Ps 9(2)b", mode: "P", weight: 1 },
  { code: "KI-05", category: "KI", title: "Laporan keuangan", legalBasis: "UU 14/2008 Ps 9(2)c", mode: "A", weight: 2 },
  { code: "KI-06", category: "KI", title: "Regulasi/produk hukum", legalBasis: "Perki 1/2021; SPBE indikator 44", mode: "A", weight: 1 },
  { code: "KI-07", category: "KI", title: "Pengadaan barang/jasa", legalBasis: "Perki 1/2021", mode: "A", weight: 1 },
  { code: "KI-08", category: "KI", title: "Profil pejabat dan LHKPN", legalBasis: "UU 25/2009 Ps 23(4); Perki 1/2021", mode: "P", weight: 1 },
  { code: "PR-01", category: "PR", title: "Tugas pokok dan fungsi", legalBasis: "UU 25/2009 Ps 23(4)", mode: "A", weight: 2 },
  { code: "PR-02", category: "PR", title: "Struktur organisasi", legalBasis: "UU 25/2009 Ps 23(4)", mode: "A", weight: 2 },
  { code: "PR-03", category: "PR", title: "Alamat dan kontak kantor", legalBasis: "Perki 1/2021", mode: "A", weight: 2 },
  { code: "WQ-01", category: "WQ", title: "Domain resmi go.id", legalBasis: "Permenkominfo 28/2006, 5/2015", mode: "A", weight: 2 },
  { code: "WQ-02", category: "WQ", title: "HTTPS dan ketersediaan", legalBasis: GOOD_PRACTICE, mode: "A", weight: 2 },
  { code: "WQ-03", category: "WQ", title: "Ramah perangkat seluler", legalBasis: GOOD_PRACTICE, mode: "A", weight: 1 },
  { code: "WQ-04", category: "WQ", title: "Kebaruan konten (berita/kegiatan)", legalBasis: "UU 14/2008 Ps 9(3)", mode: "A", weight: 3 },
  { code: "WQ-05", category: "WQ", title: "Tautan tidak rusak", legalBasis: GOOD_PRACTICE, mode: "A", weight: 1 },
  { code: "WQ-06", category: "WQ", title: "Media sosial resmi terhubung", legalBasis: "Ketentuan Pemerintah Kabupaten sendiri (bukan peraturan nasional)", mode: "P", weight: 2 },
];
