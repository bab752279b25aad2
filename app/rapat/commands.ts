/**
 * The meeting mutations behind the server actions in ./actions.ts: authorize, validate, write
 * in one transaction with the audit entry. Kept apart from the "use server" file so tests can
 * call them without Next's request store (revalidatePath and redirect need it).
 */
import { z } from "zod";
import { clientAddress } from "@/lib/net/client-address";
import { getDb, type Db } from "@/db";
import { recordAudit } from "@/lib/audit";
import { requestHeaders } from "@/lib/auth/request-context";
import { authorize } from "@/lib/auth/server";
import { isAppError } from "@/lib/errors";
import { syncSchedules } from "@/lib/jobs/scheduler";
import { createMeeting, deleteMeeting, freezeMeeting, meetingSnapshot, updateMeeting } from "@/lib/meetings";
import { MeetingInput } from "./schema";

export type MeetingFormState = {
  ok: boolean;
  message: string;
  fieldErrors?: Partial<Record<keyof MeetingInput, string>>;
  /** What the user typed, so a refused form keeps it. */
  values?: Partial<Record<keyof MeetingInput, string>>;
  /** The new meeting, on success. */
  id?: number;
};

export type FreezeState = { ok: boolean; message: string; meetingId?: number };

function failure(e: unknown): { ok: false; message: string } {
  if (isAppError(e)) return { ok: false, message: e.message };
  console.error(e);
  return { ok: false, message: "Terjadi kesalahan tak terduga; tidak ada yang disimpan. Coba lagi." };
}

/** Creates a meeting (admin only). */
export async function createMeetingCommand(form: FormData): Promise<MeetingFormState> {
  const values = { title: String(form.get("title") ?? ""), heldOn: String(form.get("heldOn") ?? ""), place: String(form.get("place") ?? "") };
  try {
    const user = await authorize("meeting:write");
    const parsed = MeetingInput.safeParse(values);
    if (!parsed.success) {
      const fieldErrors: MeetingFormState["fieldErrors"] = {};
      for (const i of parsed.error.issues) fieldErrors[i.path[0] as keyof MeetingInput] ??= i.message;
      return { ok: false, message: "Periksa isian yang ditandai.", fieldErrors, values };
    }
    const ip = clientAddress(await requestHeaders());
    const id = getDb().transaction((tx) => {
      const m = createMeeting(tx, { ...parsed.data, createdBy: user.id });
      recordAudit(tx, {
        actorId: user.id,
        actorName: user.name,
        action: "meeting.create",
        entity: "meeting",
        entityId: String(m.id),
        after: { title: m.title, heldOn: m.heldOn, place: m.place },
        ip,
      });
      return m.id;
    });
    return { ok: true, message: "Rapat dibuat.", id };
  } catch (e) {
    return { ...failure(e), values };
  }
}

const MeetingId = z.coerce.number().int().positive();

function refusedFields(values: Record<keyof MeetingInput, string>, issues: z.core.$ZodIssue[]): MeetingFormState {
  const fieldErrors: MeetingFormState["fieldErrors"] = {};
  for (const i of issues) fieldErrors[i.path[0] as keyof MeetingInput] ??= i.message;
  return { ok: false, message: "Periksa isian yang ditandai.", fieldErrors, values };
}

/** Changes an unfrozen meeting's title, day or place (admin only), audited with before and after. */
export async function updateMeetingCommand(form: FormData): Promise<MeetingFormState> {
  const values = { title: String(form.get("title") ?? ""), heldOn: String(form.get("heldOn") ?? ""), place: String(form.get("place") ?? "") };
  try {
    const user = await authorize("meeting:write");
    const id = MeetingId.safeParse(form.get("meetingId"));
    if (!id.success) return { ok: false, message: "Permintaan tidak valid: rapat tidak dikenal.", values };
    const parsed = MeetingInput.safeParse(values);
    if (!parsed.success) return refusedFields(values, parsed.error.issues);
    const ip = clientAddress(await requestHeaders());
    const db = getDb();
    db.transaction((tx) => {
      const { before, after } = updateMeeting(tx, id.data, parsed.data);
      recordAudit(tx, {
        actorId: user.id,
        actorName: user.name,
        action: "meeting.update",
        entity: "meeting",
        entityId: String(after.id),
        before: { title: before.title, heldOn: before.heldOn, place: before.place },
        after: { title: after.title, heldOn: after.heldOn, place: after.place },
        ip,
      });
    });
    // A scan "n days before the meeting" follows the meeting's new day.
    syncSchedules(db);
    return { ok: true, message: "Perubahan rapat disimpan dan dicatat di log audit.", id: id.data };
  } catch (e) {
    return { ...failure(e), values };
  }
}

/** Deletes an unfrozen meeting (admin only), audited with what it was. */
export async function deleteMeetingCommand(form: FormData): Promise<FreezeState> {
  try {
    const user = await authorize("meeting:write");
    const id = MeetingId.safeParse(form.get("meetingId"));
    if (!id.success) return { ok: false, message: "Permintaan tidak valid: rapat tidak dikenal." };
    const ip = clientAddress(await requestHeaders());
    const db = getDb();
    db.transaction((tx) => {
      const m = deleteMeeting(tx, id.data);
      recordAudit(tx, {
        actorId: user.id,
        actorName: user.name,
        action: "meeting.delete",
        entity: "meeting",
        entityId: String(m.id),
        before: { title: m.title, heldOn: m.heldOn, place: m.place },
        after: null,
        ip,
      });
    });
    syncSchedules(db);
    return { ok: true, message: "Rapat dihapus dan dicatat di log audit.", meetingId: id.data };
  } catch (e) {
    return failure(e);
  }
}

/**
 * Freezes a meeting's snapshot (admin only). The snapshot and its audit entry are written in
 * one transaction: a failure leaves the meeting unfrozen and no entry behind.
 */
export async function freezeMeetingCommand(form: FormData): Promise<FreezeState> {
  try {
    const user = await authorize("meeting:write");
    const parsed = z.coerce.number().int().positive().safeParse(form.get("meetingId"));
    if (!parsed.success) return { ok: false, message: "Permintaan tidak valid: rapat tidak dikenal." };
    const meetingId = parsed.data;
    const ip = clientAddress(await requestHeaders());
    const db = getDb();
    db.transaction((tx) => {
      // freezeMeeting opens its own transaction; inside this one it becomes a savepoint.
      const m = freezeMeeting(tx as unknown as Db, meetingId, user.id);
      const opdCount = meetingSnapshot(tx as unknown as Db, m.id).rows.length;
      recordAudit(tx, {
        actorId: user.id,
        actorName: user.name,
        action: "meeting.freeze",
        entity: "meeting",
        entityId: String(m.id),
        before: { frozenAt: null },
        after: { frozenAt: m.frozenAt, checklistVersionId: m.checklistVersionId, zonePreset: m.zonePreset, opdCount },
        ip,
      });
    });
    return { ok: true, message: "Cuplikan rapat dibekukan.", meetingId };
  } catch (e) {
    return failure(e);
  }
}
