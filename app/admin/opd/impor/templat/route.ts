import { routeHandler } from "@/lib/auth/server";
import { getImportTemplate } from "@/lib/data/admin";

export const dynamic = "force-dynamic";

/** The OPD import template (CSV with a BOM so spreadsheet programs read it as UTF-8). */
export const GET = routeHandler("opd:write", async () => {
  return new Response(getImportTemplate(), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="templat-impor-opd.csv"',
      "cache-control": "no-store",
    },
  });
});
