/**
 * The database itself refuses to change, remove or overwrite an audit entry, so that not even a
 * later bug or a hand-typed SQL statement in the app's connection can rewrite history quietly.
 * The triggers are made by the custom migration db/migrations/0004_audit_log_append_only.sql
 * (UPDATE, DELETE, and an INSERT that reuses an id, as INSERT OR REPLACE does); they raise this.
 */
export const AUDIT_APPEND_ONLY_MESSAGE = "audit_log is append-only";
