import { describe, expect, it } from "vitest";
import { compare, outcomeOf, summarize } from "./compare";

describe("outcomeOf", () => {
  it("agrees on equal levels only", () => {
    expect(outcomeOf(3, "A", "scored", 3)).toBe("agree");
    expect(outcomeOf(0, "A", "scored", 0)).toBe("agree");
    expect(outcomeOf(3, "A", "scored", 2)).toBe("underrated");
    expect(outcomeOf(1, "A", "scored", 3)).toBe("overrated");
  });

  it("calls any level above 0 on a label-0 item a false pass", () => {
    expect(outcomeOf(0, "A", "scored", 1)).toBe("false_pass");
    expect(outcomeOf(0, "P", "scored", 3)).toBe("false_pass");
  });

  it("calls 0 on a label of 2 or 3 a false fail, and 0 on a label of 1 an underrating", () => {
    expect(outcomeOf(2, "A", "scored", 0)).toBe("false_fail");
    expect(outcomeOf(3, "P", "scored", 0)).toBe("false_fail");
    expect(outcomeOf(1, "A", "scored", 0)).toBe("underrated");
  });

  it("accepts review on P items and on review labels, not on A items", () => {
    expect(outcomeOf(0, "P", "review", null)).toBe("agree");
    expect(outcomeOf(3, "P", "review", null)).toBe("agree");
    expect(outcomeOf("review", "A", "review", null)).toBe("agree");
    expect(outcomeOf(3, "A", "review", null)).toBe("review_on_a_item");
    expect(outcomeOf("review", "P", "scored", 2)).toBe("missed_review");
  });

  it("never agrees with an error", () => {
    expect(outcomeOf(0, "A", "error", null)).toBe("error");
    expect(outcomeOf("review", "P", "error", null)).toBe("error");
  });
});

describe("summarize", () => {
  const label = (code: string, expected: 0 | 1 | 2 | 3, traps: ("empty_shell" | "pdf_only")[] = []) => ({ code, expected, traps, why: "alasan auditor" });
  const answer = (level: number) => ({ status: "scored" as const, level, reason: "", evidence: [] });

  it("meets the target at 95% agreement with no trap false pass", () => {
    const rows = Array.from({ length: 20 }, (_, i) => compare("a", label(`SP-${String(i + 1).padStart(2, "0")}`, 3), "A", answer(i === 0 ? 2 : 3)));
    const s = summarize(rows);
    expect(s.overall).toMatchObject({ judged: 20, agreed: 19, falsePasses: 0, falseFails: 0 });
    expect(s.overall.agreement).toBeCloseTo(0.95);
    expect(s.met).toBe(true);
  });

  it("misses the target on one false pass on an empty shell, whatever the agreement", () => {
    const rows = [
      ...Array.from({ length: 40 }, (_, i) => compare("a", label(`KI-${i}`, 3), "A", answer(3))),
      compare("b", label("KP-01", 0, ["empty_shell"]), "A", answer(2)),
    ];
    const s = summarize(rows);
    expect(s.overall.agreement).toBeGreaterThan(0.95);
    expect(s.trapFalsePasses).toBe(1);
    expect(s.perTrap.empty_shell).toMatchObject({ judged: 1, agreed: 0, falsePasses: 1 });
    expect(s.perSite.b.falsePasses).toBe(1);
    expect(s.met).toBe(false);
  });

  it("does not count a false pass on another trap kind against the trap target", () => {
    const s = summarize([compare("a", label("SP-02", 0, ["pdf_only"]), "A", answer(1))]);
    expect(s.overall.falsePasses).toBe(1);
    expect(s.trapFalsePasses).toBe(0);
  });
});
