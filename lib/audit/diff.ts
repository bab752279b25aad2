/**
 * A readable summary of an audit entry's before and after for the audit page: the fields that
 * changed, as "field: old → new". The full JSON stays in the CSV export.
 */
export type FieldChange = { field: string; before: string; after: string };

/** Longest shown value; longer ones (a verdict note) are cut with an ellipsis. */
const MAX_VALUE_CHARS = 80;

function show(v: unknown): string {
  if (v === undefined) return "–";
  const s = v === null ? "kosong" : typeof v === "string" ? v : JSON.stringify(v);
  return s.length > MAX_VALUE_CHARS ? `${s.slice(0, MAX_VALUE_CHARS - 1)}…` : s;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === "object" && !Array.isArray(v);
}

export function describeChange(before: unknown, after: unknown): FieldChange[] {
  if (!isRecord(before) && !isRecord(after)) {
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ field: "", before: show(before), after: show(after) }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .filter((f) => JSON.stringify(b[f]) !== JSON.stringify(a[f]))
    .map((f) => ({ field: f, before: show(isRecord(before) ? b[f] : undefined), after: show(isRecord(after) ? a[f] : undefined) }));
}
