/**
 * One error class for everything a user may see: a stable code, an HTTP status and an
 * Indonesian message. Logs may carry the English `cause`.
 */
export type AppErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "invalid_input"
  | "conflict"
  | "too_many_requests"
  | "database"
  | "browser_missing"
  | "blocked_target"
  | "internal";

const STATUS: Record<AppErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  invalid_input: 400,
  conflict: 409,
  too_many_requests: 429,
  database: 500,
  browser_missing: 500,
  blocked_target: 400,
  internal: 500,
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly status: number;
  readonly details?: unknown;

  constructor(code: AppErrorCode, message: string, options?: { cause?: unknown; details?: unknown }) {
    super(message, { cause: options?.cause });
    this.name = "AppError";
    this.code = code;
    this.status = STATUS[code];
    this.details = options?.details;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
