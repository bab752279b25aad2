import { z } from "zod";
import { afterEach, describe, expect, it } from "vitest";
import { CHECKLIST_SEED } from "@/db/seed/checklist";
import { DEFAULT_ITEM_CONFIG } from "./defaults";
import { DETECTORS, runChecks } from "./index";
import { ctx, home, page, site } from "./testing/build";
import type { ItemSpec } from "./types";

const items: ItemSpec[] = CHECKLIST_SEED.map((i) => ({ code: i.code, mode: i.mode, weight: i.weight, ...DEFAULT_ITEM_CONFIG[i.code] }));
const { mode: _mode, ...runCtx } = ctx();

describe("defaults", () => {
  it("configure all 44 codes with a known detector, valid params and a fix hint", () => {
    expect(CHECKLIST_SEED).toHaveLength(44);
    for (const i of CHECKLIST_SEED) {
      const c = DEFAULT_ITEM_CONFIG[i.code];
      expect(c, i.code).toBeDefined();
      expect(DETECTORS[c.detector], `${i.code} ${c.detector}`).toBeDefined();
      expect(DETECTORS[c.detector].params.safeParse(c.params).success, i.code).toBe(true);
      expect(c.fixHint.length, i.code).toBeGreaterThan(40);
    }
    expect(Object.keys(DEFAULT_ITEM_CONFIG).sort()).toEqual(CHECKLIST_SEED.map((i) => i.code).sort());
  });
});

describe("runChecks", () => {
  afterEach(() => {
    delete DETECTORS["test-throws"];
  });

  it("returns every code once, in item order, each with a status and a reason", () => {
    const a = site([home({ text: "# Selamat Datang\nDinas Kependudukan Kabupaten Kuantan Singingi." }), page("/profil", { text: "# Profil\nTentang dinas." })]);
    const { results, services } = runChecks(a, items, runCtx);
    expect(results.map((r) => r.code)).toEqual(items.map((i) => i.code));
    for (const r of results) {
      expect(["scored", "review", "error"]).toContain(r.status);
      expect(r.reason.length).toBeGreaterThan(10);
      if (r.status === "scored") expect([0, 1, 2, 3]).toContain(r.level);
      else expect(r.level).toBeNull();
    }
    expect(Array.isArray(services)).toBe(true);
  });

  it("turns a throwing detector and invalid params into error without stopping the others", () => {
    DETECTORS["test-throws"] = { id: "test-throws", params: z.object({}), evaluate: () => { throw new Error("boom"); } };
    const list: ItemSpec[] = [
      { code: "X-01", detector: "test-throws", params: {}, mode: "A", weight: 1 },
      { code: "X-02", detector: "keyword-content", params: { keywords: [] }, mode: "A", weight: 1 },
      { code: "X-03", detector: "no-such-detector", params: {}, mode: "A", weight: 1 },
      { code: "WQ-01", detector: "domain", params: {}, mode: "A", weight: 2 },
    ];
    const { results } = runChecks(site([home()]), list, runCtx);
    expect(results.map((r) => r.status)).toEqual(["error", "error", "error", "scored"]);
    expect(results[0].reason).toContain("boom");
  });

  it("answers error for page items when no page loaded, but still judges the domain", () => {
    const a = site([], [], { reachable: false });
    const { results } = runChecks(a, items, runCtx);
    expect(results.find((r) => r.code === "KP-01")!.status).toBe("error");
    expect(results.find((r) => r.code === "WQ-01")!.status).toBe("scored");
  });
});
