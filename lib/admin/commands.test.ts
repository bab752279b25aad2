/**
 * Every admin server action (its command body) and the import template route: allowed for an
 * admin, 403 for pimpinan and for an opd user, 401 without a session; a refusal changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, ne } from "drizzle-orm";
import { GET as templateGet } from "@/app/admin/opd/impor/templat/route";
import { auditLog, checklistVersions, opd } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { listAudit } from "@/lib/audit";
import { asUser, authTestDb, createTestOpd, createTestUser, formData, testRequest, type TestUser } from "@/lib/auth/testing";
import { formatInt } from "@/lib/format";
import { RESCORE_INLINE_MAX, RESCORE_JOB_KIND, rescoreJobStatus } from "@/lib/jobs/rescore-jobs";
import { SqliteJobQueue } from "@/lib/jobs/sqlite-queue";
import { activeChecklist } from "@/lib/scan/checklist";
import { countScansToRescore } from "@/lib/scan/rescore";
import {
  activateVersionCommand,
  deleteOpdCommand,
  importOpdCommand,
  rescoreCommand,
  saveChecklistCommand,
  saveOpdCommand,
  saveSettingsCommand,
  setOpdActiveCommand,
} from "./commands";
import { fieldName } from "./checklist-form";
import { sampleArtifacts, storeCompletedScan } from "./testing";

let t: ReturnType<typeof authTestDb>;
let admin: TestUser;
let pimpinan: TestUser;
let opdUser: TestUser;
let disdukcapil: number;
let n = 0;

beforeAll(async () => {
  t = authTestDb("patuh-admin-cmd-");
  seedDatabase(t.db);
  disdukcapil = t.db.select().from(opd).where(eq(opd.slug, "disdukcapil")).get()!.id;
  storeCompletedScan(t.db, disdukcapil, sampleArtifacts("http://127.0.0.1:9/"));
  admin = await createTestUser(t.db, { role: "admin", name: "Rina Admin" });
  pimpinan = await createTestUser(t.db, { role: "pimpinan" });
  opdUser = await createTestUser(t.db, { role: "opd", opdId: disdukcapil });
});
afterAll(() => t.cleanup());

const auditCount = () => t.db.select().from(auditLog).all().length;
const activeVersionId = () => activeChecklist(t.db).versionId;

function checklistForm(weight: string, note = "Uji perintah") {
  const v = activeChecklist(t.db);
  const item = v.items.find((i) => i.code === "KP-01")!;
  return formData({ baseVersionId: v.versionId, note, [fieldName.weight(item.code)]: weight });
}

function csvFile(text: string, name = "opd.csv"): FormData {
  const f = new FormData();
  f.set("file", new File([text], name, { type: "text/csv" }));
  f.set("mode", "check");
  return f;
}

type Case = { name: string; run: () => Promise<{ ok: boolean; status?: number }> };

const cases: Case[] = [
  { name: "add OPD", run: () => saveOpdCommand(formData({ name: "Dinas Uji Tambah", shortName: `tambah-${++n}`, websiteUrl: `https://tambah-${n}.kuansing.go.id/` })) },
  {
    name: "edit OPD",
    run: () => saveOpdCommand(formData({ id: disdukcapil, name: "Dinas Kependudukan dan Pencatatan Sipil", shortName: "Disdukcapil", websiteUrl: "https://disdukcapil.kuansing.go.id/", maxPages: ++n })),
  },
  { name: "archive OPD", run: () => setOpdActiveCommand(formData({ id: disdukcapil, active: "1" })) },
  {
    name: "delete OPD",
    // A fresh OPD without history each time, inserted without an audit entry of its own.
    run: () => deleteOpdCommand(formData({ id: createTestOpd(t.db, `salah-ketik-${++n}`) })),
  },
  { name: "import OPD", run: () => importOpdCommand(csvFile("nama,singkatan,situs,layanan\r\nDinas Impor,Dimpor,https://dimpor.kuansing.go.id/,Layanan A\r\n")) },
  { name: "save checklist", run: () => saveChecklistCommand(checklistForm(String(5 + ++n))) },
  { name: "re-score", run: () => rescoreCommand(formData({ versionId: activeVersionId() })) },
  {
    name: "activate version",
    run: () => {
      const other = t.db.select().from(checklistVersions).where(ne(checklistVersions.id, activeVersionId())).get();
      return activateVersionCommand(formData({ versionId: other?.id ?? activeVersionId() }));
    },
  },
  {
    name: "save settings",
    run: () =>
      saveSettingsCommand(
        formData({ regencyName: "Kabupaten Kuantan Singingi", officialDomain: "kuansing.go.id", zonePreset: "ombudsman2021", scheduleCron: "", defaultMaxPages: 60, defaultMaxDepth: 4 }),
      ),
  },
];

describe.each(cases)("$name", ({ run }) => {
  it("is refused with 401 without a session, changing nothing", async () => {
    const before = auditCount();
    expect(await asUser(null, run)).toMatchObject({ ok: false, status: 401 });
    expect(auditCount()).toBe(before);
  });
  it("is refused with 403 for pimpinan and for an opd user (on their own OPD too), changing nothing", async () => {
    const before = auditCount();
    expect(await asUser(pimpinan, run)).toMatchObject({ ok: false, status: 403 });
    expect(await asUser(opdUser, run)).toMatchObject({ ok: false, status: 403 });
    expect(auditCount()).toBe(before);
  });
  it("succeeds for an admin", async () => {
    expect(await asUser(admin, run)).toMatchObject({ ok: true });
  });
});

describe("the import template route", () => {
  it("answers 401 without a session and 403 to pimpinan and opd users", async () => {
    expect((await templateGet(testRequest("/admin/opd/impor/templat"), undefined)).status).toBe(401);
    for (const u of [pimpinan, opdUser]) expect((await templateGet(testRequest("/admin/opd/impor/templat", { user: u }), undefined)).status).toBe(403);
  });
  it("gives the admin a CSV attachment with the import columns", async () => {
    const res = await templateGet(testRequest("/admin/opd/impor/templat", { user: admin }), undefined);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("templat-impor-opd.csv");
    expect(await res.text()).toContain("nama,singkatan,situs,layanan,media_sosial");
  });
});

describe("what the commands report", () => {
  it("records the admin and the request's address in the audit entry", async () => {
    const r = await asUser(admin, () => saveOpdCommand(formData({ name: "Dinas Pelaku", shortName: "Pelaku", websiteUrl: "https://pelaku.kuansing.go.id/" })));
    expect(r).toMatchObject({ ok: true, created: true });
    const entry = listAudit(t.db, { action: "opd.create", entityId: String(r.opdId) }).rows[0];
    expect(entry).toMatchObject({ actorId: admin.id, actorName: "Rina Admin", ip: "127.0.0.1" });
  });

  it("returns field errors for a refused OPD and keeps the submitted social rows", async () => {
    const form = formData({ name: "Dinas Galat", shortName: "Galat", websiteUrl: "https://galat.kuansing.go.id/" });
    form.append("socialPlatform", "Instagram");
    form.append("socialUrl", "bukan-alamat");
    const r = await asUser(admin, () => saveOpdCommand(form));
    expect(r).toMatchObject({ ok: false, status: 400, social: [{ platform: "Instagram", url: "bukan-alamat" }] });
    expect(r.fieldErrors?.["socialAccounts.0.url"]).toMatch(/https:\/\//);
  });

  it("reports an import with a bad row as 400 with the row report", async () => {
    const f = csvFile("nama,singkatan,situs,layanan\r\nDinas A,DinA,https://dina.kuansing.go.id/,X\r\nDinas B,DinB,dinb,Y\r\n");
    f.set("mode", "import");
    const r = await asUser(admin, () => importOpdCommand(f));
    expect(r).toMatchObject({ ok: false, status: 400, fileName: "opd.csv" });
    expect(r.report?.errors.map((e) => [e.row, e.field])).toEqual([[3, "situs"]]);
    expect(t.db.select().from(opd).where(eq(opd.slug, "dina")).get()).toBeUndefined();
  });

  it("returns per-item errors for a non-positive weight and reports how many scans were re-scored", async () => {
    const bad = await asUser(admin, () => saveChecklistCommand(checklistForm("0")));
    expect(bad).toMatchObject({ ok: false, status: 400 });
    expect(bad.fieldErrors?.["KP-01.weight"]).toMatch(/lebih dari 0/);
    const saved = await asUser(admin, () => saveChecklistCommand(checklistForm("6,5", "Bobot KP-01 jadi 6,5")));
    expect(saved).toMatchObject({ ok: true, saved: { changed: ["KP-01"] } });
    const r = await asUser(admin, () => rescoreCommand(formData({ versionId: saved.saved!.versionId })));
    expect(r.message).toMatch(/^1 pindaian dinilai ulang dengan versi \d+ dalam/);
  });

  it("hands a re-scoring larger than a request should carry to the worker, once", async () => {
    const artifacts = sampleArtifacts("http://127.0.0.1:9/");
    for (let k = 0; k < RESCORE_INLINE_MAX; k++) storeCompletedScan(t.db, disdukcapil, artifacts);
    const saved = await asUser(admin, () => saveChecklistCommand(checklistForm("6", "Bobot KP-01 jadi 6")));
    const versionId = saved.saved!.versionId;
    const pending = countScansToRescore(t.db, versionId);
    expect(pending).toBe(RESCORE_INLINE_MAX + 1);

    const r = await asUser(admin, () => rescoreCommand(formData({ versionId })));
    expect(r).toMatchObject({ ok: true, message: `${formatInt(pending)} pindaian akan dinilai ulang oleh pekerja di latar belakang; kemajuannya tampil di halaman ini dan hasil yang sudah dinilai langsung tersimpan.` });
    // Nothing re-scored in the request; the job waits for the worker, asked for by the admin.
    expect(countScansToRescore(t.db, versionId)).toBe(pending);
    expect(rescoreJobStatus(t.db, versionId)).toMatchObject({ status: "queued" });
    const [job] = new SqliteJobQueue(t.db).list({ kind: RESCORE_JOB_KIND });
    expect(job.payload).toMatchObject({ versionId, actorId: admin.id, actorName: "Rina Admin" });

    const again = await asUser(admin, () => rescoreCommand(formData({ versionId })));
    expect(again.message).toMatch(/sudah diantrekan atau sedang berjalan/);
    expect(new SqliteJobQueue(t.db).list({ kind: RESCORE_JOB_KIND })).toHaveLength(1);
  });
});
