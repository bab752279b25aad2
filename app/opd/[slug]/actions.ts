"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { recordAudit } from "@/lib/audit";
import { requestHeaders } from "@/lib/auth/request-context";
import { authorize } from "@/lib/auth/server";
import { clientAddress } from "@/lib/net/client-address";
import { isAppError } from "@/lib/errors";
import { requestScan } from "@/lib/jobs/scan-jobs";
import { getOpdBySlug, ownOpdSlug } from "@/lib/data/opd";
import { setVerdict, withdrawVerdict, VerdictInput } from "@/lib/verdicts";

/** `values` echoes what was sent when it was refused, so the form can show it again (React resets forms after an action). */
export type FormState = { ok: boolean; message: string; fieldErrors?: Record<string, string>; values?: Record<string, string> };

async function clientIp(): Promise<string | null> {
  return clientAddress(await requestHeaders());
}

/**
 * After a verdict the item moves to another group of the page, so the confirmation cannot live
 * in its form: the page shows it from the address, where it lasts until the user moves on.
 */
function confirmationUrl(opdId: number, kind: "disimpan" | "ditarik", code: string): string {
  return `/opd/${ownOpdSlug(opdId) ?? ""}?putusan=${kind}&butir=${encodeURIComponent(code)}#konfirmasi`;
}

function failure(e: unknown): FormState {
  if (isAppError(e)) return { ok: false, message: e.message };
  console.error(e);
  return { ok: false, message: "Terjadi kesalahan tak terduga; perubahan tidak disimpan. Coba lagi." };
}

export async function setVerdictAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = VerdictInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const i of parsed.error.issues) fieldErrors[String(i.path[0])] ??= i.message;
    const values = { level: String(form.get("level") ?? ""), note: String(form.get("note") ?? "") };
    return { ok: false, message: "Periksa isian yang ditandai.", fieldErrors, values };
  }
  try {
    const user = await authorize("verdict:write", { opdId: parsed.data.opdId });
    setVerdict(getDb(), parsed.data, { id: user.id, name: user.name }, await clientIp());
  } catch (e) {
    return failure(e);
  }
  revalidatePath("/opd/[slug]", "page");
  redirect(confirmationUrl(parsed.data.opdId, "disimpan", parsed.data.code));
}

export async function withdrawVerdictAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = z
    .object({ verdictId: z.coerce.number().int().positive(), opdId: z.coerce.number().int().positive(), code: VerdictInput.shape.code })
    .safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: "Permintaan tidak valid." };
  try {
    const user = await authorize("verdict:write", { opdId: parsed.data.opdId });
    withdrawVerdict(getDb(), parsed.data, { id: user.id, name: user.name }, await clientIp());
  } catch (e) {
    return failure(e);
  }
  revalidatePath("/opd/[slug]", "page");
  redirect(confirmationUrl(parsed.data.opdId, "ditarik", parsed.data.code));
}

export async function requestRescanAction(slug: string): Promise<{ ok: true; scanId: number; existing: boolean } | { ok: false; message: string }> {
  try {
    const o = getOpdBySlug(z.string().min(1).max(100).parse(slug));
    if (!o) return { ok: false, message: "OPD tidak ditemukan." };
    const user = await authorize("scan:request", { opdId: o.id });
    const db = getDb();
    // BEGIN IMMEDIATE: take the write lock up front so a busy worker makes us wait, not fail.
    const r = db.$client
      .transaction(() => {
        const res = requestScan(db, o.id, user.role === "opd" ? "opd" : "manual", user.id);
        if (!res.existing) {
          recordAudit(db, {
            actorId: user.id,
            actorName: user.name,
            action: "scan.request",
            entity: "scan",
            entityId: String(res.scanId),
            after: { opdId: o.id, slug: o.slug },
          });
        }
        return res;
      })
      .immediate();
    return { ok: true, scanId: r.scanId, existing: r.existing };
  } catch (e) {
    const f = failure(e);
    return { ok: false, message: f.message };
  }
}
