/** Reading who is signed in from request headers (the session cookie), for any caller. */
import type { Db } from "@/db";
import { authFor } from "./auth";
import type { SessionUser } from "./policy";
import { loadSessionUser } from "./users";

/**
 * The signed-in user for these headers, or null. Role, OPD and active come from the user row on
 * every call, never from the cookie, so an admin's change applies from the next request.
 */
export async function sessionUserFromHeaders(db: Db, headers: Headers): Promise<SessionUser | null> {
  const s = await authFor(db).api.getSession({ headers });
  if (!s) return null;
  return loadSessionUser(db, s.user.id);
}
