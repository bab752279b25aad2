import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { scans } from "@/db/schema";
import { routeHandler } from "@/lib/auth/server";
import { can } from "@/lib/auth/policy";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

const TYPES: Record<string, string> = { ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png" };

/** Evidence screenshots, stored outside the database under PATUH_DATA_DIR/evidence/<scanId>/. */
export const GET = routeHandler("read", async (_req, user, ctx: { params: Promise<{ path: string[] }> }) => {
  const parts = (await ctx.params).path;
  const scanId = Number(parts[0]);
  const root = path.resolve(env().PATUH_DATA_DIR, "evidence");
  const file = path.resolve(root, ...parts);
  if (!Number.isInteger(scanId) || !file.startsWith(root + path.sep) || !TYPES[path.extname(file).toLowerCase()]) {
    throw new AppError("not_found", "Berkas bukti tidak ditemukan.");
  }
  const scan = getDb().select({ opdId: scans.opdId }).from(scans).where(eq(scans.id, scanId)).get();
  if (!scan || !user || !can(user, "read", { opdId: scan.opdId })) throw new AppError("forbidden", "Anda tidak berhak melihat bukti OPD lain.");
  if (!fs.existsSync(file)) throw new AppError("not_found", "Berkas bukti tidak ditemukan.");
  return new Response(fs.readFileSync(file), {
    headers: { "Content-Type": TYPES[path.extname(file).toLowerCase()], "Cache-Control": "private, max-age=86400" },
  });
});
