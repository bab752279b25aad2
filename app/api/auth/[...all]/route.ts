/**
 * better-auth's HTTP endpoints, narrowed to what Patuh uses. The app's own forms sign in and out
 * through server actions; these exist for scripts and for clients that prefer fetch. Sign-up,
 * profile and e-mail endpoints stay closed: accounts are managed by admins, with an audit trail.
 */
import { getDb } from "@/db";
import { getAuth } from "@/lib/auth/auth";
import { CROSS_SITE_MESSAGE } from "@/lib/auth/messages";
import { isSameOrigin } from "@/lib/auth/origin";
import { sessionUserFromHeaders } from "@/lib/auth/session";
import { noteSignIn, noteSignInFailure, SIGN_IN_MESSAGES } from "@/lib/auth/sign-in";
import { auditSignOut } from "@/lib/auth/sign-in-audit";
import { checkLogin } from "@/lib/auth/throttle";
import { loadSessionUser } from "@/lib/auth/users";
import { clientAddress, withClientAddress } from "@/lib/net/client-address";

export const dynamic = "force-dynamic";

const PREFIX = "/api/auth";
const OPEN_PATHS: Record<string, readonly string[]> = {
  "/sign-in/username": ["POST"],
  "/sign-out": ["POST"],
  "/get-session": ["GET"],
};

function json(status: number, error: string, headers?: HeadersInit): Response {
  return Response.json({ error }, { status, headers });
}

/** The same per-username and per-address throttle as the sign-in form. */
async function signIn(req: Request): Promise<Response> {
  const body = (await req.clone().json().catch(() => null)) as { username?: unknown } | null;
  const username = typeof body?.username === "string" ? body.username : "";
  const subject = { username, ip: clientAddress(req.headers) };
  const db = getDb();
  const decision = checkLogin(db, subject);
  if (!decision.allowed) {
    return json(429, SIGN_IN_MESSAGES.throttled(decision.retryAfterSeconds), { "Retry-After": String(decision.retryAfterSeconds) });
  }
  const res = await getAuth().handler(req);
  if (res.status === 401 || res.status === 422) noteSignInFailure(db, subject);
  else if (res.ok) {
    const body = (await res.clone().json().catch(() => null)) as { user?: { id?: unknown } } | null;
    const user = typeof body?.user?.id === "string" ? loadSessionUser(db, body.user.id) : null;
    if (user) noteSignIn(db, subject, user);
  }
  return res;
}

/** Signs out through better-auth and audits it for the session's user. */
async function signOutHttp(req: Request): Promise<Response> {
  const db = getDb();
  const user = await sessionUserFromHeaders(db, req.headers);
  const res = await getAuth().handler(req);
  if (res.ok && user) auditSignOut(db, user, clientAddress(req.headers));
  return res;
}

async function handle(original: Request): Promise<Response> {
  // better-auth reads the client's address from this header only (lib/auth/auth.ts).
  const req = new Request(original, { headers: withClientAddress(original.headers) });
  const path = new URL(req.url).pathname.slice(PREFIX.length);
  const methods = OPEN_PATHS[path];
  if (!methods) return json(404, "Alamat tidak ditemukan.");
  if (!methods.includes(req.method)) return json(405, "Metode tidak diizinkan.", { Allow: methods.join(", ") });
  if (req.method !== "GET" && !isSameOrigin(req)) return json(403, CROSS_SITE_MESSAGE);
  if (path === "/sign-in/username") return signIn(req);
  if (path === "/sign-out") return signOutHttp(req);
  return getAuth().handler(req);
}

export const GET = handle;
export const POST = handle;
