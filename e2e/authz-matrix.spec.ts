/**
 * The authorization matrix (issue 16): every page and route handler under app/ (GET), requested by
 * anonymous, admin, pimpinan, and an OPD user (disdukcapil) on their own OPD's resource and on
 * another OPD's (bapenda). One row per route, one expected outcome per cell. A page or route
 * file that is not in the table fails the first test, so a new route cannot ship unreviewed.
 * Server actions are not in this table yet (they are checked by authorize() and its unit tests).
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORDS } from "../lib/auth/demo-users";

type Who = "anon" | "admin" | "pimpinan" | "opdOwn" | "opdOther";
/** `login`: redirected to /masuk; `away`: redirected elsewhere (a start page); numbers: the status. */
type Outcome = 200 | 401 | 403 | 404 | "login" | "away";
type Target = { slug: string; opdId: number; scanId: number; evidence: string; userId: string };
type Ctx = { target: Target; meetingId: number };
type Row = { route: string; url: (c: Ctx) => string } & Record<Who, Outcome>;

const WHO: Who[] = ["anon", "admin", "pimpinan", "opdOwn", "opdOther"];
const PAGE = (route: string, url: Row["url"], cells: Omit<Row, "route" | "url">): Row => ({ route, url, ...cells });
/** Pages any signed-in role may open. */
const anyone = { anon: "login", admin: 200, pimpinan: 200, opdOwn: 200, opdOther: 200 } as const;
/** Admin pages. */
const adminOnly = { anon: "login", admin: 200, pimpinan: 403, opdOwn: 403, opdOther: 403 } as const;
/** Admin route handlers: JSON 403 for other roles; without a cookie proxy.ts sends a browser to sign in first. */
const adminApi = { anon: "login", admin: 200, pimpinan: 403, opdOwn: 403, opdOther: 403 } as const;
/** Per-OPD resources: the OPD user only on their own. */
const perOpdPage = { anon: "login", admin: 200, pimpinan: 200, opdOwn: 200, opdOther: 403 } as const;
const perOpdApi = { anon: 401, admin: 200, pimpinan: 200, opdOwn: 200, opdOther: 403 } as const;

const TABLE: Row[] = [
  PAGE("/", () => "/", { anon: "login", admin: "away", pimpinan: "away", opdOwn: "away", opdOther: "away" }),
  PAGE("/masuk", () => "/masuk", { anon: 200, admin: "away", pimpinan: "away", opdOwn: "away", opdOther: "away" }),
  // The demo has an admin, so the one-time setup page is gone for everyone.
  PAGE("/siapkan", () => "/siapkan", { anon: 404, admin: 404, pimpinan: 404, opdOwn: 404, opdOther: 404 }),
  PAGE("/akses-ditolak", () => "/akses-ditolak", { anon: 200, admin: 200, pimpinan: 200, opdOwn: 200, opdOther: 200 }),
  PAGE("/ganti-sandi", () => "/ganti-sandi", anyone),
  // An OPD user's list is their own OPD's page.
  PAGE("/opd", () => "/opd", { anon: "login", admin: 200, pimpinan: 200, opdOwn: "away", opdOther: "away" }),
  PAGE("/opd/[slug]", (c) => `/opd/${c.target.slug}`, perOpdPage),
  PAGE("/ringkasan", () => "/ringkasan", anyone),
  // The regency-wide service matrix is an export of every OPD: not for an OPD user.
  PAGE("/matriks", () => "/matriks", { anon: "login", admin: 200, pimpinan: 200, opdOwn: 403, opdOther: 403 }),
  PAGE("/daftar-periksa", () => "/daftar-periksa", anyone),
  PAGE("/ekspor", () => "/ekspor", anyone),
  PAGE("/pindaian", () => "/pindaian", anyone),
  PAGE("/rapat", () => "/rapat", anyone),
  PAGE("/rapat/[id]", (c) => `/rapat/${c.meetingId}`, anyone),
  PAGE("/rapat/[id]/cetak", (c) => `/rapat/${c.meetingId}/cetak`, anyone),
  PAGE("/admin/audit", () => "/admin/audit", adminOnly),
  PAGE("/admin/daftar-periksa", () => "/admin/daftar-periksa", adminOnly),
  PAGE("/admin/opd", () => "/admin/opd", adminOnly),
  PAGE("/admin/opd/[id]", (c) => `/admin/opd/${c.target.opdId}`, adminOnly),
  PAGE("/admin/opd/baru", () => "/admin/opd/baru", adminOnly),
  PAGE("/admin/opd/impor", () => "/admin/opd/impor", adminOnly),
  PAGE("/admin/pengaturan", () => "/admin/pengaturan", adminOnly),
  PAGE("/admin/pengguna", () => "/admin/pengguna", adminOnly),
  PAGE("/admin/pengguna/[id]", (c) => `/admin/pengguna/${c.target.userId}`, adminOnly),
  PAGE("/admin/pengguna/baru", () => "/admin/pengguna/baru", adminOnly),
  // Route handlers (GET). Exports are scoped to the user's OPD rather than refused.
  PAGE("/admin/audit/csv", () => "/admin/audit/csv", adminApi),
  PAGE("/admin/opd/impor/templat", () => "/admin/opd/impor/templat", adminApi),
  PAGE("/ekspor/csv", () => "/ekspor/csv", { anon: "login", admin: 200, pimpinan: 200, opdOwn: 200, opdOther: 200 }),
  PAGE("/ekspor/xlsx", () => "/ekspor/xlsx", { anon: "login", admin: 200, pimpinan: 200, opdOwn: 200, opdOther: 200 }),
  PAGE("/rapat/[id]/ekspor/csv", (c) => `/rapat/${c.meetingId}/ekspor/csv`, { anon: "login", admin: 200, pimpinan: 200, opdOwn: 200, opdOther: 200 }),
  PAGE("/rapat/[id]/ekspor/xlsx", (c) => `/rapat/${c.meetingId}/ekspor/xlsx`, { anon: "login", admin: 200, pimpinan: 200, opdOwn: 200, opdOther: 200 }),
  PAGE("/rapat/[id]/ekspor/pdf", (c) => `/rapat/${c.meetingId}/ekspor/pdf`, { anon: "login", admin: 200, pimpinan: 200, opdOwn: 200, opdOther: 200 }),
  PAGE("/api/pindaian/[id]", (c) => `/api/pindaian/${c.target.scanId}`, perOpdApi),
  PAGE("/bukti/[...path]", (c) => `/bukti/${c.target.scanId}/${c.target.evidence}`, perOpdApi),
  // better-auth's narrowed endpoints: only get-session is a GET; it answers everyone (null without a session).
  PAGE("/api/auth/[...all]", () => "/api/auth/get-session", { anon: 200, admin: 200, pimpinan: 200, opdOwn: 200, opdOther: 200 }),
];

