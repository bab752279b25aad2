/**
 * Passing mentions: a keyword named as something planned, requested or missing ("OPD diminta
 * segera menyusun maklumat pelayanan", "SKM akan dilaksanakan tahun depan") is not evidence that
 * the item exists.
 */

/** Markers of plan, request or absence in Indonesian. "rencana" alone is not one: "Rencana Kerja" is a document. */
export const PLAN_MARKERS: readonly RegExp[] = [
  /\bakan\b/i,
  /\bsegera\b/i,
  /\b(?:di|me)rencanakan\b|\bberencana\b|\brencananya\b/i,
  /\b(?:di|me)minta\b|\bmemerintahkan\b|\bdiperintahkan\b/i,
  /\b(?:di|meng)harapkan\b/i,
  /\b(?:di|meng)imbau\b|\b(?:di|meng)instruksikan\b|\bmendorong\b|\bdidorong\b/i,
  /\bagar\b|\bsupaya\b|\bhendaknya\b/i,
  /\bbelum\b/i,
  /\bsedang\s+(?:disusun|dirancang|dipersiapkan|dibahas)\b|\bdalam\s+proses\b|\bmenyiapkan\b|\bdipersiapkan\b/i,
  /\btahun\s+depan\b|\bke\s+depan(?:nya)?\b|\bmendatang\b/i,
  /\bwajib\s+(?:menyusun|membuat|memiliki|menerbitkan|mempublikasikan)\b/i,
];

/** How far (characters) before and after the keyword a marker still governs it. */
export const PLAN_WINDOW_BEFORE = 70;
export const PLAN_WINDOW_AFTER = 45;

/**
 * True when the keyword at `index` (length `length`) in `sentence` is named as planned,
 * requested or missing rather than present.
 */
export function isPlanMention(sentence: string, index = 0, length = 0): boolean {
  const before = sentence.slice(Math.max(0, index - PLAN_WINDOW_BEFORE), index);
  const after = sentence.slice(index + length, index + length + PLAN_WINDOW_AFTER);
  return PLAN_MARKERS.some((m) => m.test(before) || m.test(after));
}

/** True when a label (heading, title) reads as a plan or request, e.g. a news headline. */
export function isPlanLabel(label: string): boolean {
  return PLAN_MARKERS.some((m) => m.test(label));
}
