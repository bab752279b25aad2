/**
 * From graded finds to a level on the Ombudsman's 0-3 interval, with the evidence that decided
 * it and one Indonesian sentence saying why:
 * 3 complete and reachable from the home page within `maxClicks`; 2 complete but deeper;
 * 1 incomplete, image or scan only, or only reachable by a deep link; 0 nothing or empty shells.
 * P-mode items answer "review" when all they have is weak evidence.
 */
import type { CheckContext, CheckOutcome, Evidence, Level } from "../types";
import { STRENGTH_RANK, type Candidate } from "./content";

/** "Reachable from the home page within 2 clicks" (checklist.md, level 3). */
export const DEFAULT_MAX_CLICKS = 2;
/** Evidence kept per item: enough to see the decision, few enough to read. */
export const MAX_EVIDENCE = 3;

export function toEvidence(c: Candidate): Evidence {
  return { url: c.url, excerpt: c.excerpt, screenshotPath: c.screenshotPath, source: c.source };
}

function depthRank(c: Candidate): number {
  return c.linked && c.depth !== null ? c.depth : Number.MAX_SAFE_INTEGER;
}

/** Best first: stronger, then closer to the home page. */
export function rankCandidates(cands: Candidate[]): Candidate[] {
  return [...cands].sort((a, b) => STRENGTH_RANK[b.strength] - STRENGTH_RANK[a.strength] || depthRank(a) - depthRank(b));
}

export function clicksPhrase(c: Candidate): string {
  if (!c.linked || c.depth === null) return "hanya dapat dibuka lewat tautan langsung (tidak ditautkan dari halaman lain)";
  if (c.depth === 0) return "ada di beranda";
  return `berjarak ${c.depth} klik dari beranda`;
}

export function scored(level: Level, reason: string, evidence: Evidence[] = []): CheckOutcome {
  return { status: "scored", level, evidence: evidence.slice(0, MAX_EVIDENCE), reason };
}

export function review(reason: string, evidence: Evidence[] = []): CheckOutcome {
  return { status: "review", level: null, evidence: evidence.slice(0, MAX_EVIDENCE), reason };
}

export type DecideOptions = {
  /** Noun phrase for reasons, e.g. "Maklumat pelayanan". */
  subject: string;
  maxClicks?: number;
  /** Extra condition for level 3 (e.g. dated within the period); a note when unmet caps at 2... or 1. */
  current?: (c: Candidate) => boolean;
  /** What "not current" costs: level 1 (outdated, checklist) by default. */
  staleLevel?: Level;
};

/** Level 3/2 for complete content by clicks; 1 when only a deep link reaches it. */
export function levelForStrong(c: Candidate, maxClicks: number): Level {
  if (!c.linked || c.depth === null) return 1;
  return c.depth <= maxClicks ? 3 : 2;
}

export function decide(
  finding: { candidates: Candidate[]; shells: Candidate[] },
  ctx: Pick<CheckContext, "mode">,
  opts: DecideOptions,
): CheckOutcome {
  const maxClicks = opts.maxClicks ?? DEFAULT_MAX_CLICKS;
  const ranked = rankCandidates(finding.candidates);
  const strong = ranked.filter((c) => c.strength === "strong");
  if (strong.length) {
    const current = opts.current ? strong.filter(opts.current) : strong;
    if (!current.length) {
      const best = strong[0];
      const level = Math.min(opts.staleLevel ?? 1, levelForStrong(best, maxClicks)) as Level;
      return scored(level, `${opts.subject} ditemukan tetapi tidak mutakhir (di luar periode yang berlaku).`, strong.map(toEvidence));
    }
    const best = current[0];
    const level = levelForStrong(best, maxClicks);
    const where = clicksPhrase(best);
    const reason =
      level === 3
        ? `${opts.subject} ditemukan dengan isi lengkap dan ${where}.`
        : level === 2
          ? `${opts.subject} ditemukan dengan isi lengkap, tetapi ${where} (lebih dari ${maxClicks} klik).`
          : `${opts.subject} ditemukan, tetapi ${where}.`;
    return scored(level, reason, current.map(toEvidence));
  }
  const partial = ranked.filter((c) => c.strength === "partial" || c.strength === "unreadable");
  if (partial.length) {
    const best = partial[0];
    return scored(1, `${opts.subject} ditemukan tetapi belum memadai: ${best.note || "isinya belum lengkap"}.`, partial.map(toEvidence));
  }
  const weak = ranked.filter((c) => c.strength === "weak");
  const forPerson = weak.filter((c) => c.forPerson);
  if (forPerson.length) {
    return review(`Ada kandidat ${lower(opts.subject)} yang hanya dapat dinilai petugas: ${forPerson[0].note}.`, forPerson.map(toEvidence));
  }
  if (weak.length && ctx.mode === "P") {
    return review(`Ada kandidat ${lower(opts.subject)} (${weak[0].note}); perlu diperiksa petugas.`, weak.map(toEvidence));
  }
  if (finding.shells.length) {
    return scored(0, `${opts.subject} hanya berupa judul atau menu tanpa isi (${finding.shells[0].note}).`, finding.shells.map(toEvidence));
  }
  if (weak.length) {
    return scored(0, `${opts.subject} tidak ditemukan sebagai konten sendiri; hanya disebut sepintas (${weak[0].note}).`, weak.map(toEvidence));
  }
  return scored(0, `${opts.subject} tidak ditemukan di situs.`);
}

export function lower(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
