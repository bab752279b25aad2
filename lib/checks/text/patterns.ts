/**
 * Value patterns the detectors look for inside content: durations, fees, office hours, phone
 * numbers, e-mail, street addresses, survey index values and person names.
 */

const NUMBER_WORD =
  "satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|(?:dua|tiga|empat|lima)\\s+belas|(?:dua|tiga)\\s+puluh|empat\\s+puluh|enam\\s+puluh|se";

/** "3 hari kerja", "1 (satu) hari", "60 menit", "1x24 jam", "tujuh hari", "hari yang sama". */
export const DURATION_RE = new RegExp(
  `(?:(?<![\\p{L}\\d])(?:\\d{1,3}(?:\\s*[x×]\\s*\\d{1,2})?|${NUMBER_WORD})\\s*(?:\\([\\p{L}\\s]+\\)\\s*)?(?:hari\\s+kerja|hari|jam|menit|minggu|pekan|bulan)(?![\\p{L}])|\\bhari\\s+yang\\s+sama\\b|\\bsaat\\s+itu\\s+juga\\b|\\blangsung\\s+(?:jadi|selesai|terbit)\\b)`,
  "iu",
);

/** "Rp 50.000", "Rp. 0", "gratis", "tidak dipungut biaya", "sesuai Perbup No. 5". */
export const FEE_RE =
  /(?:\bRp\.?\s?\d[\d.,]*|\bgratis\b|\bfree\b|\b(?:tidak|tanpa|tak)\s+(?:di)?(?:pungut|kenakan|kenai|dikenai|dikenakan)\s+(?:biaya|tarif|retribusi|pungutan)|\btidak\s+dipungut\b|\bbebas\s+(?:biaya|pungutan)\b|\btanpa\s+biaya\b|\btidak\s+berbayar\b|\bnihil\b|\bnol\s+rupiah\b|\bsesuai\s+(?:dengan\s+)?(?:perda|perbup|peraturan|ketentuan|tarif)\b)/i;

/** Explicit free-of-charge statements that need no "biaya" label to be clear. */
export const FREE_RE =
  /\b(?:tidak|tanpa|tak)\s+(?:di)?(?:pungut|kenakan|kenai|dikenai|dikenakan)\s+(?:biaya|tarif|retribusi|pungutan)|\btidak\s+dipungut\s+biaya\b|\bbebas\s+(?:biaya|pungutan)\b|\btanpa\s+(?:dipungut\s+)?biaya\b/i;

export const DAY_RE = /\b(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|setiap\s+hari|hari\s+kerja)\b/i;

/** "08.00", "8:00", "07.30 - 16.00", "24 jam". */
export const TIME_RE = /(?<![\d.,])(?:[01]?\d|2[0-4])[.:][0-5]\d(?![\d])|\b24\s*jam\b/i;

const PHONE_DIGITS = /(?:\+?62|\(0\d{2,4}\)|0)[\d\s().-]{7,17}\d/g;

/** A phone number: +62 / 0 prefix and 9-14 digits, next to a phone word or a +62 prefix. */
export function findPhones(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PHONE_DIGITS)) {
    const digits = m[0].replace(/\D/g, "");
    if (digits.length < 9 || digits.length > 14) continue;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const labelled = /\b(?:telp?|telepon|tlp|hp|wa|whatsapp|ponsel|phone|fax|faks|kontak|hubungi|call|sms|no\.?\s*(?:hp|telp?))\b/i.test(before);
    if (labelled || m[0].startsWith("+62") || m[0].startsWith("(0") || /^08\d/.test(digits)) out.push(m[0].trim());
  }
  return out;
}

export const EMAIL_RE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/** "Jl. Proklamasi No. 1", "Jalan Ahmad Yani", "Komplek Perkantoran ...". */
export const ADDRESS_RE = /\b(?:Jl\.?|Jln\.?|Jalan)\s+[\p{L}\d]|\bKomplek\s+Perkantoran\b|\bKompleks\s+Perkantoran\b/iu;

/**
 * A person's name: two or more capitalised words, or one with an academic or civil-service
 * title ("Drs.", "S.Kom", "NIP").
 */
export const PERSON_RE =
  /\b(?:Drs?\.|Dra\.|Ir\.|H\.|Hj\.|dr\.)\s*\p{Lu}|\p{Lu}[\p{Ll}']+,?\s+(?:\p{Lu}\.\s*)?\p{Lu}[\p{Ll}']+|\b[A-Z][A-Za-z]+,\s*(?:S|M|A)\.\s?[A-Z][A-Za-z]*|\bNIP\.?\s*:?\s*\d{8}/u;

/** A satisfaction index value 25.00-100.00 written with a decimal comma or point. */
export const INDEX_VALUE_RE = /(?<![\d.,])(\d{2,3})[.,](\d{1,3})(?![\d.,]*\d)/g;

export function indexValues(text: string): { value: number; index: number; raw: string }[] {
  const out: { value: number; index: number; raw: string }[] = [];
  for (const m of text.matchAll(INDEX_VALUE_RE)) {
    const value = Number(`${m[1]}.${m[2]}`);
    if (value >= 25 && value <= 100) out.push({ value, index: m.index, raw: m[0] });
  }
  return out;
}

/** Mutu pelayanan letters or their words as PermenPAN-RB 14/2017 names them. */
export const MUTU_RE = /\b(?:mutu|kategori|predikat|kinerja)\s*(?:pelayanan\s*)?:?\s*\(?[ABCD]\)?(?![\p{L}])|\b(?:sangat\s+baik|kurang\s+baik|tidak\s+baik)\b/iu;

export type PatternName = "phone" | "email" | "address" | "name" | "year";

/** Whether a named pattern occurs in the text (used by `requires` parameters). */
export function hasPattern(name: PatternName, text: string): boolean {
  switch (name) {
    case "phone":
      return findPhones(text).length > 0 || /\bwa\.me\/|\btel:/i.test(text);
    case "email":
      return EMAIL_RE.test(text);
    case "address":
      return ADDRESS_RE.test(text);
    case "name":
      return PERSON_RE.test(text);
    case "year":
      return /(?<!\d)20\d{2}(?!\d)/.test(text);
  }
}
