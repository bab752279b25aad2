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

  it("meets the blind target at 95% agreement with no false pass, and the seen target only at 100%", () => {
    const rows = Array.from({ length: 20 }, (_, i) => compare("a", label(`SP-${String(i + 1).padStart(2, "0")}`, 3), "A", answer(i === 0 ? 2 : 3)));
    const s = summarize(rows, "blind");
    expect(s.overall).toMatchObject({ judged: 20, agreed: 19, falsePasses: 0, falseFails: 0 });
    expect(s.overall.agreement).toBeCloseTo(0.95);
    expect(s.met).toBe(true);
    expect(summarize(rows, "seen").met).toBe(false);
  });

  it("misses the target on one false pass of any kind, whatever the agreement", () => {
    const rows = [
      ...Array.from({ length: 40 }, (_, i) => compare("a", label(`KI-${i}`, 3), "A", answer(3))),
      compare("b", label("SP-02", 0, ["pdf_only"]), "A", answer(1)),
    ];
    const s = summarize(rows, "blind");
    expect(s.overall.agreement).toBeGreaterThan(0.95);
    expect(s.overall.falsePasses).toBe(1);
    expect(s.perTrap.pdf_only).toMatchObject({ judged: 1, agreed: 0, falsePasses: 1 });
    expect(s.perTrap.empty_shell).toMatchObject({ judged: 0, falsePasses: 0 });
    expect(s.perSite.b.falsePasses).toBe(1);
    expect(s.met).toBe(false);
  });

  it("counts a review on a P item as agreement and on an A item as a miss, never as a false pass", () => {
    const s = summarize(
      [
        compare("a", label("KI-08", 0), "P", { status: "review", level: null, reason: "", evidence: [] }),
        compare("a", label("KP-01", 0), "A", { status: "review", level: null, reason: "", evidence: [] }),
      ],
      "blind",
    );
    expect(s.overall).toMatchObject({ judged: 2, agreed: 1, falsePasses: 0 });
  });
});
