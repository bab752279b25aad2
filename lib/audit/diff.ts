/**
 * A readable summary of an audit entry's before and after for the audit page: the fields that
 * changed, old and new value. The full JSON stays in the CSV export.
 */
export type FieldChange = {
  field: string;
  /** null: the field did not exist before (a creation). */
  before: string | null;
  /** null: the field does not exist after (a removal). */
  after: string | null;
};

/** Longest shown value; longer ones (a verdict note) are cut with an ellipsis. */
const MAX_VALUE_CHARS = 80;

function show(v: unknown): string {
  const s = v === null ? "kosong" : v === true ? "ya" : v === false ? "tidak" : typeof v === "string" ? v : JSON.stringify(v);
  return s.length > MAX_VALUE_CHARS ? `${s.slice(0, MAX_VALUE_CHARS - 1)}…` : s;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === "object" && !Array.isArray(v);
}

export function describeChange(before: unknown, after: unknown): FieldChange[] {
  if (!isRecord(before) && !isRecord(after)) {
    if (JSON.stringify(before) === JSON.stringify(after)) return [];
    return [{ field: "", before: before == null ? null : show(before), after: after == null ? null : show(after) }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .filter((f) => JSON.stringify(b[f]) !== JSON.stringify(a[f]))
    .map((f) => ({ field: f, before: f in b ? show(b[f]) : null, after: f in a ? show(a[f]) : null }));
}
