import "server-only";
import { requirePageUser } from "@/lib/auth/server";
import type { Action, SessionUser } from "@/lib/auth/policy";

/**
 * The page's user, allowed `action` on their own scope: regency-wide for admin and pimpinan,
 * their own OPD for an opd user (whose pages then show only that OPD's rows). An opd account
 * without an OPD is refused.
 */
export async function requireScopedPageUser(action: Action): Promise<SessionUser> {
  const user = await requirePageUser();
  return requirePageUser(action, user.role === "opd" ? { opdId: user.opdId } : undefined);
}
