import { routeHandler } from "@/lib/auth/server";
import { exportScopeFor, getMeetingExport } from "@/lib/data/exports";
import { AppError } from "@/lib/errors";
import { buildItemsCsv } from "@/lib/export/csv";
import { exportFileName } from "@/lib/export/filename";
import { fileResponse, scopeName } from "@/lib/export/http";
import { meetingIdOf } from "../../params";

export const dynamic = "force-dynamic";

/** A frozen meeting's items (one row per OPD x item) as CSV. */
export const GET = routeHandler("export", async (_req, user, ctx: { params: Promise<{ id: string }> }) => {
  if (!user) throw new AppError("unauthenticated", "Masuk dulu untuk mengunduh data rapat.");
  const id = meetingIdOf((await ctx.params).id);
  if (id == null) throw new AppError("not_found", "Rapat tidak ditemukan.");
  const scope = exportScopeFor(user);
  const data = getMeetingExport(id, scope);
  return fileResponse(buildItemsCsv(data.itemRows), exportFileName("butir-rapat", data.meeting!.heldOn, "csv", scopeName(data, scope)), "csv");
});
