import "server-only";
/**
 * Authorization for pages, server actions and route handlers: every one of them calls a function
 * from this file, and these ask lib/auth/policy.ts. The UI may hide what a role cannot do; this
 * is what refuses.
 */
import { cache } from "react";
import { forbidden, redirect, unstable_rethrow } from "next/navigation";
import { ZodError } from "zod";
import { getDb } from "@/db";
import { AppError, isAppError } from "@/lib/errors";
import { PATH_HEADER } from "./config";
import { CROSS_SITE_MESSAGE, forbiddenMessage, MUST_CHANGE_PASSWORD_MESSAGE, UNAUTHENTICATED_MESSAGE } from "./messages";
import { isSameOrigin } from "./origin";
import { can, type Action, type SessionUser, type Target } from "./policy";
import { requestHeaders, runWithHeaders } from "./request-context";
import { safeReturnPath } from "./return-path";
import { sessionUserFromHeaders } from "./session";
import { startPath } from "./start-path";

export type { Action, SessionUser, Target } from "./policy";


/**
 * The signed-in, active user of this request, or null. Role and OPD are read from the user
 * table on each request (memoised per render).
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  return sessionUserFromHeaders(getDb(), await requestHeaders());
});


async function signInPath(): Promise<string> {
  const back = safeReturnPath((await requestHeaders()).get(PATH_HEADER));
  return back && back !== "/" ? `/masuk?lanjut=${encodeURIComponent(back)}` : "/masuk";
}

/** Renders the refusal with HTTP 403 when Next's auth interrupts are on; otherwise redirects to it. */
function refuse(): never {
  if (process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS) forbidden();
  redirect("/akses-ditolak");
}

/**
 * For pages. No session: to /masuk (and back here afterwards). A temporary password: to
 * /ganti-sandi. Not allowed: the refusal page (403). Without `action` any signed-in user passes.
 */
export async function requirePageUser(action?: Action, target?: Target): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(await signInPath());
  if (user.mustChangePassword) redirect("/ganti-sandi");
  if (action && !can(user, action, target)) refuse();
  return user;
}

/**
 * For server actions and route handlers: the user, or an AppError (401 without a session, 403
 * when refused or while the user still has a temporary password).
 */
export async function authorize(action: Action, target?: Target): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AppError("unauthenticated", UNAUTHENTICATED_MESSAGE);
  if (user.mustChangePassword) throw new AppError("forbidden", MUST_CHANGE_PASSWORD_MESSAGE);
  if (!can(user, action, target)) throw new AppError("forbidden", forbiddenMessage(user, action, target));
  return user;
}

/** Same as {@link authorize} for a user already in hand (inside a routeHandler). */
export function assertCan(user: SessionUser | null, action: Action, target?: Target): SessionUser {
  if (!user) throw new AppError("unauthenticated", UNAUTHENTICATED_MESSAGE);
  if (user.mustChangePassword) throw new AppError("forbidden", MUST_CHANGE_PASSWORD_MESSAGE);
  if (!can(user, action, target)) throw new AppError("forbidden", forbiddenMessage(user, action, target));
  return user;
}

/** Where a user lands after signing in: admin /opd, pimpinan /ringkasan, opd /opd/<their slug>. */
export async function startPathFor(user: SessionUser): Promise<string> {
  return startPath(getDb(), user);
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The JSON error body every handler returns: `{ error: "<Indonesian message>" }`. */
export function errorResponse(e: unknown): Response {
  if (isAppError(e)) return Response.json({ error: e.message, code: e.code }, { status: e.status });
  if (e instanceof ZodError) {
    const fields = Object.fromEntries(e.issues.map((i) => [i.path.join(".") || "_", i.message]));
    const names = Object.keys(fields).filter((k) => k !== "_");
    return Response.json(
      { error: names.length ? `Isian tidak valid: ${names.join(", ")}.` : "Isian tidak valid.", code: "invalid_input", fields },
      { status: 400 },
    );
  }
  console.error("[route] unexpected error", e);
  return Response.json({ error: "Terjadi kesalahan pada server. Coba lagi sebentar lagi.", code: "internal" }, { status: 500 });
}

/**
 * Wraps a route handler. Mutating requests (POST/PUT/PATCH/DELETE, or `opts.mutating`) from
 * another site are refused with 403. With an `action`, a request without a session gets 401 and
 * a role that may not do `action` even on its own OPD gets 403; the handler still checks the
 * OPD of the resource it touches (`assertCan(user, action, { opdId })`). With `null`, anyone
 * passes and `user` may be null. Errors become JSON: AppError -> its status, ZodError -> 400.
 */
export function routeHandler<C = unknown>(
  action: Action | null,
  handler: (req: Request, user: SessionUser | null, ctx: C) => Promise<Response>,
  opts: { mutating?: boolean } = {},
): (req: Request, ctx: C) => Promise<Response> {
  return async (req, ctx) => {
    try {
      const mutating = opts.mutating ?? !SAFE_METHODS.has(req.method.toUpperCase());
      if (mutating && !isSameOrigin(req)) throw new AppError("forbidden", CROSS_SITE_MESSAGE);
      return await runWithHeaders(new Headers(req.headers), async () => {
        const user = await sessionUserFromHeaders(getDb(), req.headers);
        if (action) assertCan(user, action, user?.role === "opd" ? { opdId: user.opdId } : undefined);
        return handler(req, user, ctx);
      });
    } catch (e) {
      unstable_rethrow(e);
      return errorResponse(e);
    }
  };
}
