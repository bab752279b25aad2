/** Shared by the meeting page, its print view and its export routes. */
import type { SessionUser } from "@/lib/auth/policy";
import type { DatasetScope } from "@/lib/export/dataset";

/** The meeting id from the URL, or null for anything that is not a positive integer. */
export function meetingIdOf(raw: string): number | null {
  return /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : null;
}

/** An OPD's Kasubag sees only their own OPD's rows; an opd account without an OPD sees none. */
export function scopeOf(user: SessionUser): DatasetScope {
  return user.role === "opd" ? { opdId: user.opdId ?? -1 } : {};
}
