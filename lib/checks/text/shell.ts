/**
 * Empty-shell detection: a menu entry or heading whose content says "belum diisi", "coming
 * soon", "halaman tidak ditemukan", or says nothing at all. Such content is level 0, however
 * well its label matches.
 */
import { sentences, wordCount } from "./normalize";

/** Sentences that announce missing content instead of giving it. */
export const SHELL_PATTERNS: readonly RegExp[] = [
  /\bbelum\s+(?:ada\s+)?(?:di\s?isi|terisi|tersedia|ada\s+(?:data|konten|isi|informasi|berita)|diperbarui|diunggah|di\s?upload|dipublikasikan|dilengkapi|ditambahkan|diinput)/i,
  /\bsedang\s+(?:dalam\s+)?(?:tahap\s+)?(?:pengembangan|perbaikan|pembangunan|penyusunan|pemeliharaan|dikembangkan|diperbaiki|disusun|diperbarui|proses\s+(?:pengisian|penyusunan|update))/i,
  /\bdalam\s+(?:tahap\s+|proses\s+)?(?:pengembangan|perbaikan|pembangunan|penyusunan|pemeliharaan|pengisian)/i,
  /\b(?:coming\s+soon|under\s+construction|under\s+maintenance|under\s+development|segera\s+hadir|maintenance\s+mode|work\s+in\s+progress)\b/i,
  /\bhalaman\s+(?:yang\s+(?:anda|kamu)\s+(?:cari|tuju)\s+)?(?:tidak|tak)\s+(?:di\s?temukan|ada|tersedia)/i,
  /\b(?:page|halaman)\s+not\s+found\b|\bnot\s+found\b|\b(?:error|galat)\s*404\b|\b404\b.{0,40}\b(?:not\s+found|tidak\s+ditemukan|halaman|page)\b/i,
  /\b(?:data|konten|isi|informasi|dokumen|berkas|file)\s+(?:masih\s+)?(?:tidak|belum)\s+(?:di\s?temukan|tersedia|ada)\b/i,
  /\btidak\s+ada\s+(?:data|konten|postingan|artikel|informasi|dokumen|berita)\b/i,
  /\blorem\s+ipsum\b/i,
  /\b(?:akan|segera)\s+(?:segera\s+)?(?:di\s?isi|diperbarui|di\s?update|dilengkapi|tersedia|hadir|ditampilkan|diunggah|di\s?upload|dipublikasikan|diterbitkan)\b/i,
  /\bno\s+(?:content|data|posts?|results?)\s*(?:found|available|yet)?\b|\bnothing\s+(?:found|here)\b/i,
  /\b(?:mohon\s+)?maaf\b.{0,60}\b(?:belum|tidak)\s+(?:tersedia|ditemukan|ada|dapat)\b/i,
  /\bkonten\s+(?:ini\s+)?(?:kosong|belum)\b|\bhalaman\s+(?:ini\s+)?kosong\b/i,
  // A page whose script never rendered its content.
  /^\s*(?:memuat|sedang\s+memuat|loading|please\s+wait|mohon\s+tunggu)\s*(?:\.{2,3}|…)?\s*$/i,
  // Deferring to the office ("dapat ditanyakan langsung ke kantor") publishes nothing.
  /\b(?:dapat|bisa|silah?kan|harap)\s+(?:di)?tanyakan\b|\bsilah?kan\s+(?:hubungi|menghubungi|datang|bertanya)\b|\b(?:untuk\s+)?informasi\s+(?:lebih\s+lanjut|selengkapnya)\s*,?\s*(?:dapat|bisa|silah?kan|hubungi|ditanyakan)\b/i,
];

/** A cell or line that stands for a value not yet filled in: "...", "-", "—", "n/a", "0", "TBA". */
const PLACEHOLDER_CELL = /^\s*(?:\.{2,}|…|[-–—_*?]+|n\/?a|nihil|tba|tbd|kosong|0|0,00|0\.00|rp\.?\s*-|rp\.?\s*0)\s*$/i;
const MIN_TABLE_CELLS = 3;

function cellsOf(line: string): string[] {
  return line.split("\t").map((c) => c.trim()).filter(Boolean);
}

/** A table header row: three or more short cells naming columns, no values in them. */
function isHeaderRow(cells: string[]): boolean {
  return cells.length >= MIN_TABLE_CELLS && cells.every((c) => wordCount(c) <= 4 && !/\d/.test(c.replace(/^no\.?$/i, "")));
}

/**
 * Empty structure: the lines of a body that carry no value. A results table with only its header
 * row, dashboard rows whose values are "..." or "-", placeholder cells. What is left is what a
 * reader actually gets.
 */
export function withoutEmptyStructure(body: string): string {
  const rows = body.split("\n");
  const kept: string[] = [];
  rows.forEach((line, i) => {
    const cells = cellsOf(line);
    if (!cells.length) return;
    // "Label: ..." or a row of cells whose values are all placeholders.
    const values = cells.length > 1 ? cells.slice(1) : (/:\s*(.*)$/.exec(line)?.[1] ?? null) !== null ? [/:\s*(.*)$/.exec(line)![1]] : [];
    if (values.length && values.every((v) => v === "" || PLACEHOLDER_CELL.test(v))) return;
    if (cells.every((c) => PLACEHOLDER_CELL.test(c))) return;
    if (isHeaderRow(cells)) {
      // A header keeps its place only when a row of values follows it.
      const next = rows.slice(i + 1).find((r) => r.trim());
      const nextCells = next ? cellsOf(next) : [];
      if (nextCells.length < 2 || isHeaderRow(nextCells) || nextCells.slice(1).every((v) => PLACEHOLDER_CELL.test(v))) return;
    }
    kept.push(line);
  });
  return kept.join("\n");
}

/** Words of real content left beside a placeholder sentence that still make it a page worth reading. */
export const SHELL_RESIDUE_WORDS = 30;

export function isShellSentence(sentence: string): boolean {
  return SHELL_PATTERNS.some((p) => p.test(sentence));
}

export type ShellVerdict = {
  /** True when the text is a placeholder or has fewer than `minWords` words of content. */
  shell: boolean;
  /** A placeholder sentence was seen ("belum diisi", "coming soon", ...). */
  placeholder: string | null;
  /** The text without placeholder sentences. */
  content: string;
  contentWords: number;
};

/**
 * Judges whether a section's body is an empty shell. A long page that mentions "coming soon"
 * for one feature is not a shell; a heading with "Maklumat belum diisi!" under it is.
 */
export function judgeShell(body: string, minWords: number, isPlaceholder?: (sentence: string) => boolean): ShellVerdict {
  const filled = withoutEmptyStructure(body);
  const parts = sentences(filled);
  let placeholder: string | null = null;
  const kept: string[] = [];
  for (const s of parts) {
    if (isShellSentence(s.text) || isPlaceholder?.(s.text)) placeholder ??= s.text;
    else kept.push(s.text);
  }
  const content = kept.join("\n");
  const contentWords = wordCount(content);
  if (placeholder === null && filled.length < body.trim().length * 0.5 && contentWords < SHELL_RESIDUE_WORDS) {
    placeholder = "tabel atau isian tanpa nilai";
  }
  const shell = (placeholder !== null && contentWords < SHELL_RESIDUE_WORDS) || contentWords < minWords;
  return { shell, placeholder, content, contentWords };
}
