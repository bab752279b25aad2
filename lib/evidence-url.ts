import path from "node:path";

/** Evidence files live under <data dir>/evidence/<scanId>/...; the app serves them at /bukti/<scanId>/... */
export function evidenceUrl(screenshotPath: string | null | undefined): string | null {
  if (!screenshotPath) return null;
  const parts = screenshotPath.split(path.sep);
  const i = parts.lastIndexOf("evidence");
  if (i < 0 || i + 2 >= parts.length + 1) return null;
  const rest = parts.slice(i + 1);
  return rest.length >= 2 ? `/bukti/${rest.map(encodeURIComponent).join("/")}` : null;
}
