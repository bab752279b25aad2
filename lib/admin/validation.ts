/**
 * How admin forms report bad input: a map from field path ("websiteUrl", "socialAccounts.1.url")
 * to one Indonesian message, carried by an AppError so actions, the CLI and tests see the same.
 */
import type { z } from "zod";
import { AppError, isAppError } from "@/lib/errors";

export type FieldErrors = Record<string, string>;

export const INVALID_FORM_MESSAGE = "Periksa kembali isian yang ditandai.";

/** First message per field path; zod may report several issues for one field. */
export function fieldErrorsOf(error: z.ZodError, prefix = ""): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = prefix + (issue.path.length ? issue.path.join(".") : "_form");
    out[key] ??= issue.message;
  }
  return out;
}

/** The details are the field map itself, as lib/auth/form-state's `failure(e)` reads them. */
export function invalidInput(fieldErrors: FieldErrors, message = INVALID_FORM_MESSAGE): AppError {
  return new AppError("invalid_input", message, { details: fieldErrors });
}

/** The field errors an AppError carries, if it carries any. */
export function fieldErrorsFrom(e: unknown): FieldErrors | undefined {
  if (!isAppError(e) || !e.details || typeof e.details !== "object") return undefined;
  return e.details as FieldErrors;
}

/** SQLite's error codes, from better-sqlite3's SqliteError, without importing the driver here. */
export function sqliteCode(e: unknown): string | undefined {
  return typeof e === "object" && e !== null && "code" in e && typeof e.code === "string" ? e.code : undefined;
}

/** JSON.stringify with sorted object keys, so two equal parameter objects compare equal. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
