import { describe, expect, it } from "vitest";
import { describeChange } from "./diff";

describe("describeChange", () => {
  it("lists only the fields that changed, with yes/no and empty in Indonesian", () => {
    expect(
      describeChange({ role: "opd", opdId: 3, name: "Siti", active: true }, { role: "pimpinan", opdId: null, name: "Siti", active: false }),
    ).toEqual([
      { field: "role", before: "opd", after: "pimpinan" },
      { field: "opdId", before: "3", after: "kosong" },
      { field: "active", before: "ya", after: "tidak" },
    ]);
  });

  it("shows a creation as fields from nothing, and a removal as fields to nothing", () => {
    expect(describeChange(null, { level: 2 })).toEqual([{ field: "level", before: null, after: "2" }]);
    expect(describeChange({ level: 2 }, null)).toEqual([{ field: "level", before: "2", after: null }]);
    expect(describeChange({ a: 1 }, { a: 1, passwordReplaced: true })).toEqual([{ field: "passwordReplaced", before: null, after: "ya" }]);
  });

  it("cuts long values and handles non-objects", () => {
    const [c] = describeChange({ note: "a".repeat(200) }, { note: "b" });
    expect(c.before).toHaveLength(80);
    expect(c.before!.endsWith("…")).toBe(true);
    expect(describeChange(1, 2)).toEqual([{ field: "", before: "1", after: "2" }]);
    expect(describeChange(null, null)).toEqual([]);
  });
});
