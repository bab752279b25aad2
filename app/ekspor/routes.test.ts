import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/admin/csv";
import { authTestDb, createTestUser, testRequest, type TestUser } from "@/lib/auth/testing";
import { createMeeting, freezeMeeting } from "@/lib/meetings";
import { addScan, seedStory } from "@/lib/export/test-db";
import { GET as currentCsv } from "./csv/route";
import { GET as currentXlsx } from "./xlsx/route";
import { GET as meetingCsv } from "../rapat/[id]/ekspor/csv/route";
import { GET as meetingXlsx } from "../rapat/[id]/ekspor/xlsx/route";
import { GET as meetingPdf } from "../rapat/[id]/ekspor/pdf/route";

let t: ReturnType<typeof authTestDb>;
let users: Record<"admin" | "pimpinan" | "opd", TestUser>;
let frozenId: number;
let openId: number;

const ctx = (id: number | string) => ({ params: Promise.resolve({ id: String(id) }) });

beforeAll(async () => {
  t = authTestDb("patuh-ekspor-");
  const s = seedStory(t.db);
  for (const o of [s.alpha, s.beta]) {
    addScan(t.db, o.id, s.versionId, [
      { code: "A-01", status: "scored", level: 2, url: `http://${o.slug}.uji.go.id/maklumat` },
      { code: "A-02", status: "review", level: null },
      { code: "A-03", status: "scored", level: 0 },
    ], new Date(Date.UTC(2018, 5, 6)));
  }
  const frozen = createMeeting(t.db, { title: "Rapat I", heldOn: "2018-06-07", place: "Aula", createdBy: null });
  freezeMeeting(t.db, frozen.id, "uji");
  frozenId = frozen.id;
  openId = createMeeting(t.db, { title: "Rapat II", heldOn: "2018-07-05", place: "Aula", createdBy: null }).id;
  users = {
    admin: await createTestUser(t.db, { role: "admin" }),
    pimpinan: await createTestUser(t.db, { role: "pimpinan" }),
    opd: await createTestUser(t.db, { role: "opd", opdId: s.beta.id }),
  };
});
afterAll(() => t.cleanup());

async function csvRows(res: Response): Promise<string[][]> {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parseCsv(new TextDecoder().decode(bytes), ";").slice(1);
}

async function summaryNames(res: Response): Promise<string[]> {
  expect(res.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const ws = wb.getWorksheet("Ringkasan")!;
  const names: string[] = [];
  for (let n = 2; ws.getRow(n).getCell(2).value != null; n++) names.push(String(ws.getRow(n).getCell(2).value));
  return names;
}

describe("export route handlers", () => {
  it("give admins and pimpinan every OPD, as attachments with Indonesian names", async () => {
    for (const user of [users.admin, users.pimpinan]) {
      const res = await meetingXlsx(testRequest(`/rapat/${frozenId}/ekspor/xlsx`, { user }), ctx(frozenId));
      expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="nilai-rapat-2018-06-07.xlsx"/);
      expect(await summaryNames(res)).toEqual(["Badan Beta", "Dinas Alpha", "Kantor Gamma"]);
      const rows = await csvRows(await meetingCsv(testRequest(`/rapat/${frozenId}/ekspor/csv`, { user }), ctx(frozenId)));
      expect(rows.map((r) => `${r[1]}:${r[2]}`)).toEqual(["Beta:A-01", "Beta:A-02", "Beta:A-03", "Alpha:A-01", "Alpha:A-02", "Alpha:A-03"]);
      expect(await summaryNames(await currentXlsx(testRequest("/ekspor/xlsx", { user }), undefined))).toEqual([
        "Badan Beta",
        "Dinas Alpha",
        "Kantor Gamma",
      ]);
    }
  });

  it("give an opd user only their own OPD's rows, in a file named after it", async () => {
    const user = users.opd;
    const res = await currentCsv(testRequest("/ekspor/csv", { user }), undefined);
    expect(res.headers.get("content-disposition")).toMatch(/filename="butir-terkini-beta-\d{4}-\d{2}-\d{2}.csv"/);
    const rows = await csvRows(res);
    expect(rows.map((r) => r[1])).toEqual(["Beta", "Beta", "Beta"]);
    expect(rows[0][9]).toBe("http://beta.uji.go.id/maklumat");
    expect(await summaryNames(await meetingXlsx(testRequest(`/rapat/${frozenId}/ekspor/xlsx`, { user }), ctx(frozenId)))).toEqual(["Badan Beta"]);
  });

  it("answer 401 without a session, 404 for an unknown meeting and 409 before the freeze", async () => {
    for (const [handler, id] of [[meetingCsv, frozenId], [meetingXlsx, frozenId], [meetingPdf, frozenId]] as const) {
      expect((await handler(testRequest(`/rapat/${id}/ekspor`, { user: null }), ctx(id))).status).toBe(401);
    }
    expect((await currentCsv(testRequest("/ekspor/csv", { user: null }), undefined)).status).toBe(401);
    expect((await currentXlsx(testRequest("/ekspor/xlsx", { user: null }), undefined)).status).toBe(401);
    const user = users.admin;
    expect((await meetingCsv(testRequest("/rapat/999/ekspor/csv", { user }), ctx(999))).status).toBe(404);
    expect((await meetingPdf(testRequest("/rapat/x/ekspor/pdf", { user }), ctx("x"))).status).toBe(404);
    const early = await meetingPdf(testRequest(`/rapat/${openId}/ekspor/pdf`, { user }), ctx(openId));
    expect(early.status).toBe(409);
    expect((await early.json()).error).toMatch(/belum dibekukan/);
  });
});
