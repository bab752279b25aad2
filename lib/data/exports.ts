import "server-only";
import { getDb } from "@/db";
import { can, type SessionUser } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { currentDataset, meetingDataset, type DatasetScope } from "@/lib/export/dataset";
import type { ReportDataset } from "@/lib/export/types";

/**
 * What a user may export: admins and pimpinan every OPD, an opd user only their own OPD's rows.
 * Throws forbidden for anyone else, so a route cannot forget the restriction.
 */
export function exportScopeFor(user: SessionUser): DatasetScope {
  if (user.role === "opd") {
    if (user.opdId == null || !can(user, "export", { opdId: user.opdId })) {
      throw new AppError("forbidden", "Akun Anda belum terhubung ke OPD, sehingga belum dapat mengekspor data.");
    }
    return { opdId: user.opdId };
  }
  if (!can(user, "export")) throw new AppError("forbidden", "Anda tidak berhak mengekspor data.");
  return {};
}

/** A frozen meeting's rows (404 unknown meeting, 409 not frozen yet). */
export function getMeetingExport(meetingId: number, scope: DatasetScope): ReportDataset {
  return meetingDataset(getDb(), meetingId, scope);
}

/** The current scores' rows: each active OPD's latest completed scan with verdicts applied. */
export function getCurrentExport(scope: DatasetScope): ReportDataset {
  return currentDataset(getDb(), scope);
}
