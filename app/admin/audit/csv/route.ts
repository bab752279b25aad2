import { getDb } from "@/db";
import { auditCsv, exportAudit } from "@/lib/audit";
import { readAuditQuery, toAuditFilter } from "@/lib/audit/filter";
import { routeHandler } from "@/lib/auth/server";

export const dynamic = "force-dynamic";

/** The audit log as CSV, with the same filters as the page (all matching rows, not one page). */
export const GET = routeHandler("audit:read", async (req) => {
  const { limit: _l, offset: _o, ...filter } = toAuditFilter(readAuditQuery(new URL(req.url).searchParams));
  const csv = auditCsv(exportAudit(getDb(), filter));
  const day = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="log-audit-patuh-${day}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
});
