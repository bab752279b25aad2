import { routeHandler } from "@/lib/auth/server";
import { exportScopeFor, getCurrentExport } from "@/lib/data/exports";
import { AppError } from "@/lib/errors";
import { buildItemsCsv } from "@/lib/export/csv";
import { exportFileName, todayWib } from "@/lib/export/filename";
import { fileResponse, scopeName } from "@/lib/export/http";

export const dynamic = "force-dynamic";

/** The current items (one row per OPD x item) as CSV. */
export const GET = routeHandler("export", async (_req, user) => {
  if (!user) throw new AppError("unauthenticated", "Masuk dulu untuk mengunduh data.");
  const scope = exportScopeFor(user);
  const data = getCurrentExport(scope);
  return fileResponse(buildItemsCsv(data.itemRows), exportFileName("butir-terkini", todayWib(data.generatedAt), "csv", scopeName(data, scope)), "csv");
});
