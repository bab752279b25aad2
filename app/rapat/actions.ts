"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb, type Db } from "@/db";
import { meetingOpd } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { authorize } from "@/lib/auth/server";
import { isAppError } from "@/lib/errors";
import { createMeeting, freezeMeeting } from "@/lib/meetings";
import { eq, count } from "drizzle-orm";
import { MeetingInput } from "./schema";

export type MeetingFormState = {
  ok: boolean;
  message: string;
  fieldErrors?: Partial<Record<keyof MeetingInput, string>>;
  /** What the user typed, so a refused form keeps it. */
  values?: Partial<Record<keyof MeetingInput, string>>;
};

async function clientIp(): Promise<string | null> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null;
}

function failure(e: unknown): MeetingFormState {
  if (isAppError(e)) return { ok: false, message: e.message };
  console.error(e);
  return { ok: false, message: "Terjadi kesalahan tak terduga; tidak ada yang disimpan. Coba lagi." };
}

/** Creates a meeting (admin only) and opens its page. */
export async function createMeetingAction(_prev: MeetingFormState, form: FormData): Promise<MeetingFormState> {
  const values = { title: String(form.get("title") ?? ""), heldOn: String(form.get("heldOn") ?? ""), place: String(form.get("place") ?? "") };
  let id: number;
  try {
    const user = await authorize("meeting:write");
    const parsed = MeetingInput.safeParse(values);
    if (!parsed.success) {
      const fieldErrors: MeetingFormState["fieldErrors"] = {};
      for (const i of parsed.error.issues) fieldErrors[i.path[0] as keyof MeetingInput] ??= i.message;
      return { ok: false, message: "Periksa isian yang ditandai.", fieldErrors, values };
    }
    const ip = await clientIp();
    const db = getDb();
    id = db.transaction((tx) => {
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
  } catch (e) {
    return { ...failure(e), values };
  }
  revalidatePath("/rapat");
  redirect(`/rapat/${id}`);
}

export type FreezeState = { ok: boolean; message: string };

/**
 * Freezes a meeting's snapshot (admin only). The snapshot and its audit entry are written in one
 * transaction: a failure leaves the meeting unfrozen and no entry behind.
 */
export async function freezeMeetingAction(_prev: FreezeState, form: FormData): Promise<FreezeState> {
  let meetingId: number;
  try {
    const user = await authorize("meeting:write");
    const parsed = z.coerce.number().int().positive().safeParse(form.get("meetingId"));
    if (!parsed.success) return { ok: false, message: "Permintaan tidak valid: rapat tidak dikenal." };
    meetingId = parsed.data;
    const ip = await clientIp();
    const db = getDb();
    db.transaction((tx) => {
      // freezeMeeting opens its own transaction; inside this one it becomes a savepoint.
      const m = freezeMeeting(tx as unknown as Db, meetingId, user.id);
      const opdCount = tx.select({ n: count() }).from(meetingOpd).where(eq(meetingOpd.meetingId, m.id)).get()?.n ?? 0;
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
  } catch (e) {
    return failure(e);
  }
  revalidatePath(`/rapat/${meetingId}`);
  revalidatePath("/rapat");
  return { ok: true, message: "Cuplikan rapat dibekukan." };
}
