import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { auditLog, schedules, settings } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { tempDb } from "@/lib/testing/tmp-db";
import { settingsFormToRaw, updateSettings } from "./settings";
import { fieldErrorsFrom } from "./validation";

const ADMIN = { id: "u-admin", name: "Admin Organisasi" };
const VALID = {
  regencyName: "Kabupaten Kuantan Singingi",
  officialDomain: "https://www.Kuansing.go.id/",
  zonePreset: "kategori2022",
  scheduleCron: "0 2 * * 1",
  scanDaysBeforeMeeting: 3,
  defaultMaxPages: 80,
  defaultMaxDepth: 4,
};

let t: ReturnType<typeof tempDb>;
let db: Db;
beforeEach(() => {
  t = tempDb();
  db = t.db;
  db.insert(settings).values({ id: 1, regencyName: "Kabupaten Lama", officialDomain: "lama.go.id" }).run();
});
afterEach(() => t.cleanup());

describe("updateSettings", () => {
  it("saves normalised settings with an audit entry and mirrors the schedules for the scheduler", () => {
    const saved = updateSettings(db, VALID, ADMIN);
    expect(saved).toMatchObject({ officialDomain: "kuansing.go.id", zonePreset: "kategori2022", scheduleCron: "0 2 * * 1", scanDaysBeforeMeeting: 3 });
    const entry = db.select().from(auditLog).where(eq(auditLog.action, "settings.update")).get();
    expect(entry?.before).toMatchObject({ regencyName: "Kabupaten Lama", scheduleCron: null });
    expect(entry?.after).toMatchObject({ regencyName: "Kabupaten Kuantan Singingi", scheduleCron: "0 2 * * 1" });
    const rows = db.select().from(schedules).all();
    expect(rows.find((r) => r.kind === "cron" && r.opdId === null)).toMatchObject({ cron: "0 2 * * 1", enabled: true });
    expect(rows.find((r) => r.kind === "before_meeting")).toMatchObject({ daysBefore: 3, enabled: true });
  });

  it("switches the regency schedule off with an empty expression", () => {
    updateSettings(db, VALID, ADMIN);
    updateSettings(db, { ...VALID, scheduleCron: "", scanDaysBeforeMeeting: null }, ADMIN);
    expect(db.select().from(settings).get()).toMatchObject({ scheduleCron: null, scanDaysBeforeMeeting: null });
    expect(db.select().from(schedules).all().every((r) => !r.enabled)).toBe(true);
  });

  it("refuses a bad cron, domain, preset and budgets with Indonesian messages and saves nothing", () => {
    let errors: Record<string, string> = {};
    try {
      updateSettings(db, { ...VALID, scheduleCron: "tiap senin", officialDomain: "kuansing", zonePreset: "x", defaultMaxPages: 0, scanDaysBeforeMeeting: 99 }, ADMIN);
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      errors = fieldErrorsFrom(e) ?? {};
    }
    expect(errors.scheduleCron).toMatch(/bukan jadwal cron yang sah/);
    expect(errors.officialDomain).toMatch(/domain resmi/);
    expect(errors.zonePreset).toMatch(/zona/);
    expect(errors.defaultMaxPages).toMatch(/paling sedikit 1/);
    expect(errors.scanDaysBeforeMeeting).toMatch(/paling banyak/);
    expect(db.select().from(settings).get()?.regencyName).toBe("Kabupaten Lama");
    expect(db.select().from(auditLog).all()).toHaveLength(0);
  });

  it("reads the form: an unticked meeting box switches it off, a ticked empty one is an error", () => {
    const form = new FormData();
    for (const [k, v] of Object.entries(VALID)) form.set(k, String(v));
    expect(settingsFormToRaw(form).scanDaysBeforeMeeting).toBeNull();
    form.set("scanBeforeMeeting", "on");
    expect(settingsFormToRaw(form).scanDaysBeforeMeeting).toBe(3);
    form.set("scanDaysBeforeMeeting", "");
    expect(() => updateSettings(db, settingsFormToRaw(form), ADMIN)).toThrow(AppError);
  });
});
