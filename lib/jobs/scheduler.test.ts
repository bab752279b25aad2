/** Cron validation, the scheduler lease, and what each kind of schedule queues. */
import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDb, type Db } from "@/db";
import { meetings, opd, scans, schedules, settings } from "@/db/schema";
import { tempDb } from "@/lib/testing/tmp-db";
import { cronSchema, validateCron } from "./cron";
import { leaseHolder, tryAcquireLease } from "./lease";
import { requestScan } from "./scan-jobs";
import { DAY_MS, SCHEDULER_LEASE, syncSchedules } from "./schedule-sync";
import { scheduleOverview, setDaysBeforeMeeting, setOpdSchedule, setRegencySchedule } from "./schedule-settings";
import { schedulerTick, startScheduler, type SchedulerHandle } from "./scheduler";
import { waitFor } from "./testing/children";

let t: ReturnType<typeof tempDb>;
let opdIds: number[];
const handles: SchedulerHandle[] = [];
const extraDbs: Db[] = [];

beforeEach(() => {
  t = tempDb("patuh-scheduler-");
  t.db.insert(settings).values({ id: 1, regencyName: "Kabupaten Uji", officialDomain: "uji.go.id" }).run();
  opdIds = ["a", "b", "c"].map(
    (s) =>
      t.db
        .insert(opd)
        .values({ slug: s, name: `Dinas ${s}`, shortName: s.toUpperCase(), websiteUrl: `http://${s}.uji.go.id/` })
        .returning()
        .get().id,
  );
  t.db.insert(opd).values({ slug: "arsip", name: "Arsip", shortName: "ARS", websiteUrl: "http://x/", active: false }).run();
});
afterEach(async () => {
  await Promise.all(handles.splice(0).map((h) => h.stop()));
  for (const d of extraDbs.splice(0)) d.$client.close();
  t.cleanup();
});

const scanRows = () => t.db.select().from(scans).orderBy(scans.id).all();
/** YYYY-MM-DD of the WIB day `days` from now. */
const wibDay = (days: number) => new Date(Date.now() + 7 * 3600_000 + days * DAY_MS).toISOString().slice(0, 10);

describe("validateCron", () => {
  it("accepts a weekly schedule and reads it in WIB", () => {
    const r = validateCron("  0 2   * * 1 ", new Date("2026-03-04T00:00:00Z"));
    expect(r).toEqual({
      ok: true,
      expr: "0 2 * * 1",
      // Monday 02:00 WIB is Sunday 19:00 UTC.
      nextRuns: [new Date("2026-03-08T19:00:00Z"), new Date("2026-03-15T19:00:00Z"), new Date("2026-03-22T19:00:00Z")],
    });
  });

  it("explains invalid, impossible and too frequent schedules in Indonesian", () => {
    const bad = validateCron("61 * * * *");
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toMatch(/^"61 \* \* \* \*" bukan jadwal cron yang sah\. Tulis lima bagian: menit jam tanggal bulan hari\./);
    const never = validateCron("0 0 30 2 *");
    expect(!never.ok && never.message).toMatch(/tidak pernah jatuh pada tanggal yang ada/);
    const often = validateCron("*/15 * * * *");
    expect(!often.ok && often.message).toMatch(/terlalu sering: pindaian terjadwal paling sering sekali per jam/);
    const uneven = validateCron("0,5 3 * * *");
    expect(uneven.ok).toBe(false);
    expect(validateCron("").ok).toBe(false);
  });

  it("as a zod schema: normalised value or the Indonesian issue", () => {
    expect(cronSchema.parse("0  1 1 * *")).toBe("0 1 1 * *");
    const r = cronSchema.safeParse("setiap hari");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toMatch(/bukan jadwal cron yang sah/);
  });

  it("the settings setters refuse an invalid schedule and store a valid one", () => {
    expect(() => setRegencySchedule(t.db, "0 25 * * *")).toThrow(/bukan jadwal cron yang sah/);
    setRegencySchedule(t.db, "0 2 * * 1");
    expect(t.db.select().from(settings).get()?.scheduleCron).toBe("0 2 * * 1");
    expect(() => setDaysBeforeMeeting(t.db, -1)).toThrow(/bilangan bulat 0 sampai 30/);
  });
});

