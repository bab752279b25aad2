/**
 * Keywords that mark a URL or link text as likely checklist content. The checklist's own
 * keywords (data in the database) are merged in by the caller; these built-in ones make the
 * crawler useful even with an empty list.
 */

/** Terms naming the published items themselves: a page with one of these is visited first. */
export const STRONG_KEYWORDS = [
  "standar pelayanan",
  "maklumat",
  "pengaduan",
  "aduan",
  "persyaratan",
  "syarat",
  "prosedur",
  "alur",
  "mekanisme",
  "tata cara",
  "sop",
  "skm",
  "ikm",
  "survei kepuasan",
  "survey kepuasan",
  "kepuasan masyarakat",
  "ppid",
  "informasi publik",
  "lapor",
  "jenis layanan",
  "daftar layanan",
  "biaya",
  "tarif",
  "jam pelayanan",
  "jam layanan",
  "visi",
  "misi",
  "motto",
  "moto",
  "kompensasi",
  "tugas pokok",
  "tupoksi",
  "tugas dan fungsi",
  "struktur organisasi",
  "profil",
  "kontak",
  "hubungi",
  "lakip",
  "lkjip",
  "laporan kinerja",
  "renstra",
  "renja",
  "laporan keuangan",
  "regulasi",
  "produk hukum",
  "jdih",
  "pengadaan",
  "lhkpn",
  "disabilitas",
  "pelayanan khusus",
  "sarana",
  "prasarana",
];

/** Broad terms: worth a visit before the news archive, after the strong ones. */
export const WEAK_KEYWORDS = ["layanan", "pelayanan", "informasi", "publik", "dokumen", "unduh", "download", "program", "kegiatan", "tentang"];

/** Short terms (acronyms) match as whole words only: "sop" must not match "sopir". */
const WHOLE_WORD_MAX_LENGTH = 4;

export type KeywordMatcher = { score(text: string): number; matches(text: string): string[] };

/** Points for the first strong match; the checklist's items sit behind these. */
export const STRONG_POINTS = 100;
/** Points for a weak match: above the news archive, below real item pages. */
export const WEAK_POINTS = 35;
/** Each further distinct strong match adds a little: "alur pengaduan" beats "pengaduan". */
export const EXTRA_MATCH_POINTS = 10;
/** Bound so a page listing every keyword does not outrank everything by far. */
const MAX_EXTRA_MATCHES = 3;

function normalise(s: string): string {
  return s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[-_/+.,:;()"'!?]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function compile(words: string[]): Array<{ word: string; re: RegExp }> {
  const uniq = [...new Set(words.map(normalise).filter((w) => w.length >= 2))];
  return uniq.map((word) => ({
    word,
    re:
      word.length <= WHOLE_WORD_MAX_LENGTH
        ? new RegExp(`(^|[^a-z0-9])${escapeRe(word)}($|[^a-z0-9])`)
        : new RegExp(escapeRe(word)),
  }));
}

/** A matcher over built-in strong/weak keywords plus `extra` (the checklist's, counted strong). */
export function keywordMatcher(extra: string[] = []): KeywordMatcher {
  const strong = compile([...STRONG_KEYWORDS, ...extra]);
  const strongWords = new Set(strong.map((s) => s.word));
  const weak = compile(WEAK_KEYWORDS).filter((w) => !strongWords.has(w.word));
  return {
    matches(text: string): string[] {
      const t = normalise(text);
      return strong.filter((k) => k.re.test(t)).map((k) => k.word);
    },
    score(text: string): number {
      const t = normalise(text);
      if (!t) return 0;
      const hits = strong.filter((k) => k.re.test(t)).length;
      if (hits > 0) return STRONG_POINTS + Math.min(MAX_EXTRA_MATCHES, hits - 1) * EXTRA_MATCH_POINTS;
      return weak.some((k) => k.re.test(t)) ? WEAK_POINTS : 0;
    },
  };
}
