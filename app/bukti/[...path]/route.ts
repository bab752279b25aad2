import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { scans } from "@/db/schema";
import { routeHandler } from "@/lib/auth/server";
import { can } from "@/lib/auth/policy";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { evidenceFile, parseEvidencePath } from "@/lib/evidence-path";

export const dynamic = "force-dynamic";

const NOT_FOUND = "Berkas bukti tidak ditemukan.";

/**
 * Evidence screenshots, stored outside the database under PATUH_DATA_DIR/evidence/<scanId>/.
 * The URL names (scanId, basename) and nothing else; the scan is authorised before its file is
 * looked up, so a refused user cannot learn which files exist.
 */
export const GET = routeHandler("read", async (_req, user, ctx: { params: Promise<{ path: string[] }> }) => {
  const ref = parseEvidencePath((await ctx.params).path);
  if (!ref) throw new AppError("not_found", NOT_FOUND);
  const scan = getDb().select({ opdId: scans.opdId }).from(scans).where(eq(scans.id, ref.scanId)).get();
  if (!scan) throw new AppError("not_found", NOT_FOUND);
  if (!user || !can(user, "read", { opdId: scan.opdId })) throw new AppError("forbidden", "Anda tidak berhak melihat bukti OPD lain.");
  const file = evidenceFile(path.resolve(env().PATUH_DATA_DIR, "evidence"), ref);
  if (!fs.existsSync(file)) throw new AppError("not_found", NOT_FOUND);
  return new Response(fs.readFileSync(file), {
    headers: { "Content-Type": ref.contentType, "Cache-Control": "private, max-age=86400" },
  });
});
