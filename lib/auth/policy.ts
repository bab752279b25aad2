/**
 * Who may do what: the one place where a role meets an action. Pure (no database, no Next), so
 * every page, route handler and server action asks the same question and the unit tests can
 * enumerate every answer.
 */
import type { Role, Scan } from "@/db/schema";

export type Action =
  | "read"
  | "scan:request"
  | "verdict:write"
  | "meeting:write"
  | "checklist:write"
  | "opd:write"
  | "user:write"
  | "audit:read"
  | "export";

export const ACTIONS: readonly Action[] = [
  "read",
  "scan:request",
  "verdict:write",
  "meeting:write",
  "checklist:write",
  "opd:write",
  "user:write",
  "audit:read",
  "export",
];

export type SessionUser = {
  id: string;
  name: string;
  username: string;
  role: Role;
  opdId: number | null;
  mustChangePassword: boolean;
};

export type Target = { opdId?: number | null };

/** Pimpinan prepare for the meeting: they see and print everything and change nothing. */
const PIMPINAN_ACTIONS: ReadonlySet<Action> = new Set(["read", "export"]);

/** An OPD's Kasubag works on their own site only: read it, export it, ask for a re-scan. */
const OPD_ACTIONS: ReadonlySet<Action> = new Set(["read", "export", "scan:request"]);

/**
 * May `user` perform `action` on `target`?
 *
 * - admin: everything.
 * - pimpinan: `read` and `export` on anything, nothing else.
 * - opd: `read`, `export`, `scan:request` only when `target.opdId` is their own OPD. A request
 *   without an OPD (regency-wide data) is refused; the one regency-wide view they may see, the
 *   aggregate summary, is asked with {@link canReadRegencySummary}.
 */
export function can(user: SessionUser, action: Action, target?: Target): boolean {
  switch (user.role) {
    case "admin":
      return true;
    case "pimpinan":
      return PIMPINAN_ACTIONS.has(action);
    case "opd":
      return (
        OPD_ACTIONS.has(action) &&
        user.opdId != null &&
        target?.opdId != null &&
        target.opdId === user.opdId
      );
    default:
      return false;
  }
}

/**
 * The regency summary (overall readiness, the regency average) is for every role: an OPD user's
 * summary shows their own OPD next to the regency average, never another OPD's row. Pages that
 * show rows per OPD must still filter them with {@link can}.
 */
export function canReadRegencySummary(user: SessionUser): boolean {
  return user.role === "admin" || user.role === "pimpinan" || (user.role === "opd" && user.opdId != null);
}

/**
 * Cancelling a scan: whoever may request scans of its OPD, except that an OPD user may cancel
 * only a re-scan they asked for themselves (trigger "opd"). Scheduled, pre-meeting and admin
 * scans stand, or an OPD could keep an older, better score for the meeting.
 */
export function canCancelScan(user: SessionUser, scan: Pick<Scan, "opdId" | "trigger">): boolean {
  if (!can(user, "scan:request", { opdId: scan.opdId })) return false;
  return user.role !== "opd" || scan.trigger === "opd";
}
