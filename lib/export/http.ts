/** Download responses for the export route handlers. */
import { attachmentHeader } from "./filename";
import type { DatasetScope } from "./dataset";
import type { ReportDataset } from "./types";

export const CONTENT_TYPES = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
} as const;

/** A file download; never cached, since it holds what one signed-in user may see. */
export function fileResponse(body: Uint8Array | string, fileName: string, type: keyof typeof CONTENT_TYPES): Response {
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : new Uint8Array(body);
  return new Response(bytes, {
    headers: {
      "Content-Type": CONTENT_TYPES[type],
      "Content-Disposition": attachmentHeader(fileName),
      "Content-Length": String(bytes.byteLength),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** The OPD slug that names an opd user's own export, or undefined for a regency-wide one. */
export function scopeName(data: ReportDataset, scope: DatasetScope): string | undefined {
  return scope.opdId == null ? undefined : (data.opdRows.find((r) => r.opdId === scope.opdId)?.slug ?? "opd");
}
