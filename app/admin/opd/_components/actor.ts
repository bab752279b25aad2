import "server-only";
import type { Actor } from "@/lib/admin/actor";
import type { SessionUser } from "@/lib/auth/server";
import { clientIp, requestHeaders } from "@/lib/auth/request-context";

/** The signed-in user as the audit log records them, with the request's address. */
export async function actorOf(user: SessionUser): Promise<Actor> {
  return { id: user.id, name: user.name, ip: clientIp(await requestHeaders()) };
}