describe("scheduler lease", () => {
  it("lets one holder in until its lease expires or is released", () => {
    const now = new Date("2026-03-02T00:00:00Z");
    expect(tryAcquireLease(t.db, "x", "A", 1_000, now)).toBe(true);
    expect(tryAcquireLease(t.db, "x", "B", 1_000, new Date(now.getTime() + 999))).toBe(false);
    expect(tryAcquireLease(t.db, "x", "A", 1_000, new Date(now.getTime() + 500))).toBe(true); // renewal
    expect(tryAcquireLease(t.db, "x", "B", 1_000, new Date(now.getTime() + 1_499))).toBe(false);
    expect(tryAcquireLease(t.db, "x", "B", 1_000, new Date(now.getTime() + 1_501))).toBe(true);
  });

  it("two schedulers on two connections: one schedules, the other takes over when it stops", async () => {
    const other = openDb(t.file);
    extraDbs.push(other);
    const logs: Record<string, string[]> = { A: [], B: [] };
    const start = (db: Db, holder: string) => {
      const h = startScheduler({ db, holder, tickMs: 100, leaseTtlMs: 1_000, log: (m) => logs[holder].push(m) });
      handles.push(h);
      return h;
    };
    const a = start(t.db, "A");
    const b = start(other, "B");
    expect([a.isLeader(), b.isLeader()]).toEqual([true, false]);
    // A schedule firing every second (written directly: the form would refuse it as too frequent).
    t.db.update(settings).set({ scheduleCron: "* * * * * *" }).run();
    await waitFor(() => scanRows().length === 3, 10_000, "scheduled scans");
    await new Promise((r) => setTimeout(r, 300));
    expect(b.isLeader()).toBe(false);
    expect(logs.A.some((m) => /jadwal #\d+ \(cron\): 3 pindaian diantrekan/.test(m))).toBe(true);
    expect(logs.B.filter((m) => /diantrekan/.test(m))).toEqual([]);
    expect(leaseHolder(t.db, SCHEDULER_LEASE)?.holder).toBe("A");

    await a.stop();
    await waitFor(() => b.isLeader(), 5_000, "B to take over");
    expect(leaseHolder(t.db, SCHEDULER_LEASE)?.holder).toBe("B");
  });
});

describe("schedules", () => {
  it("a regency schedule queues every active OPD once per due time and records last and next run", () => {
    setRegencySchedule(t.db, "0 2 * * *");
    const row = () => t.db.select().from(schedules).where(eq(schedules.kind, "cron")).get()!;
    const next = row().nextRunAt!;
    expect(next.getTime()).toBeGreaterThan(Date.now());
    expect(schedulerTick(t.db, new Date(next.getTime() - 1_000))).toEqual([]);

    const due = new Date(next.getTime() + 5_000);
    const fired = schedulerTick(t.db, due);
    expect(fired).toHaveLength(1);
    expect(scanRows().map((s) => [s.opdId, s.trigger, s.status])).toEqual(opdIds.map((id) => [id, "schedule", "queued"]));
    expect(row().lastRunAt).toEqual(due);
    expect(row().nextRunAt).toEqual(new Date(next.getTime() + DAY_MS));
    expect(schedulerTick(t.db, new Date(due.getTime() + 60_000))).toEqual([]);
    expect(scanRows()).toHaveLength(3);
  });

  it("a per-OPD schedule queues only that OPD, and clearing it switches the row off", () => {
    setOpdSchedule(t.db, opdIds[1], "30 3 * * *");
    const row = t.db.select().from(schedules).where(eq(schedules.opdId, opdIds[1])).get()!;
    schedulerTick(t.db, new Date(row.nextRunAt!.getTime() + 1_000));
    expect(scanRows().map((s) => s.opdId)).toEqual([opdIds[1]]);
    setOpdSchedule(t.db, opdIds[1], null);
    expect(t.db.select().from(schedules).where(eq(schedules.id, row.id)).get()).toMatchObject({ enabled: false, nextRunAt: null });
  });

  it("N days before a meeting: queues each OPD without a scan since then, once", () => {
    setDaysBeforeMeeting(t.db, 3);
    const far = t.db.insert(meetings).values({ title: "Rapat jauh", heldOn: wibDay(10) }).returning().get();
    expect(schedulerTick(t.db)).toEqual([]);
    const row = () => t.db.select().from(schedules).where(eq(schedules.kind, "before_meeting")).get()!;
    expect(row().nextRunAt).toEqual(new Date(Date.parse(`${far.heldOn}T00:00:00+07:00`) - 3 * DAY_MS));

    // A meeting in two days: its "3 days before" has passed. OPD b was scanned by hand since then.
    t.db.insert(meetings).values({ title: "Rapat dekat", heldOn: wibDay(2) }).run();
    requestScan(t.db, opdIds[1], "manual", "admin");
    const fired = schedulerTick(t.db);
    expect(fired.map((f) => f.kind)).toEqual(["before_meeting"]);
    const meetingScans = scanRows().filter((s) => s.trigger === "meeting");
    expect(meetingScans.map((s) => s.opdId)).toEqual([opdIds[0], opdIds[2]]);
    expect(row().lastRunAt).not.toBeNull();

    // Once: not again on later ticks, even after those scans ended (a dead site is not re-queued).
    t.db.update(scans).set({ status: "failed", errorClass: "timeout" }).where(eq(scans.trigger, "meeting")).run();
    expect(schedulerTick(t.db)).toEqual([]);
    expect(scanRows()).toHaveLength(3);
  });

  it("a frozen meeting gets no scan", () => {
    setDaysBeforeMeeting(t.db, 5);
    t.db.insert(meetings).values({ title: "Sudah dibekukan", heldOn: wibDay(1), frozenAt: new Date() }).run();
    expect(schedulerTick(t.db)).toEqual([]);
    expect(scanRows()).toEqual([]);
  });

  it("scheduleOverview shows per OPD the last scheduled scan and the soonest next run", () => {
    setRegencySchedule(t.db, "0 2 * * *");
    setOpdSchedule(t.db, opdIds[0], "0 1 * * *");
    const next = t.db.select().from(schedules).where(and(eq(schedules.kind, "cron"), eq(schedules.opdId, opdIds[0]))).get()!.nextRunAt!;
    schedulerTick(t.db, new Date(next.getTime() + 1_000));
    const o = scheduleOverview(t.db, new Date(Date.parse(`${wibDay(2)}T07:00:00+07:00`)));
    expect(o.timezone).toBe("Asia/Jakarta");
    expect(o.schedulerRunning).toBe(false);
    expect(o.opd.map((x) => x.shortName)).toEqual(["A", "B", "C"]);
    const [a, b] = o.opd;
    expect(a).toMatchObject({ cron: "0 1 * * *", lastStatus: "queued", nextSource: "opd" });
    expect(a.lastRunAt).toBeInstanceOf(Date);
    // 01:00 WIB comes before 02:00 WIB.
    expect(a.nextRunAt!.getTime()).toBe(o.regency.nextRunAt!.getTime() - 3600_000);
    expect(b).toMatchObject({ cron: null, lastRunAt: null, lastStatus: null, nextSource: "regency" });
    expect(b.nextRunAt).toEqual(o.regency.nextRunAt);
    expect(o.beforeMeeting).toEqual({ daysBefore: null, lastRunAt: null, nextRunAt: null, meetingTitle: null });
  });

  it("syncSchedules follows edits made directly to the settings columns", () => {
    const at = new Date("2026-03-02T00:00:00Z"); // 07:00 WIB
    t.db.update(settings).set({ scheduleCron: "0 4 * * *" }).run();
    syncSchedules(t.db, at);
    const first = t.db.select().from(schedules).get()!;
    t.db.update(settings).set({ scheduleCron: "0 5 * * *" }).run();
    syncSchedules(t.db, at);
    const second = t.db.select().from(schedules).where(eq(schedules.id, first.id)).get()!;
    expect(second.cron).toBe("0 5 * * *");
    expect(second.nextRunAt!.getTime() - first.nextRunAt!.getTime()).toBe(3600_000);
    expect(t.db.select().from(schedules).all()).toHaveLength(1);
  });
});
