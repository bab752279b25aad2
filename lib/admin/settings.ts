/**
 * The installation's settings (one row): regency name and domain, zone preset, the regency scan
 * schedule and "N days before each meeting", default crawl budgets. Another pemda changes these,
 * not the code. Saved with its audit entry in one transaction; schedules are mirrored after.
 */
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { settings } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { MAX_DAYS_BEFORE_MEETING } from "@/lib/jobs/schedule-settings";
import { syncSchedules } from "@/lib/jobs/scheduler";
import type { Actor } from "./actor";
import { MAX_DEPTH_LIMIT, MAX_PAGES_LIMIT, optionalCron } from "./opd-input";
import { fieldErrorsOf, invalidInput } from "./validation";

export const ZONE_PRESETS = ["ombudsman2021", "kategori2022"] as const;

const DOMAIN = /^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** "https://www.kuansing.go.id/" typed by mistake still means the domain kuansing.go.id. */
function domainOf(text: string): string {
  const t = text.trim().toLowerCase();
  try {
    if (/^https?:\/\//.test(t)) return new URL(t).hostname.replace(/^www\./, "");
  } catch {
    // fall through: validated below
  }
  return t.replace(/\/+$/, "");
}

const int = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} harus berupa bilangan bulat.` })
    .int(`${label} harus berupa bilangan bulat.`)
    .min(min, `${label} paling sedikit ${min}.`)
    .max(max, `${label} paling banyak ${max}.`);

export const SettingsInput = z.object({
  regencyName: z.string().trim().min(3, "Nama pemerintah daerah paling sedikit 3 huruf.").max(120, "Nama pemerintah daerah paling banyak 120 huruf."),
  officialDomain: z
    .string()
    .transform(domainOf)
    .refine((d) => DOMAIN.test(d), { error: "Tulis nama domain resmi saja, misalnya kuansing.go.id (tanpa https:// dan garis miring)." }),
  zonePreset: z.enum(ZONE_PRESETS, { error: "Pilih salah satu pembagian zona." }),
  /** Empty = no regency schedule. */
  scheduleCron: optionalCron,
  scanDaysBeforeMeeting: int("Jumlah hari sebelum rapat", 0, MAX_DAYS_BEFORE_MEETING).nullable(),
  defaultMaxPages: int("Batas halaman bawaan", 1, MAX_PAGES_LIMIT),
  defaultMaxDepth: int("Batas kedalaman bawaan", 0, MAX_DEPTH_LIMIT),
});
export type SettingsInput = z.output<typeof SettingsInput>;
export type SettingsRow = typeof settings.$inferSelect;

function snapshot(s: SettingsRow | undefined) {
  if (!s) return null;
  const { id: _id, updatedAt: _at, ...rest } = s;
  return rest;
}

/** Saves the settings; throws invalid_input with messages per field. Returns the saved row. */
export function updateSettings(db: Db, raw: unknown, actor: Actor): SettingsRow {
  const parsed = SettingsInput.safeParse(raw);
  if (!parsed.success) throw invalidInput(fieldErrorsOf(parsed.error));
  const values = { ...parsed.data, updatedAt: new Date() };
  const saved = db.transaction((tx) => {
    const before = tx.select().from(settings).where(eq(settings.id, 1)).get();
    const after = before
      ? tx.update(settings).set(values).where(eq(settings.id, 1)).returning().get()
      : tx.insert(settings).values({ id: 1, ...values }).returning().get();
    recordAudit(tx, {
      actorId: actor.id,
      actorName: actor.name,
      action: "settings.update",
      entity: "settings",
      entityId: "1",
      before: snapshot(before),
      after: snapshot(after),
      ip: actor.ip ?? null,
    });
    return after;
  });
  // The scheduler reads its own rows, mirrored from these columns (its own transaction).
  syncSchedules(db);
  return saved;
}

/** Reads the settings form's fields into the schema's input. */
export function settingsFormToRaw(form: FormData) {
  const text = (n: string) => {
    const v = form.get(n);
    return typeof v === "string" ? v : "";
  };
  const num = (n: string) => {
    const t = text(n).trim();
    return t === "" ? null : Number(t);
  };
  return {
    regencyName: text("regencyName"),
    officialDomain: text("officialDomain"),
    zonePreset: text("zonePreset"),
    scheduleCron: text("scheduleCron").trim(),
    // An unticked "scan before meetings" box switches it off whatever number is typed.
    scanDaysBeforeMeeting: form.get("scanBeforeMeeting") === "on" ? (num("scanDaysBeforeMeeting") ?? Number.NaN) : null,
    defaultMaxPages: num("defaultMaxPages"),
    defaultMaxDepth: num("defaultMaxDepth"),
  };
}
