import { routeHandler } from "@/lib/auth/server";
import { exportScopeFor, getMeetingExport } from "@/lib/data/exports";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { exportFileName } from "@/lib/export/filename";
import { fileResponse, scopeName } from "@/lib/export/http";
import { parseCookieHeader, renderPdf } from "@/lib/export/pdf";
import { meetingIdOf } from "../../params";

export const dynamic = "force-dynamic";
// Chromium needs Node APIs (child processes), not the edge runtime.
export const runtime = "nodejs";

/**
 * The meeting pack as PDF: Chromium opens /rapat/[id]/cetak with the requesting user's session
 * cookie (so the pack holds what that user may see) and prints it as A4.
 */
export const GET = routeHandler("export", async (req, user, ctx: { params: Promise<{ id: string }> }) => {
  if (!user) throw new AppError("unauthenticated", "Masuk dulu untuk mengunduh paket rapat.");
  const id = meetingIdOf((await ctx.params).id);
  if (id == null) throw new AppError("not_found", "Rapat tidak ditemukan.");
  const scope = exportScopeFor(user);
  // Refuses an unknown or unfrozen meeting (404/409) before a browser is started.
  const data = getMeetingExport(id, scope);
  const meeting = data.meeting!;
  // The configured base URL, never one taken from the Host header alone when it is set.
  const base = env().PATUH_BASE_URL ?? new URL(req.url).origin;
  const pdf = await renderPdf(new URL(`/rapat/${id}/cetak`, base).href, {
    cookies: parseCookieHeader(req.headers.get("cookie")),
    footer: `${data.regencyName} · ${meeting.title}`,
    owner: user.id,
  });
  return fileResponse(pdf, exportFileName("paket-rapat", meeting.heldOn, "pdf", scopeName(data, scope)), "pdf");
});
