import { routeHandler } from "@/lib/auth/server";
import { exportScopeFor, getCurrentExport } from "@/lib/data/exports";
import { AppError } from "@/lib/errors";
import { exportFileName, todayWib } from "@/lib/export/filename";
import { fileResponse, scopeName } from "@/lib/export/http";
import { buildXlsx } from "@/lib/export/xlsx";

export const dynamic = "force-dynamic";

/** The current scores (latest completed scan of each active OPD, verdicts applied) as XLSX. */
export const GET = routeHandler("export", async (_req, user) => {
  if (!user) throw new AppError("unauthenticated", "Masuk dulu untuk mengunduh data.");
  const scope = exportScopeFor(user);
  const data = getCurrentExport(scope);
  return fileResponse(await buildXlsx(data), exportFileName("nilai-terkini", todayWib(data.generatedAt), "xlsx", scopeName(data, scope)), "xlsx");
});
