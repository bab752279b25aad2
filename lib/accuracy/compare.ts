/**
 * Compares the scanner's results with the auditor's labels. Pure, so the scoring rules of the
 * accuracy report are tested without a browser.
 *
 * Agreement on one judged item:
 * - a label level agrees with the same scanner level;
 * - a scanner `review` agrees with any label on a P-mode item (P items are meant to hand weak
 *   evidence to a person) and with a label `review`; on an A-mode item it disagrees;
 * - a label `review` agrees only with a scanner `review`;
 * - a scanner `error` never agrees.
 *
 * Errors that matter most, counted apart:
 * - false pass ("item said present when it is not"): label 0, scanner level 1 or more. Level 1
 *   already tells the OPD the item exists, so it is a false pass, not a near miss.
 * - false fail: label 2 or 3, scanner level 0 (the brief's definition; a label-1 item scored 0
 *   is an underrating, shown but not counted here).
 */
import type { CheckStatus } from "@/lib/checks/types";
import { TRAP_KINDS, type Expected, type ParsedLabel, type TrapKind } from "./labels/schema";

/** Agreement each set must reach (issue 15): the blind set measures the truth, the seen set regressions. */
export const TARGET_AGREEMENT = { seen: 1, blind: 0.95 } as const;
export type SetName = keyof typeof TARGET_AGREEMENT;

export type Outcome =
  | "agree"
  | "false_pass"
  | "false_fail"
  | "overrated"
  | "underrated"
  | "review_on_a_item"
  | "missed_review"
  | "error";

export type ScannerAnswer = { status: CheckStatus; level: number | null; reason: string; evidence: { url: string; excerpt: string }[] };

export type Comparison = {
  site: string;
  code: string;
  mode: "A" | "P";
  expected: Expected;
  actual: { status: CheckStatus; level: number | null };
  outcome: Outcome;
  traps: TrapKind[];
  why: string;
  scannerReason: string;
  scannerEvidence: { url: string; excerpt: string } | null;
};

/** How one scanner answer compares with one label. */
export function outcomeOf(expected: Expected, mode: "A" | "P", status: CheckStatus, level: number | null): Outcome {
  if (status === "error") return "error";
  if (status === "review") {
    if (expected === "review" || mode === "P") return "agree";
    return "review_on_a_item";
  }
  const got = level ?? 0;
  if (expected === "review") return "missed_review";
  if (got === expected) return "agree";
  if (expected === 0) return "false_pass";
  if (got === 0 && expected >= 2) return "false_fail";
  return got > expected ? "overrated" : "underrated";
}

export function compare(site: string, label: ParsedLabel, mode: "A" | "P", answer: ScannerAnswer): Comparison {
  const ev = answer.evidence[0];
  return {
    site,
    code: label.code,
    mode,
    expected: label.expected,
    actual: { status: answer.status, level: answer.status === "scored" ? answer.level : null },
    outcome: outcomeOf(label.expected, mode, answer.status, answer.level),
    traps: label.traps,
    why: label.why,
    scannerReason: answer.reason,
    scannerEvidence: ev ? { url: ev.url, excerpt: ev.excerpt.slice(0, 200) } : null,
  };
}

export type Tally = { judged: number; agreed: number; agreement: number; falsePasses: number; falseFails: number };

export function tally(rows: Comparison[]): Tally {
  const agreed = rows.filter((r) => r.outcome === "agree").length;
  return {
    judged: rows.length,
    agreed,
    agreement: rows.length ? agreed / rows.length : 1,
    falsePasses: rows.filter((r) => r.outcome === "false_pass").length,
    falseFails: rows.filter((r) => r.outcome === "false_fail").length,
  };
}

export type Summary = {
  overall: Tally;
  perSite: Record<string, Tally>;
  perTrap: Record<TrapKind, Tally>;
  /** The set's agreement target is reached and no item was passed falsely (a level >= 1 where the label is 0). */
  met: boolean;
};

export function summarize(rows: Comparison[], set: SetName): Summary {
  const sites = [...new Set(rows.map((r) => r.site))];
  const perSite = Object.fromEntries(sites.map((s) => [s, tally(rows.filter((r) => r.site === s))]));
  const perTrap = Object.fromEntries(TRAP_KINDS.map((k) => [k, tally(rows.filter((r) => r.traps.includes(k)))])) as Record<TrapKind, Tally>;
  const overall = tally(rows);
  return { overall, perSite, perTrap, met: overall.agreement >= TARGET_AGREEMENT[set] && overall.falsePasses === 0 };
}
