/**
 * The checklist editor's form, both ways: how an item's detector parameters are shown (a keyword
 * list one per line, everything else as JSON) and how the posted fields become item edits.
 * Pure: no database, so the page, the action and the tests share it.
 */
import type { ChecklistItem } from "@/db/schema";
import type { ItemEdit } from "./checklist";
import type { FieldErrors } from "./validation";

/** Form field names per item; codes like "SP-03" are safe in names. */
export const fieldName = {
  title: (code: string) => `title.${code}`,
  weight: (code: string) => `weight.${code}`,
  mode: (code: string) => `mode.${code}`,
  fixHint: (code: string) => `fixHint.${code}`,
  keywords: (code: string) => `keywords.${code}`,
  params: (code: string) => `params.${code}`,
};

export type EditorParams = {
  /** The `keywords` parameter when it is a list of strings (edited one per line), else null. */
  keywords: string[] | null;
  /** Every other parameter, edited as JSON. */
  rest: Record<string, unknown>;
};

export function editorParams(params: Record<string, unknown>): EditorParams {
  const { keywords, ...rest } = params;
  if (Array.isArray(keywords) && keywords.every((k) => typeof k === "string")) return { keywords, rest };
  return { keywords: null, rest: params };
}

export function paramsJson(rest: Record<string, unknown>): string {
  return Object.keys(rest).length ? JSON.stringify(rest, null, 2) : "{}";
}

/** "2,5" and "2.5" both mean two and a half: Indonesian uses the comma as decimal separator. */
export function parseWeight(text: string): number {
  const t = text.trim().replace(",", ".");
  return t === "" || !/^-?\d*\.?\d+$/.test(t) ? Number.NaN : Number(t);
}

/**
 * One keyword per line, trimmed, blank lines dropped. Repeats are kept: dropping them would turn
 * an untouched list into a "change" (and a new version) just by opening and saving the form.
 */
function keywordLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((k) => k.trim())
    .filter(Boolean);
}

export type ParsedChecklistForm = {
  baseVersionId: number;
  note: string;
  edits: Record<string, ItemEdit>;
  /** Fields that could not be read at all (not a number, not JSON); the rest is validated later. */
  errors: FieldErrors;
};

/**
 * Reads the posted editor. A field that is absent leaves that part of the item as it was, so the
 * form may show only some fields. Parameters are rebuilt from the JSON box plus the keyword box.
 */
export function parseChecklistForm(form: FormData, items: ChecklistItem[]): ParsedChecklistForm {
  const get = (name: string): string | null => {
    const v = form.get(name);
    return typeof v === "string" ? v : null;
  };
  const errors: FieldErrors = {};
  const edits: Record<string, ItemEdit> = {};
  for (const item of items) {
    const c = item.code;
    const current = editorParams(item.params);
    const weightText = get(fieldName.weight(c));
    const mode = get(fieldName.mode(c));
    let rest = current.rest;
    const json = get(fieldName.params(c));
    if (json !== null) {
      try {
        const value: unknown = JSON.parse(json.trim() === "" ? "{}" : json);
        if (!value || typeof value !== "object" || Array.isArray(value)) throw new Error("bukan objek {…}");
        rest = value as Record<string, unknown>;
      } catch (e) {
        errors[`${c}.params`] = `Parameter lain harus berupa objek JSON yang sah, misalnya {"minSteps": 3} (${e instanceof Error ? e.message : String(e)}).`;
      }
    }
    let params: Record<string, unknown> = rest;
    const keywordsText = get(fieldName.keywords(c));
    if (current.keywords !== null) {
      if (keywordsText !== null && "keywords" in rest) {
        errors[`${c}.params`] = "Kata kunci diisi di kotak kata kunci (satu per baris), bukan di JSON.";
      }
      params = { ...rest, keywords: keywordsText === null ? current.keywords : keywordLines(keywordsText) };
    }
    edits[c] = {
      title: get(fieldName.title(c)) ?? item.title,
      weight: weightText === null ? item.weight : parseWeight(weightText),
      // Any other posted value is kept as is and refused by validateItemEdit with a message.
      mode: (mode ?? item.mode) as ItemEdit["mode"],
      fixHint: get(fieldName.fixHint(c)) ?? item.fixHint,
      params,
    };
  }
  return {
    baseVersionId: Number(get("baseVersionId")),
    note: get("note") ?? "",
    edits,
    errors,
  };
}
