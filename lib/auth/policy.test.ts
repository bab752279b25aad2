import { describe, expect, it } from "vitest";
import { ACTIONS, can, canCancelScan, canReadRegencySummary, type Action, type SessionUser } from "./policy";

const OWN = 3;
const OTHER = 7;

function user(role: SessionUser["role"], opdId: number | null = null): SessionUser {
  return { id: `${role}-1`, name: role, username: role, role, opdId, mustChangePassword: false };
}

const admin = user("admin");
const pimpinan = user("pimpinan");
const opdUser = user("opd", OWN);

/** Expected answers written out by hand: [own OPD, other OPD, no OPD (regency-wide)]. */
const EXPECTED: Record<SessionUser["role"], Record<Action, [boolean, boolean, boolean]>> = {
  admin: {
    read: [true, true, true],
    "scan:request": [true, true, true],
    "verdict:write": [true, true, true],
    "meeting:write": [true, true, true],
    "checklist:write": [true, true, true],
    "opd:write": [true, true, true],
    "user:write": [true, true, true],
    "audit:read": [true, true, true],
    export: [true, true, true],
  },
  pimpinan: {
    read: [true, true, true],
    "scan:request": [false, false, false],
    "verdict:write": [false, false, false],
    "meeting:write": [false, false, false],
    "checklist:write": [false, false, false],
    "opd:write": [false, false, false],
    "user:write": [false, false, false],
    "audit:read": [false, false, false],
    export: [true, true, true],
  },
  opd: {
    read: [true, false, false],
    "scan:request": [true, false, false],
    "verdict:write": [false, false, false],
    "meeting:write": [false, false, false],
    "checklist:write": [false, false, false],
    "opd:write": [false, false, false],
    "user:write": [false, false, false],
    "audit:read": [false, false, false],
    export: [true, false, false],
  },
};

describe("can", () => {
  it("covers every action in the table", () => {
    for (const role of ["admin", "pimpinan", "opd"] as const) {
      expect(Object.keys(EXPECTED[role]).sort()).toEqual([...ACTIONS].sort());
    }
  });

  for (const u of [admin, pimpinan, opdUser]) {
    for (const action of ACTIONS) {
      const [own, other, none] = EXPECTED[u.role][action];
      it(`${u.role} ${action}: own=${own} other=${other} regency=${none}`, () => {
        expect(can(u, action, { opdId: OWN })).toBe(own);
        expect(can(u, action, { opdId: OTHER })).toBe(other);
        expect(can(u, action)).toBe(none);
        expect(can(u, action, { opdId: null })).toBe(none);
      });
    }
  }

  it("gives an opd user bound to no OPD nothing at all", () => {
    const unbound = user("opd", null);
    for (const action of ACTIONS) {
      expect(can(unbound, action, { opdId: OWN })).toBe(false);
      expect(can(unbound, action, { opdId: null })).toBe(false);
      expect(can(unbound, action)).toBe(false);
    }
  });

  it("refuses an unknown role (a row edited by hand) everything", () => {
    const odd = { ...admin, role: "superuser" } as unknown as SessionUser;
    for (const action of ACTIONS) expect(can(odd, action, { opdId: OWN })).toBe(false);
  });
});

describe("canReadRegencySummary", () => {
  it("lets every bound role read the aggregate summary", () => {
    expect(canReadRegencySummary(admin)).toBe(true);
    expect(canReadRegencySummary(pimpinan)).toBe(true);
    expect(canReadRegencySummary(opdUser)).toBe(true);
    expect(canReadRegencySummary(user("opd", null))).toBe(false);
  });
});

describe("canCancelScan", () => {
  const admin = { id: "a", name: "A", username: "admin", role: "admin", opdId: null, mustChangePassword: false } as const;
  const pimpinan = { ...admin, role: "pimpinan" } as const;
  const opdUser = { ...admin, role: "opd", opdId: 7 } as const;
  it("lets an OPD user cancel only the re-scans of their own OPD, not scheduled or pre-meeting ones", () => {
    expect(canCancelScan(opdUser, { opdId: 7, trigger: "opd" })).toBe(true);
    for (const trigger of ["schedule", "meeting", "manual", "demo", "cli"] as const) {
      expect(canCancelScan(opdUser, { opdId: 7, trigger }), trigger).toBe(false);
      expect(canCancelScan(admin, { opdId: 7, trigger }), trigger).toBe(true);
    }
    expect(canCancelScan(opdUser, { opdId: 8, trigger: "opd" })).toBe(false);
    expect(canCancelScan(pimpinan, { opdId: 7, trigger: "opd" })).toBe(false);
  });
});
