/** Indonesian, ASCII-only download names: "paket-rapat-2018-06-07.pdf". */

export type ExportKind = "paket-rapat" | "nilai-rapat" | "butir-rapat" | "nilai-terkini" | "butir-terkini";

const SAFE = /[^a-z0-9-]+/g;

/** `day` is YYYY-MM-DD; `scope` narrows it (an OPD's slug for an opd user's own export). */
export function exportFileName(kind: ExportKind, day: string, ext: "pdf" | "xlsx" | "csv", scope?: string): string {
  const parts = [kind, scope?.toLowerCase().replace(SAFE, "-").replace(/^-+|-+$/g, ""), day].filter(Boolean);
  return `${parts.join("-")}.${ext}`;
}

/** Today's calendar day in WIB as YYYY-MM-DD. */
export function todayWib(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Content-Disposition for a download; the name is ASCII already, filename* is for strict clients. */
export function attachmentHeader(fileName: string): string {
  return `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
