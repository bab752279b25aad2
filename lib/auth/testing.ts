/**
 * Test helpers for anything behind sign-in: a temporary database that the shared connection
 * (`getDb()`) points at, real users with real sessions made through better-auth, and Request
 * objects that carry a user's session cookie. For route handlers call the exported GET/POST with
 * `testRequest(...)`; for server actions run them inside `asUser(user, () => action(...))`.
 *
 *   const t = authTestDb();
 *   const admin = await createTestUser(t.db, { role: "admin" });
 *   const res = await POST(testRequest("/api/x", { method: "POST", user: admin, json: {...} }), ctx);
 *   t.cleanup();
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { closeDb, getDb, type Db } from "@/db";
import { opd } from "@/db/schema";
import { resetEnvCache } from "@/lib/env";
import { installPeerAddressHeader, PEER_ADDRESS_HEADER } from "@/lib/net/peer-address";
import type { SessionUser } from "./policy";
import { runWithHeaders } from "./request-context";
import { signInWithPassword } from "./sign-in";
import { createUser } from "./users";

/** Origin of every test request; route handlers see it as their own origin. */
export const TEST_ORIGIN = "http://patuh.test";
export const TEST_PASSWORD = "kata-sandi-uji-1";

// Requests in tests carry their client's address the way the server does (lib/net/peer-address.ts).
installPeerAddressHeader();

/** Headers of a request from this client address (the socket address the server would stamp). */
export function fromAddress(address: string, extra?: HeadersInit): Headers {
  const h = new Headers(extra);
  h.set(PEER_ADDRESS_HEADER, address);
  return h;
}

export type TestUser = SessionUser & { password: string; cookie: string };

/** A fresh migrated database in a temp folder, made the process's shared connection. */
export function authTestDb(prefix = "patuh-auth-"): { db: Db; file: string; dir: string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const file = path.join(dir, "patuh.db");
  const previous = { db: process.env.PATUH_DB, base: process.env.PATUH_BASE_URL };
  process.env.PATUH_DB = file;
  process.env.PATUH_BASE_URL = TEST_ORIGIN;
  resetEnvCache();
  closeDb();
  const db = getDb();
  return {
    db,
    file,
    dir,
    cleanup() {
      closeDb();
      restore("PATUH_DB", previous.db);
      restore("PATUH_BASE_URL", previous.base);
      resetEnvCache();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

let seq = 0;

/** Inserts an OPD and returns its id. */
export function createTestOpd(db: Db, slug = `opd-uji-${++seq}`): number {
  return db
    .insert(opd)
    .values({ slug, name: `Dinas Uji ${slug}`, shortName: slug.toUpperCase(), websiteUrl: `http://${slug}.test/` })
    .returning({ id: opd.id })
    .get().id;
}

/** A user with a real password account and a real session (its cookie in `cookie`). */
export async function createTestUser(
  db: Db,
  opts: { role: SessionUser["role"]; opdId?: number | null; username?: string; name?: string; password?: string; mustChangePassword?: boolean },
): Promise<TestUser> {
  const username = opts.username ?? `${opts.role}-uji-${++seq}`;
  const password = opts.password ?? TEST_PASSWORD;
  const created = await createUser(
    db,
    {
      username,
      name: opts.name ?? `Pengguna ${username}`,
      role: opts.role,
      opdId: opts.opdId ?? null,
      password,
      mustChangePassword: opts.mustChangePassword ?? false,
    },
    { id: null, name: "uji" },
  );
  return { ...created, password, cookie: await sessionCookie(db, username, password) };
}

/** Signs in through better-auth and returns the `Cookie` header value for the new session. */
export async function sessionCookie(db: Db, username: string, password: string): Promise<string> {
  const r = await signInWithPassword(db, { username, password }, new Headers({ [PEER_ADDRESS_HEADER]: "127.0.0.1" }));
  if (!r.ok) throw new Error(`test sign-in failed for ${username}: ${r.message}`);
  return r.setCookie.map((c) => c.split(";")[0]).join("; ");
}

/** Headers a browser on the app's own origin would send, with the user's cookie when given. */
export function testHeaders(user?: { cookie: string } | null, extra?: HeadersInit): Headers {
  const h = new Headers({ origin: TEST_ORIGIN, host: new URL(TEST_ORIGIN).host, [PEER_ADDRESS_HEADER]: "127.0.0.1" });
  if (user) h.set("cookie", user.cookie);
  new Headers(extra).forEach((v, k) => h.set(k, v));
  return h;
}

/**
 * A Request for a route handler. `origin: null` drops the Origin header; a string sets another
 * origin (to test the cross-site refusal).
 */
export function testRequest(
  pathname: string,
  opts: { method?: string; user?: { cookie: string } | null; json?: unknown; body?: BodyInit; headers?: HeadersInit; origin?: string | null } = {},
): Request {
  const h = testHeaders(opts.user, opts.headers);
  if (opts.origin === null) h.delete("origin");
  else if (opts.origin) h.set("origin", opts.origin);
  let body = opts.body;
  if (opts.json !== undefined) {
    body = JSON.stringify(opts.json);
    h.set("content-type", "application/json");
  }
  return new Request(new URL(pathname, TEST_ORIGIN), { method: opts.method ?? "GET", headers: h, body });
}

/** Runs `fn` (a server action, a command) as if in a request from `user` (null: signed out). */
export function asUser<T>(user: { cookie: string } | null, fn: () => Promise<T>, extra?: HeadersInit): Promise<T> {
  return runWithHeaders(testHeaders(user, extra), fn);
}

/** FormData from a plain object, as a form would post it. */
export function formData(fields: Record<string, string | number | boolean | null | undefined>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) if (v != null) f.set(k, String(v));
  return f;
}