/** Every page.tsx and route.ts under app/, as a route pattern. */
function appRoutes(dir = path.resolve("app"), prefix = ""): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) out.push(...appRoutes(path.join(dir, entry.name), `${prefix}/${entry.name}`));
    else if (entry.name === "page.tsx" || entry.name === "route.ts") out.push(prefix || "/");
  }
  return out;
}

const DB_FILE = path.resolve("data/e2e/patuh.db");
const EVIDENCE = path.resolve("data/e2e/patuh-files/evidence");

function target(slug: string): Target {
  const db = new Database(DB_FILE, { readonly: true, fileMustExist: true });
  try {
    const o = db.prepare("SELECT id FROM opd WHERE slug = ?").get(slug) as { id: number };
    const u = db.prepare("SELECT id FROM user WHERE username = ?").get(slug) as { id: string };
    const scans = db.prepare("SELECT id FROM scans WHERE opd_id = ? ORDER BY id DESC").all(o.id) as { id: number }[];
    for (const { id } of scans) {
      const dir = path.join(EVIDENCE, String(id));
      const file = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => f.endsWith(".jpg")) : undefined;
      if (file) return { slug, opdId: o.id, scanId: id, evidence: file, userId: u.id };
    }
    throw new Error(`no evidence for ${slug}`);
  } finally {
    db.close();
  }
}

function frozenMeeting(): number {
  const db = new Database(DB_FILE, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare("SELECT id FROM meetings WHERE frozen_at IS NOT NULL ORDER BY id LIMIT 1").get() as { id: number }).id;
  } finally {
    db.close();
  }
}

test("every page and route handler under app/ is in the table", () => {
  expect(appRoutes().sort()).toEqual(TABLE.map((r) => r.route).sort());
});

test("each role gets the expected answer from every page and route handler", async ({ playwright, baseURL }) => {
  test.setTimeout(300_000);
  const own = target("disdukcapil");
  const other = target("bapenda");
  const meetingId = frozenMeeting();
  const login = async (username?: string, password?: string): Promise<APIRequestContext> => {
    const ctx = await playwright.request.newContext({ baseURL });
    if (username) {
      // Through the sign-in page's form would need a browser; the narrowed HTTP endpoint is the same sign-in.
      const res = await ctx.post("/api/auth/sign-in/username", { data: { username, password }, headers: { origin: baseURL! } });
      expect(res.status(), `sign-in ${username}`).toBe(200);
    }
    return ctx;
  };
  const contexts: Record<Who, APIRequestContext> = {
    anon: await login(),
    admin: await login("admin", DEMO_PASSWORDS.admin),
    pimpinan: await login("pimpinan", DEMO_PASSWORDS.pimpinan),
    opdOwn: await login("disdukcapil", DEMO_PASSWORDS.opd),
    opdOther: undefined as unknown as APIRequestContext,
  };
  contexts.opdOther = contexts.opdOwn;
  const problems: string[] = [];
  for (const row of TABLE) {
    for (const who of WHO) {
      const url = row.url({ target: who === "opdOther" ? other : own, meetingId });
      const res = await contexts[who].get(url, { maxRedirects: 0 });
      const location = res.headers()["location"] ?? "";
      const got: Outcome =
        res.status() >= 300 && res.status() < 400 ? (new URL(location, baseURL).pathname === "/masuk" ? "login" : "away") : (res.status() as Outcome);
      if (got !== row[who]) problems.push(`${row.route} as ${who} (${url}): expected ${row[who]}, got ${got}${location ? ` -> ${location}` : ""}`);
    }
  }
  for (const ctx of new Set(Object.values(contexts))) await ctx.dispose();
  expect(problems).toEqual([]);
});
