/**
 * Evidence screenshots: an OPD user reaches their own scan's files and nothing else, whatever the
 * encoding of the path (issue 16, finding 1). Next hands the route each segment decoded once, so
 * the cases below are the segments an attacker's URL turns into.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scans } from "@/db/schema";
import { resetEnvCache } from "@/lib/env";
import { authTestDb, createTestOpd, createTestUser, testRequest, type TestUser } from "@/lib/auth/testing";
import { GET } from "./route";

let t: ReturnType<typeof authTestDb>;
let own: number;
let other: number;
let opdUser: TestUser;
let admin: TestUser;

const FILE = "001-aaaaaaaaaaaa.jpg";

function addScan(opdId: number): number {
  const id = t.db.insert(scans).values({ opdId, trigger: "manual" }).returning({ id: scans.id }).get().id;
  const dir = path.join(t.dir, "evidence", String(id));
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, FILE), `jpeg of scan ${id}`);
  return id;
}

beforeAll(async () => {
  t = authTestDb("patuh-bukti-");
  process.env.PATUH_DATA_DIR = t.dir;
  resetEnvCache();
  const a = createTestOpd(t.db, "dinas-sendiri");
  const b = createTestOpd(t.db, "dinas-lain");
  own = addScan(a);
  other = addScan(b);
  opdUser = await createTestUser(t.db, { role: "opd", opdId: a });
  admin = await createTestUser(t.db, { role: "admin" });
});
afterAll(() => {
  delete process.env.PATUH_DATA_DIR;
  t.cleanup();
});

const get = (user: TestUser | null, segments: string[]) =>
  GET(testRequest(`/bukti/${segments.map(encodeURIComponent).join("/")}`, { user }), {
    params: Promise.resolve({ path: segments }),
  });

describe("GET /bukti/<scanId>/<file>", () => {
  it("serves the user's own scan's screenshot", async () => {
    const res = await get(opdUser, [String(own), FILE]);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/jpeg");
    expect(await res.text()).toBe(`jpeg of scan ${own}`);
  });

  it("refuses another OPD's scan", async () => {
    expect((await get(opdUser, [String(other), FILE])).status).toBe(403);
    expect((await get(admin, [String(other), FILE])).status).toBe(200);
  });

  // Each case is what Next passes after decoding the URL once; built lazily, the ids come from beforeAll.
  const traversals: [string, (other: number) => string[]][] = [
    ["%2F", (other) => [`..${"/"}${other}${"/"}${FILE}`]],
    ["%2f (same after decoding)", (other) => [`../${other}/${FILE}`]],
    ["%2E%2E%2F", (other) => [`../${other}/${FILE}`]],
    ["x/..%2F..%2F", (other) => ["x", `../../${other}/${FILE}`]],
    ["..%5C", (other) => [`..\\${other}\\${FILE}`]],
    ["double encoding %252F", (other) => [`..%2F${other}%2F${FILE}`]],
    ["double encoding %252E%252E", (other) => [`%2E%2E%2F${other}%2F${FILE}`]],
    ["a dot segment", (other) => ["..", String(other), FILE]],
    ["a lone dot", (other) => [".", FILE]],
    ["a NUL byte", (other) => [`${FILE}\0.png`]],
    ["an extra folder", (other) => ["sub", FILE]],
  ];
  it.each(traversals)("answers 404 to a traversal through %s", async (_name, rest) => {
    const res = await get(opdUser, [String(own), ...rest(other)]);
    expect(res.status).toBe(404);
    expect((await res.json()).error).toBe("Berkas bukti tidak ditemukan.");
  });

  it("answers 404 to a scan id that is not a plain number, and to a missing file", async () => {
    for (const segs of [[`${own}.0`, FILE], [`0${own}`, FILE], ["-1", FILE], [String(own), "tidak-ada.jpg"], [String(own), "berkas.txt"], [String(own)]]) {
      expect((await get(admin, segs)).status).toBe(404);
    }
  });

  it("asks for a session first", async () => {
    expect((await get(null, [String(own), FILE])).status).toBe(401);
  });
});
