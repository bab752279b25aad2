/**
 * The route handlers of issue 6 (better-auth's narrowed HTTP endpoints and the audit CSV), and
 * routeHandler's own guarantees, called with real sessions from lib/auth/testing.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { auditLog } from "@/db/schema";
import { GET as auditCsvGet } from "@/app/admin/audit/csv/route";
import { GET as authGet, POST as authPost } from "@/app/api/auth/[...all]/route";
import { parseCsv } from "@/lib/admin/csv";
import { recordAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { PEER_ADDRESS_HEADER } from "@/lib/net/peer-address";
import { routeHandler } from "./server";
import { authTestDb, createTestOpd, createTestUser, testRequest, type TestUser } from "./testing";

let t: ReturnType<typeof authTestDb>;
let admin: TestUser;
let pimpinan: TestUser;
let opdUser: TestUser;
let opdA: number;
let opdB: number;

beforeAll(async () => {
  t = authTestDb();
  opdA = createTestOpd(t.db, "dinas-a");
  opdB = createTestOpd(t.db, "dinas-b");
  admin = await createTestUser(t.db, { role: "admin", name: "Rina Admin" });
  pimpinan = await createTestUser(t.db, { role: "pimpinan" });
  opdUser = await createTestUser(t.db, { role: "opd", opdId: opdA });
});
afterAll(() => t.cleanup());

const noCtx = {} as never;

describe("GET /admin/audit/csv", () => {
  it("gives admins the filtered log as CSV", async () => {
    recordAudit(t.db, { actorId: admin.id, actorName: "Rina Admin", action: "verdict.set", entity: "manual_verdict", entityId: "1", after: { level: 2 } });
    recordAudit(t.db, { actorId: admin.id, actorName: "Rina Admin", action: "scan.request", entity: "scan", entityId: "9" });
    const res = await auditCsvGet(testRequest("/admin/audit/csv?tindakan=verdict.set", { user: admin }), noCtx);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="log-audit-patuh-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = parseCsv((await res.text()).replace(/^\uFEFF/, ""), ",");
    expect(rows).toHaveLength(2);
    expect(rows[1].slice(1, 6)).toEqual(["Rina Admin", admin.id, "verdict.set", "manual_verdict", "1"]);
  });

  it("refuses pimpinan and opd users with 403 and anonymous requests with 401", async () => {
    for (const [u, status] of [[pimpinan, 403], [opdUser, 403], [null, 401]] as const) {
      const res = await auditCsvGet(testRequest("/admin/audit/csv", { user: u }), noCtx);
      expect(res.status).toBe(status);
      expect((await res.json()).error).toMatch(/\S/);
    }
  });
});

describe("/api/auth", () => {
  const signIn = (username: string, password: string, opts: { origin?: string | null; ip?: string } = {}) =>
    authPost(
      testRequest("/api/auth/sign-in/username", {
        method: "POST",
        json: { username, password },
        origin: opts.origin,
        headers: { [PEER_ADDRESS_HEADER]: opts.ip ?? "192.0.2.1" },
      }),
    );

  it("signs in over HTTP with a session cookie, and reads the session back", async () => {
    const u = await createTestUser(t.db, { role: "pimpinan" });
    const res = await signIn(u.username, u.password, { ip: "192.0.2.10" });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("patuh.session_token="))!;
    expect(cookie).toMatch(/HttpOnly/i);
    const s = await authGet(testRequest("/api/auth/get-session", { user: { cookie: cookie.split(";")[0] } }));
    expect((await s.json()).user.id).toBe(u.id);
  });

  it("refuses a cross-site sign-in with 403", async () => {
    const res = await signIn(admin.username, admin.password, { origin: "https://evil.example" });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: "Permintaan dari situs lain ditolak." });
  });

  it("refuses the 6th wrong password for a username from one address with 429; another address still signs in", async () => {
    const u = await createTestUser(t.db, { role: "pimpinan" });
    for (let i = 1; i <= 5; i++) expect((await signIn(u.username, "salah-salah", { ip: "198.51.100.7" })).status).toBe(401);
    const res = await signIn(u.username, u.password, { ip: "198.51.100.7" });
    expect(res.status).toBe(429);
    expect((await res.json()).error).toMatch(/Terlalu banyak percobaan masuk/);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await signIn(u.username, u.password, { ip: "198.51.100.8" })).status).toBe(200);
    const audited = t.db
      .select({ action: auditLog.action, ip: auditLog.ip })
      .from(auditLog)
      .where(eq(auditLog.entityId, u.username))
      .all()
      .slice(1); // the test user's own first sign-in
    expect(audited).toEqual([
      ...Array.from({ length: 5 }, () => ({ action: "auth.sign_in_failed", ip: "198.51.100.7" })),
      { action: "auth.sign_in", ip: "198.51.100.8" },
    ]);
  });

  it("keeps sign-up and profile endpoints closed", async () => {
    const signUp = await authPost(
      testRequest("/api/auth/sign-up/email", { method: "POST", json: { email: "a@b.c", password: "12345678", name: "x" } }),
    );
    expect(signUp.status).toBe(404);
    const update = await authPost(testRequest("/api/auth/update-user", { method: "POST", user: opdUser, json: { role: "admin" } }));
    expect(update.status).toBe(404);
  });

  it("signs out over HTTP", async () => {
    const u = await createTestUser(t.db, { role: "admin" });
    expect((await authPost(testRequest("/api/auth/sign-out", { method: "POST", user: u, json: {} }))).status).toBe(200);
    const s = await authGet(testRequest("/api/auth/get-session", { user: u }));
    expect(await s.json()).toBeNull();
    const last = t.db.select().from(auditLog).where(eq(auditLog.actorId, u.id)).all().at(-1);
    expect(last).toMatchObject({ action: "auth.sign_out", entityId: u.username, ip: "127.0.0.1" });
  });
});

describe("routeHandler", () => {
  const mutate = routeHandler("scan:request", async (req, user) => {
    const { opdId } = z.object({ opdId: z.number().int() }).parse(await req.json());
    if (user!.role === "opd" && user!.opdId !== opdId) throw new AppError("forbidden", "OPD lain.");
    return Response.json({ ok: true, by: user!.username });
  });
  const post = (user: TestUser | null, json: unknown, origin?: string | null) =>
    mutate(testRequest("/api/x", { method: "POST", user, json, origin }), noCtx);

  it("lets the right role through and refuses the others", async () => {
    expect((await post(admin, { opdId: opdB })).status).toBe(200);
    expect((await post(opdUser, { opdId: opdA })).status).toBe(200);
    expect((await post(opdUser, { opdId: opdB })).status).toBe(403);
    expect((await post(pimpinan, { opdId: opdA })).status).toBe(403);
    expect((await post(null, { opdId: opdA })).status).toBe(401);
  });

  it("refuses cross-site mutations before anything else, but accepts the app's own origin without one", async () => {
    expect((await post(admin, { opdId: opdA }, "https://evil.example")).status).toBe(403);
    expect((await post(admin, { opdId: opdA }, "null")).status).toBe(403);
    expect((await post(admin, { opdId: opdA }, null)).status).toBe(200);
    const viaFetchMeta = await mutate(
      testRequest("/api/x", { method: "POST", user: admin, json: { opdId: opdA }, origin: null, headers: { "sec-fetch-site": "cross-site" } }),
      noCtx,
    );
    expect(viaFetchMeta.status).toBe(403);
  });

  it("turns invalid input into 400 with the field named", async () => {
    const res = await post(admin, { opdId: "satu" });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: "Isian tidak valid: opdId.", code: "invalid_input" });
  });

  it("hides unexpected errors behind a 500 with an Indonesian message", async () => {
    const boom = routeHandler(null, async () => {
      throw new Error("secret internals");
    });
    const errSpy = console.error;
    console.error = () => {};
    try {
      const res = await boom(testRequest("/api/y"), noCtx);
      expect(res.status).toBe(500);
      expect(JSON.stringify(await res.json())).not.toContain("secret internals");
    } finally {
      console.error = errSpy;
    }
  });
});
