import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db";
import { scans } from "@/db/schema";
import { routeHandler } from "@/lib/auth/server";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { scanProgress } from "@/lib/jobs/scan-jobs";

export const dynamic = "force-dynamic";

/** Live progress of one scan (polled by the OPD page). */
export const GET = routeHandler("read", async (_req, user, ctx: { params: Promise<{ id: string }> }) => {
  const id = z.coerce.number().int().positive().parse((await ctx.params).id);
  const scan = getDb().select({ opdId: scans.opdId }).from(scans).where(eq(scans.id, id)).get();
  if (!scan) throw new AppError("not_found", "Pindaian tidak ditemukan.");
  if (!user || !can(user, "read", { opdId: scan.opdId })) throw new AppError("forbidden", "Anda tidak berhak melihat pindaian OPD lain.");
  return Response.json({ scanId: id, ...scanProgress(getDb(), id) });
});
